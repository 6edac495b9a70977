#pragma once

#include "eth/Abi.h"
#include "eth/Address.h"
#include "eth/JsonRpcClient.h"
#include "eth/U256.h"
#include "util/Bytes.h"

#include <functional>
#include <nlohmann/json.hpp>
#include <string>
#include <utility>
#include <vector>

namespace sr::eth {

/// A prepared read: the JSON-RPC request (at a given block tag) and how to turn its result into
/// a T. Bindings return these; a ContractCaller runs one, or many in a single batch.
template <typename T> struct ContractCall {
    using Value = T;
    /// Builds the request for a block tag ("latest", "0x1a2b").
    std::function<RpcCall(const std::string& blockTag)> request;
    /// Converts the node's result. Throws sr::Error (Corrupt, NotFound) for a bad result.
    std::function<T(const nlohmann::json& result)> decode;
    /// What this call does, for messages: "Reading the RLC balance".
    std::string what;

    /// A call whose result is then converted by `f` (U(const T&)).
    template <typename F> auto then(F f) const -> ContractCall<decltype(f(std::declval<T>()))> {
        using U = decltype(f(std::declval<T>()));
        auto inner = decode;
        return ContractCall<U>{
            request, [inner, f](const nlohmann::json& result) { return f(inner(result)); }, what};
    }
};

namespace calls {

/// The raw return data of an eth_call of `data` on `to`.
ContractCall<Bytes> rawCall(const Address& to, Bytes data, std::string what);

/// eth_call of `signature` with `args` on `to`, its return data decoded as `outputs`. Empty
/// return data where outputs were expected is Error(NotFound): no contract at that address.
ContractCall<std::vector<AbiValue>> abiCall(const Address& to, std::string_view signature,
                                            const std::vector<AbiValue>& args,
                                            std::vector<AbiType> outputs, std::string what);

/// Shorthands for a single output.
ContractCall<U256> uintCall(const Address& to, std::string_view signature,
                            const std::vector<AbiValue>& args, std::string what);
ContractCall<Address> addressCall(const Address& to, std::string_view signature,
                                  const std::vector<AbiValue>& args, std::string what);
ContractCall<bool> boolCall(const Address& to, std::string_view signature,
                            const std::vector<AbiValue>& args, std::string what);
ContractCall<std::string> stringCall(const Address& to, std::string_view signature,
                                     const std::vector<AbiValue>& args, std::string what);
ContractCall<Bytes> bytesCall(const Address& to, std::string_view signature,
                              const std::vector<AbiValue>& args, std::string what);
ContractCall<Hash32> bytes32Call(const Address& to, std::string_view signature,
                                 const std::vector<AbiValue>& args, std::string what);

/// eth_getBalance: the account's ETH in wei.
ContractCall<U256> etherBalance(const Address& account);

} // namespace calls
} // namespace sr::eth
