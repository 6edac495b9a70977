#pragma once

#include "eth/FeeEstimator.h"
#include "eth/JsonRpcClient.h"
#include "eth/Receipt.h"
#include "eth/RevertDecoder.h"
#include "eth/Signer.h"
#include "eth/Transaction.h"
#include "eth/TransactionJournal.h"
#include "eth/TransactionRequest.h"
#include "util/CancelToken.h"

#include <chrono>
#include <cstdint>
#include <functional>
#include <map>
#include <mutex>
#include <optional>
#include <set>
#include <string>
#include <vector>

namespace sr::eth {

/// What sending a request will cost, before anything is signed (for a confirmation dialog).
struct TransactionPlan {
    TransactionRequest request;
    Address from;
    FeeQuote fees;
    U256 gasLimit;
    /// value + gasLimit x the per-gas cap: the most the account can lose.
    U256 maxCost;
    /// gasLimit x the per-gas cap: the most the fee can be.
    U256 maxFee() const { return gasLimit * fees.perGasCap(); }
};

/// Sends transactions so that none is ever lost, and follows them to the end.
///
/// - Fees from eth_feeHistory (FeeEstimator); gas from eth_estimateGas plus a margin, a revert
///   at estimation being reported with its decoded reason before anything is signed.
/// - Nonces: the first nonce at or above the node's pending count that no journaled
///   transaction of the account holds (so concurrent sends, from threads or processes, never
///   collide, and a gap left by a dropped transaction is filled).
/// - Every transaction is journaled (signed bytes included) BEFORE it is broadcast, then
///   followed: receipts with N confirmations, reorgs (a receipt that disappears puts it back
///   to pending), transactions the node forgot (broadcast again), nonces used by another
///   transaction (replaced), speed-up and cancel with fees bumped by at least 10 %.
///
/// Thread-safe. One manager per chain; several may share a journal.
class TransactionManager {
public:
    struct Options {
        unsigned confirmations = 1;     ///< blocks including the transaction's own
        unsigned gasMarginPercent = 20; ///< added to eth_estimateGas
        unsigned bumpPercent = 10;      ///< speed-up and cancel (nodes require >= 10)
        std::uint64_t reorgDepth = 64;  ///< settled transactions this recent are re-checked
        bool rebroadcastLost = true;    ///< send again what the node forgot
        int maxBroadcasts = 50;         ///< then the transaction is declared dropped
        std::chrono::milliseconds pollInterval{500}; ///< wait()'s pace
        /// How long "our nonce is spent but our receipt is not found" must last before the
        /// transaction is declared replaced: a node may show the nonce a moment before the
        /// receipt (anvil under load), and consecutive calls to a load-balanced provider may
        /// reach nodes at different heights.
        std::chrono::milliseconds replacedAfter{3000};
        FeeEstimator::Options fees;
        /// The most a transaction's fee may reach (gas limit x the per-gas cap, in wei): a plan
        /// above it is refused before anything is signed (the CLI's --max-fee).
        std::optional<U256> maxFee;
        /// For tests: called with a new row (send, speed-up, cancel) once it is journaled as
        /// Signed and just before its first broadcast, so that a race (a poll() in that window)
        /// can be run on purpose. Empty in the app.
        std::function<void(const TxRecord&)> beforeBroadcast;
    };

    TransactionManager(JsonRpcClient& rpc, TransactionJournal& journal, std::uint64_t chainId);
    TransactionManager(JsonRpcClient& rpc, TransactionJournal& journal, std::uint64_t chainId,
                       Options options);

    std::uint64_t chainId() const { return chainId_; }
    TransactionJournal& journal() { return journal_; }

    /// Checks the chain id, estimates fees and gas, and checks that `from` can pay. Throws
    /// Error(Reverted) with the contract's reason if the call would fail, Error(InvalidArgument)
    /// for insufficient funds or a fee above Options::maxFee, Error(ChainMismatch),
    /// Error(Network).
    TransactionPlan plan(const TransactionRequest& request, const Address& from,
                         const CancelToken* cancel = nullptr);
    /// Signs, journals, then broadcasts. Returns the row: Pending, or still Signed if the node
    /// could not be reached (refresh()/wait() send it again). A refusal by the node marks the
    /// row Rejected and throws (InvalidArgument for funds, Network otherwise).
    TxRecord send(const TransactionPlan& plan, const Signer& signer,
                  const CancelToken* cancel = nullptr);
    /// plan() then send().
    TxRecord send(const TransactionRequest& request, const Signer& signer,
                  const CancelToken* cancel = nullptr);

    /// The same transaction (same nonce) with fees bumped: the node keeps the better one.
    /// Only for a Signed or Pending transaction. Returns the new row.
    TxRecord speedUp(std::int64_t id, const Signer& signer, const CancelToken* cancel = nullptr);
    /// A 0-value transfer to itself with the same nonce and bumped fees: if it is mined first,
    /// the original never runs.
    TxRecord cancel(std::int64_t id, const Signer& signer, const CancelToken* cancel = nullptr);

    /// Looks at one transaction on the node and moves its status on; broadcasts it again if
    /// the node lost it. Throws Error(Network) if the node can't be reached.
    TxRecord refresh(std::int64_t id, const CancelToken* cancel = nullptr);
    /// Refreshes every active transaction of this chain and the recently settled ones (reorg
    /// watch): call it at start-up (resume) and then periodically.
    std::vector<TxRecord> poll(const CancelToken* cancel = nullptr);

    /// Refreshes until the transaction is settled (Confirmed, Failed, Replaced, Dropped,
    /// Rejected, Cancelled); follows our own replacement (speed-up, cancel) to its end. When a
    /// cancel of ours took the nonce, the result is the asked transaction with status
    /// Cancelled (once the cancel is confirmed), never the cancel's own Confirmed row. Rides out a
    /// node that goes away and comes back. Throws Error(Network) naming the transaction after
    /// `timeout` (it stays journaled and watched), Error(Cancelled).
    TxRecord wait(std::int64_t id, std::chrono::milliseconds timeout,
                  const CancelToken* cancel = nullptr);
    /// wait(), then Error(Reverted) with the reason for a Failed one, Error(Cancelled) for one
    /// a cancel of ours replaced, and an error for a Replaced (by someone else), Dropped or
    /// Rejected one.
    TxRecord waitForSuccess(std::int64_t id, std::chrono::milliseconds timeout,
                            const CancelToken* cancel = nullptr);

    /// The receipt of a mined transaction (for its events). Throws Error(NotFound).
    Receipt receipt(const TxRecord& record, const CancelToken* cancel = nullptr);
    /// Why a mined transaction reverted: its call replayed on the state before its block and
    /// decoded ("SafeMath: subtraction overflow", "ran out of gas").
    std::string failureReason(const TxRecord& record, const CancelToken* cancel = nullptr);

    /// The nonce the next transaction of `account` would take.
    std::uint64_t nextNonce(const Address& account, const CancelToken* cancel = nullptr);

    /// How the node's refusal of a raw transaction reads (exposed for tests).
    enum class Refusal { AlreadyKnown, NonceTooLow, Underpriced, InsufficientFunds, Other };
    static Refusal classifyRefusal(const std::string& message);

private:
    void requireChain(const CancelToken* cancel);
    void checkFeeCap(const TransactionPlan& plan) const;
    TxRecord broadcastNew(TxRecord record, const CancelToken* cancel);
    TxRecord replace(std::int64_t id, const Signer& signer, bool cancelIt,
                     const CancelToken* cancel);
    std::optional<Receipt> fetchReceipt(const Hash32& hash, const CancelToken* cancel);
    void markMined(TxRecord& record, const Receipt& receipt, std::uint64_t latest,
                   const CancelToken* cancel);
    void settleSiblings(const TxRecord& winner);
    TxRecord refreshRecord(TxRecord record, const CancelToken* cancel, int depth);

    JsonRpcClient& rpc_;
    TransactionJournal& journal_;
    std::uint64_t chainId_;
    Options options_;
    FeeEstimator fees_;
    std::mutex mutex_;
    /// Rows this manager is broadcasting for the first time right now: a concurrent poll()
    /// leaves them alone, or it would send them itself and make the sender see "nonce too low".
    std::set<std::int64_t> sending_;
    /// The same, by account and nonce, from the moment a nonce is taken (before the row is
    /// committed and its id known): a poll in between leaves it alone too.
    std::set<std::pair<Address, std::uint64_t>> sendingNonces_;
    std::mutex sendingMutex_;
    /// Since when each transaction's nonce has looked spent without its receipt (under
    /// sendingMutex_).
    std::map<std::int64_t, std::chrono::steady_clock::time_point> spentSince_;
    bool chainChecked_ = false;
};

} // namespace sr::eth
