#pragma once

#include "eth/Abi.h"
#include "eth/Address.h"
#include "eth/JsonRpcClient.h"
#include "eth/TransactionRequest.h"
#include "util/Bytes.h"

#include <nlohmann/json.hpp>
#include <optional>

namespace sr::sandbox {

/// Sends transactions from one of anvil's unlocked dev accounts (eth_sendTransaction) and waits
/// for their receipts: how the sandbox sets itself up. User transactions never go this way;
/// they are signed by the user's key.
class DevAccountSender {
public:
    DevAccountSender(eth::JsonRpcClient& rpc, eth::Address from);

    const eth::Address& from() const { return from_; }

    /// Deploys `creationCode || constructorArgs`; returns the new contract's address.
    eth::Address deploy(const Bytes& creationCode, const Bytes& constructorArgs = {});
    /// Calls `signature` on `to` with `args`; returns the receipt. Throws sr::Error(Reverted).
    nlohmann::json transact(const eth::Address& to, std::string_view signature,
                            const std::vector<eth::AbiValue>& args, const eth::U256& value = {});
    /// Sends a prepared request (its `to`, `data` and `value`); returns the receipt. Throws
    /// sr::Error(Reverted) naming `what`.
    nlohmann::json send(const eth::TransactionRequest& request, const std::string& what);
    /// eth_call, decoded as `outputs`.
    std::vector<eth::AbiValue> call(const eth::Address& to, std::string_view signature,
                                    const std::vector<eth::AbiValue>& args,
                                    const std::vector<eth::AbiType>& outputs);

private:
    nlohmann::json sendAndWait(nlohmann::json tx, const std::string& what);

    eth::JsonRpcClient& rpc_;
    eth::Address from_;
};

} // namespace sr::sandbox
