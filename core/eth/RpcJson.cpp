#include "eth/RpcJson.h"

#include "eth/Hex.h"
#include "eth/JsonRpcClient.h"
#include "util/Error.h"

namespace sr::eth::rpcjson {
namespace {

[[noreturn]] void corrupt(const char* what, const std::string& why) {
    throw Error(ErrorCode::Corrupt, std::string("The node sent an invalid ") + what + " (" + why +
                                        "); the reply was ignored.");
}

const std::string& hexString(const nlohmann::json& value, const char* what) {
    if (!value.is_string())
        corrupt(what, "not a hex string");
    const std::string& s = value.get_ref<const std::string&>();
    if (s.size() < 2 || s[0] != '0' || (s[1] != 'x' && s[1] != 'X'))
        corrupt(what, "no 0x prefix");
    return s;
}

} // namespace

const nlohmann::json& member(const nlohmann::json& object, const char* name, const char* what) {
    if (!object.is_object())
        corrupt(what, "not an object");
    auto it = object.find(name);
    if (it == object.end())
        corrupt(what, std::string("no \"") + name + "\"");
    return *it;
}

Bytes bytes(const nlohmann::json& value, const char* what) {
    const std::string& s = hexString(value, what);
    try {
        return fromHex(s);
    } catch (const Error&) {
        corrupt(what, "bad hex");
    }
}

Hash32 hash32(const nlohmann::json& value, const char* what) {
    const Bytes b = bytes(value, what);
    if (b.size() != 32)
        corrupt(what, "not 32 bytes");
    Hash32 out{};
    std::copy(b.begin(), b.end(), out.begin());
    return out;
}

Address address(const nlohmann::json& value, const char* what) {
    const Bytes b = bytes(value, what);
    if (b.size() != Address::kSize)
        corrupt(what, "not 20 bytes");
    return Address::fromBytes(b);
}

std::uint64_t quantity(const nlohmann::json& value, const char* what) {
    return JsonRpcClient::parseQuantity(value, what);
}

U256 bigQuantity(const nlohmann::json& value, const char* what) {
    const std::string& s = hexString(value, what);
    if (s.size() < 3 || s.size() > 66 || (s.size() > 3 && s[2] == '0'))
        corrupt(what, "not a minimal hex quantity");
    try {
        return U256::fromHex(s);
    } catch (const Error&) {
        corrupt(what, "bad hex");
    }
}

} // namespace sr::eth::rpcjson
