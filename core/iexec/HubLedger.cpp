#include "iexec/HubLedger.h"

#include "eth/BlockTimes.h"
#include "eth/ContractCaller.h"
#include "eth/Hex.h"
#include "iexec/PocoHub.h"
#include "store/Database.h"
#include "store/Schema.h"
#include "util/Csv.h"
#include "util/Error.h"

#include <algorithm>
#include <condition_variable>
#include <cstdio>
#include <ctime>
#include <deque>
#include <exception>
#include <map>
#include <mutex>
#include <set>
#include <thread>

namespace sr::iexec {
namespace {

using eth::Address;
using eth::U256;

std::string hex(const Hash32& h) {
    return eth::toHex(h);
}
std::string hex(const Address& a) {
    return a.toLowerHex();
}
Hash32 hashOf(std::string_view text) {
    return eth::fromHexFixed<32>(text);
}
Address addressOf(std::string_view text) {
    return Address::fromHex(text);
}
/// A stored amount (decimal nRLC): up to 19 digits read as a 64-bit integer, longer ones (or
/// anything odd) by U256, which checks them.
U256 amountOf(std::string_view text) {
    if (text.empty() || text.size() > 19)
        return U256::fromDecimal(text);
    std::uint64_t v = 0;
    for (const char c : text) {
        if (c < '0' || c > '9')
            return U256::fromDecimal(text);
        v = v * 10 + static_cast<std::uint64_t>(c - '0');
    }
    return U256(v);
}
using eth::blockTag;
std::int64_t sqlInt(std::uint64_t v) {
    return static_cast<std::int64_t>(v);
}
std::uint64_t u64(std::int64_t v) {
    return static_cast<std::uint64_t>(v);
}

/// The hub's events the reader keeps, by kind.
enum class Kind { Matched, Initialize, Finalize, Claimed, Reward };

const eth::EventDecoder& decoder() {
    static const eth::EventDecoder d = [] {
        eth::EventDecoder e;
        for (const auto s : {PocoHub::kOrdersMatched, PocoHub::kTaskInitialize,
                             PocoHub::kTaskFinalize, PocoHub::kTaskClaimed, PocoHub::kReward})
            e.add(s);
        return e;
    }();
    return d;
}

std::optional<Kind> kindOf(const std::string& event) {
    if (event == "OrdersMatched")
        return Kind::Matched;
    if (event == "TaskInitialize")
        return Kind::Initialize;
    if (event == "TaskFinalize")
        return Kind::Finalize;
    if (event == "TaskClaimed")
        return Kind::Claimed;
    if (event == "Reward")
        return Kind::Reward;
    return std::nullopt;
}

const char* eventName(Kind k) {
    switch (k) {
    case Kind::Initialize:
        return "initialize";
    case Kind::Finalize:
        return "finalize";
    case Kind::Claimed:
        return "claimed";
    default:
        return "";
    }
}

Hash32 bytes32Of(const eth::AbiValue& v) {
    return eth::bytes32Of(v.asBytes(), "A hub log");
}

/// The deal columns, in the order readDeal reads them.
constexpr const char* kDealColumns =
    "d.deal_id, d.block, d.time, d.tx, d.app, d.app_owner, d.app_price, d.dataset,"
    " d.dataset_owner, d.dataset_price, d.workerpool, d.workerpool_owner, d.workerpool_price,"
    " d.requester, d.bot_first, d.bot_size";
constexpr int kDealColumnCount = 16;

/// viewDeal reads packed in one eth_call.
constexpr std::size_t kDealsPerPackedCall = 20;

HubDeal readDeal(const Database::Statement& s, int at = 0) {
    HubDeal d;
    d.dealId = hashOf(s.textView(at + 0));
    d.block = u64(s.integer(at + 1));
    d.timestamp = u64(s.integer(at + 2));
    d.transaction = hashOf(s.textView(at + 3));
    d.app = addressOf(s.textView(at + 4));
    d.appOwner = addressOf(s.textView(at + 5));
    d.appPrice = amountOf(s.textView(at + 6));
    d.dataset = addressOf(s.textView(at + 7));
    d.datasetOwner = addressOf(s.textView(at + 8));
    d.datasetPrice = amountOf(s.textView(at + 9));
    d.workerpool = addressOf(s.textView(at + 10));
    d.workerpoolOwner = addressOf(s.textView(at + 11));
    d.workerpoolPrice = amountOf(s.textView(at + 12));
    d.requester = addressOf(s.textView(at + 13));
    d.botFirst = u64(s.integer(at + 14));
    d.botSize = u64(s.integer(at + 15));
    return d;
}

/// The roles `owner` holds in `deal`, in the order the hub pays them (app, then data). The hub
/// only pays a role whose price is not zero: with `paidOnly` the others are left out.
std::vector<std::pair<EarningRole, U256>> rolesOf(const HubDeal& deal, const Address& owner,
                                                  bool paidOnly) {
    std::vector<std::pair<EarningRole, U256>> roles;
    if (deal.appOwner == owner && !(paidOnly && deal.appPrice.isZero()))
        roles.emplace_back(EarningRole::App, deal.appPrice);
    if (!deal.dataset.isZero() && deal.datasetOwner == owner &&
        !(paidOnly && deal.datasetPrice.isZero()))
        roles.emplace_back(EarningRole::Data, deal.datasetPrice);
    return roles;
}

enum class DateForm { Day, Week, Month, DateTime };

std::string isoDate(std::uint64_t t, DateForm form) {
    const std::time_t time = static_cast<std::time_t>(t);
    std::tm tm{};
    gmtime_r(&time, &tm);
    char buffer[32];
    switch (form) {
    case DateForm::Day:
        std::strftime(buffer, sizeof buffer, "%Y-%m-%d", &tm);
        break;
    case DateForm::Week:
        std::strftime(buffer, sizeof buffer, "%G-W%V", &tm);
        break;
    case DateForm::Month:
        std::strftime(buffer, sizeof buffer, "%Y-%m", &tm);
        break;
    case DateForm::DateTime:
        std::strftime(buffer, sizeof buffer, "%Y-%m-%d %H:%M:%S", &tm);
        break;
    }
    return buffer;
}

/// Hands batches from one stage of a sync to the next, a few at most waiting: push waits for
/// room, pop for a batch; close says no more will come (and why, if it failed); stop wakes
/// both ends for good (the stage after gave up).
template <typename T> class Handoff {
public:
    explicit Handoff(std::size_t capacity) : capacity_(capacity) {}
    /// False when stopped.
    bool push(T item) {
        std::unique_lock lock(mutex_);
        changed_.wait(lock, [&] { return items_.size() < capacity_ || stopped_; });
        if (stopped_)
            return false;
        items_.push_back(std::move(item));
        changed_.notify_all();
        return true;
    }
    /// Nothing once closed and empty, or stopped.
    std::optional<T> pop() {
        std::unique_lock lock(mutex_);
        changed_.wait(lock, [&] { return !items_.empty() || closed_ || stopped_; });
        if (stopped_ || items_.empty())
            return std::nullopt;
        T item = std::move(items_.front());
        items_.pop_front();
        changed_.notify_all();
        return item;
    }
    void close(std::exception_ptr failure) {
        const std::lock_guard lock(mutex_);
        closed_ = true;
        failure_ = failure;
        changed_.notify_all();
    }
    void stop() {
        const std::lock_guard lock(mutex_);
        stopped_ = true;
        changed_.notify_all();
    }
    std::exception_ptr failure() const {
        const std::lock_guard lock(mutex_);
        return failure_;
    }

private:
    std::size_t capacity_;
    mutable std::mutex mutex_;
    std::condition_variable changed_;
    std::deque<T> items_;
    bool closed_ = false;
    bool stopped_ = false;
    std::exception_ptr failure_;
};

} // namespace

std::string_view earningRoleName(EarningRole role) noexcept {
    switch (role) {
    case EarningRole::Data:
        return "data";
    case EarningRole::App:
        return "app";
    case EarningRole::Other:
        break;
    }
    return "other";
}

DealStatus dealStatus(const HubDeal& deal) noexcept {
    if (deal.tasksPending() > 0)
        return DealStatus::Active;
    if (deal.tasksFailed == 0)
        return DealStatus::Completed;
    return deal.tasksCompleted == 0 ? DealStatus::Failed : DealStatus::Partial;
}

std::string_view dealStatusName(DealStatus status) noexcept {
    switch (status) {
    case DealStatus::Active:
        return "active";
    case DealStatus::Completed:
        return "completed";
    case DealStatus::Failed:
        return "failed";
    case DealStatus::Partial:
        break;
    }
    return "partial";
}

struct HubLogReader::Head {
    std::uint64_t from = 0;
    std::uint64_t latest = 0;
    Hash32 latestHash{};
    std::uint64_t latestTime = 0;
    bool restart = false;
    /// The block the last sync recorded, if it read the same hub from the same start.
    std::optional<std::uint64_t> synced;
};

HubLogReader::HubLogReader(eth::JsonRpcClient& rpc, const NetworkProfile& profile,
                           const std::filesystem::path& databaseFile)
    : HubLogReader(rpc, profile, databaseFile, Options{}) {}

HubLogReader::HubLogReader(eth::JsonRpcClient& rpc, const NetworkProfile& profile,
                           const std::filesystem::path& databaseFile, Options options)
    : rpc_(rpc), profile_(profile), hub_(profile.hubAddress()), options_(options),
      db_(std::make_unique<Database>(databaseFile, strongroomMigrations())) {
    if (options_.batchSize == 0)
        options_.batchSize = 1;
    // This connection only writes what the chain holds (hub_*), which a sync reads again if a
    // power cut takes the last commits back: WAL commits without waiting for the disk.
    db_->exec("PRAGMA synchronous=NORMAL");
    // The reads of a start walk most pages of the hub tables: mapped, not copied in.
    db_->exec("PRAGMA mmap_size=268435456");
}

HubLogReader::~HubLogReader() = default;

std::optional<std::uint64_t> HubLogReader::hubDeploymentBlock(std::uint64_t chainId) {
    // The PoCo v6 hub on Arbitrum One (the PoCo subgraph's start block for it).
    if (chainId == 42161)
        return 363864242;
    return std::nullopt;
}

std::optional<std::uint64_t> HubLogReader::syncedBlock() const {
    auto s = db_->prepare("SELECT block, hub FROM hub_scan WHERE chain_id = ?");
    s.bind(1, sqlInt(profile_.chainId));
    if (!s.step() || s.text(1) != hex(hub_))
        return std::nullopt;
    return u64(s.integer(0));
}

void HubLogReader::reset() {
    // hub_scan stays: what it counts (rewrites) outlives a read started again.
    for (const char* table : {"hub_deals", "hub_tasks", "hub_task_events", "hub_rewards"}) {
        auto s = db_->prepare(std::string("DELETE FROM ") + table + " WHERE chain_id = ?");
        s.bind(1, sqlInt(profile_.chainId));
        s.run();
    }
}

HubLogReader::Head HubLogReader::head(const CancelToken* cancel) {
    const std::uint64_t start = options_.startBlock
                                    ? *options_.startBlock
                                    : hubDeploymentBlock(profile_.chainId).value_or(0);
    Head h;
    // What the last sync recorded.
    std::optional<std::uint64_t> synced;
    std::optional<std::string> syncedHash;
    {
        auto s = db_->prepare(
            "SELECT hub, start_block, block, block_hash FROM hub_scan WHERE chain_id = ?");
        s.bind(1, sqlInt(profile_.chainId));
        if (s.step() && s.text(0) == hex(hub_) && u64(s.integer(1)) == start) {
            synced = u64(s.integer(2));
            if (!s.isNull(3))
                syncedHash = s.text(3);
        }
    }
    std::vector<eth::RpcCall> calls = {{"eth_chainId", nlohmann::json::array()},
                                       {"eth_getBlockByNumber", {"latest", false}}};
    if (synced)
        calls.push_back({"eth_getBlockByNumber", {blockTag(*synced), false}});
    const auto out = rpc_.batch(calls, cancel);
    for (const auto& o : out)
        if (o.error)
            throw *o.error;
    rpc_.checkChainId(out[0].result, profile_.chainId);
    const auto& latest = out[1].result;
    if (!latest.is_object())
        throw Error(ErrorCode::Corrupt, "The node did not return its latest block");
    h.latest = eth::JsonRpcClient::parseQuantity(latest.value("number", nlohmann::json()),
                                                 "The latest block number");
    h.latestHash = hashOf(latest.value("hash", std::string()));
    h.latestTime = eth::JsonRpcClient::parseQuantity(latest.value("timestamp", nlohmann::json()),
                                                     "The latest block's time");
    h.synced = synced;
    if (!synced) {
        h.restart = true;
        h.from = start;
        return h;
    }
    // The block synced last is still there: only what came after it is new.
    const auto& was = out[2].result;
    if (syncedHash && was.is_object() && was.value("hash", std::string()) == *syncedHash) {
        h.from = *synced + 1;
        return h;
    }
    // A reorganisation (or a sync that stopped halfway): the last blocks are read again, and
    // what is kept below them must still be on the chain: the newest block holding a kept log
    // keeps its hash, or everything is read again.
    h.from = std::max(start, *synced + 1 > options_.reorgDepth ? *synced + 1 - options_.reorgDepth
                                                               : std::uint64_t(0));
    std::optional<std::pair<std::uint64_t, std::string>> kept;
    for (const char* table : {"hub_deals", "hub_task_events", "hub_rewards"}) {
        auto s = db_->prepare(std::string("SELECT block, block_hash FROM ") + table +
                              " WHERE chain_id = ? AND block < ? ORDER BY block DESC LIMIT 1");
        s.bind(1, sqlInt(profile_.chainId)).bind(2, sqlInt(h.from));
        if (s.step() && (!kept || u64(s.integer(0)) > kept->first))
            kept = std::make_pair(u64(s.integer(0)), s.text(1));
    }
    if (kept) {
        const auto block =
            rpc_.call("eth_getBlockByNumber", {blockTag(kept->first), false}, cancel);
        if (!block.is_object() || block.value("hash", std::string()) != kept->second) {
            h.restart = true;
            h.from = start;
        }
    }
    return h;
}

/// One stretch of blocks read from the node: its logs, then (prepare) the logs decoded, the
/// times of their blocks and the deals they matched (viewDeal), so that storing it asks the
/// node nothing.
struct HubLogReader::Batch {
    std::vector<eth::Log> logs;
    std::uint64_t from = 0;
    std::uint64_t to = 0;
    std::vector<std::pair<Kind, eth::EventDecoder::Decoded>> decoded; ///< one per log
    std::map<std::uint64_t, std::uint64_t> times;                     ///< block -> its time
    std::vector<std::pair<std::size_t, Deal>> deals; ///< the OrdersMatched logs' deals
};

HubLogReader::SyncReport HubLogReader::sync(const CancelToken* cancel) {
    const Head h = head(cancel);
    SyncReport report;
    report.fromBlock = h.from;
    report.toBlock = h.latest;
    report.restarted = h.restart;
    const std::uint64_t start = options_.startBlock
                                    ? *options_.startBlock
                                    : hubDeploymentBlock(profile_.chainId).value_or(0);

    // Drops what the range read again held (and, on a restart, everything), then records the
    // range as read up to `to` (the head's hash when it is the head).
    bool first = true;
    const auto commit = [&](const Batch& batch) {
        db_->transaction([&] {
            if (first) {
                if (h.restart)
                    reset();
                const std::int64_t chain = sqlInt(profile_.chainId);
                auto tasks = db_->prepare(
                    "DELETE FROM hub_tasks WHERE chain_id = ? AND deal_id IN"
                    " (SELECT deal_id FROM hub_deals WHERE chain_id = ? AND block >= ?)");
                tasks.bind(1, chain).bind(2, chain).bind(3, sqlInt(h.from));
                tasks.run();
                for (const char* table : {"hub_deals", "hub_task_events", "hub_rewards"}) {
                    auto s = db_->prepare(std::string("DELETE FROM ") + table +
                                          " WHERE chain_id = ? AND block >= ?");
                    s.bind(1, chain).bind(2, sqlInt(h.from));
                    s.run();
                }
                // Tasks closed in the blocks read again are open until read closed again.
                auto reopen = db_->prepare("UPDATE hub_tasks SET closed_block = NULL WHERE"
                                           " chain_id = ? AND closed_block >= ?");
                reopen.bind(1, chain).bind(2, sqlInt(h.from));
                reopen.run();
                // Stored blocks dropped: counted, with the first one, for rewardsSince.
                if (h.restart || (h.synced && h.from <= *h.synced)) {
                    auto rewrite = db_->prepare("UPDATE hub_scan SET rewrites = rewrites + 1,"
                                                " rewritten_from = ? WHERE chain_id = ?");
                    rewrite.bind(1, sqlInt(h.restart ? 0 : h.from)).bind(2, chain);
                    rewrite.run();
                }
                first = false;
            }
            store(batch, report);
            auto s = db_->prepare(
                "INSERT INTO hub_scan (chain_id, hub, start_block, block, block_hash)"
                " VALUES (?, ?, ?, ?, ?) ON CONFLICT (chain_id) DO UPDATE SET hub = excluded.hub,"
                " start_block = excluded.start_block, block = excluded.block,"
                " block_hash = excluded.block_hash");
            s.bind(1, sqlInt(profile_.chainId)).bind(2, hex(hub_)).bind(3, sqlInt(start));
            s.bind(4, sqlInt(batch.to));
            if (batch.to == h.latest)
                s.bind(5, hex(h.latestHash));
            else
                s.bindNull(5);
            s.run();
        });
    };

    if (h.from > h.latest) {
        // Nothing new; a chain that got shorter still loses what it took back.
        Batch none;
        none.from = none.to = h.latest;
        commit(none);
        return report;
    }
    eth::LogFilter filter;
    filter.addresses = {hub_};
    std::vector<Hash32> topics;
    for (const auto name :
         {"OrdersMatched", "TaskInitialize", "TaskFinalize", "TaskClaimed", "Reward"})
        topics.push_back(decoder().topic(name));
    filter.topics = {topics};
    if (h.latest - h.from < options_.scanner.initialChunk) {
        // A range read in one request (following the chain): on this thread, over the same
        // client, without a connection or threads of its own for it.
        eth::LogScanner scanner(rpc_, options_.scanner);
        Batch batch;
        batch.from = h.from;
        batch.to = h.latest;
        batch.logs = scanner.scan(filter, h.from, h.latest, cancel);
        prepare(batch, cancel);
        commit(batch);
        report.logs = batch.logs.size();
        report.logRequests = scanner.requestCount();
        return report;
    }
    // Three stages, each on its thread, overlap: the logs are read (over a client of their
    // own), then the deals and block times of the ones read before are asked and the logs
    // decoded, while this thread stores what came before that. Chunks are stored together up
    // to a few thousand logs: fewer batches of headers and deals, and a long first read is
    // kept as it goes.
    auto logsOptions = rpc_.options();
    logsOptions.chainId.reset(); // head() checked it
    eth::JsonRpcClient logsRpc(rpc_.urls(), logsOptions);
    eth::LogScanner scanner(logsRpc, options_.scanner);
    Handoff<Batch> read(kBatchesAhead), prepared(kBatchesAhead);
    // Stops the other stages when storing fails (and with the caller's token).
    const CancelToken stop = cancel ? cancel->linked() : CancelToken();
    std::thread reading([&] {
        std::exception_ptr failure;
        try {
            Batch next;
            next.from = h.from;
            scanner.scan(
                filter, h.from, h.latest,
                [&](const std::vector<eth::Log>& logs, std::uint64_t, std::uint64_t to) {
                    next.logs.insert(next.logs.end(), logs.begin(), logs.end());
                    if (next.logs.size() < options_.logsPerCommit &&
                        to - next.from + 1 < options_.blocksPerCommit && to != h.latest)
                        return;
                    next.to = to;
                    if (!read.push(std::move(next)))
                        stop.throwIfCancelled();
                    next = Batch{};
                    next.from = to + 1;
                },
                &stop);
        } catch (...) {
            failure = std::current_exception();
        }
        read.close(failure);
    });
    std::thread preparing([&] {
        std::exception_ptr failure;
        try {
            while (auto batch = read.pop()) {
                prepare(*batch, &stop);
                if (!prepared.push(std::move(*batch)))
                    break;
            }
            failure = read.failure();
        } catch (...) {
            failure = std::current_exception();
        }
        prepared.close(failure);
    });
    {
        // The other stages end before this scope does, whatever happens here.
        struct Join {
            std::thread& reading;
            std::thread& preparing;
            const CancelToken& stop;
            Handoff<Batch>& read;
            Handoff<Batch>& prepared;
            ~Join() {
                stop.cancel();
                read.stop();
                prepared.stop();
                reading.join();
                preparing.join();
            }
        } join{reading, preparing, stop, read, prepared};
        while (auto batch = prepared.pop()) {
            commit(*batch);
            report.logs += batch->logs.size();
        }
    }
    if (const auto failure = prepared.failure())
        std::rethrow_exception(failure);
    report.logRequests = scanner.requestCount();
    return report;
}

void HubLogReader::prepare(Batch& batch, const CancelToken* cancel) {
    const auto& logs = batch.logs;
    if (logs.empty())
        return;
    // The times of the blocks whose logs do not carry them.
    auto& times = batch.times;
    std::set<std::uint64_t> missing;
    for (const auto& log : logs) {
        if (log.blockTimestamp)
            times[log.blockNumber] = *log.blockTimestamp;
        else
            missing.insert(log.blockNumber);
    }
    for (const auto& b : times)
        missing.erase(b.first);
    times.merge(eth::readBlockTimes(rpc_, missing, options_.batchSize, cancel));

    // Each log decoded once; the deals matched: their parties and prices, read once.
    auto& decoded = batch.decoded;
    decoded.reserve(logs.size());
    std::vector<std::size_t> matched;
    std::vector<eth::ContractCall<Deal>> calls;
    const PocoHub hub(hub_);
    for (std::size_t i = 0; i < logs.size(); ++i) {
        auto d = decoder().decode(logs[i]);
        // A log of no known kind keeps its place (as a Matched without a deal, skipped below).
        Kind kind = Kind::Matched;
        bool isDeal = false;
        if (d) {
            if (const auto k = kindOf(d->event)) {
                kind = *k;
                isDeal = kind == Kind::Matched;
            }
        }
        decoded.emplace_back(kind, d ? std::move(*d) : eth::EventDecoder::Decoded{});
        if (isDeal) {
            matched.push_back(i);
            calls.push_back(hub.viewDeal(bytes32Of(decoded.back().second["dealid"])));
        }
    }
    // Packed a few dozen per eth_call (a deal with its params takes under 1 KiB of the 24 KiB
    // a packed call may return), a hundred packed calls per HTTP request.
    eth::ContractCaller caller(rpc_);
    caller.setPacking(true, kDealsPerPackedCall);
    const auto deals = caller.callAll(calls, cancel);
    for (std::size_t i = 0; i < matched.size(); ++i)
        batch.deals.emplace_back(matched[i], deals[i]);
}

void HubLogReader::store(const Batch& batch, SyncReport& report) {
    const auto& logs = batch.logs;
    if (logs.empty())
        return;
    const std::int64_t chain = sqlInt(profile_.chainId);
    const auto timeOf = [&](const eth::Log& log) {
        return sqlInt(batch.times.at(log.blockNumber));
    };
    // One prepared statement per table, reset for each row.
    auto insertDeal = db_->prepare(
        "INSERT OR REPLACE INTO hub_deals (chain_id, deal_id, block, block_hash, time, tx,"
        " log_index, app, app_owner, app_price, dataset, dataset_owner, dataset_price,"
        " workerpool, workerpool_owner, workerpool_price, requester, bot_first, bot_size)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    auto insertTask =
        db_->prepare("INSERT OR REPLACE INTO hub_tasks (chain_id, task_id, deal_id, idx,"
                     " closed_block) VALUES (?, ?, ?, ?, ?)");
    auto insertReward = db_->prepare(
        "INSERT OR REPLACE INTO hub_rewards (chain_id, block, log_index, block_hash, time, tx,"
        " owner, amount, ref) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
    auto insertEvent = db_->prepare(
        "INSERT OR REPLACE INTO hub_task_events (chain_id, block, log_index, block_hash, time, tx,"
        " task_id, kind) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
    auto closeTask = db_->prepare("UPDATE hub_tasks SET closed_block = ? WHERE chain_id = ? AND"
                                  " task_id = ? AND closed_block IS NULL");
    // The tasks the batch closes (finalised or claimed), at the first block that does: a task
    // of a deal matched in the same batch is stored closed, without an update after.
    std::map<Hash32, std::uint64_t> closedIn;
    for (std::size_t i = 0; i < logs.size(); ++i) {
        const auto& [kind, event] = batch.decoded[i];
        if (kind == Kind::Finalize || kind == Kind::Claimed)
            closedIn.emplace(bytes32Of(event["taskid"]), logs[i].blockNumber);
    }
    std::set<Hash32> storedClosed;
    for (const auto& [at, d] : batch.deals) {
        const eth::Log& log = logs[at];
        const Hash32 id = bytes32Of(batch.decoded[at].second["dealid"]);
        if (!d.exists())
            throw Error(ErrorCode::Network, "The node does not know deal " + hex(id) +
                                                " yet (a node behind the others?); try again");
        auto& s = insertDeal;
        s.reset();
        const std::uint64_t botFirst = d.botFirst.toUint64();
        const std::uint64_t botSize = d.botSize.toUint64();
        s.bind(1, chain).bind(2, hex(id)).bind(3, sqlInt(log.blockNumber));
        s.bind(4, hex(log.blockHash)).bind(5, timeOf(log));
        s.bind(6, hex(log.transactionHash)).bind(7, sqlInt(log.logIndex));
        s.bind(8, hex(d.app.pointer)).bind(9, hex(d.app.owner));
        s.bind(10, d.app.price.toDecimal());
        s.bind(11, hex(d.dataset.pointer)).bind(12, hex(d.dataset.owner));
        s.bind(13, d.dataset.price.toDecimal());
        s.bind(14, hex(d.workerpool.pointer)).bind(15, hex(d.workerpool.owner));
        s.bind(16, d.workerpool.price.toDecimal());
        s.bind(17, hex(d.requester)).bind(18, sqlInt(botFirst)).bind(19, sqlInt(botSize));
        s.run();
        ++report.newDeals;
        if (botSize > kMaxTasksPerDeal)
            continue;
        for (std::uint64_t k = botFirst; k < botFirst + botSize; ++k) {
            const Hash32 task = PocoHub::taskId(id, k);
            auto& t = insertTask;
            t.reset();
            t.bind(1, chain).bind(2, hex(task)).bind(3, hex(id));
            t.bind(4, sqlInt(k));
            const auto closed = closedIn.find(task);
            if (closed != closedIn.end()) {
                t.bind(5, sqlInt(closed->second));
                storedClosed.insert(task);
            } else {
                t.bindNull(5);
            }
            t.run();
        }
    }

    // Task events and rewards.
    for (std::size_t i = 0; i < logs.size(); ++i) {
        const eth::Log& log = logs[i];
        const auto& [kind, event] = batch.decoded[i];
        if (kind == Kind::Matched)
            continue;
        auto& s = kind == Kind::Reward ? insertReward : insertEvent;
        s.reset();
        s.bind(1, chain).bind(2, sqlInt(log.blockNumber)).bind(3, sqlInt(log.logIndex));
        s.bind(4, hex(log.blockHash)).bind(5, timeOf(log));
        s.bind(6, hex(log.transactionHash));
        if (kind == Kind::Reward) {
            s.bind(7, hex(event["owner"].asAddress()));
            s.bind(8, event["amount"].asNumber().toDecimal());
            s.bind(9, hex(bytes32Of(event["ref"])));
            s.run();
            continue;
        }
        const Hash32 taskId = bytes32Of(event["taskid"]);
        const std::string task = hex(taskId);
        s.bind(7, task).bind(8, eventName(kind));
        s.run();
        if ((kind == Kind::Finalize || kind == Kind::Claimed) && !storedClosed.count(taskId)) {
            // The task is closed from this block on (a reorganisation opens it again).
            closeTask.reset();
            closeTask.bind(1, sqlInt(log.blockNumber)).bind(2, chain).bind(3, task);
            closeTask.run();
        }
    }
}

std::optional<HubDeal> HubLogReader::deal(const Hash32& dealId) const {
    auto s = db_->prepare(std::string("SELECT ") + kDealColumns +
                          " FROM hub_deals d WHERE d.chain_id = ? AND d.deal_id = ?");
    s.bind(1, sqlInt(profile_.chainId)).bind(2, hex(dealId));
    if (!s.step())
        return std::nullopt;
    HubDeal d = readDeal(s);
    auto c = db_->prepare("SELECT e.kind, count(*) FROM hub_task_events e JOIN hub_tasks t ON"
                          " t.chain_id = e.chain_id AND t.task_id = e.task_id WHERE"
                          " t.chain_id = ? AND t.deal_id = ? GROUP BY e.kind");
    c.bind(1, sqlInt(profile_.chainId)).bind(2, hex(dealId));
    while (c.step()) {
        if (c.text(0) == "finalize")
            d.tasksCompleted = u64(c.integer(1));
        else if (c.text(0) == "claimed")
            d.tasksFailed = u64(c.integer(1));
    }
    return d;
}

namespace {
/// The deals whose rowids `rowids` selects (parameters ?1 the chain, ?2 on), each joined to its
/// tasks and their ends. Every lookup is indexed: counting events per deal in a subquery let
/// SQLite scan all the chain's task events for each deal.
std::string dealsQuery(const std::string& rowids, const std::string& order) {
    return std::string("SELECT ") + kDealColumns +
           ", count(CASE WHEN e.kind = 'finalize' THEN 1 END),"
           " count(CASE WHEN e.kind = 'claimed' THEN 1 END)"
           " FROM hub_deals d LEFT JOIN hub_tasks t ON t.chain_id = d.chain_id AND t.deal_id ="
           " d.deal_id LEFT JOIN hub_task_events e ON e.chain_id = t.chain_id AND e.task_id ="
           " t.task_id AND e.kind IN ('finalize', 'claimed')"
           " WHERE d.rowid IN (" +
           rowids + ") GROUP BY d.rowid ORDER BY " + order;
}

std::vector<HubDeal> readDeals(Database::Statement& s) {
    std::vector<HubDeal> out;
    while (s.step()) {
        HubDeal d = readDeal(s);
        d.tasksCompleted = u64(s.integer(kDealColumnCount));
        d.tasksFailed = u64(s.integer(kDealColumnCount + 1));
        out.push_back(std::move(d));
    }
    return out;
}
} // namespace

std::vector<HubDeal> HubLogReader::dealsOf(const Address& dataset) const {
    auto s = db_->prepare(dealsQuery("SELECT rowid FROM hub_deals WHERE chain_id = ?1 AND"
                                     " dataset = ?2",
                                     "d.block, d.log_index"));
    s.bind(1, sqlInt(profile_.chainId)).bind(2, hex(dataset));
    return readDeals(s);
}

std::vector<HubDeal> HubLogReader::dealsOwnedBy(const Address& owner) const {
    // From the two owner indexes.
    auto s = db_->prepare(dealsQuery("SELECT rowid FROM hub_deals WHERE chain_id = ?1 AND"
                                     " dataset_owner = ?2 UNION SELECT rowid FROM hub_deals"
                                     " WHERE chain_id = ?1 AND app_owner = ?2",
                                     "d.block DESC, d.log_index DESC"));
    s.bind(1, sqlInt(profile_.chainId)).bind(2, hex(owner));
    return readDeals(s);
}

std::vector<Earning> HubLogReader::rewardsTo(const Address& owner) const {
    return rewardsTo(owner, 0);
}

std::vector<Earning> HubLogReader::rewardsTo(const Address& owner, std::uint64_t fromBlock) const {
    // In chain order from the (chain, owner, block, log index) index.
    auto s = db_->prepare(
        "SELECT r.amount, r.ref, r.block, r.time, r.tx, r.log_index, d.deal_id, d.app,"
        " d.app_owner, d.app_price, d.dataset, d.dataset_owner, d.dataset_price, d.requester"
        " FROM hub_rewards r LEFT JOIN hub_tasks t ON t.chain_id = r.chain_id AND t.task_id ="
        " r.ref LEFT JOIN hub_deals d ON d.chain_id = t.chain_id AND d.deal_id = t.deal_id"
        " WHERE r.chain_id = ? AND r.owner = ? AND r.block >= ? ORDER BY r.block, r.log_index");
    s.bind(1, sqlInt(profile_.chainId)).bind(2, hex(owner)).bind(3, sqlInt(fromBlock));
    std::vector<Earning> out;
    // The roles not yet paid in each task: the hub pays the app's owner, then the data's.
    std::map<Hash32, std::vector<std::pair<EarningRole, U256>>> unpaid;
    while (s.step()) {
        Earning e;
        e.amount = amountOf(s.textView(0));
        e.task = hashOf(s.textView(1));
        e.block = u64(s.integer(2));
        e.timestamp = u64(s.integer(3));
        e.transaction = hashOf(s.textView(4));
        e.logIndex = u64(s.integer(5));
        if (!s.isNull(6)) {
            HubDeal d;
            d.dealId = hashOf(s.textView(6));
            d.app = addressOf(s.textView(7));
            d.appOwner = addressOf(s.textView(8));
            d.appPrice = amountOf(s.textView(9));
            d.dataset = addressOf(s.textView(10));
            d.datasetOwner = addressOf(s.textView(11));
            d.datasetPrice = amountOf(s.textView(12));
            d.requester = addressOf(s.textView(13));
            e.deal = d.dealId;
            e.dataset = d.dataset;
            e.app = d.app;
            e.requester = d.requester;
            auto it = unpaid.find(e.task);
            if (it == unpaid.end())
                it = unpaid.emplace(e.task, rolesOf(d, owner, true)).first;
            auto& roles = it->second;
            const auto match = std::find_if(roles.begin(), roles.end(),
                                            [&](const auto& r) { return r.second == e.amount; });
            if (match != roles.end()) {
                e.role = match->first;
                roles.erase(match);
            }
        }
        out.push_back(std::move(e));
    }
    return out;
}

HubLogReader::RewardsUpdate
HubLogReader::rewardsSince(const Address& owner, const std::optional<RewardsMark>& since) const {
    RewardsUpdate update;
    // One snapshot: the mark and the rewards read agree whatever another reader syncs.
    db_->exec("BEGIN");
    try {
        {
            auto s = db_->prepare("SELECT block, hub, rewrites, rewritten_from FROM hub_scan"
                                  " WHERE chain_id = ?");
            s.bind(1, sqlInt(profile_.chainId));
            if (s.step() && s.text(1) == hex(hub_)) {
                const RewardsMark now{u64(s.integer(0)), u64(s.integer(2))};
                if (since && now.rewrites == since->rewrites)
                    update.fromBlock = since->block + 1; // nothing dropped: what came after
                else if (since && now.rewrites == since->rewrites + 1 && !s.isNull(3))
                    update.fromBlock = std::min(since->block + 1, u64(s.integer(3)));
                update.mark = now;
            }
        }
        update.earnings = rewardsTo(owner, update.fromBlock);
        db_->exec("COMMIT");
    } catch (...) {
        try {
            db_->exec("ROLLBACK");
        } catch (const Error&) {
            // The read's own error says more.
        }
        throw;
    }
    return update;
}

std::vector<PendingEarning> HubLogReader::pending(const Address& owner) const {
    auto s = db_->prepare(
        std::string("SELECT t.task_id, t.idx, EXISTS (SELECT 1 FROM hub_task_events e WHERE"
                    " e.chain_id = t.chain_id AND e.task_id = t.task_id AND e.kind ="
                    " 'initialize'), ") +
        kDealColumns +
        // Only the open tasks (closed_block NULL, a partial index) of the owner's deals.
        " FROM hub_deals d JOIN hub_tasks t INDEXED BY hub_tasks_open ON t.chain_id = d.chain_id"
        " AND t.deal_id = d.deal_id AND t.closed_block IS NULL"
        " WHERE d.chain_id = ? AND (d.dataset_owner = ? OR d.app_owner = ?)"
        " ORDER BY d.block, d.log_index, t.idx");
    s.bind(1, sqlInt(profile_.chainId)).bind(2, hex(owner)).bind(3, hex(owner));
    std::vector<PendingEarning> out;
    while (s.step()) {
        const HubDeal d = readDeal(s, 3);
        for (const auto& [role, price] : rolesOf(d, owner, false)) {
            PendingEarning p;
            p.task = hashOf(s.text(0));
            p.index = u64(s.integer(1));
            p.started = s.integer(2) != 0;
            p.deal = d.dealId;
            p.dataset = d.dataset;
            p.app = d.app;
            p.requester = d.requester;
            p.role = role;
            p.amount = price;
            p.block = d.block;
            p.timestamp = d.timestamp;
            out.push_back(std::move(p));
        }
    }
    return out;
}

std::optional<EarningsGroup> earningsGroupFromName(std::string_view name) {
    if (name == "data")
        return EarningsGroup::Data;
    if (name == "app")
        return EarningsGroup::App;
    if (name == "requester")
        return EarningsGroup::Requester;
    if (name == "day")
        return EarningsGroup::Day;
    if (name == "week")
        return EarningsGroup::Week;
    if (name == "month")
        return EarningsGroup::Month;
    return std::nullopt;
}

std::vector<EarningsTotal> earningsTotals(const std::vector<Earning>& earnings,
                                          EarningsGroup group) {
    std::map<std::string, EarningsTotal> sums;
    for (const auto& e : earnings) {
        if (e.role == EarningRole::Other)
            continue;
        std::string key;
        switch (group) {
        case EarningsGroup::Data:
            key = e.dataset.toChecksumHex();
            break;
        case EarningsGroup::App:
            key = e.app.toChecksumHex();
            break;
        case EarningsGroup::Requester:
            key = e.requester.toChecksumHex();
            break;
        case EarningsGroup::Day:
            key = isoDate(e.timestamp, DateForm::Day);
            break;
        case EarningsGroup::Week:
            key = isoDate(e.timestamp, DateForm::Week);
            break;
        case EarningsGroup::Month:
            key = isoDate(e.timestamp, DateForm::Month);
            break;
        }
        auto& t = sums[key];
        t.key = key;
        t.amount += e.amount;
        ++t.count;
    }
    std::vector<EarningsTotal> out;
    for (auto& [key, total] : sums)
        out.push_back(std::move(total));
    return out;
}

U256 earningsSum(const std::vector<Earning>& earnings, EarningRole role) {
    U256 sum;
    for (const auto& e : earnings)
        if (e.role == role)
            sum += e.amount;
    return sum;
}

U256 pendingSum(const std::vector<PendingEarning>& pending, EarningRole role) {
    U256 sum;
    for (const auto& p : pending)
        if (p.role == role)
            sum += p.amount;
    return sum;
}

std::string utcDateTime(std::uint64_t timestamp) {
    return isoDate(timestamp, DateForm::DateTime);
}

std::optional<std::uint64_t> parseUtcDate(std::string_view text) {
    if (text.size() != 10 || text[4] != '-' || text[7] != '-')
        return std::nullopt;
    for (std::size_t i : {0, 1, 2, 3, 5, 6, 8, 9})
        if (text[i] < '0' || text[i] > '9')
            return std::nullopt;
    const auto num = [&](std::size_t at, std::size_t n) {
        int v = 0;
        for (std::size_t i = at; i < at + n; ++i)
            v = v * 10 + (text[i] - '0');
        return v;
    };
    std::tm tm{};
    tm.tm_year = num(0, 4) - 1900;
    tm.tm_mon = num(5, 2) - 1;
    tm.tm_mday = num(8, 2);
    const int year = tm.tm_year, month = tm.tm_mon, day = tm.tm_mday;
    if (year < 70 || month < 0 || month > 11 || day < 1 || day > 31)
        return std::nullopt;
    const std::time_t t = timegm(&tm);
    // timegm normalises 2026-02-30 to March: such a date is refused.
    if (t < 0 || tm.tm_year != year || tm.tm_mon != month || tm.tm_mday != day)
        return std::nullopt;
    return static_cast<std::uint64_t>(t);
}

namespace {
const std::vector<std::string> kCsvHeader = {"date (UTC)",   "task",          "data",
                                             "app",          "requester",     "role",
                                             "amount (RLC)", "amount (nRLC)", "transaction"};
}

std::string earningsCsv(const std::vector<Earning>& earnings) {
    std::string out = csvRecord(kCsvHeader);
    for (const auto& e : earnings)
        out += csvRecord({utcDateTime(e.timestamp), hex(e.task), e.dataset.toChecksumHex(),
                          e.app.toChecksumHex(), e.requester.toChecksumHex(),
                          std::string(earningRoleName(e.role)),
                          eth::formatUnits(e.amount, eth::kRlcDecimals), e.amount.toDecimal(),
                          hex(e.transaction)});
    return out;
}

std::vector<Earning> parseEarningsCsv(std::string_view csv) {
    const auto records = parseCsv(csv);
    if (records.empty() || records[0] != kCsvHeader)
        throw Error(ErrorCode::Corrupt, "CSV line 1: not the header of an earnings export");
    std::vector<Earning> out;
    for (std::size_t i = 1; i < records.size(); ++i) {
        const auto& r = records[i];
        const std::string where = "CSV line " + std::to_string(i + 1) + ": ";
        if (r.size() != kCsvHeader.size())
            throw Error(ErrorCode::Corrupt, where + std::to_string(r.size()) + " fields, not " +
                                                std::to_string(kCsvHeader.size()));
        try {
            Earning e;
            const std::string date = r[0];
            const auto day = parseUtcDate(std::string_view(date).substr(0, 10));
            int hh = 0, mm = 0, ss = 0;
            char tail = 0;
            if (!day || date.size() != 19 ||
                std::sscanf(date.c_str() + 10, " %2d:%2d:%2d%c", &hh, &mm, &ss, &tail) != 3)
                throw Error(ErrorCode::Corrupt, "a date that is not YYYY-MM-DD HH:MM:SS");
            e.timestamp = *day + static_cast<std::uint64_t>(hh * 3600 + mm * 60 + ss);
            e.task = hashOf(r[1]);
            e.dataset = addressOf(r[2]);
            e.app = addressOf(r[3]);
            e.requester = addressOf(r[4]);
            if (r[5] == "data")
                e.role = EarningRole::Data;
            else if (r[5] == "app")
                e.role = EarningRole::App;
            else if (r[5] == "other")
                e.role = EarningRole::Other;
            else
                throw Error(ErrorCode::Corrupt, "an unknown role");
            e.amount = U256::fromDecimal(r[7]);
            if (eth::parseUnits(r[6], eth::kRlcDecimals) != e.amount)
                throw Error(ErrorCode::Corrupt, "the amounts in RLC and nRLC differ");
            e.transaction = hashOf(r[8]);
            out.push_back(std::move(e));
        } catch (const Error& e) {
            throw Error(ErrorCode::Corrupt, where + e.what());
        }
    }
    return out;
}

} // namespace sr::iexec
