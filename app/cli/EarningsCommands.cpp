// strongroom-cli earnings. Parsing and printing only: core/iexec/HubLedger reads the hub's logs
// into the local database and sums them.

#include "Commands.h"
#include "Support.h"
#include "eth/Hex.h"
#include "iexec/HubLedger.h"
#include "session/Accounts.h"
#include "store/AtomicFile.h"
#include "util/Error.h"

#include <iomanip>
#include <nlohmann/json.hpp>
#include <ostream>

namespace sr::cli {
namespace {

using eth::U256;
using iexec::EarningRole;

std::string rlc(const U256& nRlc) {
    return eth::formatUnits(nRlc, eth::kRlcDecimals) + " RLC";
}

nlohmann::json rlcJson(const U256& nRlc) {
    return amountJson(nRlc, eth::kRlcDecimals, "nRLC");
}

std::string addressOrNone(const eth::Address& a) {
    return a.isZero() ? "-" : a.toChecksumHex();
}

nlohmann::json earningJson(const iexec::Earning& e) {
    return {{"date", iexec::utcDateTime(e.timestamp)},
            {"timestamp", e.timestamp},
            {"task", eth::toHex(e.task)},
            {"deal", e.deal == Hash32{} ? nlohmann::json() : nlohmann::json(eth::toHex(e.deal))},
            {"data", e.dataset.toChecksumHex()},
            {"app", e.app.toChecksumHex()},
            {"requester", e.requester.toChecksumHex()},
            {"role", std::string(iexec::earningRoleName(e.role))},
            {"value", rlcJson(e.amount)},
            {"block", e.block},
            {"transaction", eth::toHex(e.transaction)}};
}

nlohmann::json pendingJson(const iexec::PendingEarning& p) {
    return {{"task", eth::toHex(p.task)},
            {"deal", eth::toHex(p.deal)},
            {"index", p.index},
            {"data", p.dataset.toChecksumHex()},
            {"app", p.app.toChecksumHex()},
            {"requester", p.requester.toChecksumHex()},
            {"role", std::string(iexec::earningRoleName(p.role))},
            {"value", rlcJson(p.amount)},
            {"started", p.started},
            {"matchedAt", iexec::utcDateTime(p.timestamp)}};
}

int earnings(const CommandLine& line, const std::vector<std::string>&, Io& io) {
    std::optional<iexec::EarningsGroup> group;
    if (const std::string by = option(line, "by"); !by.empty()) {
        group = iexec::earningsGroupFromName(by);
        if (!group)
            throw UsageError("--by must be data, app, requester, day, week or month");
    }
    std::optional<std::uint64_t> since;
    if (const std::string text = option(line, "since"); !text.empty()) {
        since = iexec::parseUtcDate(text);
        if (!since)
            throw UsageError("--since must be a date as YYYY-MM-DD (UTC), not '" + text + "'");
    }
    const std::string csvFile = option(line, "csv");
    if (line.options.count("csv") && csvFile.empty())
        throw UsageError("--csv needs a file name");

    const session::Accounts store(pathsFor(line));
    const eth::Address account = chooseAccount(line, store);
    Network network = openNetwork(line);
    const auto readerPtr = network.session->hubLogs();
    iexec::HubLogReader& reader = *readerPtr;
    if (!line.flags.count("cached"))
        reader.sync(interrupted());
    const auto synced = reader.syncedBlock();

    std::vector<iexec::Earning> rewards;
    for (auto& e : reader.rewardsTo(account))
        if (!since || e.timestamp >= *since)
            rewards.push_back(std::move(e));
    const auto pending = reader.pending(account);
    const U256 asData = iexec::earningsSum(rewards, EarningRole::Data);
    const U256 asApp = iexec::earningsSum(rewards, EarningRole::App);
    const U256 other = iexec::earningsSum(rewards, EarningRole::Other);
    const U256 pendingData = iexec::pendingSum(pending, EarningRole::Data);
    const U256 pendingApp = iexec::pendingSum(pending, EarningRole::App);
    std::vector<iexec::Earning> earned; // as data or app owner: what the CSV and list hold
    for (const auto& e : rewards)
        if (e.role != EarningRole::Other)
            earned.push_back(e);

    if (!csvFile.empty())
        writeFileAtomic(csvFile, iexec::earningsCsv(earned), 0600);

    if (line.global.json) {
        nlohmann::json j = {
            {"account", account.toChecksumHex()},
            {"network", network.profile.name},
            {"chainId", network.profile.chainId},
            {"syncedBlock", synced ? nlohmann::json(*synced) : nlohmann::json()},
            {"since", since ? nlohmann::json(option(line, "since")) : nlohmann::json()},
            {"earned",
             {{"total", rlcJson(asData + asApp)},
              {"data", rlcJson(asData)},
              {"app", rlcJson(asApp)}}},
            {"otherRewards", rlcJson(other)},
            {"pending",
             {{"total", rlcJson(pendingData + pendingApp)},
              {"data", rlcJson(pendingData)},
              {"app", rlcJson(pendingApp)},
              {"runs", nlohmann::json::array()}}},
            {"rewards", nlohmann::json::array()}};
        for (const auto& p : pending)
            j["pending"]["runs"].push_back(pendingJson(p));
        for (const auto& e : earned)
            j["rewards"].push_back(earningJson(e));
        if (group) {
            j["by"] = option(line, "by");
            j["totals"] = nlohmann::json::array();
            for (const auto& t : iexec::earningsTotals(earned, *group))
                j["totals"].push_back(
                    {{"key", t.key}, {"value", rlcJson(t.amount)}, {"rewards", t.count}});
        }
        if (!csvFile.empty())
            j["csv"] = csvFile;
        io.out << j.dump(2) << "\n";
        return 0;
    }

    auto row = [&](const char* label, const std::string& value) {
        io.out << std::left << std::setw(16) << label << value << "\n";
    };
    row("Account", account.toChecksumHex());
    row("Network", network.profile.name + " (chain " + std::to_string(network.profile.chainId) +
                       ")" + (synced ? ", read up to block " + std::to_string(*synced) : ""));
    if (since)
        row("Since", option(line, "since") + " (UTC)");
    row("Earned", rlc(asData + asApp) + " in " + std::to_string(earned.size()) + " reward" +
                      (earned.size() == 1 ? "" : "s"));
    row("  as data owner", rlc(asData));
    row("  as app owner", rlc(asApp));
    if (!other.isZero())
        row("Other rewards", rlc(other) + " (workerpool, worker)");
    row("Pending", rlc(pendingData + pendingApp) + " on " + std::to_string(pending.size()) +
                       " run" + (pending.size() == 1 ? "" : "s") + " not finished yet");
    if (group) {
        io.out << "\n";
        const auto totals = iexec::earningsTotals(earned, *group);
        if (totals.empty())
            io.out << "Nothing earned yet.\n";
        for (const auto& t : totals)
            io.out << std::left << std::setw(44) << t.key << std::right << std::setw(24)
                   << rlc(t.amount) << "  " << t.count << " reward" << (t.count == 1 ? "" : "s")
                   << "\n";
    } else if (!earned.empty()) {
        io.out << "\n";
        for (const auto& e : earned)
            io.out << iexec::utcDateTime(e.timestamp) << "  " << std::left << std::setw(5)
                   << iexec::earningRoleName(e.role) << std::right << std::setw(22) << rlc(e.amount)
                   << "  data " << addressOrNone(e.dataset) << "  app " << addressOrNone(e.app)
                   << "  by " << addressOrNone(e.requester) << "\n";
    }
    if (!csvFile.empty())
        io.out << "\nWrote " << earned.size() << " reward" << (earned.size() == 1 ? "" : "s")
               << " to " << printable(csvFile) << "\n";
    return 0;
}

} // namespace

std::vector<Command> earningsCommands() {
    return {
        {{"earnings"},
         "[--by data|app|requester|day|week|month] [--since YYYY-MM-DD] [--csv FILE] [--cached]",
         "what the account's data and apps earned (Reward logs of the hub), and what is pending",
         {"by", "since", "csv"},
         {"cached"},
         0,
         0,
         guarded(earnings)},
    };
}

} // namespace sr::cli
