// strongroom-cli compute run|list|show|result|claim|resume|cancel: running an app on protected data
// as a requester, through the journaled request (compute/ComputePipeline.h), following its
// task on chain, reading its result and claiming a task that never delivered.

#include "Commands.h"
#include "Password.h"
#include "Support.h"
#include "compute/ComputePipeline.h"
#include "compute/ComputeTypes.h"
#include "compute/TaskResult.h"
#include "compute/TaskState.h"
#include "eth/Hex.h"
#include "iexec/FundsService.h"
#include "iexec/HubLedger.h"
#include "iexec/PocoHub.h"
#include "session/Accounts.h"
#include "session/Session.h"
#include "util/Error.h"

#include <filesystem>
#include <iomanip>
#include <map>
#include <memory>
#include <nlohmann/json.hpp>
#include <ostream>
#include <set>

namespace sr::cli {
namespace {

namespace fs = std::filesystem;
using compute::ComputeOperation;

// What every compute command opens: the network, the journals and the pipeline over them.
struct ComputeSession {
    Network network;
    compute::ComputeJournal& journal;
    compute::ComputePipeline pipeline;

    explicit ComputeSession(Network net)
        : network(std::move(net)), journal(network.session->computeJournal()),
          pipeline(network.session->compute()) {}
};

Hash32 parseTask(const std::string& text) {
    try {
        if (text.size() == 66)
            return eth::fromHexFixed<32>(text);
    } catch (const Error&) {
    }
    throw UsageError("TASK must be a task id: 0x followed by 64 hexadecimal digits");
}

std::string hex(const Hash32& h) {
    return eth::toHex(h);
}

nlohmann::json planJson(const compute::Plan& p) {
    return {{"app", p.app.order.app.toChecksumHex()},
            {"appprice", p.appPrice().toDecimal()},
            {"dataset", p.dataset.order.dataset.toChecksumHex()},
            {"datasetprice", p.datasetPrice().toDecimal()},
            {"workerpool", p.workerpool.order.workerpool.toChecksumHex()},
            {"workerpoolprice", p.workerpoolPrice().toDecimal()},
            {"category", p.category},
            {"tag", hex(p.tag)},
            {"total", p.total().toDecimal()}};
}

nlohmann::json operationJson(const ComputeOperation& op) {
    nlohmann::json j = {{"id", op.id},
                        {"requester", op.requester.toChecksumHex()},
                        {"app", op.app.toChecksumHex()},
                        {"dataset", op.dataset.toChecksumHex()},
                        {"state", std::string(compute::computeStateName(op.state))},
                        {"step", std::string(compute::computeStepName(op.step))},
                        {"dealid", op.dealId ? nlohmann::json(hex(*op.dealId)) : nullptr},
                        {"taskid", op.taskId ? nlohmann::json(hex(*op.taskId)) : nullptr},
                        {"txHash", op.txHash ? nlohmann::json(hex(*op.txHash)) : nullptr},
                        {"error", nullptr}};
    if (op.failure)
        j["error"] = {{"code", errorCodeName(op.failure->code)}, {"message", op.failure->message}};
    return j;
}

nlohmann::json taskJson(const compute::TaskState& s) {
    const compute::ResultLink link = compute::parseResultLink(s.results);
    return {{"taskid", hex(s.taskid)},
            {"dealid", hex(s.dealid)},
            {"idx", s.idx},
            {"status", static_cast<int>(s.status)},
            {"statusName", s.statusName},
            {"taskTimedOut", s.timedOut},
            {"claimable", s.claimable},
            {"startTime", s.startTime},
            {"contributionDeadline", s.contributionDeadline},
            {"finalDeadline", s.finalDeadline},
            {"app", s.deal.app.pointer.toChecksumHex()},
            {"dataset", s.deal.dataset.pointer.toChecksumHex()},
            {"workerpool", s.deal.workerpool.pointer.toChecksumHex()},
            {"requester", s.deal.requester.toChecksumHex()},
            {"results", {{"storage", link.storage}, {"location", link.location}}}};
}

void printTask(const compute::TaskState& s, Io& io) {
    io.out << "Task      " << hex(s.taskid) << "\n"
           << "Deal      " << hex(s.dealid) << " (task " << s.idx << ")\n"
           << "Status    " << s.statusName << "\n"
           << "App       " << s.deal.app.pointer.toChecksumHex() << "\n"
           << "Data      " << s.deal.dataset.pointer.toChecksumHex() << "\n"
           << "Started   " << compute::formatTime(s.startTime) << "\n"
           << "Deadline  " << compute::formatTime(s.finalDeadline) << " (final)\n";
    if (s.claimable)
        io.out << "The final deadline has passed without a result: 'strongroom-cli compute "
                  "claim "
               << hex(s.taskid) << "' refunds the requester.\n";
    else if (s.status == iexec::TaskStatus::Completed)
        io.out << "Result    'strongroom-cli compute result " << hex(s.taskid) << "'\n";
}

// The task of a journaled operation, or any task on chain by id.
compute::TaskState taskState(ComputeSession& session, const Hash32& taskId) {
    const auto& chain = *session.network.session;
    const auto op = session.journal.findByTask(taskId);
    if (op && op->dealId)
        return chain.taskState(*op->dealId, 0, chain.chainTime(interrupted()), interrupted());
    return chain.taskState(taskId, interrupted());
}

ComputeOperation runOperation(ComputeSession& session, std::int64_t id,
                              const wallet::UnlockedAccount& signer,
                              const std::string& publicKeyPem, const CommandLine& line, Io& io) {
    const auto observer = [&](const ComputeOperation& op) {
        if (!line.global.json && op.step != compute::ComputeStep::Done)
            io.out << "  " << compute::computeStepLabel(op.step) << "...\n" << std::flush;
    };
    try {
        return session.pipeline.run(id, signer, publicKeyPem, observer, interrupted());
    } catch (const Error& e) {
        const auto op = session.journal.find(id);
        if (line.global.json && op)
            io.out << operationJson(*op).dump(2) << "\n" << std::flush;
        io.err << "strongroom-cli: " << e.what() << "\n"
               << "Computation " << id << " stopped at step "
               << (op ? compute::computeStepName(op->step) : "?")
               << " and is kept: resume it with 'strongroom-cli compute resume " << id << "'";
        if (op && !op->txId && op->step < compute::ComputeStep::Match)
            io.err << " or give it up with 'strongroom-cli compute cancel " << id << "'";
        io.err << ".\n";
        throw Error(e.code(), "The computation was not requested.");
    }
}

void printRequested(const ComputeOperation& op, Io& io) {
    io.out << "Requested: deal " << hex(*op.dealId) << "\n"
           << "Task      " << hex(*op.taskId) << "\n"
           << "Follow it with 'strongroom-cli compute show " << hex(*op.taskId) << "'.\n";
}

int computeRun(const CommandLine& line, const std::vector<std::string>& args, Io& io) {
    ComputeOperation op;
    op.dataset = parseAddress(args[0], "DATA");
    op.app = parseAddress(required(line, "app"), "--app");
    if (line.options.contains("args"))
        op.args = option(line, "args");
    if (line.options.contains("workerpool"))
        op.workerpool = parseAddress(option(line, "workerpool"), "--workerpool");
    if (line.options.contains("max-price")) {
        try {
            op.maxPrice = eth::U256::fromDecimal(option(line, "max-price"));
        } catch (const Error&) {
            throw UsageError("--max-price is a whole number of nRLC (1 RLC = 1000000000)");
        }
    }
    op.encrypt = !line.flags.contains("no-encrypt");
    if (auto it = line.lists.find("input-file"); it != line.lists.end())
        op.inputFiles = it->second;
    if (auto it = line.lists.find("secret"); it != line.lists.end())
        for (const std::string& s : it->second) {
            const auto eq = s.find('=');
            std::uint64_t number = 0;
            try {
                if (eq == std::string::npos || eq == 0 || eq + 1 == s.size())
                    throw std::invalid_argument("shape");
                std::size_t used = 0;
                number = std::stoull(s.substr(0, eq), &used);
                if (used != eq || number == 0)
                    throw std::invalid_argument("number");
            } catch (const std::exception&) {
                throw UsageError("--secret is N=FILE, N a number from 1 (got '" + s + "')");
            }
            if (op.secrets.contains(number))
                throw UsageError("--secret " + std::to_string(number) + " is given twice");
            op.secrets[number] = {fs::path(s.substr(eq + 1)), {}};
        }

    const session::Accounts store(pathsFor(line));
    op.requester = chooseAccount(line, store);
    requireKey(line, store, op.requester);
    ComputeSession session(openNetwork(line));
    std::ostream& talk = line.global.json ? io.err : io.out;

    // The plan and its price, said before anything is signed.
    const compute::Plan plan = session.pipeline.plan(op, interrupted());
    talk << "Run app " << op.app.toChecksumHex() << " on " << op.dataset.toChecksumHex() << "\n"
         << "  by workerpool " << plan.workerpool.order.workerpool.toChecksumHex() << " (category "
         << plan.category << ")\n"
         << "  cost " << compute::formatRlc(plan.total()) << ": app "
         << compute::formatRlc(plan.appPrice()) << " + data "
         << compute::formatRlc(plan.datasetPrice()) << " + workerpool "
         << compute::formatRlc(plan.workerpoolPrice()) << "\n"
         << "  result "
         << (op.encrypt ? "encrypted for this account"
                        : "NOT encrypted: anyone "
                          "reading the chain can "
                          "download it")
         << "\n"
         << std::flush;

    // Fund: the price comes from the iExec account's stake.
    const auto account = session.network.session->iexecAccount(op.requester, interrupted());
    if (account.stake < plan.total()) {
        const eth::U256 missing = plan.total() - account.stake;
        talk << "Your iExec account holds " << compute::formatRlc(account.stake) << "; "
             << compute::formatRlc(missing) << " more must be deposited from the wallet.\n"
             << std::flush;
        if (!line.flags.contains("yes") &&
            !confirmOnTerminal("Deposit " + compute::formatRlc(missing) + "? [y/N] "))
            throw Error(ErrorCode::Cancelled,
                        "Not enough RLC in the iExec account: nothing was requested.");
        iexec::FundsService funds = session.network.session->funds();
        sendAndWait(line, session.network, op.requester, funds.deposit(op.requester, missing), io);
    }
    if (!line.flags.contains("yes") && !confirmOnTerminal("Request this computation? [y/N] "))
        throw Error(ErrorCode::Cancelled, "Nothing was requested.");

    const wallet::UnlockedAccount signer = unlockAccount(line, op.requester);
    op = session.pipeline.create(std::move(op));
    const ComputeOperation done = runOperation(
        session, op.id, signer, store.account(op.requester).resultPublicKeyPem, line, io);
    if (line.global.json) {
        nlohmann::json j = operationJson(done);
        j["plan"] = planJson(plan);
        io.out << j.dump(2) << "\n";
    } else {
        printRequested(done, io);
    }
    return 0;
}

int computeResume(const CommandLine& line, const std::vector<std::string>& args, Io& io) {
    ComputeSession session(openNetwork(line));
    std::vector<ComputeOperation> todo;
    if (!args.empty()) {
        std::int64_t id = 0;
        try {
            id = std::stoll(args[0]);
        } catch (const std::exception&) {
            throw UsageError("ID must be a computation number (see 'compute list')");
        }
        const auto op = session.journal.find(id);
        if (!op)
            throw Error(ErrorCode::NotFound, "No computation " + args[0] + ".");
        todo.push_back(*op);
    } else {
        todo = session.journal.list(session.network.profile.chainId, true);
        std::reverse(todo.begin(), todo.end());
    }
    nlohmann::json done = nlohmann::json::array();
    if (!todo.empty()) {
        const session::Accounts store(pathsFor(line));
        const crypto::SecretBytes password = readPassword(line, "Wallet password: ");
        for (const auto& pending : todo) {
            const wallet::UnlockedAccount signer = store.unlock(pending.requester, password.text());
            if (!line.global.json)
                io.out << "Resuming computation " << pending.id << " at step "
                       << compute::computeStepName(pending.step) << "\n"
                       << std::flush;
            const auto op =
                runOperation(session, pending.id, signer,
                             store.account(pending.requester).resultPublicKeyPem, line, io);
            if (line.global.json)
                done.push_back(operationJson(op));
            else
                printRequested(op, io);
        }
    } else if (!line.global.json) {
        io.out << "Nothing to resume on " << session.network.profile.displayName << ".\n";
    }
    if (line.global.json)
        io.out << nlohmann::json{{"count", done.size()}, {"operations", done}}.dump(2) << "\n";
    return 0;
}

// The names this computer knows for data: the protected data listings read here (any owner),
// else what this computer's protect operations named them.
std::map<eth::Address, std::string> knownNames(session::ChainSession& chain,
                                               const std::vector<iexec::HubDeal>& deals) {
    std::map<eth::Address, std::string> names;
    for (const auto& op : chain.protectJournal().list(chain.profile().chainId))
        if (op.dataset && !op.name.empty())
            names[*op.dataset] = op.name;
    // A network without a DataProtector has no catalog, so no listing was ever cached for it.
    std::unique_ptr<const iexec::DatasetCatalog> catalog;
    try {
        catalog.reset(new iexec::DatasetCatalog(chain.datasets()));
    } catch (const Error& e) {
        if (e.code() != ErrorCode::InvalidArgument)
            throw;
        return names;
    }
    // Each data once (a thousand deals are often on a few data).
    std::set<eth::Address> asked;
    for (const auto& d : deals)
        if (!d.dataset.isZero() && !names.contains(d.dataset) && asked.insert(d.dataset).second)
            if (const auto data = catalog->cachedData(d.dataset); data && !data->name.empty())
                names[d.dataset] = data->name;
    return names;
}

// A resource of a deal as the iexec SDK's `deal show` names it.
nlohmann::json resourceJson(const eth::Address& pointer, const eth::Address& owner,
                            const eth::U256& price) {
    return {{"pointer", pointer.toChecksumHex()},
            {"owner", owner.toChecksumHex()},
            {"price", price.toDecimal()}};
}

std::vector<std::string> rolesIn(const iexec::HubDeal& d, const eth::Address& account) {
    std::vector<std::string> roles;
    if (!d.dataset.isZero() && d.datasetOwner == account)
        roles.emplace_back("data");
    if (d.appOwner == account)
        roles.emplace_back("app");
    return roles;
}

nlohmann::json onMyDataJson(const iexec::HubDeal& d, const eth::Address& account,
                            const std::map<eth::Address, std::string>& names) {
    nlohmann::json tasks = nlohmann::json::array();
    if (d.botSize <= iexec::HubLogReader::kMaxTasksPerDeal)
        for (std::uint64_t k = d.botFirst; k < d.botFirst + d.botSize; ++k)
            tasks.push_back(hex(iexec::PocoHub::taskId(d.dealId, k)));
    const auto name = names.find(d.dataset);
    return {{"dealid", hex(d.dealId)},
            {"roles", rolesIn(d, account)},
            {"app", resourceJson(d.app, d.appOwner, d.appPrice)},
            {"dataset", resourceJson(d.dataset, d.datasetOwner, d.datasetPrice)},
            {"datasetName", name == names.end() ? nlohmann::json() : nlohmann::json(name->second)},
            {"workerpool", resourceJson(d.workerpool, d.workerpoolOwner, d.workerpoolPrice)},
            {"requester", d.requester.toChecksumHex()},
            {"botFirst", d.botFirst},
            {"botSize", d.botSize},
            {"tasks", tasks},
            {"completedTasksCount", d.tasksCompleted},
            {"claimedTasksCount", d.tasksFailed},
            {"status", std::string(iexec::dealStatusName(iexec::dealStatus(d)))},
            {"startTime", d.timestamp},
            {"date", iexec::utcDateTime(d.timestamp)},
            {"blockNumber", d.block},
            {"transactionHash", hex(d.transaction)}};
}

std::string dealStatusText(const iexec::HubDeal& d) {
    const std::string tasks = std::to_string(d.botSize) + (d.botSize == 1 ? " task: " : " tasks: ");
    switch (iexec::dealStatus(d)) {
    case iexec::DealStatus::Active:
        return tasks + std::to_string(d.tasksPending()) + " under way";
    case iexec::DealStatus::Completed:
        return tasks + "completed";
    case iexec::DealStatus::Failed:
        return tasks + "failed (claimed)";
    case iexec::DealStatus::Partial:
        break;
    }
    return tasks + std::to_string(d.tasksCompleted) + " completed, " +
           std::to_string(d.tasksFailed) + " failed";
}

// compute list --on-my-data: the deals that used the account's data or apps, from the hub's
// logs read into the local database (only the blocks since the last read; none with --cached).
int computeOnMyData(const CommandLine& line, Io& io) {
    const session::Accounts store(pathsFor(line));
    const eth::Address account = chooseAccount(line, store);
    Network network = openNetwork(line);
    const auto reader = network.session->hubLogs();
    if (!line.flags.contains("cached"))
        reader->sync(interrupted());
    const auto synced = reader->syncedBlock();
    const auto deals = reader->dealsOwnedBy(account);
    const auto names = knownNames(*network.session, deals);

    if (line.global.json) {
        nlohmann::json rows = nlohmann::json::array();
        for (const auto& d : deals)
            rows.push_back(onMyDataJson(d, account, names));
        io.out << nlohmann::json{{"account", account.toChecksumHex()},
                                 {"network", network.profile.name},
                                 {"chainId", network.profile.chainId},
                                 {"syncedBlock", synced ? nlohmann::json(*synced) : nullptr},
                                 {"count", rows.size()},
                                 {"deals", rows}}
                      .dump(2)
               << "\n";
        return 0;
    }
    const std::string where =
        network.profile.displayName +
        (synced ? " (read up to block " + std::to_string(*synced) + ")"
                : " (never read from the chain here: run it without --cached)");
    if (deals.empty()) {
        io.out << "Nothing has run on the data or apps of " << account.toChecksumHex() << " on "
               << where << ".\n";
        return 0;
    }
    io.out << deals.size() << (deals.size() == 1 ? " deal" : " deals") << " on the data or apps of "
           << account.toChecksumHex() << " on " << where << ", newest first:\n";
    for (const auto& d : deals) {
        std::string roles;
        for (const auto& r : rolesIn(d, account))
            roles += (roles.empty() ? "" : "+") + r;
        const auto name = names.find(d.dataset);
        const std::string data = d.dataset.isZero()    ? std::string("(none)")
                                 : name == names.end() ? d.dataset.toChecksumHex()
                                                       : printable(name->second) + " (" +
                                                             d.dataset.toChecksumHex() + ")";
        io.out << "\n"
               << iexec::utcDateTime(d.timestamp) << " UTC  " << std::left << std::setw(8) << roles
               << std::right << hex(d.dealId) << "\n"
               << "  data       " << data << "\n"
               << "  app        " << d.app.toChecksumHex() << "\n"
               << "  requester  " << d.requester.toChecksumHex() << "\n"
               << "  price      "
               << compute::formatRlc(d.appPrice + d.datasetPrice + d.workerpoolPrice)
               << " per task (app " << compute::formatRlc(d.appPrice) << " + data "
               << compute::formatRlc(d.datasetPrice) << " + workerpool "
               << compute::formatRlc(d.workerpoolPrice) << ")\n"
               << "  status     " << dealStatusText(d) << "\n";
    }
    return 0;
}

int computeList(const CommandLine& line, const std::vector<std::string>&, Io& io) {
    if (line.flags.contains("on-my-data"))
        return computeOnMyData(line, io);
    if (line.flags.contains("cached"))
        throw UsageError("--cached goes with --on-my-data (the requests' status is read from "
                         "the chain)");
    ComputeSession session(openNetwork(line));
    const auto ops = session.journal.list(session.network.profile.chainId);
    nlohmann::json rows = nlohmann::json::array();
    for (const auto& op : ops) {
        nlohmann::json j = operationJson(op);
        j["status"] = nullptr;
        j["statusName"] = nullptr;
        if (op.dealId) {
            try {
                const auto s = taskState(session, *op.taskId);
                j["status"] = static_cast<int>(s.status);
                j["statusName"] = s.statusName;
            } catch (const Error& e) {
                if (e.code() == ErrorCode::Cancelled)
                    throw;
                j["statusName"] = "UNKNOWN";
            }
        }
        rows.push_back(j);
    }
    if (line.global.json) {
        io.out << nlohmann::json{{"network", session.network.profile.name},
                                 {"count", rows.size()},
                                 {"computations", rows}}
                      .dump(2)
               << "\n";
        return 0;
    }
    if (rows.empty()) {
        io.out << "No computation requested on " << session.network.profile.displayName << ".\n";
        return 0;
    }
    for (const auto& j : rows) {
        io.out << j["id"].get<std::int64_t>() << "  "
               << (j["taskid"].is_null() ? std::string("(not requested yet)")
                                         : j["taskid"].get<std::string>())
               << "  "
               << (j["statusName"].is_null()
                       ? j["state"].get<std::string>() + " at " + j["step"].get<std::string>()
                       : j["statusName"].get<std::string>())
               << "  app " << j["app"].get<std::string>() << "\n";
    }
    return 0;
}

int computeShow(const CommandLine& line, const std::vector<std::string>& args, Io& io) {
    const Hash32 taskId = parseTask(args[0]);
    ComputeSession session(openNetwork(line));
    const auto s = taskState(session, taskId);
    if (line.global.json)
        io.out << taskJson(s).dump(2) << "\n";
    else
        printTask(s, io);
    return 0;
}

int computeResult(const CommandLine& line, const std::vector<std::string>& args, Io& io) {
    const Hash32 taskId = parseTask(args[0]);
    ComputeSession session(openNetwork(line));
    const auto s = taskState(session, taskId);
    if (s.status != iexec::TaskStatus::Completed)
        throw Error(ErrorCode::InvalidArgument,
                    "Task " + hex(taskId) + " is " + s.statusName +
                        ": only a COMPLETED task has a result." +
                        (s.claimable ? " It can be claimed (refund) with 'compute claim'." : ""));
    const auto params = nlohmann::json::parse(s.deal.params, nullptr, false);
    const bool encrypted = params.is_object() && params.value("iexec_result_encryption", false);
    const auto& chain = *session.network.session;
    const fs::path folder =
        line.options.contains("out") ? fs::path(option(line, "out")) : chain.resultFolder(taskId);
    const fs::path archive = chain.resultArchive(taskId);
    std::optional<crypto::RsaPrivateKey> key;
    if (encrypted) {
        const session::Accounts store(pathsFor(line));
        requireKey(line, store, s.deal.beneficiary);
        const crypto::SecretBytes password = readPassword(line, "Wallet password: ");
        key = crypto::RsaPrivateKey::fromPem(
            store.unlockResultKey(s.deal.beneficiary, password.text()));
    }
    const auto opened =
        chain.fetchResult(s.results, archive, folder, key ? &*key : nullptr, interrupted());
    if (line.global.json) {
        io.out << nlohmann::json{{"taskid", hex(taskId)},
                                 {"folder", opened.folder.string()},
                                 {"files", opened.files},
                                 {"encrypted", opened.wasEncrypted},
                                 {"computed",
                                  {{"deterministic-output-path",
                                    opened.computed.deterministicOutputPath.value_or("")},
                                   {"callback-data", opened.computed.callbackData.value_or("")},
                                   {"error-message", opened.computed.errorMessage.value_or("")}}}}
                      .dump(2)
               << "\n";
        return 0;
    }
    io.out << "Result of task " << hex(taskId) << (opened.wasEncrypted ? " (decrypted)" : "")
           << " in " << opened.folder.string() << ":\n";
    for (const auto& name : opened.files)
        io.out << "  " << printable(name) << "\n";
    if (opened.computed.deterministicOutputPath)
        io.out << "Output    " << printable(*opened.computed.deterministicOutputPath) << "\n";
    return 0;
}

int computeClaim(const CommandLine& line, const std::vector<std::string>& args, Io& io) {
    const Hash32 taskId = parseTask(args[0]);
    ComputeSession session(openNetwork(line));
    const auto s = taskState(session, taskId);
    const eth::TransactionRequest claim = session.network.session->claimTask(s);
    const session::Accounts store(pathsFor(line));
    const eth::Address from = chooseAccount(line, store);
    const TxRecord sent = sendAndWait(line, session.network, from, claim, io);
    if (line.global.json)
        io.out << nlohmann::json{{"taskid", hex(taskId)},
                                 {"claimed", true},
                                 {"txHash", hex(sent.hash)}}
                      .dump(2)
               << "\n";
    else
        io.out << "Claimed task " << hex(taskId) << ": its price is back in the requester's "
               << "iExec account.\n";
    return 0;
}

int computeCancel(const CommandLine& line, const std::vector<std::string>& args, Io& io) {
    std::int64_t id = 0;
    try {
        id = std::stoll(args[0]);
    } catch (const std::exception&) {
        throw UsageError("ID must be a computation number (see 'compute list')");
    }
    ComputeSession session(openNetwork(line));
    const ComputeOperation op = session.pipeline.cancel(id);
    if (line.global.json)
        io.out << operationJson(op).dump(2) << "\n";
    else
        io.out << "Cancelled computation " << id << ": nothing was sent to the chain.\n";
    return 0;
}

} // namespace

std::vector<Command> computeCommands() {
    return {
        {{"compute", "run"},
         "DATA --app A [--args S] [--secret N=FILE]... [--input-file URL]... [--max-price NRLC] "
         "[--workerpool W] [--no-encrypt] [--yes]",
         "run an app on protected data: shows the orders and the cost, asks, then requests",
         {"app", "args", "secret", "input-file", "max-price", "workerpool"},
         {"no-encrypt", "yes"},
         1,
         1,
         guarded(computeRun)},
        {{"compute", "list"},
         "[--on-my-data [--cached]]",
         "your requests and their task status; --on-my-data: the deals on your data or apps",
         {},
         {"on-my-data", "cached"},
         0,
         0,
         guarded(computeList)},
        {{"compute", "show"},
         "TASK",
         "a task's status on chain (UNSET, ACTIVE, REVEALING, COMPLETED, FAILED, TIMEOUT)",
         {},
         {},
         1,
         1,
         guarded(computeShow)},
        {{"compute", "result"},
         "TASK [--out DIR]",
         "download, check and decrypt a completed task's result into a folder",
         {"out"},
         {},
         1,
         1,
         guarded(computeResult)},
        {{"compute", "claim"},
         "TASK",
         "claim a task past its final deadline without a result (refunds the requester)",
         {},
         {},
         1,
         1,
         guarded(computeClaim)},
        {{"compute", "resume"},
         "[ID]",
         "carry on an interrupted or failed request (all unfinished ones without ID)",
         {},
         {},
         0,
         1,
         guarded(computeResume)},
        {{"compute", "cancel"},
         "ID",
         "give up a request that has not reached the chain",
         {},
         {},
         1,
         1,
         guarded(computeCancel)},
    };
}

} // namespace sr::cli
