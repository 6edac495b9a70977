#include "iexec/ProtectedDataCache.h"

#include "eth/Hex.h"
#include "store/Database.h"
#include "store/Schema.h"

namespace sr::iexec {

namespace {

constexpr const char* kColumns =
    "address, owner, name, multiaddr, checksum, schema, created_block, created_at";

ProtectedData readRow(Database::Statement& s) {
    ProtectedData d;
    d.address = eth::Address::fromHex(s.text(0));
    d.owner = eth::Address::fromHex(s.text(1));
    d.name = s.text(2);
    d.multiaddr = s.blob(3);
    d.checksum = eth::fromHexFixed<32>(s.text(4));
    if (!s.isNull(5))
        d.schema = s.text(5);
    if (!s.isNull(6))
        d.createdBlock = static_cast<std::uint64_t>(s.integer(6));
    if (!s.isNull(7))
        d.createdAt = s.integer(7);
    return d;
}

} // namespace

ProtectedDataCache::ProtectedDataCache(const std::filesystem::path& databaseFile)
    : db_(std::make_unique<Database>(databaseFile, strongroomMigrations())) {}

ProtectedDataCache::~ProtectedDataCache() = default;

std::vector<ProtectedData> ProtectedDataCache::list(std::uint64_t chainId,
                                                    const eth::Address& owner) const {
    auto s = db_->prepare(std::string("SELECT ") + kColumns +
                          " FROM protected_data WHERE chain_id = ? AND owner = ?"
                          " ORDER BY created_block IS NULL, created_block DESC, name, address");
    s.bind(1, static_cast<std::int64_t>(chainId)).bind(2, owner.toLowerHex());
    std::vector<ProtectedData> out;
    while (s.step())
        out.push_back(readRow(s));
    return out;
}

std::optional<ProtectedData> ProtectedDataCache::find(std::uint64_t chainId,
                                                      const eth::Address& address) const {
    auto s = db_->prepare(std::string("SELECT ") + kColumns +
                          " FROM protected_data WHERE chain_id = ? AND address = ?");
    s.bind(1, static_cast<std::int64_t>(chainId)).bind(2, address.toLowerHex());
    if (!s.step())
        return std::nullopt;
    return readRow(s);
}

std::optional<std::uint64_t> ProtectedDataCache::syncedBlock(std::uint64_t chainId,
                                                             const eth::Address& owner) const {
    auto s = db_->prepare("SELECT block FROM protected_data_sync WHERE chain_id = ? AND owner = ?");
    s.bind(1, static_cast<std::int64_t>(chainId)).bind(2, owner.toLowerHex());
    if (!s.step())
        return std::nullopt;
    return static_cast<std::uint64_t>(s.integer(0));
}

void ProtectedDataCache::upsert(std::uint64_t chainId, const ProtectedData& d) {
    auto s = db_->prepare(std::string("INSERT OR REPLACE INTO protected_data (chain_id, ") +
                          kColumns + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
    s.bind(1, static_cast<std::int64_t>(chainId))
        .bind(2, d.address.toLowerHex())
        .bind(3, d.owner.toLowerHex())
        .bind(4, d.name)
        .bindBlob(5, d.multiaddr)
        .bind(6, eth::toHex(d.checksum));
    if (d.schema.empty())
        s.bindNull(7);
    else
        s.bind(7, d.schema);
    if (d.createdBlock)
        s.bind(8, static_cast<std::int64_t>(*d.createdBlock));
    else
        s.bindNull(8);
    if (d.createdAt)
        s.bind(9, *d.createdAt);
    else
        s.bindNull(9);
    s.run();
}

void ProtectedDataCache::setSynced(std::uint64_t chainId, const eth::Address& owner,
                                   std::uint64_t block) {
    db_->prepare("INSERT OR REPLACE INTO protected_data_sync (chain_id, owner, block)"
                 " VALUES (?, ?, ?)")
        .bind(1, static_cast<std::int64_t>(chainId))
        .bind(2, owner.toLowerHex())
        .bind(3, static_cast<std::int64_t>(block))
        .run();
}

void ProtectedDataCache::replaceAll(std::uint64_t chainId, const eth::Address& owner,
                                    const std::vector<ProtectedData>& rows, std::uint64_t block) {
    db_->transaction([&] {
        db_->prepare("DELETE FROM protected_data WHERE chain_id = ? AND owner = ?")
            .bind(1, static_cast<std::int64_t>(chainId))
            .bind(2, owner.toLowerHex())
            .run();
        for (const auto& row : rows)
            upsert(chainId, row);
        setSynced(chainId, owner, block);
    });
}

void ProtectedDataCache::apply(std::uint64_t chainId, const eth::Address& owner,
                               const std::vector<ProtectedData>& upserts,
                               const std::vector<eth::Address>& removed, std::uint64_t block) {
    db_->transaction([&] {
        for (const auto& address : removed)
            db_->prepare("DELETE FROM protected_data WHERE chain_id = ? AND address = ?")
                .bind(1, static_cast<std::int64_t>(chainId))
                .bind(2, address.toLowerHex())
                .run();
        for (const auto& row : upserts)
            upsert(chainId, row);
        setSynced(chainId, owner, block);
    });
}

void ProtectedDataCache::forget(std::uint64_t chainId, const eth::Address& owner) {
    db_->transaction([&] {
        for (const char* sql : {"DELETE FROM protected_data WHERE chain_id = ? AND owner = ?",
                                "DELETE FROM protected_data_sync WHERE chain_id = ? AND owner = ?"})
            db_->prepare(sql)
                .bind(1, static_cast<std::int64_t>(chainId))
                .bind(2, owner.toLowerHex())
                .run();
    });
}

} // namespace sr::iexec
