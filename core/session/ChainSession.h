#pragma once

#include "compute/ComputePipeline.h"
#include "compute/TaskResult.h"
#include "compute/TaskState.h"
#include "eth/JsonRpcClient.h"
#include "eth/TransactionManager.h"
#include "iexec/AccessService.h"
#include "iexec/AppCatalog.h"
#include "iexec/DataTimelineTypes.h"
#include "iexec/DatasetCatalog.h"
#include "iexec/FaucetClient.h"
#include "iexec/FundsService.h"
#include "iexec/HubLedger.h"
#include "iexec/NetworkProfile.h"
#include "iexec/ProtectPipeline.h"
#include "store/PendingTransactions.h"
#include "util/CancelToken.h"
#include "util/Paths.h"

#include <chrono>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

namespace sr::session {

/// How a transaction that was followed to its end ended.
enum class TxOutcome {
    Mined,     ///< confirmed: it did what it says
    Failed,    ///< mined but reverted: the fee is spent, nothing else happened (`reason` says why)
    Cancelled, ///< a cancel of ours took its nonce: it never ran
    Replaced,  ///< another transaction (another wallet's) took its nonce
    NotMined,  ///< dropped by the node or refused outright: it never reached the chain
};

/// A followed transaction: its outcome, the journal's row, and why when it did not succeed
/// (the revert reason, who replaced it, why the node refused it).
struct FollowedTransaction {
    TxOutcome outcome = TxOutcome::Mined;
    TxRecord record;
    std::string reason;
};

/// One network as the front ends use it, for one data folder: the node's JSON-RPC client, the
/// transaction journal and the manager that sends and follows transactions, each opened once,
/// and the services of the network built over them.
///
/// - Nothing is asked of the node when the session is built (the GUI builds it on its thread),
///   nor when a service is handed out (a listing from the cache works offline). The node's
///   chain id is checked against the profile once per session, by the session's client before
///   the first call anything makes through it (JsonRpcClient::Options::chainId): no service,
///   read or transaction of the session ever reaches another chain; each fails with
///   Error(ChainMismatch) instead, and the check is asked again after a failure.
/// - The journal and the manager are opened on first use; a data folder where the journal
///   cannot be opened leaves everything that reads working and everything that sends
///   refused with the reason (`canSend`, `transactions`).
/// - The account is not part of the session: each call names the one it acts for, so that
///   switching accounts keeps the node client and the journal.
/// - Thread-safe: shared (through shared_ptr) by the jobs that run off the GUI thread, so a job
///   outlives a network switch. The services it hands out are one per call, each owned by the
///   caller, and refer to the session: keep the session alive while using one.
class ChainSession {
public:
    struct Options {
        eth::JsonRpcClient::Options rpc;
        eth::TransactionManager::Options transactions;
    };

    /// Error(InvalidArgument) for a profile without an RPC URL.
    ChainSession(AppPaths paths, NetworkProfile profile);
    ChainSession(AppPaths paths, NetworkProfile profile, Options options);
    ~ChainSession();
    ChainSession(const ChainSession&) = delete;
    ChainSession& operator=(const ChainSession&) = delete;

    const NetworkProfile& profile() const { return profile_; }
    const AppPaths& paths() const { return paths_; }
    /// The node's client (thread-safe, chain-checked). For reads no service offers.
    eth::JsonRpcClient& rpc() const { return *rpc_; }

    // The services, one per call, over the session's client. Their calls block: run them off
    // the GUI thread.
    iexec::FundsService funds() const;
    /// Error(InvalidArgument) for a profile without a market API.
    iexec::AccessService access() const;
    /// The protected data of this network, cached in the data folder's database (opened here).
    iexec::DatasetCatalog datasets() const;
    iexec::AppInspector apps() const;
    /// Saves an address book entry: a person's as it is (no network), an app or a whitelist
    /// checked on this chain first.
    Contact saveContact(AddressBook& book, Contact contact,
                        const CancelToken* cancel = nullptr) const;
    /// The protect pipeline over this session's manager and protectJournal() (encrypted files
    /// under the data folder's protect/). Error as transactions() or protectJournal() when a
    /// journal cannot be opened.
    iexec::ProtectPipeline protect();
    /// The compute pipeline (requesting a computation) over this session's client and manager
    /// and computeJournal(). Error as transactions() or computeJournal() when a journal cannot
    /// be opened.
    compute::ComputePipeline compute();
    /// Asks the network's test-funds faucet (a sandbox's) for ETH and RLC for `to`: what it
    /// sent. Error(Unsupported) when the profile names no faucet; else as
    /// iexec::requestTestFunds (the faucet's own reason when it refuses).
    iexec::FaucetGrant requestTestFunds(const eth::Address& to,
                                        const CancelToken* cancel = nullptr) const;
    /// The time of the node's latest block (seconds since the epoch): the chain's "now", which
    /// task deadlines are measured against.
    std::uint64_t chainTime(const CancelToken* cancel = nullptr) const;
    /// The state of task `index` of deal `dealId` on this network's hub at `now` (chainTime()).
    /// Throws Error(NotFound) when the deal does not exist.
    compute::TaskState taskState(const Hash32& dealId, std::uint64_t index, std::uint64_t now,
                                 const CancelToken* cancel = nullptr) const;
    /// The same from a task id alone (the task must be initialised), at the chain's time.
    compute::TaskState taskState(const Hash32& taskId, const CancelToken* cancel = nullptr) const;
    /// The transaction that claims a task past its final deadline (refunding the requester):
    /// Error(InvalidArgument) with the reason when `state` is not claimable.
    eth::TransactionRequest claimTask(const compute::TaskState& state) const;
    /// Where the result of `task` is kept in the data folder: its archive
    /// (<data>/results/<task>.zip) and the folder it is unpacked in (<data>/results/<task>).
    std::filesystem::path resultArchive(const Hash32& task) const;
    std::filesystem::path resultFolder(const Hash32& task) const;
    /// A completed task's result (`results`, the task's on-chain field) from the profile's
    /// IPFS gateway into `archive`, decrypted with `key` when it is encrypted, unpacked into
    /// `folder`: compute::ResultFetcher::fetch, with its errors.
    compute::UnpackedResult fetchResult(ByteView results, const std::filesystem::path& archive,
                                        const std::filesystem::path& folder,
                                        const crypto::RsaPrivateKey* key,
                                        const CancelToken* cancel = nullptr) const;
    /// The iExec account (stake and locked) of `account` on this network's hub.
    iexec::IexecAccount iexecAccount(const eth::Address& account,
                                     const CancelToken* cancel = nullptr) const;
    /// The apps approved on this network, in the data folder's database, with the profile's
    /// known apps preloaded (one per thread: it holds a database connection).
    std::unique_ptr<iexec::ApprovedApps> approvedApps() const;
    /// A reader of the hub's logs into the data folder's database (one per thread: it holds a
    /// database connection). Error(InvalidArgument) for a profile without a hub.
    std::unique_ptr<iexec::HubLogReader> hubLogs() const;
    /// The timeline of protected data `dataset` (iexec/DataTimeline.h), with the hub's logs
    /// synced: the chain's events, and the grants from the profile's market, or, when there is
    /// none or it does not answer, the chain's events alone with `marketProblem` saying why.
    /// `scan` as DataTimelineReader::read. Throws Error(Network, Corrupt, Cancelled).
    iexec::DataTimeline dataTimeline(const eth::Address& dataset,
                                     std::optional<std::uint64_t> createdBlock,
                                     iexec::DataTimelineScan* scan = nullptr,
                                     const CancelToken* cancel = nullptr) const;

    /// Opens the journal and the manager if not yet done: false (and `problem` set) when the
    /// data folder's database cannot be opened. Quick; touches only the disk.
    bool canSend(std::string* problem = nullptr);
    /// The transaction journal; the Error of opening it when it cannot be opened.
    PendingTransactions& journal();
    /// The manager that signs, journals, sends and follows; the same Error as journal().
    eth::TransactionManager& transactions();
    /// The data folder's protect journal (every chain's operations: list() takes the chain), and
    /// its compute journal (the computations requested here). Each is opened once per session,
    /// on first use, and shared by every job of the session (thread-safe); the Error of opening
    /// it, every time, when the data folder's database cannot be opened.
    iexec::ProtectJournal& protectJournal();
    compute::ComputeJournal& computeJournal();

    // The transaction flow: plan -> (the person confirms) -> send -> follow.
    /// Follows what the journal left pending on this network (and sends again what the node
    /// lost), so that a new transaction takes the right nonce: before planning one.
    std::vector<TxRecord> followEarlier(const CancelToken* cancel = nullptr);
    /// Gas, fees and funds of `request` from `from`, before anything is signed: what a
    /// confirmation shows. Error(Reverted) with the reason for a call that would fail,
    /// Error(InvalidArgument) for missing funds or a fee above the cap.
    eth::TransactionPlan plan(const eth::TransactionRequest& request, const eth::Address& from,
                              const CancelToken* cancel = nullptr);
    /// Signs, journals, then broadcasts the confirmed plan; the journal's row.
    TxRecord send(const eth::TransactionPlan& plan, const eth::Signer& signer,
                  const CancelToken* cancel = nullptr);
    /// Follows a sent transaction to its end (at most `limit`: then Error(Network), and it stays
    /// journaled and followed by followEarlier). Error(Cancelled) when `cancel` fires.
    FollowedTransaction follow(std::int64_t id, std::chrono::milliseconds limit,
                               const CancelToken* cancel = nullptr);
    /// follow(), and an Error for anything but Mined: Reverted with the reason, Cancelled, or
    /// Network for a replaced or unmined one.
    TxRecord followToSuccess(std::int64_t id, std::chrono::milliseconds limit,
                             const CancelToken* cancel = nullptr);

    /// The outcome of a settled journal row; nullopt for one still on its way.
    static std::optional<TxOutcome> outcomeOf(TxStatus status);

private:
    void openJournal();

    const AppPaths paths_;
    const NetworkProfile profile_;
    const Options options_;
    const std::unique_ptr<eth::JsonRpcClient> rpc_;
    std::mutex mutex_;
    std::unique_ptr<PendingTransactions> journal_;
    std::unique_ptr<eth::TransactionManager> manager_;
    std::optional<Error> journalError_;
    std::unique_ptr<iexec::ProtectJournal> protectJournal_;
    std::optional<Error> protectJournalError_;
    std::unique_ptr<compute::ComputeJournal> computeJournal_;
    std::optional<Error> computeJournalError_;
};

} // namespace sr::session
