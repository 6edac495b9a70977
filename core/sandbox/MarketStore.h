#pragma once

// What the sandbox market keeps across restarts, in market.sqlite in its state folder: the
// published orders (with their status and remaining volume as last read from the chain) and
// the deals indexed from the hub's OrdersMatched events, with how far that scan got. SQL only:
// the rules of orders are MarketOrders', the chain reads and routes MarketService's.
// Thread-safe: one connection behind a mutex.

#include "sandbox/MarketOrders.h"
#include "store/Database.h"

#include <cstdint>
#include <filesystem>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

namespace sr::sandbox::market {

class MarketStore {
public:
    /// Opens (or creates and migrates) `file`; orders inserted are recorded under `chainId`.
    MarketStore(const std::filesystem::path& file, std::uint64_t chainId);

    /// The orders of `kind` stored as open, in publication order.
    std::vector<Stored> openOrders(Kind kind);
    std::optional<Stored> find(Kind kind, const std::string& orderHash);
    /// Stores a new order and sets its `seq`; false when it is stored already.
    bool insert(Stored& order);
    void remove(const std::vector<Stored>& orders);
    /// Records `order`'s status and remaining volume.
    void updateStatus(const Stored& order);

    /// One deal as indexed: its id, block and the API's JSON of it.
    struct IndexedDeal {
        std::string dealid;
        std::uint64_t blockNumber = 0;
        std::string json;
    };
    /// The last block the deals were indexed up to, if any.
    std::optional<std::uint64_t> dealsScannedTo();
    /// Forgets every deal (the folder now serves another chain).
    void forgetDeals();
    /// Adds `deals` (those known already are kept) and records the scan up to `scannedTo`, in
    /// one transaction.
    void addDeals(const std::vector<IndexedDeal>& deals, std::uint64_t scannedTo);
    std::vector<ojson> deals();

private:
    std::mutex mutex_;
    Database db_;
    std::uint64_t chainId_;
};

} // namespace sr::sandbox::market
