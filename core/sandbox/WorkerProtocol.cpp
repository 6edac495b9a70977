#include "sandbox/WorkerProtocol.h"

#include "crypto/Keccak.h"
#include "eth/Hex.h"
#include "util/Error.h"

namespace sr::sandbox {
namespace {

void append(Bytes& out, ByteView bytes) {
    out.insert(out.end(), bytes.begin(), bytes.end());
}

Hash32 keccakOf(std::initializer_list<ByteView> parts) {
    Bytes packed;
    for (const auto& part : parts)
        append(packed, part);
    return crypto::keccak256(packed);
}

ByteView view(const Hash32& h) {
    return ByteView(h.data(), h.size());
}
ByteView view(const eth::Address& a) {
    return ByteView(a.bytes().data(), a.bytes().size());
}

Hash32 hashFromHex(const nlohmann::json& json, const char* key) {
    if (!json.contains(key) || !json[key].is_string())
        throw Error(ErrorCode::InvalidArgument, std::string("The authorization lacks ") + key);
    try {
        return eth::fromHexFixed<32>(json[key].get<std::string>());
    } catch (const Error&) {
        throw Error(ErrorCode::InvalidArgument, std::string(key) + " is not a bytes32");
    }
}

eth::Address addressOf(const nlohmann::json& json, const char* key) {
    if (!json.contains(key) || !json[key].is_string())
        throw Error(ErrorCode::InvalidArgument, std::string("The authorization lacks ") + key);
    try {
        return eth::Address::fromHex(json[key].get<std::string>());
    } catch (const Error&) {
        throw Error(ErrorCode::InvalidArgument, std::string(key) + " is not an address");
    }
}

} // namespace

Hash32 authorizationHash(const eth::Address& worker, const Hash32& taskId,
                         const eth::Address& enclave) {
    return keccakOf({view(worker), view(taskId), view(enclave)});
}

Hash32 challengeRequestHash(const Hash32& taskId) {
    return keccakOf({view(taskId)});
}

Hash32 resultHash(const Hash32& taskId, const Hash32& digest) {
    return keccakOf({view(taskId), view(digest)});
}

Hash32 resultSeal(const eth::Address& worker, const Hash32& taskId, const Hash32& digest) {
    return keccakOf({view(worker), view(taskId), view(digest)});
}

Hash32 enclaveMessage(const eth::Address& worker, const Hash32& taskId, const Hash32& digest) {
    const Hash32 h = resultHash(taskId, digest);
    const Hash32 s = resultSeal(worker, taskId, digest);
    return keccakOf({view(h), view(s)});
}

nlohmann::json WorkerpoolAuthorization::toJson() const {
    return {{"chainTaskId", eth::toHex(view(taskId))},
            {"dealId", eth::toHex(view(dealId))},
            {"taskIndex", taskIndex},
            {"workerWallet", worker.toChecksumHex()},
            {"enclaveChallenge", enclave.toChecksumHex()},
            {"signature", {{"value", eth::toHex(signature)}}}};
}

WorkerpoolAuthorization WorkerpoolAuthorization::fromJson(const nlohmann::json& json) {
    if (!json.is_object())
        throw Error(ErrorCode::InvalidArgument, "The authorization is not a JSON object");
    WorkerpoolAuthorization a;
    a.taskId = hashFromHex(json, "chainTaskId");
    if (json.contains("dealId") && json["dealId"].is_string())
        a.dealId = hashFromHex(json, "dealId");
    if (json.contains("taskIndex") && json["taskIndex"].is_number_unsigned())
        a.taskIndex = json["taskIndex"].get<std::uint64_t>();
    a.worker = addressOf(json, "workerWallet");
    a.enclave = addressOf(json, "enclaveChallenge");
    const auto& signature = json.contains("signature") ? json["signature"] : nlohmann::json();
    if (!signature.is_object() || !signature.contains("value") || !signature["value"].is_string())
        throw Error(ErrorCode::InvalidArgument, "The authorization lacks signature.value");
    try {
        a.signature = eth::fromHex(signature["value"].get<std::string>());
    } catch (const Error&) {
        throw Error(ErrorCode::InvalidArgument, "signature.value is not hex");
    }
    if (a.signature.size() != 65)
        throw Error(ErrorCode::InvalidArgument, "signature.value is not 65 bytes");
    return a;
}

DealParams DealParams::parse(const std::string& params) {
    DealParams asArgs;
    asArgs.args = params;
    const auto json = nlohmann::json::parse(params, nullptr, false);
    if (json.is_discarded() || !json.is_object())
        return asArgs;
    DealParams p;
    for (const auto& [key, value] : json.items()) {
        if (key == "iexec_args" && value.is_string()) {
            p.args = value.get<std::string>();
        } else if (key == "iexec_input_files" && value.is_array()) {
            for (const auto& file : value) {
                if (!file.is_string())
                    return asArgs;
                p.inputFiles.push_back(file.get<std::string>());
            }
        } else if (key == "iexec_result_encryption" && value.is_boolean()) {
            p.resultEncryption = value.get<bool>();
        } else if (key == "iexec_result_storage_provider" && value.is_string()) {
            p.storageProvider = value.get<std::string>();
        } else if (key == "iexec_result_storage_proxy" && value.is_string()) {
            // Known to the worker; the sandbox has no result proxy.
        } else if (key == "iexec_secrets" && value.is_object()) {
            for (const auto& [index, name] : value.items()) {
                if (!name.is_string())
                    return asArgs;
                p.secrets[index] = name.get<std::string>();
            }
        } else if (key == "bulk_cid" && value.is_string()) {
            p.bulkCid = value.get<std::string>();
        } else {
            return asArgs;
        }
    }
    return p;
}

std::vector<std::string> splitArgs(const std::string& args) {
    std::vector<std::string> out;
    std::string current;
    bool inQuotes = false;
    bool inWord = false;
    for (const char c : args) {
        if (c == '"') {
            inQuotes = !inQuotes;
            inWord = true;
        } else if (c == ' ' && !inQuotes) {
            if (inWord)
                out.push_back(std::move(current));
            current.clear();
            inWord = false;
        } else {
            current.push_back(c);
            inWord = true;
        }
    }
    if (inWord)
        out.push_back(std::move(current));
    return out;
}

std::string ipfsResultsField(const std::string& cid) {
    return "{ \"storage\": \"ipfs\", \"location\": \"/ipfs/" + cid + "\" }";
}

} // namespace sr::sandbox
