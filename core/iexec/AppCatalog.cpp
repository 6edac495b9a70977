#include "iexec/AppCatalog.h"

#include "eth/Abi.h"
#include "eth/ContractCaller.h"
#include "eth/Hex.h"
#include "eth/LogScanner.h"
#include "iexec/Erc734.h"
#include "iexec/PocoHub.h"
#include "iexec/ProtectedData.h"
#include "iexec/Registry.h"
#include "store/Database.h"
#include "store/Schema.h"
#include "util/Error.h"

#include <algorithm>
#include <chrono>
#include <set>

namespace sr::iexec {

namespace {

constexpr std::string_view kKeyAdded =
    "KeyAdded(bytes32 indexed key, uint256 indexed purpose, uint256 indexed keyType)";

void collectLeaves(const nlohmann::json& node, const std::string& prefix,
                   std::vector<std::pair<std::string, std::string>>& out) {
    if (!node.is_object())
        return;
    for (const auto& [key, value] : node.items()) {
        const std::string path = prefix.empty() ? key : prefix + "." + key;
        if (value.is_object())
            collectLeaves(value, path, out);
        else if (value.is_string())
            out.emplace_back(path, value.get<std::string>());
    }
}

std::int64_t nowSeconds() {
    return std::chrono::duration_cast<std::chrono::seconds>(
               std::chrono::system_clock::now().time_since_epoch())
        .count();
}

} // namespace

std::string_view appKindName(AppKind kind) noexcept {
    return kind == AppKind::App ? "app" : "whitelist";
}

std::vector<std::string> missingSchemaFields(const nlohmann::json& required,
                                             const std::string& dataSchema) {
    std::vector<std::pair<std::string, std::string>> need;
    collectLeaves(required, "", need);
    // The data's schema comes from the chain (anyone's): read within limits, never recursively.
    const std::vector<std::string> have = schemaFields(dataSchema);
    std::vector<std::string> missing;
    for (const auto& field : need)
        if (std::find(have.begin(), have.end(), field.first + ":" + field.second) == have.end())
            missing.push_back(field.first + ": " + field.second);
    return missing;
}

std::string teeFrameworkOf(const Bytes& mrenclave) {
    if (mrenclave.empty())
        return {};
    const auto json =
        nlohmann::json::parse(std::string(mrenclave.begin(), mrenclave.end()), nullptr, false);
    if (json.is_discarded() || !json.is_object() || !json.contains("framework") ||
        !json["framework"].is_string())
        return {};
    std::string name = json["framework"].get<std::string>();
    std::transform(name.begin(), name.end(), name.begin(),
                   [](unsigned char c) { return static_cast<char>(std::toupper(c)); });
    return name;
}

std::string teeFrameworkOfTag(const Hash32& tag) {
    const std::uint8_t bits = tag[31];
    if ((bits & 0x01) == 0)
        return {};
    if (bits & 0x08)
        return "TDX";
    if (bits & 0x02)
        return "SCONE";
    if (bits & 0x04)
        return "GRAMINE";
    return "SGX";
}

AppTee appTeeOf(const std::vector<AppOrder>& openOrders, const Bytes& mrenclave) {
    AppTee tee;
    if (!openOrders.empty()) {
        tee.source = TeeSource::AppOrders;
        std::set<std::string> asked;
        for (const auto& order : openOrders)
            asked.insert(teeFrameworkOfTag(order.tag));
        for (const char* framework : {"TDX", "SCONE", "GRAMINE", "SGX"})
            if (asked.contains(framework)) {
                tee.framework = framework;
                break;
            }
        return tee;
    }
    tee.framework = teeFrameworkOf(mrenclave);
    tee.source = tee.framework.empty() ? TeeSource::NoOrder : TeeSource::MrEnclave;
    return tee;
}

// --- AppInspector

AppInspector::AppInspector(eth::JsonRpcClient& rpc, const NetworkProfile& profile)
    : rpc_(rpc), hub_(profile.hubAddress()), chainId_(profile.chainId),
      marketApi_(profile.marketApi) {}

std::vector<eth::ContractCall<bool>> appKindCalls(const eth::Address& appRegistry,
                                                  const eth::Address& address) {
    return {Registry(appRegistry).isRegistered(address),
            Erc734(address).isGroupMember(eth::Address::zero())};
}

AppKind appKindOf(const eth::Address& address, const std::vector<eth::CallResult<bool>>& answers) {
    if (answers.at(0).ok() && *answers[0].value)
        return AppKind::App;
    if (answers.at(1).ok())
        return AppKind::Whitelist;
    // A node error is not an answer about the address.
    for (const auto& a : answers)
        if (a.error && a.error->code() == ErrorCode::Network)
            throw *a.error;
    throw Error(ErrorCode::InvalidArgument,
                address.toChecksumHex() +
                    " is neither an app of the iExec AppRegistry nor an ERC-734 app whitelist.");
}

AppKind AppInspector::kindOf(const eth::Address& address, const CancelToken* cancel) {
    if (address.isZero())
        throw Error(ErrorCode::InvalidArgument,
                    "The app can't be the zero address: name an app or an app whitelist.");
    eth::ContractCaller caller(rpc_);
    if (!appRegistry_)
        appRegistry_ = caller.call(PocoHub(hub_).appRegistry(), cancel);
    return appKindOf(address, caller.tryAll(appKindCalls(*appRegistry_, address), cancel));
}

std::vector<eth::Address> AppInspector::whitelistMembers(const eth::Address& whitelist,
                                                         const CancelToken* cancel) {
    eth::ContractCaller caller(rpc_);
    std::set<Hash32> keys;
    // iExec's ERC-734 contracts list keys by purpose; a minimal one (like the sandbox's) only
    // tells through its KeyAdded events.
    try {
        const auto listed = caller.call(
            eth::calls::abiCall(whitelist, "getKeysByPurpose(uint256)",
                                {eth::AbiValue::number(eth::U256(Erc734::kGroupMemberPurpose))},
                                {eth::AbiType::parse("bytes32[]")}, "Listing a whitelist"),
            cancel);
        for (const auto& v : listed.at(0).asList()) {
            Hash32 k{};
            const Bytes& b = v.asBytes();
            std::copy(b.begin(), b.end(), k.begin());
            keys.insert(k);
        }
    } catch (const Error& e) {
        if (e.code() == ErrorCode::Network || e.code() == ErrorCode::Cancelled)
            throw;
        const std::uint64_t latest = rpc_.blockNumber(cancel);
        eth::LogFilter filter;
        filter.addresses = {whitelist};
        Hash32 purpose{};
        purpose[31] = static_cast<std::uint8_t>(Erc734::kGroupMemberPurpose);
        filter.topics = {{eth::Abi::eventTopic(kKeyAdded)}, {}, {purpose}};
        eth::LogScanner::Options o;
        o.initialChunk = latest + 1;
        o.maxChunk = latest + 1;
        eth::LogScanner scanner(rpc_, o);
        for (const auto& log : scanner.scan(filter, 0, latest, cancel))
            if (!log.removed && log.topics.size() == 4)
                keys.insert(log.topics[1]);
    }
    // Keys may have been removed since: keep those keyHasPurpose still confirms.
    std::vector<eth::Address> candidates;
    for (const auto& k : keys)
        if (std::all_of(k.begin(), k.begin() + 12, [](std::uint8_t b) { return b == 0; }))
            candidates.push_back(eth::Address::fromBytes(ByteView(k).subspan(12)));
    std::vector<eth::ContractCall<bool>> checks;
    for (const auto& a : candidates)
        checks.push_back(Erc734(whitelist).isGroupMember(a));
    const auto confirmed = caller.callAll(checks, cancel);
    std::vector<eth::Address> out;
    for (std::size_t i = 0; i < candidates.size(); ++i)
        if (confirmed[i])
            out.push_back(candidates[i]);
    return out;
}

AppDetails AppInspector::inspect(const eth::Address& address, const CancelToken* cancel) {
    AppDetails d;
    d.address = address;
    d.kind = kindOf(address, cancel);
    eth::ContractCaller caller(rpc_);
    std::string marketError;
    if (d.kind == AppKind::App) {
        d.app = AppView(address).read(caller, cancel);
        d.tee = teeOf(d.app, marketError, cancel);
        return d;
    }
    for (const auto& r : AppView::readMany(caller, whitelistMembers(address, cancel), cancel))
        if (r.ok()) {
            d.members.push_back(*r.value);
            d.memberTees.push_back(teeOf(*r.value, marketError, cancel));
        }
    return d;
}

AppTee AppInspector::teeOf(const AppInfo& app, std::string& marketError,
                           const CancelToken* cancel) {
    std::vector<AppOrder> orders;
    if (marketError.empty()) {
        try {
            if (!market_) {
                eth::ContractCaller caller(rpc_);
                const OrderDomain domain = caller.call(PocoHub(hub_).domain(), cancel);
                if (domain.chainId != chainId_ || domain.verifyingContract != hub_)
                    throw Error(ErrorCode::ChainMismatch,
                                "The hub's signing domain is not this network's: its chain id "
                                "is " +
                                    std::to_string(domain.chainId) + ".");
                market_ = std::make_unique<MarketClient>(marketApi_, domain);
            }
            for (const auto& o : market_->openAppOrders(app.address, cancel))
                orders.push_back(o.order.order);
        } catch (const Error& e) {
            // The market says where an app runs, the chain what it is: a market that is down
            // or lies leaves the first unknown, not the second unread.
            if (e.code() != ErrorCode::Network && e.code() != ErrorCode::Corrupt &&
                e.code() != ErrorCode::InvalidArgument && e.code() != ErrorCode::Unsupported)
                throw;
            marketError = e.what();
        }
    }
    AppTee tee = appTeeOf(orders, app.mrenclave);
    if (!marketError.empty() && tee.source == TeeSource::NoOrder) {
        tee.source = TeeSource::MarketUnreadable;
        tee.marketError = marketError;
    }
    return tee;
}

// --- ApprovedApps

namespace {

constexpr const char* kAppColumns = "chain_id, address, kind, name, owner, multiaddr, checksum,"
                                    " mrenclave, schema, preloaded, added_at";

ApprovedApp readApp(Database::Statement& s) {
    ApprovedApp a;
    a.chainId = static_cast<std::uint64_t>(s.integer(0));
    a.address = eth::Address::fromHex(s.text(1));
    a.kind = s.text(2) == "whitelist" ? AppKind::Whitelist : AppKind::App;
    a.name = s.text(3);
    if (!s.text(4).empty())
        a.owner = eth::Address::fromHex(s.text(4));
    if (!s.isNull(5))
        a.multiaddr = s.blob(5);
    if (!s.text(6).empty())
        a.checksum = eth::fromHexFixed<32>(s.text(6));
    // NULL: where the app runs was not read, or could not be told (no app order, no MREnclave).
    a.teeKnown = !s.isNull(7);
    if (a.teeKnown)
        a.teeFramework = s.text(7);
    const auto schema = nlohmann::json::parse(s.text(8), nullptr, false);
    a.schema = schema.is_object() ? schema : nlohmann::json::object();
    a.preloaded = s.integer(9) != 0;
    a.addedAt = s.integer(10);
    return a;
}

} // namespace

ApprovedApps::ApprovedApps(const std::filesystem::path& databaseFile)
    : db_(std::make_unique<Database>(databaseFile, strongroomMigrations())) {}

ApprovedApps::~ApprovedApps() = default;

void ApprovedApps::preload(const NetworkProfile& profile) {
    db_->transaction([&] {
        for (const auto& known : profile.knownApps) {
            eth::Address address;
            try {
                address = eth::Address::fromHex(known.address);
            } catch (const Error&) {
                continue; // the profile was validated; an odd entry is skipped, not fatal
            }
            db_->prepare("INSERT OR IGNORE INTO approved_apps (chain_id, address, kind, name,"
                         " schema, preloaded, added_at) VALUES (?, ?, ?, ?, ?, 1, ?)")
                .bind(1, static_cast<std::int64_t>(profile.chainId))
                .bind(2, address.toLowerHex())
                .bind(3, known.whitelist ? "whitelist" : "app")
                .bind(4, known.name)
                .bind(5, known.schema.dump())
                .bind(6, nowSeconds())
                .run();
        }
    });
}

std::vector<ApprovedApp> ApprovedApps::list(std::uint64_t chainId) const {
    auto s = db_->prepare(std::string("SELECT ") + kAppColumns +
                          " FROM approved_apps WHERE chain_id = ? AND removed = 0"
                          " ORDER BY name, address");
    s.bind(1, static_cast<std::int64_t>(chainId));
    std::vector<ApprovedApp> out;
    while (s.step())
        out.push_back(readApp(s));
    return out;
}

std::optional<ApprovedApp> ApprovedApps::find(std::uint64_t chainId,
                                              const eth::Address& address) const {
    auto s = db_->prepare(std::string("SELECT ") + kAppColumns +
                          " FROM approved_apps WHERE chain_id = ? AND address = ? AND removed = 0");
    s.bind(1, static_cast<std::int64_t>(chainId)).bind(2, address.toLowerHex());
    if (!s.step())
        return std::nullopt;
    return readApp(s);
}

void ApprovedApps::approve(const ApprovedApp& a) {
    auto s = db_->prepare(std::string("INSERT OR REPLACE INTO approved_apps (") + kAppColumns +
                          ", removed) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)");
    s.bind(1, static_cast<std::int64_t>(a.chainId))
        .bind(2, a.address.toLowerHex())
        .bind(3, std::string(appKindName(a.kind)))
        .bind(4, a.name)
        .bind(5, a.owner.isZero() ? std::string() : a.owner.toChecksumHex())
        .bindBlob(6, a.multiaddr)
        .bind(7, a.checksum == Hash32{} ? std::string() : eth::toHex(a.checksum))
        .bind(9, a.schema.dump())
        .bind(10, std::int64_t(a.preloaded ? 1 : 0))
        .bind(11, a.addedAt ? a.addedAt : nowSeconds());
    if (a.teeKnown)
        s.bind(8, a.teeFramework);
    else
        s.bindNull(8);
    s.run();
}

void ApprovedApps::edit(std::uint64_t chainId, const eth::Address& address, const std::string& name,
                        const nlohmann::json& schema) {
    if (!schema.is_object())
        throw Error(ErrorCode::InvalidArgument, "An app's schema must be a JSON object.");
    db_->prepare("UPDATE approved_apps SET name = ?, schema = ?"
                 " WHERE chain_id = ? AND address = ? AND removed = 0")
        .bind(1, name)
        .bind(2, schema.dump())
        .bind(3, static_cast<std::int64_t>(chainId))
        .bind(4, address.toLowerHex())
        .run();
    if (db_->changes() == 0)
        throw Error(ErrorCode::NotFound, address.toChecksumHex() + " is not an approved app.");
}

void ApprovedApps::remove(std::uint64_t chainId, const eth::Address& address) {
    db_->prepare("UPDATE approved_apps SET removed = 1 WHERE chain_id = ? AND address = ?"
                 " AND removed = 0")
        .bind(1, static_cast<std::int64_t>(chainId))
        .bind(2, address.toLowerHex())
        .run();
    if (db_->changes() == 0)
        throw Error(ErrorCode::NotFound, address.toChecksumHex() + " is not an approved app.");
}

ApprovedApp ApprovedApps::fromDetails(std::uint64_t chainId, const AppDetails& details,
                                      const std::string& name, const nlohmann::json& schema) {
    ApprovedApp a;
    a.chainId = chainId;
    a.address = details.address;
    a.kind = details.kind;
    a.name = !name.empty() ? name
             : details.kind == AppKind::App
                 ? details.app.name
                 : "Whitelist " + details.address.toChecksumHex().substr(0, 10);
    if (details.kind == AppKind::App) {
        a.owner = details.app.owner;
        a.multiaddr = details.app.multiaddr;
        a.checksum = details.app.checksum;
        a.teeFramework = details.tee.framework;
        a.teeKnown = details.tee.known();
    }
    a.schema = schema.is_object() ? schema : nlohmann::json::object();
    return a;
}

Contact saveCheckedContact(AddressBook& book, eth::JsonRpcClient& rpc,
                           const NetworkProfile& profile, Contact contact,
                           const CancelToken* cancel) {
    if (contact.kind != ContactKind::User) {
        // kindOf refuses what is neither an app nor a whitelist, naming it.
        const AppKind kind = AppInspector(rpc, profile).kindOf(contact.address, cancel);
        if ((kind == AppKind::App) != (contact.kind == ContactKind::App))
            throw Error(
                ErrorCode::InvalidArgument,
                contact.address.toChecksumHex() + " is " +
                    (kind == AppKind::App ? "an app, not a whitelist" : "a whitelist, not an app") +
                    ".");
    }
    contact.chainId = profile.chainId;
    return book.save(std::move(contact));
}

} // namespace sr::iexec
