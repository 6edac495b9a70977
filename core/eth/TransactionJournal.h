#pragma once

#include "eth/Address.h"
#include "eth/TxRecord.h"
#include "util/Bytes.h"

#include <cstdint>
#include <functional>
#include <optional>
#include <vector>

namespace sr::eth {

/// What the TransactionManager needs of a journal: a transaction is written there before it is
/// broadcast and updated as it goes, so that a crash loses nothing. The data folder's journal is
/// store/PendingTransactions.h (which says each call in full); the manager knows only this, so
/// that the protocol layer does not depend on the storage layer.
class TransactionJournal {
public:
    virtual ~TransactionJournal() = default;

    /// Inserts the row `build(nonce)` returns with the first nonce >= `firstFree` no row of
    /// (chainId, account) holds, atomically with respect to every other writer.
    virtual TxRecord insertWithNonce(std::uint64_t chainId, const eth::Address& account,
                                     std::uint64_t firstFree,
                                     const std::function<TxRecord(std::uint64_t nonce)>& build) = 0;
    /// Inserts a row as it is (a speed-up or a cancel); returns it with its id.
    virtual TxRecord insert(TxRecord record) = 0;
    /// Writes back the mutable fields.
    virtual void update(const TxRecord& record) = 0;
    virtual std::optional<TxRecord> find(std::int64_t id) const = 0;
    /// Active rows (Signed, Pending, Mined) of a chain, oldest first; with `account`, only its.
    virtual std::vector<TxRecord> active(std::uint64_t chainId,
                                         const std::optional<eth::Address>& account = {}) const = 0;
    /// Confirmed or failed rows mined at or after `sinceBlock`.
    virtual std::vector<TxRecord> settledSince(std::uint64_t chainId,
                                               std::uint64_t sinceBlock) const = 0;
    /// The other rows with the same chain, account and nonce.
    virtual std::vector<TxRecord> siblings(const TxRecord& record) const = 0;
    /// A journaled call of `account` to `to` with exactly `data`, created at or after `since`,
    /// that may be or have been on chain: what a journaled operation finds again after a crash
    /// instead of sending it twice.
    virtual std::optional<TxRecord> findJournaledCall(std::uint64_t chainId,
                                                      const eth::Address& account,
                                                      const std::optional<eth::Address>& to,
                                                      const Bytes& data,
                                                      std::int64_t since) const = 0;

protected:
    TransactionJournal() = default;
    TransactionJournal(const TransactionJournal&) = default;
    TransactionJournal& operator=(const TransactionJournal&) = default;
};

} // namespace sr::eth
