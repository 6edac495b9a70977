// strongroom-cli data list|show|timeline|transfer|verify, access grant|list|revoke,
// apps list|approve|show|remove. Parsing and printing only: core/iexec (DatasetCatalog,
// AccessService, AppInspector, ApprovedApps) does the work.

#include "Commands.h"
#include "Password.h"
#include "Support.h"
#include "eth/Hex.h"
#include "eth/TransactionManager.h"
#include "iexec/AccessService.h"
#include "iexec/AppCatalog.h"
#include "iexec/DataTimelineTypes.h"
#include "iexec/DatasetCatalog.h"
#include "iexec/HubLedger.h"
#include "iexec/ProtectJournal.h"
#include "session/Accounts.h"
#include "util/Error.h"

#include <algorithm>
#include <cctype>
#include <ctime>
#include <iomanip>
#include <map>
#include <nlohmann/json.hpp>
#include <ostream>

namespace sr::cli {
namespace {

using eth::Address;
using eth::U256;

std::string isoDate(std::int64_t seconds) {
    const std::time_t t = static_cast<std::time_t>(seconds);
    std::tm utc{};
    gmtime_r(&t, &utc);
    char buffer[32];
    std::strftime(buffer, sizeof buffer, "%Y-%m-%d %H:%M:%S UTC", &utc);
    return buffer;
}

// What this computer's protect operations say about each data they made (as the desktop app
// shows it): the operation's id and state, by dataset.
using MadeHere = std::map<Address, std::pair<std::int64_t, iexec::ProtectState>>;

MadeHere madeHere(const Network& network) {
    MadeHere out;
    for (const auto& op : network.session->protectJournal().list(network.profile.chainId))
        if (op.dataset)
            out[*op.dataset] = {op.id, op.state};
    return out;
}

// "ready" (protected here, its key in the SMS), "key-not-delivered" (protected here, the
// operation unfinished) or "made-elsewhere" (the SDK, another computer: not known here).
std::string stateName(const MadeHere& made, const Address& dataset) {
    const auto it = made.find(dataset);
    if (it == made.end())
        return "made-elsewhere";
    return it->second.second == iexec::ProtectState::Done ? "ready" : "key-not-delivered";
}

std::string stateText(const MadeHere& made, const Address& dataset) {
    const std::string name = stateName(made, dataset);
    if (name == "ready")
        return "Ready";
    if (name == "made-elsewhere")
        return "Made elsewhere";
    return "Key not delivered yet: resume it with 'strongroom-cli data resume " +
           std::to_string(made.at(dataset).first) + "'";
}

nlohmann::json dataJson(const iexec::ProtectedData& d) {
    nlohmann::json schema = nullptr;
    if (!d.schema.empty()) {
        // Shown as recorded when it is not JSON or is past the limits of a readable schema.
        schema = iexec::schemaReadable(d.schema) ? nlohmann::json::parse(d.schema, nullptr, false)
                                                 : nlohmann::json(d.schema);
        if (schema.is_discarded())
            schema = d.schema;
    }
    return {{"address", d.address.toChecksumHex()},
            {"owner", d.owner.toChecksumHex()},
            {"name", d.name},
            {"schema", schema},
            {"multiaddr", d.multiaddrText()},
            {"checksum", eth::toHex(d.checksum)},
            {"creationTimestamp", d.createdAt ? nlohmann::json(*d.createdAt) : nullptr},
            {"creationBlock", d.createdBlock ? nlohmann::json(*d.createdBlock) : nullptr}};
}

std::string schemaText(const iexec::ProtectedData& d) {
    if (d.schema.empty())
        return "(unknown)";
    const auto fields = iexec::readSchemaFields(d.schema);
    if (!fields)
        return "(unreadable schema)";
    std::string out;
    for (const auto& f : *fields)
        out += (out.empty() ? "" : ", ") + f;
    return out.empty() ? "(none)" : out;
}

// The content's size as its location says (an HTTP HEAD), or null when it can't be told.
nlohmann::json contentSizeJson(const iexec::DatasetCatalog& catalog,
                               const iexec::ProtectedData& d) {
    try {
        if (const auto size = catalog.contentSize(d, interrupted()))
            return *size;
    } catch (const Error& e) {
        if (e.code() == ErrorCode::Cancelled)
            throw;
    }
    return nullptr;
}

U256 parseCount(const std::string& text, const char* what, bool allowZero) {
    const bool digits = !text.empty() && std::all_of(text.begin(), text.end(),
                                                     [](char c) { return c >= '0' && c <= '9'; });
    if (digits && text.size() > 78)
        throw UsageError(std::string(what) + " can't be more than 9007199254740991");
    if (!digits)
        throw UsageError(std::string(what) + " must be a whole number" +
                         (allowZero ? " (0 or more)" : " (1 or more)") + ", not \"" + text + "\"");
    U256 value;
    try {
        value = U256::fromDecimal(text);
    } catch (const Error&) {
        throw UsageError(std::string(what) + " can't be more than 9007199254740991");
    }
    if (!allowZero && value.isZero())
        throw UsageError(std::string(what) + " must be at least 1");
    if (value > U256(iexec::kMaxOrderNumber))
        throw UsageError(std::string(what) + " can't be more than 9007199254740991");
    return value;
}

// --price: a whole number of nRLC ("500000000", or "500000000nrlc"), or RLC with its unit
// ("0.5rlc", "0.5 RLC"); RLC has 9 decimals.
U256 parsePrice(std::string text) {
    std::transform(text.begin(), text.end(), text.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    const auto strip = [&](std::string_view unit) {
        if (!text.ends_with(unit))
            return false;
        text.resize(text.size() - unit.size());
        while (!text.empty() && text.back() == ' ')
            text.pop_back();
        return true;
    };
    if (strip("nrlc"))
        return parseCount(text, "--price", true);
    if (!strip("rlc"))
        return parseCount(text, "--price", true);
    U256 value;
    try {
        value = eth::parseUnits(text, eth::kRlcDecimals);
    } catch (const Error& e) {
        throw UsageError(std::string("--price: ") + e.what() +
                         " (give RLC as 0.5rlc, or a whole number of nRLC)");
    }
    if (value > U256(iexec::kMaxOrderNumber))
        throw UsageError("--price can't be more than 9007199.254740991 RLC");
    return value;
}

Address accountFor(const CommandLine& line) {
    const session::Accounts store(pathsFor(line));
    return chooseAccount(line, store);
}

// The account of a command that signs: a watch-only one is refused before any other check.
Address signingAccountFor(const CommandLine& line) {
    const session::Accounts store(pathsFor(line));
    const Address account = chooseAccount(line, store);
    requireKey(line, store, account);
    return account;
}

// --- data

int dataList(const CommandLine& line, const std::vector<std::string>&, Io& io) {
    const Address owner = accountFor(line);
    Network network = openNetwork(line);
    iexec::DatasetCatalog catalog = network.session->datasets();
    const auto all = line.flags.contains("cached") ? catalog.cached(owner) : catalog.refresh(owner);
    const auto list =
        iexec::filterProtectedData(all, {option(line, "search"), option(line, "field")});
    const MadeHere made = madeHere(network);
    if (line.global.json) {
        const bool cachedOnly = line.flags.contains("cached");
        nlohmann::json rows = nlohmann::json::array();
        for (const auto& d : list) {
            nlohmann::json j = dataJson(d);
            j["state"] = stateName(made, d.address);
            j["size"] = cachedOnly ? nullptr : contentSizeJson(catalog, d);
            rows.push_back(std::move(j));
        }
        io.out << nlohmann::json{{"owner", owner.toChecksumHex()},
                                 {"network", network.profile.name},
                                 {"count", list.size()},
                                 {"protectedData", rows}}
                      .dump(2)
               << "\n";
        return 0;
    }
    if (list.empty()) {
        io.out << (all.empty() ? "No protected data owned by " + owner.toChecksumHex() + ".\n"
                               : std::string("No protected data matches.\n"));
        return 0;
    }
    for (const auto& d : list) {
        const std::string state = stateName(made, d.address);
        io.out << d.address.toChecksumHex() << "  " << std::left << std::setw(24)
               << printable(d.name) << " " << std::setw(18)
               << (state == "ready"            ? "ready"
                   : state == "made-elsewhere" ? "made elsewhere"
                                               : "KEY NOT DELIVERED")
               << printable(schemaText(d)) << "\n";
    }
    io.out << list.size() << " of " << all.size() << " protected data.\n";
    return 0;
}

int dataShow(const CommandLine& line, const std::vector<std::string>& args, Io& io) {
    const Address dataset = parseAddress(args.at(0), "ADDRESS");
    Network network = openNetwork(line);
    iexec::DatasetCatalog catalog = network.session->datasets();
    const auto d = catalog.read(dataset);
    const MadeHere made = madeHere(network);
    const nlohmann::json size = contentSizeJson(catalog, d);
    if (line.global.json) {
        nlohmann::json j = dataJson(d);
        j["state"] = stateName(made, d.address);
        j["size"] = size;
        io.out << j.dump(2) << "\n";
        return 0;
    }
    const auto row = [&](const char* label, const std::string& value) {
        io.out << std::left << std::setw(12) << label << printable(value) << "\n";
    };
    row("Name", d.name);
    row("Address", d.address.toChecksumHex());
    row("Owner", d.owner.toChecksumHex());
    row("State", stateText(made, d.address));
    row("Schema", schemaText(d));
    row("Size", size.is_null() ? std::string("(unknown)")
                               : std::to_string(size.get<std::uint64_t>()) + " bytes");
    row("Location", d.multiaddrText());
    row("Checksum", eth::toHex(d.checksum));
    row("Created", d.createdAt
                       ? isoDate(*d.createdAt) + " (block " + std::to_string(*d.createdBlock) + ")"
                       : std::string("(unknown: not made through DataProtector)"));
    return 0;
}

std::string rlcText(const U256& nRlc) {
    return eth::formatUnits(nRlc, eth::kRlcDecimals) + " RLC";
}

// One event of a data's timeline in words, as they follow its kind ("by 0x…").
std::string timelineText(const iexec::TimelineEvent& e,
                         const std::map<Address, std::string>& appNames) {
    const auto app = [&](const Address& a) {
        const auto it = appNames.find(a);
        return it != appNames.end() && !it->second.empty()
                   ? printable(it->second) + " (" + a.toChecksumHex() + ")"
                   : a.toChecksumHex();
    };
    const auto user = [](const Address& a) {
        return a.isZero() ? std::string("anyone") : a.toChecksumHex();
    };
    switch (e.kind) {
    case iexec::TimelineKind::Created:
        return "by " + e.to.toChecksumHex();
    case iexec::TimelineKind::Transferred:
        return "from " + e.from.toChecksumHex() + " to " + e.to.toChecksumHex();
    case iexec::TimelineKind::Granted:
        if (!e.order)
            return "(the market no longer has its terms), order " + eth::toHex(e.orderHash);
        return "to " + app(e.order->apprestrict) + " for " + user(e.order->requesterrestrict) +
               ", " + rlcText(e.order->datasetprice) + " per run, up to " +
               e.order->volume.toDecimal() + " run(s)" +
               (e.remaining ? ", " + std::to_string(*e.remaining) + " left" : std::string());
    case iexec::TimelineKind::Revoked:
        return e.order ? "the grant to " + app(e.order->apprestrict) + " for " +
                             user(e.order->requesterrestrict)
                       : "order " + eth::toHex(e.orderHash);
    case iexec::TimelineKind::Run:
        break;
    }
    if (!e.deal)
        return "";
    const auto& d = *e.deal;
    std::string text = "by " + d.requester.toChecksumHex() + " with " + app(d.app) + ": " +
                       std::to_string(d.botSize) + " task(s), " + std::to_string(d.tasksCompleted) +
                       " completed, " + std::to_string(d.tasksFailed) + " failed";
    if (d.tasksPending() > 0)
        text += ", " + std::to_string(d.tasksPending()) + " under way";
    return text + "; earned " + rlcText(e.earned) + " (paid to " + d.datasetOwner.toChecksumHex() +
           ")";
}

int dataTimeline(const CommandLine& line, const std::vector<std::string>& args, Io& io) {
    const Address dataset = parseAddress(args.at(0), "ADDRESS");
    Network network = openNetwork(line);
    iexec::DatasetCatalog catalog = network.session->datasets();
    const auto d = catalog.read(dataset);
    const auto timeline =
        network.session->dataTimeline(dataset, d.createdBlock, nullptr, interrupted());
    if (timeline.marketProblem)
        io.err << "strongroom-cli: warning: grants may be missing: the market could not be read ("
               << *timeline.marketProblem << ").\n";
    if (line.global.json) {
        io.out << timeline.toJson().dump(2) << "\n";
        return 0;
    }
    const auto approved = network.session->approvedApps();
    std::map<Address, std::string> appNames;
    for (const auto& a : approved->list(network.profile.chainId))
        appNames[a.address] = a.name;
    io.out << "Timeline of \"" << printable(d.name) << "\" (" << dataset.toChecksumHex()
           << "), up to block " << timeline.block << ":\n";
    for (const auto& e : timeline.events)
        io.out << (e.timestamp ? isoDate(std::int64_t(*e.timestamp))
                               : std::string("(time unknown)         "))
               << "  " << std::left << std::setw(13) << iexec::timelineKindName(e.kind)
               << timelineText(e, appNames) << "\n";
    return 0;
}

int dataTransfer(const CommandLine& line, const std::vector<std::string>& args, Io& io) {
    const Address dataset = parseAddress(args.at(0), "ADDRESS");
    const Address to = parseRecipient(required(line, "to"), "--to");
    const Address from = signingAccountFor(line);
    Network network = openNetwork(line);
    iexec::DatasetCatalog catalog = network.session->datasets();
    const auto request = catalog.transfer(from, dataset, to);
    // Live grants outlive a transfer: said before, so that they can be revoked while this
    // account still can.
    std::size_t liveGrants = 0;
    try {
        liveGrants = network.session->access()
                         .list(from, {.dataset = dataset, .app = {}, .user = {}})
                         .size();
    } catch (const Error& e) {
        if (e.code() == ErrorCode::Cancelled)
            throw;
        io.err << "strongroom-cli: warning: the live grants of this data could not be read ("
               << e.what() << ").\n";
    }
    if (liveGrants > 0)
        io.err << "strongroom-cli: warning: this data has " << liveGrants << " live grant"
               << (liveGrants == 1 ? "" : "s")
               << ". Grants stay valid after the transfer (the apps keep using the data until "
                  "their accesses are used up), and only the new owner can revoke them: to end "
                  "them, run 'strongroom-cli access revoke "
               << dataset.toChecksumHex() << " --all' first.\n";
    if (!line.flags.contains("yes")) {
        io.err << printable(iexec::DatasetCatalog::transferConfirmation(catalog.read(dataset), to))
               << "\n";
        if (!confirmOnTerminal("Transfer it?")) {
            io.err << "strongroom-cli: not transferred (without a terminal, confirm with --yes).\n";
            return 1;
        }
    }
    const TxRecord done = sendAndWait(line, network, from, request, io);
    (void)catalog.refresh(from); // the listing forgets it now
    if (line.global.json) {
        nlohmann::json j = transactionJson(done);
        j["address"] = dataset.toChecksumHex();
        j["to"] = to.toChecksumHex();
        j["liveGrants"] = liveGrants;
        io.out << j.dump(2) << "\n";
        return 0;
    }
    printConfirmation(io.out, done);
    io.out << dataset.toChecksumHex() << " now belongs to " << to.toChecksumHex() << ".\n";
    return 0;
}

int dataVerify(const CommandLine& line, const std::vector<std::string>& args, Io& io) {
    const Address dataset = parseAddress(args.at(0), "ADDRESS");
    Network network = openNetwork(line);
    iexec::DatasetCatalog catalog = network.session->datasets();
    const auto r = catalog.verify(dataset, interrupted());
    if (line.global.json) {
        io.out << nlohmann::json{{"address", dataset.toChecksumHex()},
                                 {"url", r.url},
                                 {"size", r.size},
                                 {"checksum", eth::toHex(r.expected)},
                                 {"actualChecksum", eth::toHex(r.actual)},
                                 {"valid", r.matches()}}
                      .dump(2)
               << "\n";
    } else if (r.matches()) {
        io.out << "OK: the " << r.size << " bytes at " << r.url
               << " match the checksum on chain.\n";
    } else {
        io.out << "MISMATCH: the " << r.size << " bytes at " << r.url << " hash to "
               << eth::toHex(r.actual) << ", the chain records " << eth::toHex(r.expected) << ".\n";
    }
    return r.matches() ? 0 : 1;
}

// --- access

iexec::AccessFilter filterFrom(const CommandLine& line, const std::vector<std::string>& args) {
    iexec::AccessFilter f;
    if (!args.empty())
        f.dataset = parseAddress(args[0], "ADDRESS");
    if (const auto app = option(line, "app"); !app.empty())
        f.app = parseAddress(app, "--app");
    if (const auto user = option(line, "user"); !user.empty())
        f.user = user == "any" ? Address() : parseAddress(user, "--user");
    return f;
}

// The SDK's shape of a grant (GrantedAccess::toJson), with its addresses checksummed, and
// who owns the data now (a grant made before a transfer is no longer ours to revoke).
nlohmann::json grantJson(const iexec::GrantedAccess& g) {
    nlohmann::json j = g.toJson();
    checksumAddresses(j, {"dataset", "apprestrict", "workerpoolrestrict", "requesterrestrict"});
    if (!g.datasetOwner.isZero()) {
        j["datasetOwner"] = g.datasetOwner.toChecksumHex();
        j["revocable"] = g.revocableBySigner();
    }
    return j;
}

std::string describeGrant(const iexec::GrantedAccess& g) {
    return eth::toHex(g.orderHash) + "\n  data " + g.dataset().toChecksumHex() + ", app " +
           g.app().toChecksumHex() + ", user " +
           (g.user().isZero() ? std::string("anyone") : g.user().toChecksumHex()) + ", " +
           eth::formatUnits(g.order.order.datasetprice, 9) + " RLC per access, " +
           g.remaining.toDecimal() + (g.remaining == U256(1) ? " access" : " accesses") +
           " left of " + g.order.order.volume.toDecimal() +
           (g.revocableBySigner() || g.datasetOwner.isZero()
                ? std::string()
                : "\n  granted while you owned the data; it now belongs to " +
                      g.datasetOwner.toChecksumHex() + ", who alone can revoke this grant");
}

int accessGrant(const CommandLine& line, const std::vector<std::string>& args, Io& io) {
    iexec::GrantRequest r;
    r.dataset = parseAddress(args.at(0), "ADDRESS");
    r.app = parseAddress(required(line, "app"), "--app");
    if (r.app.isZero())
        throw UsageError("--app can't be the zero address: name an app or an app whitelist");
    // "Anyone" is said in words: the zero address, a likely slip, is refused.
    if (const auto user = option(line, "user"); !user.empty() && user != "any") {
        r.user = parseAddress(user, "--user");
        if (r.user->isZero())
            throw UsageError("--user is the zero address, which grants access to anyone: say "
                             "--user any if that is what you mean");
    }
    const std::string price = option(line, "price");
    r.price = price.empty() ? U256() : parsePrice(price);
    const std::string volume = option(line, "volume");
    r.volume = volume.empty() ? U256(1) : parseCount(volume, "--volume", false);
    const Address owner = signingAccountFor(line);
    Network network = openNetwork(line);
    const auto approved = network.session->approvedApps();
    const auto app = approved->find(network.profile.chainId, r.app);
    if (!app)
        throw Error(ErrorCode::InvalidArgument,
                    r.app.toChecksumHex() + " is not an approved app on " + network.profile.name +
                        ": run 'strongroom-cli apps approve " + r.app.toChecksumHex() + "' first.");
    r.appName = app->name;
    r.requiredSchema = app->schema;
    iexec::AccessService access = network.session->access();
    const auto prepared = access.prepare(owner, r);
    std::ostream& talk = line.global.json ? io.err : io.out;
    talk << printable(prepared.summary) << ".\n";
    if (const MadeHere made = madeHere(network); stateName(made, r.dataset) == "key-not-delivered")
        io.err << "strongroom-cli: warning: the key of this data never reached the SMS "
                  "(protect operation "
               << made.at(r.dataset).first
               << " is unfinished): no app can decrypt it until 'strongroom-cli data resume "
               << made.at(r.dataset).first << "' ends.\n";
    if (!prepared.missingFields.empty()) {
        std::string fields;
        for (const auto& f : prepared.missingFields)
            fields += (fields.empty() ? "" : ", ") + f;
        io.err << "strongroom-cli: warning: " << app->name << " needs " << fields
               << ", which this data's schema does not have.\n";
    }
    talk << std::flush;
    const wallet::UnlockedAccount signer = unlockAccount(line, owner);
    const auto g = access.grant(prepared, signer);
    if (line.global.json) {
        nlohmann::json j = grantJson(g);
        j["summary"] = prepared.summary;
        io.out << j.dump(2) << "\n";
        return 0;
    }
    io.out << "Granted: order " << eth::toHex(g.orderHash) << " published.\n";
    return 0;
}

int accessList(const CommandLine& line, const std::vector<std::string>& args, Io& io) {
    const auto filter = filterFrom(line, args);
    const Address owner = accountFor(line);
    Network network = openNetwork(line);
    iexec::AccessService access = network.session->access();
    const auto list = access.list(owner, filter);
    if (line.global.json) {
        nlohmann::json rows = nlohmann::json::array();
        for (const auto& g : list)
            rows.push_back(grantJson(g));
        io.out << nlohmann::json{{"count", list.size()}, {"grantedAccess", rows}}.dump(2) << "\n";
        return 0;
    }
    if (list.empty())
        io.out << "No access granted.\n";
    for (const auto& g : list)
        io.out << describeGrant(g) << "\n";
    return 0;
}

int accessRevoke(const CommandLine& line, const std::vector<std::string>& args, Io& io) {
    const auto filter = filterFrom(line, args);
    const bool all = line.flags.contains("all");
    const std::string order = option(line, "order");
    if (!all && order.empty() && !filter.dataset && !filter.app && !filter.user)
        throw UsageError("say which grants to revoke: ADDRESS, --app, --user, --order or --all");
    const Address owner = signingAccountFor(line);
    Network network = openNetwork(line);
    iexec::AccessService access = network.session->access();
    auto grants = access.list(owner, filter);
    if (!order.empty()) {
        Hash32 hash{};
        try {
            hash = eth::fromHexFixed<32>(order);
        } catch (const Error&) {
            throw UsageError("--order must be an order hash (0x and 64 hex digits)");
        }
        std::erase_if(grants, [&](const auto& g) { return g.orderHash != hash; });
    }
    if (grants.empty())
        throw Error(ErrorCode::NotFound, "No live grant matches.");
    for (const auto& g : grants)
        if (!g.revocableBySigner())
            throw Error(ErrorCode::InvalidArgument,
                        "Grant " + eth::toHex(g.orderHash) + " of " + g.dataset().toChecksumHex() +
                            " was made before the data was transferred to " +
                            g.datasetOwner.toChecksumHex() +
                            ": only that owner can revoke it now. Nothing was sent.");
    if (grants.size() > 1 && !all)
        throw UsageError(std::to_string(grants.size()) +
                         " grants match: add --all to revoke them all, or narrow with --order");
    const wallet::UnlockedAccount signer = unlockAccount(line, owner);
    eth::TransactionManager& manager = network.session->transactions();
    std::ostream& talk = line.global.json ? io.err : io.out;
    const auto mined = access.revoke(
        grants, manager, signer,
        [&](std::size_t i, std::size_t total, const iexec::GrantedAccess& g,
            iexec::RevokeStep step) {
            if (step == iexec::RevokeStep::Mined)
                talk << "[" << i + 1 << "/" << total << "] revoked " << eth::toHex(g.orderHash)
                     << "\n"
                     << std::flush;
        },
        kWaitLimit);
    if (line.global.json) {
        nlohmann::json rows = nlohmann::json::array();
        for (std::size_t i = 0; i < mined.size(); ++i) {
            nlohmann::json j = transactionJson(mined[i]);
            j["orderHash"] = eth::toHex(grants[i].orderHash);
            rows.push_back(j);
        }
        io.out << nlohmann::json{{"count", rows.size()}, {"revoked", rows}}.dump(2) << "\n";
        return 0;
    }
    io.out << mined.size() << " grant" << (mined.size() == 1 ? "" : "s") << " revoked.\n";
    return 0;
}

// --- apps

nlohmann::json appJson(const iexec::ApprovedApp& a) {
    return {{"address", a.address.toChecksumHex()},
            {"kind", std::string(iexec::appKindName(a.kind))},
            {"name", a.name},
            {"owner",
             a.owner.isZero() ? nlohmann::json(nullptr) : nlohmann::json(a.owner.toChecksumHex())},
            {"teeFramework", a.teeKnown ? nlohmann::json(a.teeFramework) : nlohmann::json(nullptr)},
            {"schema", a.schema},
            {"preloaded", a.preloaded}};
}

int appsList(const CommandLine& line, const std::vector<std::string>&, Io& io) {
    Network network = openNetwork(line);
    const auto approved = network.session->approvedApps();
    const auto list = approved->list(network.profile.chainId);
    if (line.global.json) {
        nlohmann::json rows = nlohmann::json::array();
        for (const auto& a : list)
            rows.push_back(appJson(a));
        io.out << nlohmann::json{{"network", network.profile.name},
                                 {"count", rows.size()},
                                 {"apps", rows}}
                      .dump(2)
               << "\n";
        return 0;
    }
    if (list.empty())
        io.out << "No approved app on " << network.profile.name << ".\n";
    for (const auto& a : list)
        io.out << a.address.toChecksumHex() << "  " << std::left << std::setw(10)
               << iexec::appKindName(a.kind) << std::setw(24) << printable(a.name)
               << (a.schema.empty() ? std::string() : "needs " + a.schema.dump()) << "\n";
    return 0;
}

nlohmann::json schemaOption(const CommandLine& line) {
    const std::string text = option(line, "schema");
    if (text.empty())
        return nlohmann::json::object();
    auto schema = nlohmann::json::parse(text, nullptr, false);
    if (schema.is_discarded() || !schema.is_object())
        throw UsageError("--schema must be a JSON object, e.g. '{\"email\":\"string\"}'");
    return schema;
}

int appsApprove(const CommandLine& line, const std::vector<std::string>& args, Io& io) {
    const Address address = parseAddress(args.at(0), "ADDRESS");
    if (address.isZero())
        throw UsageError("ADDRESS can't be the zero address");
    const nlohmann::json schema = schemaOption(line);
    Network network = openNetwork(line);
    iexec::AppInspector inspector = network.session->apps();
    const auto details = inspector.inspect(address);
    const auto approved = network.session->approvedApps();
    const auto app = iexec::ApprovedApps::fromDetails(network.profile.chainId, details,
                                                      option(line, "name"), schema);
    approved->approve(app);
    if (line.global.json) {
        io.out << appJson(app).dump(2) << "\n";
        return 0;
    }
    io.out << "Approved " << iexec::appKindName(app.kind) << " \"" << printable(app.name) << "\" ("
           << address.toChecksumHex() << ") on " << network.profile.name << ".\n";
    return 0;
}

const char* teeSourceName(iexec::TeeSource source) {
    switch (source) {
    case iexec::TeeSource::AppOrders:
        return "appOrders";
    case iexec::TeeSource::MrEnclave:
        return "mrenclave";
    case iexec::TeeSource::NoOrder:
        return "noOrder";
    case iexec::TeeSource::MarketUnreadable:
        break;
    }
    return "marketUnreadable";
}

std::string teeText(const iexec::AppTee& tee) {
    switch (tee.source) {
    case iexec::TeeSource::AppOrders:
        return tee.framework.empty() ? "none (its app orders ask for no TEE)"
                                     : tee.framework + " (from its app orders)";
    case iexec::TeeSource::MrEnclave:
        return tee.framework + " (from its MREnclave)";
    case iexec::TeeSource::NoOrder:
        return "unknown (no app order on the market, no MREnclave)";
    case iexec::TeeSource::MarketUnreadable:
        break;
    }
    return "unknown (the market could not be read: " + tee.marketError + ")";
}

int appsShow(const CommandLine& line, const std::vector<std::string>& args, Io& io) {
    const Address address = parseAddress(args.at(0), "ADDRESS");
    Network network = openNetwork(line);
    iexec::AppInspector inspector = network.session->apps();
    const auto d = inspector.inspect(address);
    const auto approved = network.session->approvedApps();
    const auto known = approved->find(network.profile.chainId, address);
    const auto memberJson = [](const iexec::AppInfo& a, const iexec::AppTee& tee) {
        nlohmann::json j = {
            {"address", a.address.toChecksumHex()},
            {"name", a.name},
            {"owner", a.owner.toChecksumHex()},
            {"multiaddr", std::string(a.multiaddr.begin(), a.multiaddr.end())},
            {"checksum", eth::toHex(a.checksum)},
            {"teeFramework", tee.known() ? nlohmann::json(tee.framework) : nlohmann::json(nullptr)},
            {"teeSource", teeSourceName(tee.source)}};
        if (!tee.marketError.empty())
            j["marketError"] = tee.marketError;
        return j;
    };
    if (line.global.json) {
        nlohmann::json j = {{"address", address.toChecksumHex()},
                            {"kind", std::string(iexec::appKindName(d.kind))},
                            {"approved", known.has_value()},
                            {"schema", known ? known->schema : nlohmann::json::object()}};
        if (d.kind == iexec::AppKind::App) {
            j.update(memberJson(d.app, d.tee));
        } else {
            j["name"] = known ? known->name : "";
            j["members"] = nlohmann::json::array();
            for (std::size_t i = 0; i < d.members.size(); ++i)
                j["members"].push_back(memberJson(d.members[i], d.memberTees.at(i)));
        }
        io.out << j.dump(2) << "\n";
        return 0;
    }
    const auto row = [&](const char* label, const std::string& value) {
        io.out << std::left << std::setw(12) << label << printable(value) << "\n";
    };
    if (d.kind == iexec::AppKind::App) {
        row("App", d.app.name);
        row("Address", address.toChecksumHex());
        row("Owner", d.app.owner.toChecksumHex());
        row("Image", std::string(d.app.multiaddr.begin(), d.app.multiaddr.end()));
        row("Checksum", eth::toHex(d.app.checksum));
        row("TEE", teeText(d.tee));
    } else {
        row("Whitelist", known ? known->name : "");
        row("Address", address.toChecksumHex());
        for (const auto& m : d.members)
            row("Member", m.address.toChecksumHex() + "  " + m.name);
    }
    row("Approved", known ? "yes" : "no");
    if (known && !known->schema.empty())
        row("Needs", known->schema.dump());
    return 0;
}

int appsRemove(const CommandLine& line, const std::vector<std::string>& args, Io& io) {
    const Address address = parseAddress(args.at(0), "ADDRESS");
    Network network = openNetwork(line);
    const auto approved = network.session->approvedApps();
    approved->remove(network.profile.chainId, address);
    if (line.global.json)
        io.out << nlohmann::json{{"address", address.toChecksumHex()}, {"removed", true}}.dump(2)
               << "\n";
    else
        io.out << "Removed " << address.toChecksumHex() << " from the approved apps of "
               << network.profile.name << ".\n";
    return 0;
}

} // namespace

std::vector<Command> dataCommands() {
    return {
        {{"data", "list"},
         "[--search TEXT] [--field F[:TYPE]] [--cached]",
         "the protected data the account owns (--cached: without the network)",
         {"search", "field"},
         {"cached"},
         0,
         0,
         guarded(dataList)},
        {{"data", "show"},
         "ADDRESS",
         "a protected data's name, owner, schema, location, checksum",
         {},
         {},
         1,
         1,
         guarded(dataShow)},
        {{"data", "timeline"},
         "ADDRESS",
         "a protected data's history: created, grants and revokes, runs and what they "
         "earned, transfers",
         {},
         {},
         1,
         1,
         guarded(dataTimeline)},
        {{"data", "transfer"},
         "ADDRESS --to A [--yes]",
         "give a protected data to another owner (asks for confirmation)",
         {"to"},
         {"yes"},
         1,
         1,
         guarded(dataTransfer)},
        {{"data", "verify"},
         "ADDRESS",
         "download the content and check it against the on-chain checksum",
         {},
         {},
         1,
         1,
         guarded(dataVerify)},
        {{"access", "grant"},
         "ADDRESS --app A [--user U|any] [--price NRLC|Xrlc] [--volume N]",
         "let an approved app (run by U, default anyone) use the data N times",
         {"app", "user", "price", "volume"},
         {},
         1,
         1,
         guarded(accessGrant)},
        {{"access", "list"},
         "[ADDRESS] [--app A] [--user U|any]",
         "the grants of the account's data, with accesses left",
         {"app", "user"},
         {},
         0,
         1,
         guarded(accessList)},
        {{"access", "revoke"},
         "[ADDRESS] [--app A] [--user U|any] [--order H] [--all]",
         "close grants on chain (--all when several match)",
         {"app", "user", "order"},
         {"all"},
         0,
         1,
         guarded(accessRevoke)},
        {{"apps", "list"},
         "",
         "the approved apps and whitelists of the network",
         {},
         {},
         0,
         0,
         guarded(appsList)},
        {{"apps", "approve"},
         "ADDRESS [--name N] [--schema JSON]",
         "approve an app or an ERC-734 app whitelist (read from the chain and the market)",
         {"name", "schema"},
         {},
         1,
         1,
         guarded(appsApprove)},
        {{"apps", "show"},
         "ADDRESS",
         "an app's details and TEE (from its app orders), or a whitelist's members",
         {},
         {},
         1,
         1,
         guarded(appsShow)},
        {{"apps", "remove"},
         "ADDRESS",
         "forget an approved app",
         {},
         {},
         1,
         1,
         guarded(appsRemove)},
    };
}

} // namespace sr::cli
