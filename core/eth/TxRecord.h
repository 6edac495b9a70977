#pragma once

// A transaction as the journal keeps it: the signed bytes and what became of it. Shared by the
// manager that sends (eth/TransactionManager.h), the journal that stores (store/
// PendingTransactions.h) and the front ends that list it.

#include "eth/Address.h"
#include "eth/Transaction.h"
#include "eth/TransactionRequest.h"
#include "eth/U256.h"
#include "util/Bytes.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace sr {

/// Where a journaled transaction stands. Persisted by name: never rename.
enum class TxStatus {
    Signed,    ///< written, not yet known to be broadcast (a crash here means: send it again)
    Pending,   ///< broadcast, waiting to be mined
    Mined,     ///< in a block, waiting for enough confirmations (a reorg can undo it)
    Confirmed, ///< succeeded with enough confirmations
    Failed,    ///< mined but reverted (the nonce and the fee are spent)
    Dropped,   ///< the node forgot it, its nonce is still free, and it could not be sent again
    Replaced,  ///< another transaction used its nonce (a speed-up of ours, or another wallet)
    Rejected,  ///< the node refused it outright (never on chain): no funds, nonce used, ...
    /// a cancel of ours (TxKind::Cancel, see replacedBy) took its nonce: it never ran, and
    /// nothing it would have done happened. Not a success, whatever the cancel's own status.
    Cancelled,
};

std::string_view txStatusName(TxStatus status) noexcept; ///< "signed", "pending", ...
/// Throws Error(Corrupt) for an unknown name.
TxStatus txStatusFromName(std::string_view name);
/// Still moving: Signed, Pending or Mined.
bool isActive(TxStatus status) noexcept;
/// Holds its nonce: Signed, Pending, Mined, Confirmed or Failed.
bool holdsNonce(TxStatus status) noexcept;

/// How a transaction came to be.
enum class TxKind { Original, SpeedUp, Cancel };
std::string_view txKindName(TxKind kind) noexcept; ///< "original", "speed-up", "cancel"
/// Throws Error(Corrupt) for an unknown name.
TxKind txKindFromName(std::string_view name);

/// One row of the journal: the signed bytes (enough to send it again after a crash) and what
/// happened to it.
struct TxRecord {
    std::int64_t id = 0;
    std::uint64_t chainId = 0;
    eth::Address account;
    std::uint64_t nonce = 0;
    Hash32 hash{};
    Bytes raw; ///< the signed transaction, as broadcast
    std::optional<eth::Address> to;
    eth::U256 value;
    eth::Transaction::Type type = eth::Transaction::Type::Eip1559;
    eth::U256 gasLimit;
    eth::U256 maxFeePerGas;
    eth::U256 maxPriorityFeePerGas;
    eth::U256 gasPrice;
    eth::TxPurpose purpose = eth::TxPurpose::Other; ///< what it does (see TransactionRequest)
    /// What it is about; empty in rows journaled before the journal recorded it.
    eth::TxDetails details;
    /// The English description when it was journaled: what the Activity list shows for a row
    /// its purpose and details do not describe (an older row, TxPurpose::Other), and what an
    /// older Strongroom sharing the file shows. The edges say the others from the details.
    std::string label;
    TxStatus status = TxStatus::Signed;
    TxKind kind = TxKind::Original;
    std::optional<std::int64_t> replaces;   ///< the row a speed-up or cancel replaces
    std::optional<std::int64_t> replacedBy; ///< our row that took this one's nonce
    std::optional<std::uint64_t> blockNumber;
    std::optional<Hash32> blockHash;
    std::optional<eth::U256> gasUsed;
    std::optional<eth::U256> effectiveGasPrice;
    std::string error; ///< why it failed, was dropped or rejected; empty otherwise
    int broadcastCount = 0;
    std::int64_t createdAt = 0; ///< unix seconds
    std::int64_t updatedAt = 0;
    std::optional<std::int64_t> broadcastAt; ///< first successful broadcast
    std::optional<std::int64_t> minedAt;

    /// The transaction decoded from `raw`.
    eth::Transaction transaction() const;
    /// Fills the transaction fields (hash, nonce, fees, to, value, type, raw) from a signed
    /// transaction.
    static TxRecord fromTransaction(const eth::Transaction& tx, const eth::Address& account);
};

/// True for the statuses of a transaction that did nothing on chain (failed, dropped, rejected,
/// replaced, cancelled): what it was meant to do is still to be done.
bool leftNothingOnChain(TxStatus status) noexcept;

} // namespace sr
