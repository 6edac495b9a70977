#include "sandbox/SandboxDemand.h"

#include "crypto/SecureRandom.h"
#include "eth/Abi.h"
#include "eth/ContractCaller.h"
#include "eth/Hex.h"
#include "iexec/IexecOrders.h"
#include "iexec/MarketClient.h"
#include "iexec/PocoHub.h"
#include "iexec/Registry.h"
#include "iexec/RlcToken.h"
#include "sandbox/DevAccountSender.h"
#include "sandbox/FaucetService.h"
#include "sandbox/SandboxWorker.h"
#include "util/Error.h"
#include "util/HttpClient.h"

#include <algorithm>
#include <chrono>
#include <set>
#include <thread>

namespace sr::sandbox {
namespace {

using eth::Address;
using eth::U256;

/// Datasets read from the registry at most (the newest).
constexpr std::uint64_t kMaxDatasets = 500;

Hash32 orTags(const Hash32& a, const Hash32& b) {
    Hash32 out{};
    for (std::size_t i = 0; i < out.size(); ++i)
        out[i] = a[i] | b[i];
    return out;
}

/// The first order of a market orderbook page (cheapest first), or nothing.
std::optional<nlohmann::json> firstOrder(const std::string& url) {
    HttpRequest r;
    r.method = "GET";
    r.url = url;
    const auto reply = HttpClient().send(r);
    if (!reply.ok())
        throw Error(ErrorCode::Network, "The sandbox market refused " + url + ": " + reply.body);
    const auto json = nlohmann::json::parse(reply.body, nullptr, false);
    if (!json.is_object() || !json.contains("orders") || !json["orders"].is_array())
        throw Error(ErrorCode::Corrupt, "The sandbox market sent no orderbook for " + url);
    if (json["orders"].empty())
        return std::nullopt;
    return json["orders"][0];
}

Bytes signOf(const nlohmann::json& entry) {
    return eth::fromHex(entry.at("order").at("sign").get<std::string>());
}

/// A grant some buyer may use.
struct Candidate {
    iexec::MarketDatasetOrder grant;
    Address owner;
    Address app;
    std::uint64_t remaining = 0;
    int reverted = 0; ///< matches refused so far (orders the market served a moment too late)
};

/// How often a grant's match may revert before the demand gives up on it with the reason: the
/// market can serve an app or workerpool order consumed an instant before, until it reads the
/// chain again or the workerpool publishes the next one.
constexpr int kMaxRevertedMatches = 3;

} // namespace

std::vector<Address> demandBuyers(eth::JsonRpcClient& rpc) {
    const auto accounts = rpc.call("eth_accounts");
    const std::set<Address> own = {SandboxChain::ownerAccount(), SandboxChain::schedulerAccount(),
                                   SandboxWorker::workerAccount()};
    std::vector<Address> out;
    if (!accounts.is_array())
        throw Error(ErrorCode::Corrupt, "The sandbox chain did not list its accounts");
    for (const auto& a : accounts) {
        const Address address = Address::fromHex(a.get<std::string>());
        if (!own.count(address))
            out.push_back(address);
    }
    return out;
}

std::vector<DemandRun> makeDemand(eth::JsonRpcClient& rpc, const SandboxDeployment& deployment,
                                  const std::string& marketUrl, const DemandOptions& options,
                                  const std::function<void(const DemandRun&)>& progress) {
    if (options.runs == 0)
        return {};
    const std::vector<Address> buyers = demandBuyers(rpc);
    if (buyers.empty())
        throw Error(ErrorCode::NotFound, "The sandbox chain has no account to buy with");
    const std::set<Address> buyerSet(buyers.begin(), buyers.end());
    const Address hub = deployment.poco.hub;
    iexec::OrderDomain domain;
    domain.chainId = rpc.chainId();
    domain.verifyingContract = hub;
    const std::string chain = "chainId=" + std::to_string(domain.chainId);

    Address contentReader;
    for (const auto& app : deployment.apps)
        if (app.name == "Sandbox Content Reader")
            contentReader = app.address;

    // Every dataset of the registry (the newest first), its grants on the market.
    eth::ContractCaller caller(rpc);
    const iexec::Registry registry(deployment.poco.datasetRegistry);
    const std::uint64_t total = caller.call(registry.totalSupply()).toUint64();
    DevAccountSender reader(rpc, SandboxChain::ownerAccount());
    iexec::MarketClient market(marketUrl, domain);
    std::vector<Candidate> candidates;
    for (std::uint64_t k = 0; k < std::min(total, kMaxDatasets); ++k) {
        const U256 id =
            reader
                .call(deployment.poco.datasetRegistry, "tokenByIndex(uint256)",
                      {eth::AbiValue::number(U256(total - 1 - k))}, {eth::AbiType::uint(256)})[0]
                .asNumber();
        const Address dataset = iexec::Registry::entryOf(id);
        iexec::DatasetOrderbookQuery query;
        query.dataset = dataset;
        const auto grants = market.allDatasetOrders(query);
        if (grants.empty())
            continue;
        const Address owner = caller.call(registry.ownerOf(dataset));
        for (const auto& g : grants) {
            const auto& o = g.order.order;
            if (g.remaining == 0 ||
                (!o.requesterrestrict.isZero() &&
                 (!buyerSet.count(o.requesterrestrict) || o.requesterrestrict == owner)) ||
                (!o.workerpoolrestrict.isZero() && o.workerpoolrestrict != deployment.workerpool))
                continue;
            Candidate c{g, owner, o.apprestrict, g.remaining};
            // A grant to any app, or to the sandbox's app whitelist, is bought for the app
            // asked for, else the Content Reader; one naming another app than asked is not.
            const bool anyApp = o.apprestrict.isZero() || o.apprestrict == deployment.appWhitelist;
            if (anyApp)
                c.app = options.app ? *options.app : contentReader;
            else if (options.app && *options.app != o.apprestrict)
                continue;
            if (c.app.isZero())
                continue;
            candidates.push_back(std::move(c));
        }
    }
    if (candidates.empty())
        throw Error(ErrorCode::NotFound,
                    "No grant on the sandbox market lets another account in" +
                        std::string(options.app ? " for that app" : "") +
                        ": grant access to anyone (or to one of the sandbox's accounts " +
                        "such as " + buyers.front().toChecksumHex() +
                        ") with some volume left, then ask again.");

    std::vector<DemandRun> runs;
    std::size_t nextBuyer = 0;
    for (std::size_t at = 0; runs.size() < options.runs && !candidates.empty();) {
        if (at >= candidates.size())
            at = 0;
        Candidate& c = candidates[at];
        const auto& grant = c.grant.order;
        // The buyer: the one the grant names, else the next that is not the data's owner.
        Address buyer = grant.order.requesterrestrict;
        for (std::size_t tries = 0; buyer.isZero() && tries < buyers.size(); ++tries) {
            const Address b = buyers[nextBuyer++ % buyers.size()];
            if (b != c.owner)
                buyer = b;
        }
        const std::string who = "&dataset=" + grant.order.dataset.toChecksumHex() +
                                "&requester=" + buyer.toChecksumHex();
        const auto appEntry =
            firstOrder(marketUrl + "/apporders?" + chain + "&app=" + c.app.toChecksumHex() + who +
                       "&workerpool=" + deployment.workerpool.toChecksumHex());
        if (!appEntry) {
            // Nothing publishes that app's orders: the grant can't be bought now.
            candidates.erase(candidates.begin() + static_cast<std::ptrdiff_t>(at));
            continue;
        }
        const iexec::SignedOrder<iexec::AppOrder> appOrder{
            iexec::appOrderFromJson(appEntry->at("order")), signOf(*appEntry)};
        const Hash32 tag = orTags(appOrder.order.tag, grant.order.tag);
        const auto poolEntry =
            firstOrder(marketUrl + "/workerpoolorders?" + chain +
                       "&workerpool=" + deployment.workerpool.toChecksumHex() +
                       "&app=" + c.app.toChecksumHex() + who + "&minTag=" + eth::toHex(tag));
        if (!poolEntry) {
            candidates.erase(candidates.begin() + static_cast<std::ptrdiff_t>(at));
            continue;
        }
        const iexec::SignedOrder<iexec::WorkerpoolOrder> poolOrder{
            iexec::workerpoolOrderFromJson(poolEntry->at("order")), signOf(*poolEntry)};

        // What the buyer pays, in its iExec account (test RLC from the faucet if short).
        const U256 price =
            appOrder.order.appprice + grant.order.datasetprice + poolOrder.order.workerpoolprice;
        const iexec::PocoHub poco(hub);
        const U256 stake = caller.call(poco.viewAccount(buyer)).stake;
        DevAccountSender sender(rpc, buyer);
        if (stake < price) {
            const U256 shortfall = price - stake;
            if (caller.call(iexec::RlcToken(deployment.poco.rlc).balanceOf(buyer)) < shortfall)
                FaucetService::fund(rpc, deployment.poco.rlc, deployment.poco.owner, buyer);
            sender.transact(deployment.poco.rlc, "approveAndCall(address,uint256,bytes)",
                            {eth::AbiValue::address(hub), eth::AbiValue::number(shortfall),
                             eth::AbiValue::bytes({})});
        }

        iexec::RequestOrder r;
        r.app = c.app;
        r.appmaxprice = appOrder.order.appprice;
        r.dataset = grant.order.dataset;
        r.datasetmaxprice = grant.order.datasetprice;
        r.workerpool = deployment.workerpool;
        r.workerpoolmaxprice = poolOrder.order.workerpoolprice;
        r.requester = buyer;
        r.volume = 1;
        r.tag = tag;
        r.category = poolOrder.order.category;
        r.trust = 0;
        r.beneficiary = buyer;
        r.params = "{\"iexec_secrets\":{}}";
        const Bytes salt = crypto::randomBytes(32);
        std::copy(salt.begin(), salt.end(), r.salt.begin());
        const auto signature =
            rpc.call("eth_signTypedData_v4", {buyer.toLowerHex(), iexec::typedData(domain, r)});
        const iexec::SignedOrder<iexec::RequestOrder> request{
            r, eth::fromHex(signature.get<std::string>())};
        nlohmann::json receipt;
        try {
            receipt =
                sender.send(poco.matchOrders(appOrder, grant, poolOrder, request), "matchOrders");
        } catch (const Error& e) {
            if (e.code() != ErrorCode::Reverted || ++c.reverted >= kMaxRevertedMatches)
                throw;
            // Read the order books again (the next turn does) after a moment.
            std::this_thread::sleep_for(std::chrono::milliseconds(300));
            continue;
        }

        DemandRun run;
        run.buyer = buyer;
        run.dataset = grant.order.dataset;
        run.datasetOwner = c.owner;
        run.app = c.app;
        run.datasetPrice = grant.order.datasetprice;
        run.appPrice = appOrder.order.appprice;
        run.workerpoolPrice = poolOrder.order.workerpoolprice;
        const std::string matched = eth::toHex(
            eth::Abi::eventTopic("OrdersMatched(bytes32,bytes32,bytes32,bytes32,bytes32,uint256)"));
        for (const auto& log : receipt.at("logs"))
            if (log.at("topics").at(0).get<std::string>() == matched)
                run.deal = eth::fromHexFixed<32>(log.at("data").get<std::string>().substr(0, 66));
        if (run.deal == Hash32{})
            throw Error(ErrorCode::Corrupt, "matchOrders mined without an OrdersMatched log");
        run.task = iexec::PocoHub::taskId(run.deal, 0);
        if (progress)
            progress(run);
        runs.push_back(run);
        if (--c.remaining == 0)
            candidates.erase(candidates.begin() + static_cast<std::ptrdiff_t>(at));
        else
            ++at;
    }
    return runs;
}

} // namespace sr::sandbox
