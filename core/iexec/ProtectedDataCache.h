#pragma once

#include "iexec/ProtectedData.h"

#include <cstdint>
#include <filesystem>
#include <memory>
#include <optional>
#include <vector>

namespace sr {
class Database;
}

namespace sr::iexec {

/// The protected data of each (chain, owner) as last read from the chain, in the data folder's
/// database, with the block that listing is up to date with. One cache per thread (it holds a
/// SQLite connection).
class ProtectedDataCache {
public:
    explicit ProtectedDataCache(const std::filesystem::path& databaseFile);
    ~ProtectedDataCache();
    ProtectedDataCache(const ProtectedDataCache&) = delete;
    ProtectedDataCache& operator=(const ProtectedDataCache&) = delete;

    /// The owner's rows, newest first (unknown creation last, then by name).
    std::vector<ProtectedData> list(std::uint64_t chainId, const eth::Address& owner) const;
    std::optional<ProtectedData> find(std::uint64_t chainId, const eth::Address& address) const;
    /// The block the owner's listing is complete at, or nothing if it was never read.
    std::optional<std::uint64_t> syncedBlock(std::uint64_t chainId,
                                             const eth::Address& owner) const;

    /// Replaces the owner's whole listing (a full read) and records `block`, atomically.
    void replaceAll(std::uint64_t chainId, const eth::Address& owner,
                    const std::vector<ProtectedData>& rows, std::uint64_t block);
    /// Applies a refresh: rows to add or update, addresses to drop, then records `block`,
    /// atomically.
    void apply(std::uint64_t chainId, const eth::Address& owner,
               const std::vector<ProtectedData>& upserts, const std::vector<eth::Address>& removed,
               std::uint64_t block);
    /// Forgets the owner's listing (the next refresh reads everything again).
    void forget(std::uint64_t chainId, const eth::Address& owner);

private:
    void upsert(std::uint64_t chainId, const ProtectedData& row);
    void setSynced(std::uint64_t chainId, const eth::Address& owner, std::uint64_t block);

    std::unique_ptr<Database> db_;
};

} // namespace sr::iexec
