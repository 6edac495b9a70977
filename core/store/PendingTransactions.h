#pragma once

#include "eth/Address.h"
#include "eth/Transaction.h"
#include "eth/TransactionRequest.h"
#include "eth/U256.h"
#include "util/Bytes.h"

#include <cstdint>
#include <filesystem>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace sr {

class Database;

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

/// The persistent pending-transaction journal, in the SQLite database of the data folder.
/// A transaction is written here BEFORE it is broadcast and updated as it progresses, so that a
/// crash or a restart loses nothing: the watcher resumes from these rows. Thread-safe; several
/// processes may share the file (SQLite's locking orders their writes).
/// True for the statuses of a transaction that did nothing on chain (failed, dropped, rejected,
/// replaced, cancelled): what it was meant to do is still to be done.
bool leftNothingOnChain(TxStatus status) noexcept;

class PendingTransactions {
public:
    /// Opens (creating) the journal in `databaseFile` (AppPaths::databaseFile()).
    explicit PendingTransactions(const std::filesystem::path& databaseFile);
    ~PendingTransactions();
    PendingTransactions(const PendingTransactions&) = delete;
    PendingTransactions& operator=(const PendingTransactions&) = delete;

    /// Chooses a nonce and inserts the row `build(nonce)` returns, atomically with respect to
    /// every other writer of the file: the nonce is the first n >= `firstFree` that no row of
    /// (chainId, account) holds (see holdsNonce) unless that row is ours to replace. `build`
    /// signs the transaction; it runs inside the database transaction, so it must be quick.
    TxRecord insertWithNonce(std::uint64_t chainId, const eth::Address& account,
                             std::uint64_t firstFree,
                             const std::function<TxRecord(std::uint64_t nonce)>& build);
    /// Inserts a row as it is (a speed-up or cancel, whose nonce is given). Returns it with
    /// its id.
    TxRecord insert(TxRecord record);
    /// Writes back the mutable fields (status, block, gas, error, counters, replacedBy).
    void update(const TxRecord& record);

    std::optional<TxRecord> find(std::int64_t id) const;
    /// The latest row with that hash (the same bytes may be journaled again after a drop).
    std::optional<TxRecord> findByHash(std::uint64_t chainId, const Hash32& hash) const;
    /// Active rows (Signed, Pending, Mined) of a chain, oldest first; with `account`, only its.
    std::vector<TxRecord> active(std::uint64_t chainId,
                                 const std::optional<eth::Address>& account = {}) const;
    /// Confirmed or failed rows mined at or after `sinceBlock` (reorg watch).
    std::vector<TxRecord> settledSince(std::uint64_t chainId, std::uint64_t sinceBlock) const;
    /// The other rows with the same chain, account and nonce.
    std::vector<TxRecord> siblings(const TxRecord& record) const;
    /// The highest nonce a row of (chainId, account) holds, if any.
    std::optional<std::uint64_t> highestNonce(std::uint64_t chainId,
                                              const eth::Address& account) const;

    struct HistoryQuery {
        std::optional<std::uint64_t> chainId;
        std::optional<eth::Address> account;
        std::vector<TxStatus> statuses; ///< empty: all
        std::size_t limit = 100;
        std::optional<std::int64_t> beforeId; ///< paging: rows older than this id
    };
    /// The Activity list: newest first.
    std::vector<TxRecord> history(const HistoryQuery& query) const;
    /// The newest of `account`'s last 500 rows on `chainId`, created at or after `since`
    /// (seconds), that calls `to` with exactly `data` and may be or have been on chain (not
    /// leftNothingOnChain): a journaled operation that died between sending and recording
    /// finds its transaction again instead of sending a second one.
    std::optional<TxRecord> findJournaledCall(std::uint64_t chainId, const eth::Address& account,
                                              const std::optional<eth::Address>& to,
                                              const Bytes& data, std::int64_t since) const;

private:
    mutable std::mutex mutex_;
    std::unique_ptr<Database> db_;
};

} // namespace sr
