#include "eth/AbiJson.h"

#include "util/Error.h"

namespace sr::eth::abijson {
namespace {

std::string canonicalOf(const nlohmann::json& param) {
    if (!param.is_object() || !param.contains("type") || !param["type"].is_string())
        throw Error(ErrorCode::Corrupt, "ABI entry without a type");
    const std::string type = param["type"].get<std::string>();
    if (!type.starts_with("tuple"))
        return type;
    const auto components = param.find("components");
    if (components == param.end() || !components->is_array())
        throw Error(ErrorCode::Corrupt, "ABI tuple without components");
    std::string inner = "(";
    for (std::size_t i = 0; i < components->size(); ++i)
        inner += (i ? "," : "") + canonicalOf((*components)[i]);
    return inner + ")" + type.substr(5); // keep the array suffix: "[]", "[2]"
}

} // namespace

AbiType type(const nlohmann::json& param) {
    try {
        return AbiType::parse(canonicalOf(param));
    } catch (const Error& e) {
        throw Error(ErrorCode::Corrupt, std::string("Malformed ABI type: ") + e.what());
    }
}

AbiSignature signature(const nlohmann::json& entry) {
    if (!entry.is_object())
        throw Error(ErrorCode::Corrupt, "ABI entry is not an object");
    AbiSignature sig;
    sig.name = entry.value("name", "");
    sig.anonymous = entry.value("anonymous", false);
    if (auto inputs = entry.find("inputs"); inputs != entry.end()) {
        if (!inputs->is_array())
            throw Error(ErrorCode::Corrupt, "ABI inputs are not a list");
        for (const auto& input : *inputs)
            sig.params.push_back(
                {input.value("name", ""), type(input), input.value("indexed", false)});
    }
    return sig;
}

std::vector<AbiSignature> functions(const nlohmann::json& abi) {
    if (!abi.is_array())
        throw Error(ErrorCode::Corrupt, "An ABI must be a list");
    std::vector<AbiSignature> out;
    for (const auto& entry : abi)
        if (entry.value("type", "") == "function")
            out.push_back(signature(entry));
    return out;
}

} // namespace sr::eth::abijson
