#pragma once

#include "eth/TransactionJournal.h"
#include "eth/TxRecord.h"
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

/// The persistent pending-transaction journal, in the SQLite database of the data folder.
/// A transaction is written here BEFORE it is broadcast and updated as it progresses, so that a
/// crash or a restart loses nothing: the watcher resumes from these rows. Thread-safe; several
/// processes may share the file (SQLite's locking orders their writes).
class PendingTransactions final : public eth::TransactionJournal {
public:
    /// Opens (creating) the journal in `databaseFile` (AppPaths::databaseFile()).
    explicit PendingTransactions(const std::filesystem::path& databaseFile);
    ~PendingTransactions() override;
    PendingTransactions(const PendingTransactions&) = delete;
    PendingTransactions& operator=(const PendingTransactions&) = delete;

    /// Chooses a nonce and inserts the row `build(nonce)` returns, atomically with respect to
    /// every other writer of the file: the nonce is the first n >= `firstFree` that no row of
    /// (chainId, account) holds (see holdsNonce) unless that row is ours to replace. `build`
    /// signs the transaction; it runs inside the database transaction, so it must be quick.
    TxRecord insertWithNonce(std::uint64_t chainId, const eth::Address& account,
                             std::uint64_t firstFree,
                             const std::function<TxRecord(std::uint64_t nonce)>& build) override;
    /// Inserts a row as it is (a speed-up or cancel, whose nonce is given). Returns it with
    /// its id.
    TxRecord insert(TxRecord record) override;
    /// Writes back the mutable fields (status, block, gas, error, counters, replacedBy).
    void update(const TxRecord& record) override;

    std::optional<TxRecord> find(std::int64_t id) const override;
    /// The latest row with that hash (the same bytes may be journaled again after a drop).
    std::optional<TxRecord> findByHash(std::uint64_t chainId, const Hash32& hash) const;
    /// Active rows (Signed, Pending, Mined) of a chain, oldest first; with `account`, only its.
    std::vector<TxRecord> active(std::uint64_t chainId,
                                 const std::optional<eth::Address>& account = {}) const override;
    /// Confirmed or failed rows mined at or after `sinceBlock` (reorg watch).
    std::vector<TxRecord> settledSince(std::uint64_t chainId,
                                       std::uint64_t sinceBlock) const override;
    /// The other rows with the same chain, account and nonce.
    std::vector<TxRecord> siblings(const TxRecord& record) const override;
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
                                              const Bytes& data, std::int64_t since) const override;

private:
    mutable std::mutex mutex_;
    std::unique_ptr<Database> db_;
};

} // namespace sr
