#pragma once

#include "eth/Address.h"
#include "eth/ContractCaller.h"
#include "eth/JsonRpcClient.h"
#include "eth/TransactionRequest.h"
#include "eth/U256.h"
#include "iexec/Balances.h"
#include "iexec/NetworkProfile.h"
#include "iexec/PocoHub.h"
#include "util/CancelToken.h"

#include <cstdint>
#include <mutex>
#include <optional>

namespace sr::iexec {

/// The money side of a network: balances, ETH and RLC transfers, deposits to and withdrawals
/// from the iExec account. Requests are checked against the balances first, so that a user
/// learns "not enough RLC" before typing a password; gas is checked by the TransactionManager.
/// The RLC token is the hub's token(), never a hard-coded address. The node's chain id is
/// checked by the session that hands the service out (session::ChainSession), not here.
class FundsService {
public:
    /// Throws Error(InvalidArgument) if the profile has no valid hub address.
    FundsService(eth::JsonRpcClient& rpc, const NetworkProfile& profile);

    /// One batch at a pinned block.
    Balances balances(const eth::Address& account, const CancelToken* cancel = nullptr);

    /// Error(InvalidArgument) for a zero amount or one above the balance.
    eth::TransactionRequest sendEth(const eth::Address& from, const eth::Address& to,
                                    const eth::U256& wei, const CancelToken* cancel = nullptr);
    eth::TransactionRequest sendRlc(const eth::Address& from, const eth::Address& to,
                                    const eth::U256& nrlc, const CancelToken* cancel = nullptr);
    /// RLC from the wallet to the iExec account, in one transaction (approveAndCall).
    eth::TransactionRequest deposit(const eth::Address& from, const eth::U256& nrlc,
                                    const CancelToken* cancel = nullptr);
    /// RLC from the iExec account's stake back to the wallet.
    eth::TransactionRequest withdraw(const eth::Address& from, const eth::U256& nrlc,
                                     const CancelToken* cancel = nullptr);

    const PocoHub& hub() const { return hub_; }
    /// The hub's RLC token (read once).
    eth::Address rlcToken(const CancelToken* cancel = nullptr);

private:
    eth::JsonRpcClient& rpc_;
    eth::ContractCaller caller_;
    PocoHub hub_;
    std::mutex mutex_;
    std::optional<eth::Address> token_;
};

} // namespace sr::iexec
