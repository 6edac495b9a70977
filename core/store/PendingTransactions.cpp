#include "store/PendingTransactions.h"

#include "eth/Hex.h"
#include "store/Database.h"
#include "store/Schema.h"
#include "util/Error.h"

#include <chrono>
#include <set>

namespace sr {
namespace {

constexpr const char* kColumns =
    "id, chain_id, account, nonce, hash, raw, to_address, value, tx_type, gas_limit, max_fee, "
    "max_priority_fee, gas_price, purpose, label, status, kind, replaces, replaced_by, "
    "block_number, block_hash, gas_used, effective_gas_price, error, broadcast_count, "
    "created_at, updated_at, broadcast_at, mined_at, recipient, amount, token, dataset, app, name";

std::int64_t now() {
    return std::chrono::duration_cast<std::chrono::seconds>(
               std::chrono::system_clock::now().time_since_epoch())
        .count();
}

std::int64_t toInt(std::uint64_t v, const char* what) {
    if (v > static_cast<std::uint64_t>(INT64_MAX))
        throw Error(ErrorCode::InvalidArgument, std::string(what) + " is too large to journal.");
    return static_cast<std::int64_t>(v);
}

Hash32 hashFromText(const std::string& text) {
    return eth::fromHexFixed<32>(text);
}

TxRecord readRow(const Database::Statement& s) {
    TxRecord r;
    try {
        r.id = s.integer(0);
        r.chainId = static_cast<std::uint64_t>(s.integer(1));
        r.account = eth::Address::fromHex(s.text(2));
        r.nonce = static_cast<std::uint64_t>(s.integer(3));
        r.hash = hashFromText(s.text(4));
        r.raw = s.blob(5);
        if (!s.isNull(6))
            r.to = eth::Address::fromHex(s.text(6));
        r.value = eth::U256::fromDecimal(s.text(7));
        r.type = static_cast<eth::Transaction::Type>(s.integer(8));
        r.gasLimit = eth::U256::fromDecimal(s.text(9));
        r.maxFeePerGas = eth::U256::fromDecimal(s.text(10));
        r.maxPriorityFeePerGas = eth::U256::fromDecimal(s.text(11));
        r.gasPrice = eth::U256::fromDecimal(s.text(12));
        r.purpose = eth::txPurposeFromName(s.text(13));
        r.label = s.text(14);
        r.status = txStatusFromName(s.text(15));
        r.kind = txKindFromName(s.text(16));
        if (!s.isNull(17))
            r.replaces = s.integer(17);
        if (!s.isNull(18))
            r.replacedBy = s.integer(18);
        if (!s.isNull(19))
            r.blockNumber = static_cast<std::uint64_t>(s.integer(19));
        if (!s.isNull(20))
            r.blockHash = hashFromText(s.text(20));
        if (!s.isNull(21))
            r.gasUsed = eth::U256::fromDecimal(s.text(21));
        if (!s.isNull(22))
            r.effectiveGasPrice = eth::U256::fromDecimal(s.text(22));
        r.error = s.text(23);
        r.broadcastCount = static_cast<int>(s.integer(24));
        r.createdAt = s.integer(25);
        r.updatedAt = s.integer(26);
        if (!s.isNull(27))
            r.broadcastAt = s.integer(27);
        if (!s.isNull(28))
            r.minedAt = s.integer(28);
        if (!s.isNull(29))
            r.details.recipient = eth::Address::fromHex(s.text(29));
        if (!s.isNull(30))
            r.details.amount = eth::U256::fromDecimal(s.text(30));
        if (!s.isNull(31))
            r.details.token = s.text(31);
        if (!s.isNull(32))
            r.details.dataset = eth::Address::fromHex(s.text(32));
        if (!s.isNull(33))
            r.details.app = eth::Address::fromHex(s.text(33));
        if (!s.isNull(34))
            r.details.name = s.text(34);
    } catch (const Error& e) {
        if (e.code() == ErrorCode::Corrupt)
            throw;
        throw Error(ErrorCode::Corrupt,
                    std::string("The transaction journal holds a damaged row: ") + e.what());
    }
    return r;
}

std::vector<TxRecord> readAll(Database::Statement& s) {
    std::vector<TxRecord> out;
    while (s.step())
        out.push_back(readRow(s));
    return out;
}

void bindOptionalText(Database::Statement& s, int index, const std::optional<std::string>& v) {
    if (v)
        s.bind(index, *v);
    else
        s.bindNull(index);
}

void bindOptionalInt(Database::Statement& s, int index, const std::optional<std::int64_t>& v) {
    if (v)
        s.bind(index, *v);
    else
        s.bindNull(index);
}

std::optional<std::string> optDecimal(const std::optional<eth::U256>& v) {
    return v ? std::optional<std::string>(v->toDecimal()) : std::nullopt;
}

std::optional<std::string> optAddress(const std::optional<eth::Address>& v) {
    return v ? std::optional<std::string>(v->toLowerHex()) : std::nullopt;
}

std::string statusList(std::initializer_list<TxStatus> statuses) {
    std::string out;
    for (TxStatus s : statuses)
        out += (out.empty() ? "'" : ",'") + std::string(txStatusName(s)) + "'";
    return out;
}

const std::string& holdingStatuses() {
    static const std::string list =
        statusList({TxStatus::Signed, TxStatus::Pending, TxStatus::Mined, TxStatus::Confirmed,
                    TxStatus::Failed});
    return list;
}

const std::string& activeStatuses() {
    static const std::string list =
        statusList({TxStatus::Signed, TxStatus::Pending, TxStatus::Mined});
    return list;
}

} // namespace

PendingTransactions::PendingTransactions(const std::filesystem::path& databaseFile)
    : db_(std::make_unique<Database>(databaseFile, strongroomMigrations())) {}

PendingTransactions::~PendingTransactions() = default;

namespace {

TxRecord insertRow(Database& db, TxRecord r) {
    const std::int64_t t = now();
    r.createdAt = r.createdAt ? r.createdAt : t;
    r.updatedAt = t;
    auto s = db.prepare(
        "INSERT INTO pending_transactions (chain_id, account, nonce, hash, raw, to_address, value,"
        " tx_type, gas_limit, max_fee, max_priority_fee, gas_price, purpose, label, status, kind,"
        " replaces, replaced_by, block_number, block_hash, gas_used, effective_gas_price, error,"
        " broadcast_count, created_at, updated_at, broadcast_at, mined_at, recipient, amount,"
        " token, dataset, app, name)"
        " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17,"
        " ?18, ?19, ?20, ?21, ?22, ?23, ?24, ?25, ?26, ?27, ?28, ?29, ?30, ?31, ?32, ?33, ?34)");
    s.bind(1, toInt(r.chainId, "The chain id"))
        .bind(2, r.account.toLowerHex())
        .bind(3, toInt(r.nonce, "The nonce"))
        .bind(4, eth::toHex(r.hash))
        .bindBlob(5, r.raw);
    bindOptionalText(s, 6, optAddress(r.to));
    s.bind(7, r.value.toDecimal())
        .bind(8, static_cast<std::int64_t>(r.type))
        .bind(9, r.gasLimit.toDecimal())
        .bind(10, r.maxFeePerGas.toDecimal())
        .bind(11, r.maxPriorityFeePerGas.toDecimal())
        .bind(12, r.gasPrice.toDecimal())
        .bind(13, eth::txPurposeName(r.purpose))
        .bind(14, r.label)
        .bind(15, txStatusName(r.status))
        .bind(16, txKindName(r.kind));
    bindOptionalInt(s, 17, r.replaces);
    bindOptionalInt(s, 18, r.replacedBy);
    bindOptionalInt(s, 19,
                    r.blockNumber ? std::optional<std::int64_t>(toInt(*r.blockNumber, "A block"))
                                  : std::nullopt);
    bindOptionalText(
        s, 20, r.blockHash ? std::optional<std::string>(eth::toHex(*r.blockHash)) : std::nullopt);
    bindOptionalText(s, 21, optDecimal(r.gasUsed));
    bindOptionalText(s, 22, optDecimal(r.effectiveGasPrice));
    s.bind(23, r.error).bind(24, static_cast<std::int64_t>(r.broadcastCount));
    s.bind(25, r.createdAt).bind(26, r.updatedAt);
    bindOptionalInt(s, 27, r.broadcastAt);
    bindOptionalInt(s, 28, r.minedAt);
    const eth::TxDetails& d = r.details;
    bindOptionalText(s, 29, optAddress(d.recipient));
    bindOptionalText(s, 30, optDecimal(d.amount));
    bindOptionalText(s, 31, d.token);
    bindOptionalText(s, 32, optAddress(d.dataset));
    bindOptionalText(s, 33, optAddress(d.app));
    bindOptionalText(s, 34, d.name);
    s.run();
    r.id = db.lastInsertId();
    return r;
}

} // namespace

TxRecord PendingTransactions::insert(TxRecord record) {
    std::lock_guard lock(mutex_);
    TxRecord out;
    db_->transaction([&] { out = insertRow(*db_, std::move(record)); });
    return out;
}

TxRecord
PendingTransactions::insertWithNonce(std::uint64_t chainId, const eth::Address& account,
                                     std::uint64_t firstFree,
                                     const std::function<TxRecord(std::uint64_t nonce)>& build) {
    std::lock_guard lock(mutex_);
    TxRecord out;
    // BEGIN IMMEDIATE takes the write lock first: no other process can pick the same nonce.
    db_->transaction([&] {
        auto s = db_->prepare("SELECT DISTINCT nonce FROM pending_transactions WHERE chain_id = ?1"
                              " AND account = ?2 AND nonce >= ?3 AND status IN (" +
                              holdingStatuses() + ") ORDER BY nonce");
        s.bind(1, toInt(chainId, "The chain id"))
            .bind(2, account.toLowerHex())
            .bind(3, toInt(firstFree, "The nonce"));
        std::uint64_t nonce = firstFree;
        while (s.step()) {
            const auto held = static_cast<std::uint64_t>(s.integer(0));
            if (held != nonce)
                break; // a gap: fill it
            ++nonce;
        }
        TxRecord record = build(nonce);
        if (record.nonce != nonce || record.chainId != chainId || record.account != account)
            throw Error(ErrorCode::Internal, "A journaled transaction does not match its nonce.");
        out = insertRow(*db_, std::move(record));
    });
    return out;
}

void PendingTransactions::update(const TxRecord& r) {
    std::lock_guard lock(mutex_);
    auto s = db_->prepare(
        "UPDATE pending_transactions SET status = ?2, replaced_by = ?3, block_number = ?4,"
        " block_hash = ?5, gas_used = ?6, effective_gas_price = ?7, error = ?8,"
        " broadcast_count = ?9, updated_at = ?10, broadcast_at = ?11, mined_at = ?12"
        " WHERE id = ?1");
    s.bind(1, r.id).bind(2, txStatusName(r.status));
    bindOptionalInt(s, 3, r.replacedBy);
    bindOptionalInt(s, 4,
                    r.blockNumber ? std::optional<std::int64_t>(toInt(*r.blockNumber, "A block"))
                                  : std::nullopt);
    bindOptionalText(
        s, 5, r.blockHash ? std::optional<std::string>(eth::toHex(*r.blockHash)) : std::nullopt);
    bindOptionalText(s, 6, optDecimal(r.gasUsed));
    bindOptionalText(s, 7, optDecimal(r.effectiveGasPrice));
    s.bind(8, r.error).bind(9, static_cast<std::int64_t>(r.broadcastCount)).bind(10, now());
    bindOptionalInt(s, 11, r.broadcastAt);
    bindOptionalInt(s, 12, r.minedAt);
    s.run();
    if (db_->changes() != 1)
        throw Error(ErrorCode::NotFound,
                    "Transaction " + std::to_string(r.id) + " is not in the journal.");
}

std::optional<TxRecord> PendingTransactions::find(std::int64_t id) const {
    std::lock_guard lock(mutex_);
    auto s = db_->prepare(std::string("SELECT ") + kColumns +
                          " FROM pending_transactions WHERE id = ?1");
    s.bind(1, id);
    if (!s.step())
        return std::nullopt;
    return readRow(s);
}

std::optional<TxRecord> PendingTransactions::findByHash(std::uint64_t chainId,
                                                        const Hash32& hash) const {
    std::lock_guard lock(mutex_);
    auto s = db_->prepare(std::string("SELECT ") + kColumns +
                          " FROM pending_transactions WHERE chain_id = ?1 AND hash = ?2"
                          " ORDER BY id DESC LIMIT 1");
    s.bind(1, toInt(chainId, "The chain id")).bind(2, eth::toHex(hash));
    if (!s.step())
        return std::nullopt;
    return readRow(s);
}

std::vector<TxRecord>
PendingTransactions::active(std::uint64_t chainId,
                            const std::optional<eth::Address>& account) const {
    std::lock_guard lock(mutex_);
    auto s = db_->prepare(std::string("SELECT ") + kColumns +
                          " FROM pending_transactions WHERE chain_id = ?1 AND status IN (" +
                          activeStatuses() + ")" + (account ? " AND account = ?2" : "") +
                          " ORDER BY nonce, id");
    s.bind(1, toInt(chainId, "The chain id"));
    if (account)
        s.bind(2, account->toLowerHex());
    return readAll(s);
}

std::vector<TxRecord> PendingTransactions::settledSince(std::uint64_t chainId,
                                                        std::uint64_t sinceBlock) const {
    std::lock_guard lock(mutex_);
    auto s = db_->prepare(std::string("SELECT ") + kColumns +
                          " FROM pending_transactions WHERE chain_id = ?1 AND status IN (" +
                          statusList({TxStatus::Confirmed, TxStatus::Failed}) +
                          ") AND block_number >= ?2 ORDER BY id");
    s.bind(1, toInt(chainId, "The chain id")).bind(2, toInt(sinceBlock, "A block"));
    return readAll(s);
}

std::vector<TxRecord> PendingTransactions::siblings(const TxRecord& r) const {
    std::lock_guard lock(mutex_);
    auto s = db_->prepare(std::string("SELECT ") + kColumns +
                          " FROM pending_transactions WHERE chain_id = ?1 AND account = ?2"
                          " AND nonce = ?3 AND id != ?4 ORDER BY id");
    s.bind(1, toInt(r.chainId, "The chain id"))
        .bind(2, r.account.toLowerHex())
        .bind(3, toInt(r.nonce, "The nonce"))
        .bind(4, r.id);
    return readAll(s);
}

std::optional<std::uint64_t> PendingTransactions::highestNonce(std::uint64_t chainId,
                                                               const eth::Address& account) const {
    std::lock_guard lock(mutex_);
    auto s = db_->prepare("SELECT MAX(nonce) FROM pending_transactions WHERE chain_id = ?1 AND"
                          " account = ?2 AND status IN (" +
                          holdingStatuses() + ")");
    s.bind(1, toInt(chainId, "The chain id")).bind(2, account.toLowerHex());
    if (!s.step() || s.isNull(0))
        return std::nullopt;
    return static_cast<std::uint64_t>(s.integer(0));
}

std::optional<TxRecord>
PendingTransactions::findJournaledCall(std::uint64_t chainId, const eth::Address& account,
                                       const std::optional<eth::Address>& to, const Bytes& data,
                                       std::int64_t since) const {
    HistoryQuery query;
    query.chainId = chainId;
    query.account = account;
    query.limit = 500;
    for (const TxRecord& r : history(query)) {
        if (r.to != to || leftNothingOnChain(r.status) || r.createdAt < since)
            continue;
        if (r.transaction().data == data)
            return r;
    }
    return std::nullopt;
}

std::vector<TxRecord> PendingTransactions::history(const HistoryQuery& q) const {
    std::lock_guard lock(mutex_);
    std::string sql = std::string("SELECT ") + kColumns + " FROM pending_transactions WHERE 1";
    if (q.chainId)
        sql += " AND chain_id = ?1";
    if (q.account)
        sql += " AND account = ?2";
    if (q.beforeId)
        sql += " AND id < ?3";
    if (!q.statuses.empty()) {
        std::string list;
        for (TxStatus st : q.statuses)
            list += (list.empty() ? "'" : ",'") + std::string(txStatusName(st)) + "'";
        sql += " AND status IN (" + list + ")";
    }
    sql += " ORDER BY id DESC LIMIT ?4";
    auto s = db_->prepare(sql);
    if (q.chainId)
        s.bind(1, toInt(*q.chainId, "The chain id"));
    if (q.account)
        s.bind(2, q.account->toLowerHex());
    if (q.beforeId)
        s.bind(3, *q.beforeId);
    s.bind(4, static_cast<std::int64_t>(std::min<std::size_t>(q.limit, 100000)));
    return readAll(s);
}

} // namespace sr
