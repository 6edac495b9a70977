#include "eth/ContractCall.h"

#include "eth/Hex.h"
#include "eth/RpcJson.h"
#include "util/Error.h"

namespace sr::eth::calls {

ContractCall<Bytes> rawCall(const Address& to, Bytes data, std::string what) {
    const std::string hexData = toHex(data);
    const std::string target = to.toLowerHex();
    return {[target, hexData](const std::string& blockTag) {
                return RpcCall{"eth_call", nlohmann::json::array(
                                               {{{"to", target}, {"data", hexData}}, blockTag})};
            },
            [](const nlohmann::json& result) { return rpcjson::bytes(result, "eth_call result"); },
            std::move(what)};
}

ContractCall<std::vector<AbiValue>> abiCall(const Address& to, std::string_view signature,
                                            const std::vector<AbiValue>& args,
                                            std::vector<AbiType> outputs, std::string what) {
    ContractCall<Bytes> raw = rawCall(to, Abi::encodeCall(signature, args), what);
    return raw.then([outputs = std::move(outputs), to, what](const Bytes& data) {
        if (data.empty() && !outputs.empty())
            throw Error(ErrorCode::NotFound, what + ": no contract answers at " +
                                                 to.toChecksumHex() +
                                                 " on this network. Check the network profile.");
        try {
            return Abi::decode(outputs, data);
        } catch (const Error& e) {
            throw Error(ErrorCode::Corrupt, what + ": the contract at " + to.toChecksumHex() +
                                                " returned data that does not decode (" + e.what() +
                                                ").");
        }
    });
}

namespace {
template <typename F>
auto single(const Address& to, std::string_view signature, const std::vector<AbiValue>& args,
            AbiType type, std::string what, F convert) {
    return abiCall(to, signature, args, {std::move(type)}, std::move(what))
        .then([convert](const std::vector<AbiValue>& values) { return convert(values.at(0)); });
}
} // namespace

ContractCall<U256> uintCall(const Address& to, std::string_view signature,
                            const std::vector<AbiValue>& args, std::string what) {
    return single(to, signature, args, AbiType::uint(), std::move(what),
                  [](const AbiValue& v) { return v.asNumber(); });
}

ContractCall<Address> addressCall(const Address& to, std::string_view signature,
                                  const std::vector<AbiValue>& args, std::string what) {
    return single(to, signature, args, AbiType::address(), std::move(what),
                  [](const AbiValue& v) { return v.asAddress(); });
}

ContractCall<bool> boolCall(const Address& to, std::string_view signature,
                            const std::vector<AbiValue>& args, std::string what) {
    return single(to, signature, args, AbiType::boolean(), std::move(what),
                  [](const AbiValue& v) { return v.asBool(); });
}

ContractCall<std::string> stringCall(const Address& to, std::string_view signature,
                                     const std::vector<AbiValue>& args, std::string what) {
    return single(to, signature, args, AbiType::string(), std::move(what),
                  [](const AbiValue& v) { return v.asString(); });
}

ContractCall<Bytes> bytesCall(const Address& to, std::string_view signature,
                              const std::vector<AbiValue>& args, std::string what) {
    return single(to, signature, args, AbiType::bytes(), std::move(what),
                  [](const AbiValue& v) { return v.asBytes(); });
}

ContractCall<Hash32> bytes32Call(const Address& to, std::string_view signature,
                                 const std::vector<AbiValue>& args, std::string what) {
    return single(to, signature, args, AbiType::fixedBytes(32), std::move(what),
                  [](const AbiValue& v) {
                      Hash32 out{};
                      const Bytes& b = v.asBytes();
                      std::copy(b.begin(), b.end(), out.begin());
                      return out;
                  });
}

ContractCall<U256> etherBalance(const Address& account) {
    const std::string who = account.toLowerHex();
    return {
        [who](const std::string& blockTag) {
            return RpcCall{"eth_getBalance", nlohmann::json::array({who, blockTag})};
        },
        [](const nlohmann::json& result) { return rpcjson::bigQuantity(result, "ETH balance"); },
        "Reading the ETH balance"};
}

} // namespace sr::eth::calls
