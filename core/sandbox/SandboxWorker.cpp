#include "sandbox/SandboxWorker.h"

#include "crypto/SecureRandom.h"
#include "crypto/Sha256.h"
#include "eth/Abi.h"
#include "eth/ContractCaller.h"
#include "eth/Eip191.h"
#include "eth/Hex.h"
#include "eth/JsonRpcClient.h"
#include "eth/Signer.h"
#include "iexec/Cid.h"
#include "iexec/DatasetCipher.h"
#include "iexec/IexecOrders.h"
#include "iexec/IpfsClient.h"
#include "iexec/MarketClient.h"
#include "iexec/PocoHub.h"
#include "sandbox/AppRunner.h"
#include "sandbox/ByoApps.h"
#include "sandbox/DevAccountSender.h"
#include "sandbox/ResultArchive.h"
#include "sandbox/WorkerProtocol.h"
#include "store/AtomicFile.h"
#include "store/Database.h"
#include "util/Error.h"
#include "util/HttpClient.h"

#include <atomic>
#include <condition_variable>
#include <deque>
#include <fstream>
#include <map>
#include <mutex>
#include <set>
#include <thread>

namespace sr::sandbox {
namespace {

namespace fs = std::filesystem;
using eth::AbiValue;
using eth::Address;

const std::vector<std::string> kMigrations = {
    "CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);"
    "CREATE TABLE tasks (task_id TEXT PRIMARY KEY, deal_id TEXT NOT NULL, idx INTEGER NOT NULL, "
    "app TEXT NOT NULL, status TEXT NOT NULL, reason TEXT NOT NULL DEFAULT '', "
    "result_cid TEXT NOT NULL DEFAULT '', received INTEGER NOT NULL, updated INTEGER NOT NULL);"
    "CREATE TABLE orders (order_hash TEXT PRIMARY KEY, kind TEXT NOT NULL, resource TEXT NOT "
    "NULL, category INTEGER NOT NULL, price TEXT NOT NULL, volume INTEGER NOT NULL, "
    "created INTEGER NOT NULL);"
    "CREATE INDEX orders_latest ON orders (kind, resource, category, price, created);"
    "CREATE INDEX tasks_unfinished ON tasks (status);"
    "CREATE TABLE mailbox (id INTEGER PRIMARY KEY, task_id TEXT NOT NULL, app TEXT NOT NULL, "
    "channel TEXT NOT NULL, recipient TEXT NOT NULL, sender TEXT NOT NULL, subject TEXT NOT "
    "NULL, content_type TEXT NOT NULL, content TEXT NOT NULL, delivered INTEGER NOT NULL)",
};

// anvil's default mnemonic: well-known public test keys (the sandbox is a local test network).
constexpr const char* kSchedulerKey =
    "59c6995e998f97a5a0044966f0945389dc9e86dae88c7a8412f4603b6b78690d"; // account 1
constexpr const char* kWorkerKey =
    "2a871d0798f97d79848a013d4936a73bf4cc922c825d33c1cf7073dff6d409c6"; // account 9

constexpr std::uint64_t kOrderVolume = 1000;
constexpr std::uint64_t kReplenishBelow = 100;
constexpr unsigned kCategories = 5; // XS..XL, as the sandbox deploys them
// Besides the free ones, a workerpool order at 0.01 RLC per task in each category; the stakes
// deposited for the pool owner and the worker (30 % x 0.01 RLC x 1000 x 5 categories = 15 RLC).
constexpr std::uint64_t kPricedWorkerpoolOrder = 10'000'000;
constexpr std::uint64_t kStakeNRlc = 20'000'000'000;

crypto::SecretBytes keyOf(const char* hex) {
    return crypto::SecretBytes(eth::fromHex(hex));
}

std::string hex(const Hash32& h) {
    return eth::toHex(ByteView(h.data(), h.size()));
}

Hash32 hashFromHex(const std::string& text) {
    return eth::fromHexFixed<32>(text);
}

std::int64_t now() {
    return std::chrono::duration_cast<std::chrono::seconds>(
               std::chrono::system_clock::now().time_since_epoch())
        .count();
}

Hash32 tdxTag() {
    Hash32 tag{};
    tag[31] = 0x09;
    return tag;
}

Hash32 randomSalt() {
    const Bytes random = crypto::randomBytes(32);
    Hash32 salt{};
    std::copy(random.begin(), random.end(), salt.begin());
    return salt;
}

std::string statusText(SandboxWorker::Status status) {
    return std::string(SandboxWorker::statusName(status));
}

SandboxWorker::Status statusFrom(const std::string& text) {
    if (text == "RUNNING")
        return SandboxWorker::Status::Running;
    if (text == "COMPLETED")
        return SandboxWorker::Status::Completed;
    if (text == "FAILED")
        return SandboxWorker::Status::Failed;
    return SandboxWorker::Status::Received;
}

/// A step of a task that cannot go on: its message is what the requester reads.
struct TaskFailure : std::runtime_error {
    using std::runtime_error::runtime_error;
};

/// The sandbox stops while the task runs: it stays RUNNING and is taken up at the next start.
struct Interrupted {};

class TaskLog {
public:
    explicit TaskLog(const fs::path& file) : out_(file, std::ios::app) {}
    void line(const std::string& text) {
        const std::time_t t = std::time(nullptr);
        char stamp[32];
        std::strftime(stamp, sizeof stamp, "%Y-%m-%dT%H:%M:%SZ", std::gmtime(&t));
        out_ << stamp << " " << text << "\n";
        out_.flush();
    }

private:
    std::ofstream out_;
};

} // namespace

std::string_view SandboxWorker::statusName(Status status) {
    switch (status) {
    case Status::Received:
        return "RECEIVED";
    case Status::Running:
        return "RUNNING";
    case Status::Completed:
        return "COMPLETED";
    case Status::Failed:
        return "FAILED";
    }
    return "RECEIVED";
}

Address SandboxWorker::workerAccount() {
    return eth::PrivateKeySigner(keyOf(kWorkerKey)).address();
}

Address SandboxWorker::schedulerAccount() {
    return eth::PrivateKeySigner(keyOf(kSchedulerKey)).address();
}

fs::path SandboxWorker::taskDir(const fs::path& stateDir, const Hash32& taskId) {
    return stateDir / "tasks" / hex(taskId);
}

struct SandboxWorker::Impl {
    Options options;
    mutable std::mutex dbMutex;
    mutable Database db;
    mutable std::mutex appsMutex;
    std::map<Address, WorkerApp> apps;

    std::mutex queueMutex;
    std::condition_variable queueChanged;
    std::deque<Hash32> queue;
    std::set<Hash32> queued; // queued or running
    bool stopping = false;
    std::atomic<bool> cancelApps{false};
    std::condition_variable wake;
    std::vector<std::thread> threads;
    bool started = false;
    std::optional<iexec::OrderDomain> domain;
    std::int64_t lastReplenish = 0;
    bool stakesChecked = false;
    // anvil gives eth_sendTransaction's nonces without locking: two sends from one account at
    // once get the same nonce ("nonce too low", "replacement transaction underpriced").
    std::mutex sendMutex;
    std::set<Address> byo;                      // apps from apps.json
    std::optional<fs::file_time_type> byoStamp; // of apps.json when last read

    explicit Impl(Options o)
        : options(std::move(o)),
          db((ensureDirectory(options.stateDir, 0700), options.stateDir / "worker.sqlite"),
             kMigrations) {
        for (auto& app : options.apps)
            apps[app.address] = app;
    }

    // --- state
    std::optional<std::string> meta(const std::string& key) {
        std::lock_guard lock(dbMutex);
        auto s = db.prepare("SELECT value FROM meta WHERE key = ?");
        s.bind(1, key);
        if (!s.step())
            return std::nullopt;
        return s.text(0);
    }
    void setMeta(const std::string& key, const std::string& value) {
        std::lock_guard lock(dbMutex);
        db.prepare("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)")
            .bind(1, key)
            .bind(2, value)
            .run();
    }
    bool insertTask(const Hash32& taskId, const Hash32& dealId, std::uint64_t index,
                    const Address& app) {
        std::lock_guard lock(dbMutex);
        db.prepare("INSERT OR IGNORE INTO tasks (task_id, deal_id, idx, app, status, received, "
                   "updated) VALUES (?, ?, ?, ?, 'RECEIVED', ?, ?)")
            .bind(1, hex(taskId))
            .bind(2, hex(dealId))
            .bind(3, static_cast<std::int64_t>(index))
            .bind(4, app.toChecksumHex())
            .bind(5, now())
            .bind(6, now())
            .run();
        return db.changes() == 1;
    }
    void setStatus(const Hash32& taskId, Status status, const std::string& reason = {},
                   const std::string& cid = {}) {
        std::lock_guard lock(dbMutex);
        db.prepare("UPDATE tasks SET status = ?, reason = ?, result_cid = ?, updated = ? WHERE "
                   "task_id = ?")
            .bind(1, statusText(status))
            .bind(2, reason)
            .bind(3, cid)
            .bind(4, now())
            .bind(5, hex(taskId))
            .run();
    }
    static TaskRecord recordOf(const Database::Statement& s) {
        TaskRecord r;
        r.taskId = hashFromHex(s.text(0));
        r.dealId = hashFromHex(s.text(1));
        r.index = static_cast<std::uint64_t>(s.integer(2));
        r.app = Address::fromHex(s.text(3));
        r.status = statusFrom(s.text(4));
        r.reason = s.text(5);
        r.resultCid = s.text(6);
        r.received = s.integer(7);
        r.updated = s.integer(8);
        return r;
    }
    static constexpr const char* kTaskColumns =
        "task_id, deal_id, idx, app, status, reason, result_cid, received, updated";

    // --- queue
    void enqueue(const Hash32& taskId) {
        {
            std::lock_guard lock(queueMutex);
            if (!queued.insert(taskId).second)
                return;
            queue.push_back(taskId);
        }
        queueChanged.notify_one();
    }

    // --- the scheduler loop
    void schedulerLoop() {
        eth::JsonRpcClient rpc({options.rpcUrl});
        while (true) {
            {
                std::unique_lock lock(queueMutex);
                if (wake.wait_for(lock, options.pollInterval, [this] { return stopping; }))
                    return;
            }
            try {
                reloadByoApps(rpc);
                if (options.publishOrders && now() - lastReplenish >= 2) {
                    replenishOrders(rpc);
                    lastReplenish = now();
                }
                scanNotices(rpc);
            } catch (const std::exception& e) {
                std::fprintf(stderr, "[worker] scheduler: %s\n", e.what());
            }
        }
    }

    void scanNotices(eth::JsonRpcClient& rpc) {
        const std::uint64_t latest = rpc.blockNumber();
        const std::uint64_t from = std::stoull(meta("lastBlock").value_or("0")) + 1;
        if (from > latest)
            return;
        Bytes poolTopic(12, 0);
        poolTopic.insert(poolTopic.end(), options.workerpool.bytes().begin(),
                         options.workerpool.bytes().end());
        const nlohmann::json filter = {
            {"address", options.poco.hub.toLowerHex()},
            {"fromBlock", eth::U256(from).toHex()},
            {"toBlock", eth::U256(latest).toHex()},
            {"topics",
             {eth::toHex(eth::Abi::eventTopic("SchedulerNotice(address,bytes32)")),
              eth::toHex(poolTopic)}}};
        const auto logs = rpc.call("eth_getLogs", nlohmann::json::array({filter}));
        eth::ContractCaller caller(rpc);
        const iexec::PocoHub hub(options.poco.hub);
        for (const auto& log : logs) {
            const Hash32 dealId = hashFromHex(log.at("data").get<std::string>().substr(0, 66));
            const auto deal = caller.call(hub.viewDeal(dealId));
            const std::uint64_t first = deal.botFirst.toUint64();
            const std::uint64_t size = deal.botSize.toUint64();
            for (std::uint64_t i = first; i < first + size; ++i) {
                const Hash32 taskId = iexec::PocoHub::taskId(dealId, i);
                insertTask(taskId, dealId, i, deal.app.pointer);
                enqueue(taskId);
            }
        }
        setMeta("lastBlock", std::to_string(latest));
    }

    // --- apps added with `strongroom-sandbox app add`
    void reloadByoApps(eth::JsonRpcClient& rpc) {
        std::error_code ec;
        const auto file = byoAppsFile(options.stateDir);
        const auto stamp = fs::last_write_time(file, ec);
        if (ec ? !byoStamp && byo.empty() : byoStamp && *byoStamp == stamp)
            return;
        byoStamp = ec ? std::optional<fs::file_time_type>() : std::optional(stamp);
        const auto listed = ec ? std::vector<ByoApp>() : readByoApps(options.stateDir);
        std::set<Address> now_;
        {
            std::lock_guard lock(appsMutex);
            for (const auto& a : listed) {
                apps[a.address] = WorkerApp{a.address, a.name, a.program, {}, a.price, false};
                now_.insert(a.address);
            }
            for (const auto& old : byo)
                if (!now_.count(old))
                    apps.erase(old);
        }
        for (const auto& old : byo)
            if (!now_.count(old))
                unpublishApp(rpc, old);
        byo = std::move(now_);
        lastReplenish = 0; // publish the new apps' orders at once
    }

    void unpublishApp(eth::JsonRpcClient& rpc, const Address& app) {
        try {
            const auto d = orderDomain(rpc);
            iexec::MarketClient market(options.marketUrl, d);
            const eth::PrivateKeySigner signer(keyOf(kSchedulerKey));
            HttpRequest request;
            request.method = "PUT";
            request.url = options.marketUrl + "/apporders?chainId=" + std::to_string(d.chainId);
            request.headers.emplace_back("Content-Type", "application/json");
            request.headers.emplace_back("authorization", market.authorization(signer));
            request.body =
                nlohmann::json{{"target", "unpublish_all"}, {"app", app.toChecksumHex()}}.dump();
            HttpClient().send(request);
            std::lock_guard lock(dbMutex);
            db.prepare("DELETE FROM orders WHERE kind = 'app' AND resource = ?")
                .bind(1, app.toChecksumHex())
                .run();
        } catch (const std::exception& e) {
            std::fprintf(stderr, "[worker] unpublishing %s: %s\n", app.toChecksumHex().c_str(),
                         e.what());
        }
    }

    // --- orders
    iexec::OrderDomain orderDomain(eth::JsonRpcClient& rpc) {
        if (!domain) {
            eth::ContractCaller caller(rpc);
            domain = caller.call(iexec::PocoHub(options.poco.hub).domain());
        }
        return *domain;
    }

    /// The newest order published for (kind, resource, category), if any.
    std::optional<std::pair<Hash32, std::uint64_t>> latestOrder(const std::string& kind,
                                                                const Address& resource,
                                                                unsigned category,
                                                                const eth::U256& price) {
        std::lock_guard lock(dbMutex);
        auto s = db.prepare("SELECT order_hash, volume FROM orders WHERE kind = ? AND resource = "
                            "? AND category = ? AND price = ? ORDER BY created DESC, rowid DESC "
                            "LIMIT 1");
        s.bind(1, kind)
            .bind(2, resource.toChecksumHex())
            .bind(3, static_cast<std::int64_t>(category))
            .bind(4, price.toDecimal());
        if (!s.step())
            return std::nullopt;
        return std::make_pair(hashFromHex(s.text(0)), static_cast<std::uint64_t>(s.integer(1)));
    }

    void recordOrder(const Hash32& hash, const std::string& kind, const Address& resource,
                     unsigned category, const eth::U256& price) {
        std::lock_guard lock(dbMutex);
        db.prepare("INSERT OR REPLACE INTO orders (order_hash, kind, resource, category, price, "
                   "volume, created) VALUES (?, ?, ?, ?, ?, ?, ?)")
            .bind(1, hex(hash))
            .bind(2, kind)
            .bind(3, resource.toChecksumHex())
            .bind(4, static_cast<std::int64_t>(category))
            .bind(5, price.toDecimal())
            .bind(6, static_cast<std::int64_t>(kOrderVolume))
            .bind(7, now())
            .run();
    }

    bool needsOrder(eth::JsonRpcClient& rpc, HttpClient& http, const std::string& kind,
                    const Address& resource, unsigned category, const eth::U256& price) {
        const auto latest = latestOrder(kind, resource, category, price);
        if (!latest)
            return true;
        eth::ContractCaller caller(rpc);
        const auto consumed =
            caller.call(iexec::PocoHub(options.poco.hub).viewConsumed(latest->first));
        if (eth::U256(latest->second) - consumed < eth::U256(kReplenishBelow))
            return true;
        // The market may have lost it (its state removed): ask.
        HttpRequest request;
        request.method = "GET";
        request.url = options.marketUrl + "/" + kind + "orders/" + hex(latest->first) +
                      "?chainId=" + std::to_string(orderDomain(rpc).chainId);
        const auto response = http.send(request);
        return response.status == 404;
    }

    void publish(HttpClient& http, iexec::MarketClient& market, const eth::Signer& signer,
                 const std::string& kind, nlohmann::json order) {
        HttpRequest request;
        request.method = "POST";
        request.url = options.marketUrl + "/" + kind +
                      "orders?chainId=" + std::to_string(market.domain().chainId);
        request.headers.emplace_back("Content-Type", "application/json");
        request.headers.emplace_back("authorization", market.authorization(signer));
        request.body = nlohmann::json{{"order", order}}.dump();
        const auto response = http.send(request);
        if (!response.ok())
            throw Error(ErrorCode::Network,
                        "The market refused the " + kind + " order: " + response.body);
    }

    /// The priced orders need the pool owner's stake (30 % of price x volume, which PoCo locks
    /// at each match) and the worker's (the deal's worker stake, locked when it contributes):
    /// both get test RLC from the deployer's supply, deposited in their iExec accounts.
    void ensureStakes(eth::JsonRpcClient& rpc) {
        if (stakesChecked)
            return;
        eth::ContractCaller caller(rpc);
        const iexec::PocoHub hub(options.poco.hub);
        const eth::U256 wanted(kStakeNRlc);
        const std::lock_guard send(sendMutex);
        for (const Address& account : {schedulerAccount(), workerAccount()}) {
            if (!(caller.call(hub.viewAccount(account)).stake < wanted))
                continue;
            DevAccountSender(rpc, options.poco.owner)
                .transact(options.poco.rlc, "transfer(address,uint256)",
                          {AbiValue::address(account), AbiValue::number(wanted)});
            DevAccountSender(rpc, account)
                .transact(options.poco.rlc, "approveAndCall(address,uint256,bytes)",
                          {AbiValue::address(options.poco.hub), AbiValue::number(wanted),
                           AbiValue::bytes({})});
        }
        stakesChecked = true;
    }

    void replenishOrders(eth::JsonRpcClient& rpc) {
        const auto d = orderDomain(rpc);
        HttpClient http;
        iexec::MarketClient market(options.marketUrl, d);
        const crypto::SecretBytes key = keyOf(kSchedulerKey);
        const eth::PrivateKeySigner signer(key.clone());
        ensureStakes(rpc);
        for (unsigned category = 0; category < kCategories; ++category) {
            for (const eth::U256& price : {eth::U256(0), eth::U256(kPricedWorkerpoolOrder)}) {
                if (!needsOrder(rpc, http, "workerpool", options.workerpool, category, price))
                    continue;
                iexec::WorkerpoolOrder order;
                order.workerpool = options.workerpool;
                order.workerpoolprice = price;
                order.volume = kOrderVolume;
                order.tag = tdxTag();
                order.category = category;
                order.salt = randomSalt();
                auto json = iexec::toJson(order);
                json["sign"] = eth::toHex(iexec::signOrder(d, order, key));
                publish(http, market, signer, "workerpool", json);
                recordOrder(iexec::orderHash(d, order), "workerpool", options.workerpool, category,
                            price);
            }
        }
        std::vector<WorkerApp> current;
        {
            std::lock_guard lock(appsMutex);
            for (const auto& [address, app] : apps)
                current.push_back(app);
        }
        for (const auto& app : current) {
            if (!needsOrder(rpc, http, "app", app.address, 0, app.price))
                continue;
            iexec::AppOrder order;
            order.app = app.address;
            order.appprice = app.price;
            order.volume = kOrderVolume;
            order.tag = tdxTag();
            order.salt = randomSalt();
            auto json = iexec::toJson(order);
            json["sign"] = eth::toHex(iexec::signOrder(d, order, key));
            try {
                publish(http, market, signer, "app", json);
                recordOrder(iexec::orderHash(d, order), "app", app.address, 0, app.price);
            } catch (const Error& e) {
                // An app owned by someone else cannot be offered by the scheduler.
                std::fprintf(stderr, "[worker] app order for %s: %s\n", app.name.c_str(), e.what());
            }
        }
    }

    // --- executors
    void executorLoop() {
        while (true) {
            Hash32 taskId{};
            {
                std::unique_lock lock(queueMutex);
                queueChanged.wait(lock, [this] { return stopping || !queue.empty(); });
                if (stopping)
                    return;
                taskId = queue.front();
                queue.pop_front();
            }
            process(taskId);
            std::lock_guard lock(queueMutex);
            queued.erase(taskId);
        }
    }

    void process(const Hash32& taskId) {
        const fs::path dir = taskDir(options.stateDir, taskId);
        ensureDirectory(dir, 0700);
        TaskLog log(dir / "worker.log");
        try {
            const std::string cid = execute(taskId, dir, log);
            setStatus(taskId, Status::Completed, {}, cid);
            log.line("COMPLETED" + (cid.empty() ? std::string() : " result /ipfs/" + cid));
        } catch (const Interrupted&) {
            log.line("interrupted by the sandbox's stop: taken up again at the next start");
            return;
        } catch (const TaskFailure& e) {
            setStatus(taskId, Status::Failed, e.what());
            log.line(std::string("FAILED: ") + e.what());
        } catch (const std::exception& e) {
            const std::string reason =
                std::string("the worker could not run the task: ") + e.what();
            setStatus(taskId, Status::Failed, reason);
            log.line("FAILED: " + reason);
        }
        std::error_code ec;
        fs::remove_all(dir / "work", ec);
    }

    Bytes httpGet(const std::string& url, const std::string& what) {
        HttpClient http;
        HttpRequest request;
        request.method = "GET";
        request.url = url;
        const auto response = http.send(request);
        if (!response.ok())
            throw TaskFailure("cannot download the " + what + " (" + url + "): HTTP " +
                              std::to_string(response.status));
        return Bytes(response.body.begin(), response.body.end());
    }

    nlohmann::json smsPost(const std::string& path, const std::string& body,
                           const std::string& authorization, std::string* text = nullptr) {
        HttpClient http;
        HttpRequest request;
        request.method = "POST";
        request.url = options.smsUrl + path;
        request.headers.emplace_back("Content-Type", "application/json");
        request.headers.emplace_back("Authorization", authorization);
        request.body = body;
        const auto response = http.send(request);
        if (!response.ok()) {
            const auto json = nlohmann::json::parse(response.body, nullptr, false);
            std::string message = response.body;
            if (json.is_object() && json.contains("error") && json["error"].is_array() &&
                !json["error"].empty() && json["error"][0].is_string())
                message = json["error"][0].get<std::string>();
            throw TaskFailure("the SMS refused (" + std::to_string(response.status) +
                              "): " + message);
        }
        if (text)
            *text = response.body;
        return nlohmann::json::parse(response.body, nullptr, false);
    }

    std::string execute(const Hash32& taskId, const fs::path& dir, TaskLog& log) {
        eth::JsonRpcClient rpc({options.rpcUrl});
        eth::ContractCaller caller(rpc);
        const iexec::PocoHub hub(options.poco.hub);
        auto task = caller.call(hub.viewTask(taskId));
        if (task.status == iexec::TaskStatus::Completed)
            return resultCidOf(task);
        if (task.status == iexec::TaskStatus::Failed)
            throw TaskFailure("the task was claimed (failed on chain)");
        std::optional<TaskRecord> record = recordFor(taskId);
        if (!record)
            throw TaskFailure("unknown task");
        const auto deal = caller.call(hub.viewDeal(record->dealId));
        setStatus(taskId, Status::Running);
        const Address scheduler = schedulerAccount();
        const Address worker = workerAccount();
        if (task.status == iexec::TaskStatus::Unset) {
            log.line("initialize(" + hex(record->dealId) + ", " + std::to_string(record->index) +
                     ")");
            DevAccountSender sender(rpc, scheduler);
            try {
                const std::lock_guard send(sendMutex);
                sender.transact(
                    options.poco.hub, "initialize(bytes32,uint256)",
                    {AbiValue::bytes(Bytes(record->dealId.begin(), record->dealId.end())),
                     AbiValue::number(record->index)});
            } catch (const Error& e) {
                task = caller.call(hub.viewTask(taskId));
                if (task.status == iexec::TaskStatus::Unset)
                    throw TaskFailure(std::string("initialize failed: ") + e.what());
            }
            task = caller.call(hub.viewTask(taskId));
        }
        if (task.status != iexec::TaskStatus::Active)
            throw TaskFailure("the task is not active on chain");
        if (blockTime(rpc) >= task.contributionDeadline.toUint64())
            throw TaskFailure("the contribution deadline has passed; the task can be claimed "
                              "after its final deadline");

        std::optional<WorkerApp> app;
        {
            std::lock_guard lock(appsMutex);
            if (auto it = apps.find(deal.app.pointer); it != apps.end())
                app = it->second;
        }
        if (!app)
            throw TaskFailure("this workerpool has no program for app " +
                              deal.app.pointer.toChecksumHex());

        // The scheduler: enclave challenge, then the worker's authorisation.
        const crypto::SecretBytes schedulerKey = keyOf(kSchedulerKey);
        std::string enclaveText;
        smsPost("/tee/challenges/" + hex(taskId), "",
                eth::toHex(eth::signPersonalMessage(schedulerKey, challengeRequestHash(taskId))),
                &enclaveText);
        WorkerpoolAuthorization authorization;
        authorization.taskId = taskId;
        authorization.dealId = record->dealId;
        authorization.taskIndex = record->index;
        authorization.worker = worker;
        authorization.enclave = Address::fromHex(enclaveText);
        authorization.signature = eth::signPersonalMessage(schedulerKey, authorization.hash());
        log.line("authorised worker " + worker.toChecksumHex() + " with enclave " +
                 authorization.enclave.toChecksumHex());

        // The worker: its TEE session.
        const crypto::SecretBytes workerKey = keyOf(kWorkerKey);
        const auto session =
            smsPost("/tee/sessions", authorization.toJson().dump(),
                    eth::toHex(eth::signPersonalMessage(workerKey, authorization.hash())));
        if (!session.is_object() || !session.contains("data"))
            throw TaskFailure("the SMS answered no session");
        const auto& env = session["data"]["environment"];
        const auto& pre = env["pre-compute"];
        const auto& post = env["post-compute"];
        log.line("TEE session " + session["data"].value("sessionId", std::string()));

        // Pre-compute.
        const fs::path work = dir / "work";
        std::error_code ec;
        fs::remove_all(work, ec);
        const fs::path in = work / "iexec_in";
        const fs::path out = work / "iexec_out";
        ensureDirectory(in, 0700);
        ensureDirectory(out, 0700);
        if (pre.value("IS_DATASET_REQUIRED", "false") == "true")
            fetchDataset(pre, in, log);
        const DealParams params = DealParams::parse(deal.params);
        for (std::size_t i = 0; i < params.inputFiles.size(); ++i) {
            const std::string& url = params.inputFiles[i];
            const Bytes content = httpGet(url, "input file " + std::to_string(i + 1));
            const Hash32 name = crypto::sha256(asBytes(url));
            writeFileAtomic(in / hex(name), std::string(content.begin(), content.end()), 0600);
        }

        // The app.
        AppRun run;
        run.program = app->program;
        run.args = app->leadingArgs;
        for (auto& arg : splitArgs(params.args))
            run.args.push_back(std::move(arg));
        for (const auto& [k, v] : env["app"].items())
            run.environment[k] = v.get<std::string>();
        run.environment["IEXEC_IN"] = in.string();
        run.environment["IEXEC_OUT"] = out.string();
        run.environment["IEXEC_INPUT_FILES_FOLDER"] = in.string();
        run.workDir = work;
        run.stdoutFile = dir / "app.stdout";
        run.stderrFile = dir / "app.stderr";
        run.wallClock = std::min(options.maxWallClock,
                                 std::chrono::milliseconds(task.timeref.toUint64() * 1000));
        run.memoryBytes = options.memoryBytes;
        if (app->relay)
            run.relayFile = dir / "relay.jsonl";
        log.line("running " + app->name + " (" + run.program.string() + ")" +
                 (networkNamespaceAvailable() ? ", without network"
                                              : ", with the host's network (this kernel refuses "
                                                "an unprivileged network namespace)"));
        run.cancel = &cancelApps;
        const AppOutcome outcome = runApp(run);
        if (outcome.cancelled)
            throw Interrupted{};
        if (!outcome.succeeded())
            throw TaskFailure(outcome.describe(run));
        for (const auto& entry : fs::directory_iterator(work))
            if (entry.path() != in && entry.path() != out)
                throw TaskFailure("the app wrote outside its output folder: " +
                                  entry.path().filename().string());
        if (app->relay)
            deliver(taskId, app->address, dir / "relay.jsonl", log);

        // Post-compute.
        ComputedFile computed;
        Hash32 digest{};
        try {
            checkOutputFolder(out);
            computed = readComputedFile(out);
            digest = resultDigest(computed);
        } catch (const Error& e) {
            throw TaskFailure(e.what());
        }
        std::string results;
        Bytes resultsCallback;
        std::string cid;
        if (computed.callbackData) {
            resultsCallback = *computed.callbackData;
            results = "{ \"storage\": \"ethereum\", \"location\": \"" +
                      post.value("RESULT_STORAGE_CALLBACK", std::string()) + "\" }";
        } else {
            Bytes archive = zipFolder(out);
            if (post.value("RESULT_ENCRYPTION", "false") == "true") {
                try {
                    archive = encryptResult(
                        archive, post.value("RESULT_ENCRYPTION_PUBLIC_KEY", std::string()));
                } catch (const Error& e) {
                    throw TaskFailure(e.what());
                }
            }
            const fs::path archiveFile = dir / "result.zip";
            writeFileAtomic(archiveFile, std::string(archive.begin(), archive.end()), 0600);
            iexec::IpfsClient ipfs(options.ipfsUrl, options.ipfsUrl);
            cid = ipfs.add(archiveFile).toString();
            fs::remove(archiveFile, ec);
            results = ipfsResultsField(cid);
            log.line("result uploaded: /ipfs/" + cid);
        }

        // The enclave signs; the worker contributes and finalises.
        const crypto::SecretBytes enclaveKey(
            eth::fromHex(post.value("SIGN_TEE_CHALLENGE_PRIVATE_KEY", std::string())));
        const Bytes enclaveSign =
            eth::signPersonalMessage(enclaveKey, enclaveMessage(worker, taskId, digest));
        DevAccountSender sender(rpc, worker);
        try {
            const std::lock_guard send(sendMutex);
            sender.transact(
                options.poco.hub,
                "contributeAndFinalize(bytes32,bytes32,bytes,bytes,address,bytes,bytes)",
                {AbiValue::bytes(Bytes(taskId.begin(), taskId.end())),
                 AbiValue::bytes(Bytes(digest.begin(), digest.end())),
                 AbiValue::bytes(Bytes(results.begin(), results.end())),
                 AbiValue::bytes(resultsCallback), AbiValue::address(authorization.enclave),
                 AbiValue::bytes(enclaveSign), AbiValue::bytes(authorization.signature)});
        } catch (const Error& e) {
            if (caller.call(hub.viewTask(taskId)).status != iexec::TaskStatus::Completed)
                throw TaskFailure(std::string("contributeAndFinalize failed: ") + e.what());
        }
        log.line("contributeAndFinalize: digest " + hex(digest));
        return cid;
    }

    /// The relay's messages into the mailbox (each line a JSON message).
    void deliver(const Hash32& taskId, const Address& app, const fs::path& relay, TaskLog& log) {
        std::string text;
        try {
            text = readFile(relay);
        } catch (const Error&) {
            return;
        }
        std::error_code ec;
        fs::remove(relay, ec);
        std::size_t at = 0;
        while (at < text.size()) {
            auto end = text.find('\n', at);
            if (end == std::string::npos)
                end = text.size();
            const auto m = nlohmann::json::parse(text.substr(at, end - at), nullptr, false);
            at = end + 1;
            if (!m.is_object() || !m.contains("recipient"))
                continue;
            const auto field = [&](const char* key) {
                return m.contains(key) && m[key].is_string() ? m[key].get<std::string>()
                                                             : std::string();
            };
            std::lock_guard lock(dbMutex);
            db.prepare("INSERT INTO mailbox (task_id, app, channel, recipient, sender, subject, "
                       "content_type, content, delivered) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .bind(1, hex(taskId))
                .bind(2, app.toChecksumHex())
                .bind(3, field("channel"))
                .bind(4, field("recipient"))
                .bind(5, field("sender"))
                .bind(6, field("subject"))
                .bind(7, field("contentType"))
                .bind(8, field("content"))
                .bind(9, now())
                .run();
            log.line("delivered a " + field("channel") + " message into the sandbox mailbox");
        }
    }

    void fetchDataset(const nlohmann::json& pre, const fs::path& in, TaskLog& log) {
        const std::string url = pre.value("IEXEC_DATASET_URL", std::string());
        std::string gatewayUrl = url;
        if (url.starts_with("/p2p/") || url.starts_with("/ipfs/"))
            gatewayUrl = options.ipfsUrl + "/ipfs/" + url.substr(url.find('/', 1) + 1);
        const Bytes encrypted = httpGet(gatewayUrl, "dataset");
        const Hash32 checksum = crypto::sha256(encrypted);
        if (hex(checksum) != pre.value("IEXEC_DATASET_CHECKSUM", std::string()))
            throw TaskFailure("the dataset's checksum does not match the one on chain (" +
                              pre.value("IEXEC_DATASET_CHECKSUM", std::string()) + ")");
        const fs::path encryptedFile = in / ".dataset.enc";
        writeFileAtomic(encryptedFile, std::string(encrypted.begin(), encrypted.end()), 0600);
        try {
            const auto key =
                iexec::datasetKeyFromBase64(pre.value("IEXEC_DATASET_KEY", std::string()));
            iexec::decryptDatasetFile(encryptedFile,
                                      in / pre.value("IEXEC_DATASET_FILENAME", std::string()), key);
        } catch (const Error& e) {
            std::error_code ec;
            fs::remove(encryptedFile, ec);
            throw TaskFailure(std::string("the dataset cannot be decrypted with its key: ") +
                              e.what());
        }
        std::error_code ec;
        fs::remove(encryptedFile, ec);
        log.line("dataset fetched and decrypted (" + std::to_string(encrypted.size()) + " bytes)");
    }

    static std::string resultCidOf(const iexec::Task& task) {
        const auto json = nlohmann::json::parse(task.results, nullptr, false);
        if (json.is_object() && json.value("storage", "") == "ipfs") {
            const std::string location = json.value("location", "");
            if (location.starts_with("/ipfs/"))
                return location.substr(6);
        }
        return {};
    }

    static std::uint64_t blockTime(eth::JsonRpcClient& rpc) {
        const auto block =
            rpc.call("eth_getBlockByNumber", nlohmann::json::array({"latest", false}));
        return eth::JsonRpcClient::parseQuantity(block.at("timestamp"), "timestamp");
    }

    std::optional<TaskRecord> recordFor(const Hash32& taskId) const {
        std::lock_guard lock(dbMutex);
        auto s =
            db.prepare(std::string("SELECT ") + kTaskColumns + " FROM tasks WHERE task_id = ?");
        s.bind(1, hex(taskId));
        if (!s.step())
            return std::nullopt;
        return recordOf(s);
    }
};

SandboxWorker::SandboxWorker(Options options) : impl_(std::make_unique<Impl>(std::move(options))) {}

SandboxWorker::~SandboxWorker() {
    stop();
}

void SandboxWorker::start() {
    if (impl_->started)
        return;
    impl_->stopping = false;
    impl_->cancelApps = false;
    try {
        eth::JsonRpcClient rpc({impl_->options.rpcUrl});
        impl_->reloadByoApps(rpc); // before taking up their tasks
    } catch (const std::exception& e) {
        std::fprintf(stderr, "[worker] %s: %s\n", byoAppsFile(impl_->options.stateDir).c_str(),
                     e.what());
    }
    // Take up what a stop or a crash interrupted.
    std::vector<Hash32> unfinished;
    {
        std::lock_guard lock(impl_->dbMutex);
        auto s = impl_->db.prepare(
            "SELECT task_id FROM tasks WHERE status IN ('RECEIVED', 'RUNNING') ORDER BY received");
        while (s.step())
            unfinished.push_back(hashFromHex(s.text(0)));
    }
    for (const auto& taskId : unfinished)
        impl_->enqueue(taskId);
    impl_->threads.emplace_back([this] { impl_->schedulerLoop(); });
    for (unsigned i = 0; i < std::max(1u, impl_->options.concurrency); ++i)
        impl_->threads.emplace_back([this] { impl_->executorLoop(); });
    impl_->started = true;
}

void SandboxWorker::stop() {
    if (!impl_->started)
        return;
    {
        std::lock_guard lock(impl_->queueMutex);
        impl_->stopping = true;
    }
    impl_->cancelApps = true;
    impl_->wake.notify_all();
    impl_->queueChanged.notify_all();
    for (auto& t : impl_->threads)
        t.join();
    impl_->threads.clear();
    impl_->queue.clear();
    impl_->queued.clear();
    impl_->started = false;
}

void SandboxWorker::addApp(WorkerApp app) {
    std::lock_guard lock(impl_->appsMutex);
    impl_->apps[app.address] = std::move(app);
}

void SandboxWorker::removeApp(const Address& app) {
    std::lock_guard lock(impl_->appsMutex);
    impl_->apps.erase(app);
}

std::optional<SandboxWorker::TaskRecord> SandboxWorker::task(const Hash32& taskId) const {
    return impl_->recordFor(taskId);
}

namespace {

std::vector<MailboxMessage> mailboxOf(Database& db) {
    auto s = db.prepare("SELECT id, task_id, app, channel, recipient, sender, subject, "
                        "content_type, content, delivered FROM mailbox ORDER BY id");
    std::vector<MailboxMessage> out;
    while (s.step()) {
        MailboxMessage m;
        m.id = s.integer(0);
        m.taskId = hashFromHex(s.text(1));
        m.app = Address::fromHex(s.text(2));
        m.channel = s.text(3);
        m.recipient = s.text(4);
        m.sender = s.text(5);
        m.subject = s.text(6);
        m.contentType = s.text(7);
        m.content = s.text(8);
        m.deliveredAt = s.integer(9);
        out.push_back(std::move(m));
    }
    return out;
}

} // namespace

std::vector<MailboxMessage> SandboxWorker::mailbox() const {
    std::lock_guard lock(impl_->dbMutex);
    return mailboxOf(impl_->db);
}

std::vector<MailboxMessage> SandboxWorker::readMailbox(const fs::path& stateDir) {
    if (!fs::exists(stateDir / "worker.sqlite"))
        return {};
    Database db(stateDir / "worker.sqlite", kMigrations);
    return mailboxOf(db);
}

std::vector<SandboxWorker::TaskRecord> SandboxWorker::tasks() const {
    std::lock_guard lock(impl_->dbMutex);
    auto s = impl_->db.prepare(std::string("SELECT ") + Impl::kTaskColumns +
                               " FROM tasks ORDER BY received, task_id");
    std::vector<TaskRecord> out;
    while (s.step())
        out.push_back(Impl::recordOf(s));
    return out;
}

} // namespace sr::sandbox
