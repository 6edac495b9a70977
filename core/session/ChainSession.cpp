#include "session/ChainSession.h"

#include "compute/TaskFollow.h"
#include "eth/ContractCaller.h"
#include "eth/Hex.h"
#include "iexec/DataTimeline.h"
#include "iexec/PocoHub.h"
#include "iexec/ProtectJournal.h"
#include "util/Error.h"

namespace sr::session {

ChainSession::ChainSession(AppPaths paths, NetworkProfile profile)
    : ChainSession(std::move(paths), std::move(profile), Options{}) {}

namespace {

eth::JsonRpcClient::Options checkingChain(eth::JsonRpcClient::Options options,
                                          std::uint64_t chainId) {
    options.chainId = chainId;
    return options;
}

} // namespace

ChainSession::ChainSession(AppPaths paths, NetworkProfile profile, Options options)
    : paths_(std::move(paths)), profile_(std::move(profile)), options_(std::move(options)),
      rpc_(std::make_unique<eth::JsonRpcClient>(profile_.rpcUrls,
                                                checkingChain(options_.rpc, profile_.chainId))) {}

ChainSession::~ChainSession() = default;

iexec::FundsService ChainSession::funds() const {
    return iexec::FundsService(*rpc_, profile_);
}

iexec::AccessService ChainSession::access() const {
    return iexec::AccessService(*rpc_, profile_);
}

iexec::DatasetCatalog ChainSession::datasets() const {
    return iexec::DatasetCatalog(*rpc_, profile_, paths_.databaseFile());
}

iexec::AppInspector ChainSession::apps() const {
    return iexec::AppInspector(*rpc_, profile_);
}

Contact ChainSession::saveContact(AddressBook& book, Contact contact,
                                  const CancelToken* cancel) const {
    return iexec::saveCheckedContact(book, *rpc_, profile_, std::move(contact), cancel);
}

iexec::ProtectPipeline ChainSession::protect() {
    return iexec::ProtectPipeline(profile_, transactions(), protectJournal(),
                                  {.workDir = paths_.dataDir / "protect"});
}

compute::ComputePipeline ChainSession::compute() {
    return compute::ComputePipeline(profile_, *rpc_, transactions(), computeJournal());
}

iexec::FaucetGrant ChainSession::requestTestFunds(const eth::Address& to,
                                                  const CancelToken* cancel) const {
    if (profile_.faucet.empty())
        throw Error(ErrorCode::Unsupported,
                    "The network " + profile_.displayName + " has no test-funds faucet.");
    return iexec::requestTestFunds(profile_.faucet, to, cancel);
}

std::uint64_t ChainSession::chainTime(const CancelToken* cancel) const {
    const auto block =
        rpc_->call("eth_getBlockByNumber", nlohmann::json::array({"latest", false}), cancel);
    if (!block.is_object() || !block.contains("timestamp"))
        throw Error(ErrorCode::Corrupt, "The node's latest block has no timestamp.");
    return eth::JsonRpcClient::parseQuantity(block.at("timestamp"), "The block timestamp");
}

compute::TaskState ChainSession::taskState(const Hash32& dealId, std::uint64_t index,
                                           std::uint64_t now, const CancelToken* cancel) const {
    eth::ContractCaller caller(*rpc_);
    return compute::readTaskState(caller, iexec::PocoHub(profile_.hubAddress()), dealId, index, now,
                                  cancel);
}

compute::TaskState ChainSession::taskState(const Hash32& taskId, const CancelToken* cancel) const {
    eth::ContractCaller caller(*rpc_);
    return compute::readTaskState(caller, iexec::PocoHub(profile_.hubAddress()), taskId,
                                  chainTime(cancel), cancel);
}

eth::TransactionRequest ChainSession::claimTask(const compute::TaskState& state) const {
    return compute::claimTask(iexec::PocoHub(profile_.hubAddress()), state);
}

std::filesystem::path ChainSession::resultArchive(const Hash32& task) const {
    return paths_.dataDir / "results" / (eth::toHex(task) + ".zip");
}

std::filesystem::path ChainSession::resultFolder(const Hash32& task) const {
    return paths_.dataDir / "results" / eth::toHex(task);
}

compute::UnpackedResult ChainSession::fetchResult(ByteView results,
                                                  const std::filesystem::path& archive,
                                                  const std::filesystem::path& folder,
                                                  const crypto::RsaPrivateKey* key,
                                                  const CancelToken* cancel) const {
    return compute::ResultFetcher(profile_.ipfsGateway)
        .fetch(results, archive, folder, key, cancel);
}

iexec::IexecAccount ChainSession::iexecAccount(const eth::Address& account,
                                               const CancelToken* cancel) const {
    eth::ContractCaller caller(*rpc_);
    return caller.call(iexec::PocoHub(profile_.hubAddress()).viewAccount(account), cancel);
}

std::unique_ptr<iexec::ApprovedApps> ChainSession::approvedApps() const {
    auto approved = std::make_unique<iexec::ApprovedApps>(paths_.databaseFile());
    approved->preload(profile_);
    return approved;
}

std::unique_ptr<iexec::HubLogReader> ChainSession::hubLogs() const {
    return std::make_unique<iexec::HubLogReader>(*rpc_, profile_, paths_.databaseFile());
}

iexec::DataTimeline ChainSession::dataTimeline(const eth::Address& dataset,
                                               std::optional<std::uint64_t> createdBlock,
                                               iexec::DataTimelineScan* scan,
                                               const CancelToken* cancel) const {
    const auto logs = hubLogs();
    std::optional<iexec::AccessService> grants;
    iexec::MarketClient* market = nullptr;
    std::optional<std::string> marketProblem;
    try {
        grants.emplace(*rpc_, profile_);
        market = &grants->market(cancel);
    } catch (const Error& e) {
        if (e.code() == ErrorCode::Cancelled)
            throw;
        marketProblem = e.what(); // no market on this network, or it can't be reached
    }
    iexec::DataTimelineReader reader(*rpc_, profile_, *logs, market);
    iexec::DataTimeline timeline = reader.read(dataset, createdBlock, scan, cancel);
    if (!timeline.marketProblem)
        timeline.marketProblem = marketProblem;
    return timeline;
}

void ChainSession::openJournal() {
    // Called with mutex_ held. Tried once: the data folder does not heal by itself while the
    // session lives, and a front end asks canSend() often.
    if (journal_ || journalError_)
        return;
    try {
        journal_ = std::make_unique<PendingTransactions>(paths_.databaseFile());
        manager_ = std::make_unique<eth::TransactionManager>(*rpc_, *journal_, profile_.chainId,
                                                             options_.transactions);
    } catch (const Error& e) {
        manager_.reset();
        journal_.reset();
        journalError_ = e;
    }
}

bool ChainSession::canSend(std::string* problem) {
    std::lock_guard lock(mutex_);
    openJournal();
    if (journalError_ && problem)
        *problem = journalError_->what();
    return !journalError_;
}

PendingTransactions& ChainSession::journal() {
    std::lock_guard lock(mutex_);
    openJournal();
    if (journalError_)
        throw *journalError_;
    return *journal_;
}

eth::TransactionManager& ChainSession::transactions() {
    std::lock_guard lock(mutex_);
    openJournal();
    if (journalError_)
        throw *journalError_;
    return *manager_;
}

namespace {

// Opens `journal` over `database` the first time (called with the session's mutex held); tried
// once, as the transaction journal: then the Error of that try, every time.
template <class Journal>
Journal& openedOnce(std::unique_ptr<Journal>& journal, std::optional<Error>& error,
                    const std::filesystem::path& database) {
    if (!journal && !error) {
        try {
            journal = std::make_unique<Journal>(database);
        } catch (const Error& e) {
            error = e;
        }
    }
    if (error)
        throw *error;
    return *journal;
}

} // namespace

iexec::ProtectJournal& ChainSession::protectJournal() {
    std::lock_guard lock(mutex_);
    return openedOnce(protectJournal_, protectJournalError_, paths_.databaseFile());
}

compute::ComputeJournal& ChainSession::computeJournal() {
    std::lock_guard lock(mutex_);
    return openedOnce(computeJournal_, computeJournalError_, paths_.databaseFile());
}

std::vector<TxRecord> ChainSession::followEarlier(const CancelToken* cancel) {
    return transactions().poll(cancel);
}

eth::TransactionPlan ChainSession::plan(const eth::TransactionRequest& request,
                                        const eth::Address& from, const CancelToken* cancel) {
    return transactions().plan(request, from, cancel);
}

TxRecord ChainSession::send(const eth::TransactionPlan& plan, const eth::Signer& signer,
                            const CancelToken* cancel) {
    return transactions().send(plan, signer, cancel);
}

std::optional<TxOutcome> ChainSession::outcomeOf(TxStatus status) {
    switch (status) {
    case TxStatus::Confirmed:
        return TxOutcome::Mined;
    case TxStatus::Failed:
        return TxOutcome::Failed;
    case TxStatus::Cancelled:
        return TxOutcome::Cancelled;
    case TxStatus::Replaced:
        return TxOutcome::Replaced;
    case TxStatus::Dropped:
    case TxStatus::Rejected:
        return TxOutcome::NotMined;
    case TxStatus::Signed:
    case TxStatus::Pending:
    case TxStatus::Mined:
        break;
    }
    return std::nullopt;
}

FollowedTransaction ChainSession::follow(std::int64_t id, std::chrono::milliseconds limit,
                                         const CancelToken* cancel) {
    FollowedTransaction out;
    out.record = transactions().wait(id, limit, cancel);
    const auto outcome = outcomeOf(out.record.status);
    if (!outcome)
        throw Error(ErrorCode::Internal, "A followed transaction came back unsettled.");
    out.outcome = *outcome;
    if (out.outcome != TxOutcome::Mined)
        out.reason = out.record.error;
    return out;
}

TxRecord ChainSession::followToSuccess(std::int64_t id, std::chrono::milliseconds limit,
                                       const CancelToken* cancel) {
    return transactions().waitForSuccess(id, limit, cancel);
}

} // namespace sr::session
