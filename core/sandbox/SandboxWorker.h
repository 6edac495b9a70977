#pragma once

// The sandbox's workerpool: its scheduler and its worker in one service (computations.md §3).
//
// The scheduler keeps the pool's workerpool orders (TDX tag 0x…09, every category, free and
// at 0.01 RLC) and the apps' app orders published on the sandbox market, publishing a fresh
// order when one is nearly consumed; it follows the hub's SchedulerNotice events for its pool,
// initialises each task, asks the SMS for the task's enclave challenge and signs the worker's
// authorisation. The worker opens a TEE session on the SMS (the only way to the dataset key and the
// requester's secrets), downloads and checks the dataset, runs the app's program under
// AppRunner, builds the result digest and archive as the real post-compute does, encrypts it
// for the beneficiary when asked, uploads it to the sandbox IPFS and calls
// contributeAndFinalize with the enclave's signature: PoCo then pays the app and dataset
// owners. A task that cannot be computed is never contributed (it becomes claimable after its
// final deadline), as with a real TEE worker.
//
// State (stateDir, 0700): worker.sqlite (tasks, the last block scanned, the orders published)
// and tasks/<taskId>/ (worker.log, app.stdout, app.stderr; the working folder while it runs).
// A task interrupted by a stop or a crash is taken up again at the next start: finished when
// the chain says so, else run again from the beginning (each step is idempotent).

#include "eth/Address.h"
#include "eth/U256.h"
#include "sandbox/PocoDeployer.h"
#include "util/Bytes.h"

#include <chrono>
#include <cstdint>
#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace sr::sandbox {

/// An app this workerpool can run: its on-chain address and the local program standing for its
/// image.
struct WorkerApp {
    eth::Address address;
    std::string name;
    std::filesystem::path program;
    std::vector<std::string> leadingArgs; ///< before the deal's iexec_args
    eth::U256 price;                      ///< of the app orders published for it, nRLC
    bool relay = false; ///< a messaging app: descriptor 3 is the sandbox's message relay
};

/// A message a messaging app sent through the relay, as `strongroom-sandbox mailbox` lists it.
struct MailboxMessage {
    std::int64_t id = 0;
    Hash32 taskId{};
    eth::Address app;
    std::string channel; ///< "email" or "telegram"
    std::string recipient;
    std::string sender;
    std::string subject;
    std::string contentType;
    std::string content;
    std::int64_t deliveredAt = 0; ///< unix seconds
};

class SandboxWorker {
public:
    struct Options {
        std::string rpcUrl{};
        PocoDeployment poco{};
        eth::Address workerpool;
        std::vector<WorkerApp> apps{};
        std::string smsUrl{};
        std::string marketUrl{};
        std::string ipfsUrl{}; ///< Kubo RPC and gateway
        std::filesystem::path stateDir{};
        unsigned concurrency = 4;
        std::chrono::milliseconds pollInterval{100};
        /// The app's wall-clock limit is the deal category's time reference, capped by this.
        std::chrono::milliseconds maxWallClock{std::chrono::hours(10)};
        std::uint64_t memoryBytes = 2ull << 30;
        bool publishOrders = true;
    };

    enum class Status { Received, Running, Completed, Failed };
    static std::string_view statusName(Status status);

    struct TaskRecord {
        Hash32 taskId{};
        Hash32 dealId{};
        std::uint64_t index = 0;
        eth::Address app;
        Status status = Status::Received;
        std::string reason;    ///< why it failed
        std::string resultCid; ///< of the uploaded result
        std::int64_t received = 0;
        std::int64_t updated = 0;
    };

    /// Opens the state; nothing runs yet. Throws sr::Error (Io, Corrupt).
    explicit SandboxWorker(Options options);
    ~SandboxWorker();
    SandboxWorker(const SandboxWorker&) = delete;
    SandboxWorker& operator=(const SandboxWorker&) = delete;

    /// Starts the scheduler loop and the executors; unfinished tasks are taken up again.
    void start();
    /// Stops after the running steps end (apps running are killed). Idempotent.
    void stop();

    /// Adds (or replaces) an app it runs; its app order is published at the next round.
    void addApp(WorkerApp app);
    void removeApp(const eth::Address& app);

    std::optional<TaskRecord> task(const Hash32& taskId) const;
    std::vector<TaskRecord> tasks() const;

    /// What the messaging apps delivered, oldest first.
    std::vector<MailboxMessage> mailbox() const;
    /// The same, read from a worker state folder (the sandbox may be running or not).
    static std::vector<MailboxMessage> readMailbox(const std::filesystem::path& stateDir);

    /// The folder holding a task's logs.
    static std::filesystem::path taskDir(const std::filesystem::path& stateDir,
                                         const Hash32& taskId);
    /// The worker's wallet (anvil dev account 9) and the scheduler's (dev account 1, the pool
    /// owner).
    static eth::Address workerAccount();
    static eth::Address schedulerAccount();

private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

} // namespace sr::sandbox
