#include "sandbox/MarketStore.h"

namespace sr::sandbox::market {

namespace {

const std::vector<std::string> kMigrations = {
    "CREATE TABLE orders (seq INTEGER PRIMARY KEY AUTOINCREMENT, kind TEXT NOT NULL, "
    "orderHash TEXT NOT NULL, chainId INTEGER NOT NULL, orderJson TEXT NOT NULL, "
    "signer TEXT NOT NULL, status TEXT NOT NULL, remaining INTEGER NOT NULL, "
    "publicationTimestamp TEXT NOT NULL, UNIQUE (kind, orderHash));"
    "CREATE INDEX orders_by_status ON orders (kind, status)",
    // Deals, indexed from the hub's OrdersMatched events, and how far the scan got.
    "CREATE TABLE deals (dealid TEXT PRIMARY KEY, blockNumber INTEGER NOT NULL, "
    "dealJson TEXT NOT NULL);"
    "CREATE TABLE scan (name TEXT PRIMARY KEY, block INTEGER NOT NULL)",
};

constexpr const char* kColumns =
    "SELECT seq, kind, orderHash, orderJson, signer, status, remaining, publicationTimestamp "
    "FROM orders ";

Stored readRow(Database::Statement& row) {
    Stored s;
    s.seq = row.integer(0);
    const std::string kind = row.text(1);
    for (Kind k : {Kind::App, Kind::Dataset, Kind::Workerpool, Kind::Request})
        if (kind == spec(k).name)
            s.kind = k;
    s.orderHash = row.text(2);
    s.order = ojson::parse(row.text(3));
    s.signer = row.text(4);
    s.status = row.text(5);
    s.remaining = static_cast<std::uint64_t>(row.integer(6));
    s.publicationTimestamp = row.text(7);
    return s;
}

} // namespace

MarketStore::MarketStore(const std::filesystem::path& file, std::uint64_t chainId)
    : db_(file, kMigrations), chainId_(chainId) {}

std::vector<Stored> MarketStore::openOrders(Kind kind) {
    std::lock_guard lock(mutex_);
    auto statement =
        db_.prepare(std::string(kColumns) + "WHERE kind = ? AND status = ? ORDER BY seq");
    statement.bind(1, spec(kind).name).bind(2, kOpen);
    std::vector<Stored> out;
    while (statement.step())
        out.push_back(readRow(statement));
    return out;
}

std::optional<Stored> MarketStore::find(Kind kind, const std::string& orderHash) {
    std::lock_guard lock(mutex_);
    auto statement = db_.prepare(std::string(kColumns) + "WHERE kind = ? AND orderHash = ?");
    statement.bind(1, spec(kind).name).bind(2, orderHash);
    if (!statement.step())
        return std::nullopt;
    return readRow(statement);
}

bool MarketStore::insert(Stored& s) {
    std::lock_guard lock(mutex_);
    db_.prepare("INSERT OR IGNORE INTO orders (kind, orderHash, chainId, orderJson, signer, "
                "status, remaining, publicationTimestamp) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
        .bind(1, spec(s.kind).name)
        .bind(2, s.orderHash)
        .bind(3, static_cast<std::int64_t>(chainId_))
        .bind(4, s.order.dump())
        .bind(5, s.signer)
        .bind(6, s.status)
        .bind(7, static_cast<std::int64_t>(s.remaining))
        .bind(8, s.publicationTimestamp)
        .run();
    if (db_.changes() != 1)
        return false;
    s.seq = db_.lastInsertId();
    return true;
}

void MarketStore::remove(const std::vector<Stored>& orders) {
    std::lock_guard lock(mutex_);
    db_.transaction([&] {
        for (const auto& s : orders)
            db_.prepare("DELETE FROM orders WHERE kind = ? AND orderHash = ?")
                .bind(1, spec(s.kind).name)
                .bind(2, s.orderHash)
                .run();
    });
}

void MarketStore::updateStatus(const Stored& s) {
    std::lock_guard lock(mutex_);
    db_.prepare("UPDATE orders SET status = ?, remaining = ? WHERE kind = ? AND orderHash = ?")
        .bind(1, s.status)
        .bind(2, static_cast<std::int64_t>(s.remaining))
        .bind(3, spec(s.kind).name)
        .bind(4, s.orderHash)
        .run();
}

std::optional<std::uint64_t> MarketStore::dealsScannedTo() {
    std::lock_guard lock(mutex_);
    auto statement = db_.prepare("SELECT block FROM scan WHERE name = 'deals'");
    if (!statement.step())
        return std::nullopt;
    return static_cast<std::uint64_t>(statement.integer(0));
}

void MarketStore::forgetDeals() {
    std::lock_guard lock(mutex_);
    db_.exec("DELETE FROM deals");
}

void MarketStore::addDeals(const std::vector<IndexedDeal>& deals, std::uint64_t scannedTo) {
    std::lock_guard lock(mutex_);
    db_.transaction([&] {
        for (const auto& deal : deals)
            db_.prepare("INSERT OR IGNORE INTO deals (dealid, blockNumber, dealJson) VALUES "
                        "(?, ?, ?)")
                .bind(1, deal.dealid)
                .bind(2, static_cast<std::int64_t>(deal.blockNumber))
                .bind(3, deal.json)
                .run();
        db_.prepare("INSERT OR REPLACE INTO scan (name, block) VALUES ('deals', ?)")
            .bind(1, static_cast<std::int64_t>(scannedTo))
            .run();
    });
}

std::vector<ojson> MarketStore::deals() {
    std::lock_guard lock(mutex_);
    auto statement = db_.prepare("SELECT dealJson FROM deals");
    std::vector<ojson> out;
    while (statement.step())
        out.push_back(ojson::parse(statement.text(0)));
    return out;
}

} // namespace sr::sandbox::market
