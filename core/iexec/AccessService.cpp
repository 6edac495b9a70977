#include "iexec/AccessService.h"

#include "crypto/SecureRandom.h"
#include "eth/ContractCaller.h"
#include "eth/Eip191.h"
#include "eth/Hex.h"
#include "iexec/AppCatalog.h"
#include "iexec/DatasetCatalog.h"
#include "iexec/DatasetView.h"
#include "iexec/Registry.h"
#include "util/Error.h"

#include <algorithm>

namespace sr::iexec {

namespace {

std::string lowerHex(const eth::Address& a) {
    return a.toLowerHex();
}

} // namespace

Hash32 defaultTeeTag() {
    Hash32 tag{};
    tag[31] = 0x09;
    return tag;
}

nlohmann::json GrantedAccess::toJson() const {
    const DatasetOrder& o = order.order;
    return {{"orderHash", eth::toHex(orderHash)},
            {"dataset", lowerHex(o.dataset)},
            {"datasetprice", o.datasetprice.toDecimal()},
            {"volume", o.volume.toDecimal()},
            {"tag", eth::toHex(o.tag)},
            {"apprestrict", lowerHex(o.apprestrict)},
            {"workerpoolrestrict", lowerHex(o.workerpoolrestrict)},
            {"requesterrestrict", lowerHex(o.requesterrestrict)},
            {"salt", eth::toHex(o.salt)},
            {"sign", eth::toHex(order.sign)},
            {"remainingAccess", remaining.toDecimal()},
            {"publicationTimestamp", publicationTimestamp}};
}

bool AccessFilter::matches(const GrantedAccess& g) const {
    return (!dataset || g.dataset() == *dataset) && (!app || g.app() == *app) &&
           (!user || g.user() == *user);
}

AccessService::AccessService(eth::JsonRpcClient& rpc, const NetworkProfile& profile)
    : rpc_(rpc), profile_(profile), hub_(profile.hubAddress()) {
    if (!looksLikeHttpUrl(profile.marketApi))
        throw Error(ErrorCode::InvalidArgument, "The network profile has no market API URL.");
}

AccessService::~AccessService() = default;

std::uint64_t AccessService::latestBlock(const CancelToken* cancel) {
    const bool first = !domain_;
    const auto domainCall = hub_.domain();
    const auto datasetRegistryCall = hub_.datasetRegistry();
    const auto appRegistryCall = hub_.appRegistry();
    std::vector<eth::RpcCall> calls = {{"eth_blockNumber", nlohmann::json::array()}};
    if (first)
        calls.insert(calls.end(),
                     {domainCall.request("latest"), datasetRegistryCall.request("latest"),
                      appRegistryCall.request("latest")});
    const auto outcomes = rpc_.batch(calls, cancel);
    if (first) {
        // The node's chain was checked by the session that handed this service out; the hub's
        // signing domain must name the same chain and hub.
        const eth::ContractCaller caller(rpc_);
        const OrderDomain d = caller.decode(domainCall, outcomes[1]);
        if (d.chainId != profile_.chainId || d.verifyingContract != hub_.address())
            throw Error(ErrorCode::ChainMismatch,
                        "The hub's signing domain is not this network's: its chain id is " +
                            std::to_string(d.chainId) + ".");
        datasetRegistry_ = caller.decode(datasetRegistryCall, outcomes[2]);
        appRegistry_ = caller.decode(appRegistryCall, outcomes[3]);
        domain_ = d;
    }
    if (outcomes[0].error)
        throw *outcomes[0].error;
    return eth::JsonRpcClient::parseQuantity(outcomes[0].result, "The block number");
}

const OrderDomain& AccessService::domain(const CancelToken* cancel) {
    if (!domain_)
        (void)latestBlock(cancel);
    return *domain_;
}

MarketClient& AccessService::market(const CancelToken* cancel) {
    if (!market_)
        market_ = std::make_unique<MarketClient>(profile_.marketApi, domain(cancel));
    return *market_;
}

std::string AccessService::summary(const std::string& appName, const std::string& datasetName,
                                   const eth::Address& user, const eth::U256& volume,
                                   const eth::U256& price) {
    const std::string who = user.isZero() ? "Anyone" : "User " + user.toChecksumHex();
    const std::string times =
        volume == eth::U256(1) ? "once" : "up to " + volume.toDecimal() + " times";
    const std::string cost = eth::formatUnits(price, 9) + " RLC" +
                             (price.isZero() ? std::string() : std::string(" per access"));
    return who + " may run " + appName + " on " + datasetName + " " + times + " for " + cost;
}

PreparedGrant AccessService::prepare(const eth::Address& owner, const GrantRequest& request,
                                     const CancelToken* cancel) {
    if (request.app.isZero())
        throw Error(ErrorCode::InvalidArgument,
                    "The app can't be the zero address: name an app or an app whitelist.");
    if (request.volume.isZero())
        throw Error(ErrorCode::InvalidArgument, "The number of accesses must be at least 1.");
    if (request.volume > eth::U256(kMaxOrderNumber))
        throw Error(ErrorCode::InvalidArgument,
                    "The number of accesses can't be more than 9007199254740991.");
    if (request.price > eth::U256(kMaxOrderNumber))
        throw Error(ErrorCode::InvalidArgument,
                    "The price per access can't be more than 9007199.254740991 RLC.");
    const eth::Address user = request.user.value_or(eth::Address());
    // Three requests to the node, all reads at one block: where things are; whether the data
    // is registered, what the app is and its name; the data's records with its schema.
    const std::uint64_t block = latestBlock(cancel);
    const OrderDomain& d = *domain_;
    eth::ContractCaller caller(rpc_);
    caller.setBlockTag(eth::U256(block).toHex());
    auto checks = appKindCalls(appRegistry_, request.app);
    checks.push_back(Registry(datasetRegistry_).isRegistered(request.dataset));
    const auto nameCall = AppView(request.app).name();
    std::vector<eth::RpcOutcome> nameOutcome;
    const auto answers =
        caller.tryAll(checks, {nameCall.request(caller.blockTag())}, &nameOutcome, cancel);

    // The data: registered and ours.
    const auto& registered = answers.back();
    if (!registered.ok())
        throw *registered.error;
    if (!*registered.value)
        throw Error(ErrorCode::InvalidArgument,
                    "No protected data is registered at " + request.dataset.toChecksumHex() + ".");
    const ProtectedData info = readProtectedData(rpc_, profile_.dataProtectorAddress(),
                                                 {request.dataset}, block, std::nullopt, cancel)
                                   .at(0);
    if (info.owner != owner)
        throw Error(ErrorCode::InvalidArgument,
                    "Protected data " + request.dataset.toChecksumHex() + " belongs to " +
                        info.owner.toChecksumHex() + ", not to " + owner.toChecksumHex() + ".");

    // The app: an app of the registry or an ERC-734 whitelist.
    const AppKind kind = appKindOf(request.app, {answers[0], answers[1]});
    std::string appName = request.appName;
    if (appName.empty())
        appName = kind == AppKind::App ? caller.decode(nameCall, nameOutcome.at(0))
                                       : "the apps of whitelist " + request.app.toChecksumHex();

    // No second live grant for the same app and user.
    for (const auto& g : list(owner, {request.dataset, request.app, user}, cancel))
        if (!g.remaining.isZero())
            throw Error(ErrorCode::AlreadyExists,
                        "A grant already lets " +
                            std::string(user.isZero() ? "anyone" : user.toChecksumHex()) + " use " +
                            appName + " on this data (order " + eth::toHex(g.orderHash) + ", " +
                            g.remaining.toDecimal() +
                            (g.remaining == eth::U256(1) ? " access" : " accesses") +
                            " left): revoke it first.");

    PreparedGrant p;
    p.order.dataset = request.dataset;
    p.order.datasetprice = request.price;
    p.order.volume = request.volume;
    p.order.tag = defaultTeeTag();
    p.order.apprestrict = request.app;
    p.order.requesterrestrict = user;
    crypto::randomFill(p.order.salt);
    p.orderHash = orderHash(d, p.order);
    p.datasetName = info.name;
    p.appName = appName;
    p.appIsWhitelist = kind == AppKind::Whitelist;
    p.summary = summary(appName, info.name, user, request.volume, request.price);
    p.missingFields = missingSchemaFields(request.requiredSchema, info.schema);
    return p;
}

GrantedAccess AccessService::grant(const PreparedGrant& prepared, const eth::Signer& signer,
                                   const CancelToken* cancel) {
    const OrderDomain& d = domain(cancel);
    SignedOrder<DatasetOrder> signedOrder{prepared.order, {}};
    const Hash32 hash = orderHash(d, signedOrder.order);
    signedOrder.sign = eth::toRsv(signer.signHash(hash));
    // The hub is the judge of a signature: check it before anything leaves this machine.
    eth::ContractCaller caller(rpc_);
    if (!caller.call(hub_.verifySignature(signer.address(), hash, signedOrder.sign), cancel))
        throw Error(ErrorCode::Crypto, "The hub does not accept this order's signature.");
    const MarketDatasetOrder published =
        market(cancel).publishDatasetOrder(signedOrder, signer, cancel);
    GrantedAccess g;
    g.orderHash = published.orderHash;
    g.order = published.order;
    g.remaining = eth::U256(published.remaining);
    g.publicationTimestamp = published.publicationTimestamp;
    g.signer = published.signer;
    return g;
}

std::vector<GrantedAccess> AccessService::list(const eth::Address& owner,
                                               const AccessFilter& filter,
                                               const CancelToken* cancel) {
    DatasetOrderbookQuery q;
    if (filter.dataset)
        q.dataset = *filter.dataset;
    else
        q.datasetOwner = owner;
    q.pageSize = 1000;
    std::vector<GrantedAccess> out;
    for (const auto& o : market(cancel).allDatasetOrders(q, cancel)) {
        GrantedAccess g;
        g.orderHash = o.orderHash;
        g.order = o.order;
        g.publicationTimestamp = o.publicationTimestamp;
        g.signer = o.signer;
        if (g.signer == owner && filter.matches(g))
            out.push_back(std::move(g));
    }
    // Accesses left come from the chain, not from the market's last look; with them, in the
    // same request, who owns each data now: a grant signed before a transfer is no longer the
    // signer's to close (the market still lists it under the owner who published it).
    std::vector<eth::Address> datasets;
    for (const auto& g : out)
        if (std::find(datasets.begin(), datasets.end(), g.dataset()) == datasets.end())
            datasets.push_back(g.dataset());
    using Read = std::pair<eth::U256, eth::Address>; // consumed, or an owner
    std::vector<eth::ContractCall<Read>> reads;
    for (const auto& g : out)
        reads.push_back(hub_.viewConsumed(g.orderHash).then([](const eth::U256& v) {
            return Read{v, {}};
        }));
    for (const auto& d : datasets)
        reads.push_back(DatasetView(d).owner().then([](const eth::Address& a) {
            return Read{{}, a};
        }));
    eth::ContractCaller caller(rpc_);
    const auto values = caller.callAll(reads, cancel);
    for (std::size_t i = 0; i < out.size(); ++i) {
        const eth::U256& used = values[i].first;
        out[i].remaining =
            used >= out[i].order.order.volume ? eth::U256() : out[i].order.order.volume - used;
        const auto d = std::find(datasets.begin(), datasets.end(), out[i].dataset());
        out[i].datasetOwner =
            values[out.size() + static_cast<std::size_t>(d - datasets.begin())].second;
    }
    std::erase_if(out, [](const GrantedAccess& g) { return g.remaining.isZero(); });
    return out;
}

eth::TransactionRequest AccessService::revokeRequest(const GrantedAccess& grant,
                                                     const CancelToken* cancel) {
    (void)domain(cancel);
    eth::TransactionRequest r = hub_.manageDatasetOrder(grant.order, OrderOperation::Close);
    r.purpose = eth::TxPurpose::RevokeAccess;
    r.details = {};
    r.details.dataset = grant.dataset();
    r.details.app = grant.app();
    if (!grant.user().isZero())
        r.details.recipient = grant.user();
    return r;
}

std::vector<TxRecord> AccessService::revoke(const std::vector<GrantedAccess>& grants,
                                            eth::TransactionManager& transactions,
                                            const eth::Signer& signer,
                                            const RevokeProgress& progress,
                                            std::chrono::milliseconds waitLimit,
                                            const CancelToken* cancel) {
    // Every close is sent first (the journal gives each its own nonce), then each is followed:
    // N grants cost about one block's wait, not N. A close that can't be sent stops the
    // sending (those after it are left untouched); those already sent are still followed.
    struct Failure {
        std::size_t index;
        ErrorCode code;
        std::string message;
    };
    std::optional<Failure> failure;
    std::vector<std::pair<std::size_t, TxRecord>> sent;
    for (std::size_t i = 0; i < grants.size() && !failure; ++i) {
        try {
            if (progress)
                progress(i, grants.size(), grants[i], RevokeStep::Sending);
            sent.emplace_back(i,
                              transactions.send(revokeRequest(grants[i], cancel), signer, cancel));
        } catch (const Error& e) {
            failure = Failure{i, e.code(), e.what()};
        }
    }
    std::vector<TxRecord> done;
    for (const auto& [i, record] : sent) {
        const GrantedAccess& g = grants[i];
        try {
            done.push_back(transactions.waitForSuccess(record.id, waitLimit, cancel));
        } catch (const Error& e) {
            if (!failure || i < failure->index)
                failure = Failure{i, e.code(), e.what()};
            continue;
        }
        if (progress)
            progress(i, grants.size(), g, RevokeStep::Mined);
        // Closed on chain, the order is dead whatever the market says; taking it off the
        // book is tidiness, and a market that already dropped it is fine.
        try {
            market(cancel).unpublishDatasetOrder(g.orderHash, signer, cancel);
        } catch (const Error& e) {
            if (e.code() != ErrorCode::InvalidArgument && e.code() != ErrorCode::Network)
                throw;
        }
        if (progress)
            progress(i, grants.size(), g, RevokeStep::Unpublished);
    }
    if (failure)
        throw Error(failure->code, std::to_string(done.size()) + " of " +
                                       std::to_string(grants.size()) +
                                       " grants revoked; revoking order " +
                                       eth::toHex(grants[failure->index].orderHash) +
                                       " failed: " + failure->message);
    return done;
}

} // namespace sr::iexec
