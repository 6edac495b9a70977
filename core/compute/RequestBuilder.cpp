#include "compute/RequestBuilder.h"

#include "crypto/SecureRandom.h"
#include "util/Error.h"

#include <algorithm>
#include <nlohmann/json.hpp>

namespace sr::compute {
namespace {

// A JSON string as JSON.stringify writes it: nlohmann escapes the same characters (", \,
// \b \f \n \r \t, other controls as \u00xx in lower case) and leaves the rest as UTF-8.
std::string jsonString(const std::string& text, const char* what) {
    try {
        return nlohmann::json(text).dump();
    } catch (const nlohmann::json::exception&) {
        throw Error(ErrorCode::InvalidArgument, std::string(what) + " is not valid UTF-8 text.");
    }
}

bool isHttpUrl(const std::string& url) {
    // The SDK's basicUrlSchema: /^https?:\/\//.
    return url.starts_with("http://") || url.starts_with("https://");
}

} // namespace

std::string requestParamsJson(const RequestParams& params) {
    // The SDK's yup schema writes its keys in this order (computations.md §1, verified).
    std::string out = "{\"iexec_secrets\":{";
    bool first = true;
    for (const auto& [number, name] : params.secrets) {
        if (number == 0)
            throw Error(ErrorCode::InvalidArgument,
                        "Requester secrets are numbered from 1: secret 0 cannot be passed.");
        if (name.empty())
            throw Error(ErrorCode::InvalidArgument,
                        "Requester secret " + std::to_string(number) + " has no name.");
        if (!first)
            out += ',';
        first = false;
        // Integer keys: JavaScript objects list them in ascending numeric order, as the map.
        out += "\"" + std::to_string(number) + "\":" + jsonString(name, "A secret's name");
    }
    out += "},\"iexec_result_storage_provider\":\"ipfs\"";
    if (params.encryptResult)
        out += ",\"iexec_result_encryption\":true";
    if (!params.inputFiles.empty()) {
        out += ",\"iexec_input_files\":[";
        for (std::size_t i = 0; i < params.inputFiles.size(); ++i) {
            const std::string& url = params.inputFiles[i];
            if (!isHttpUrl(url))
                throw Error(ErrorCode::InvalidArgument,
                            "Input file \"" + url +
                                "\" is not a URL: the worker downloads input files, so each "
                                "must start with http:// or https://.");
            if (i > 0)
                out += ',';
            out += jsonString(url, "An input file URL");
        }
        out += ']';
    }
    if (params.args)
        out += ",\"iexec_args\":" + jsonString(*params.args, "The app's arguments");
    out += '}';
    return out;
}

Hash32 tdxTag() {
    Hash32 tag{};
    tag[31] = 0x09;
    return tag;
}

Hash32 orTags(const Hash32& a, const Hash32& b) {
    Hash32 out{};
    for (std::size_t i = 0; i < out.size(); ++i)
        out[i] = a[i] | b[i];
    return out;
}

iexec::RequestOrder buildRequestOrder(const RequestFields& fields, const Hash32& salt) {
    if (fields.app.isZero())
        throw Error(ErrorCode::InvalidArgument, "A request needs an app.");
    if (fields.requester.isZero())
        throw Error(ErrorCode::InvalidArgument, "A request needs a requester.");
    if (fields.volume == eth::U256(0))
        throw Error(ErrorCode::InvalidArgument, "A request asks for at least one task.");
    iexec::RequestOrder order;
    order.app = fields.app;
    order.appmaxprice = fields.appmaxprice;
    order.dataset = fields.dataset;
    order.datasetmaxprice = fields.datasetmaxprice;
    order.workerpool = fields.workerpool;
    order.workerpoolmaxprice = fields.workerpoolmaxprice;
    order.requester = fields.requester;
    order.volume = fields.volume;
    order.tag = orTags(fields.tag, tdxTag());
    order.category = fields.category;
    order.trust = fields.trust;
    order.beneficiary = fields.beneficiary.value_or(fields.requester);
    order.params = requestParamsJson(fields.params);
    order.salt = salt;
    return order;
}

iexec::RequestOrder buildRequestOrder(const RequestFields& fields) {
    const Bytes random = crypto::randomBytes(32);
    Hash32 salt{};
    std::copy(random.begin(), random.end(), salt.begin());
    return buildRequestOrder(fields, salt);
}

} // namespace sr::compute
