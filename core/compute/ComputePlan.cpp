#include "compute/ComputePlan.h"

#include "compute/RequestBuilder.h"
#include "eth/ContractCaller.h"
#include "eth/Hex.h"
#include "util/Error.h"

#include <algorithm>

namespace sr::compute {
namespace {

using eth::Address;
using eth::U256;

// PoCo accepts a restriction that is zero or the account itself (a whitelist contract is
// checked on chain; the market's filter already chose those that name one).
bool allows(const Address& restriction, const Address& who) {
    return restriction.isZero() || restriction == who;
}

bool hasBits(const Hash32& tag, const Hash32& bits) {
    for (std::size_t i = 0; i < tag.size(); ++i)
        if ((tag[i] & bits[i]) != bits[i])
            return false;
    return true;
}

bool teeBit(const Hash32& tag) {
    return (tag[31] & 0x01) != 0;
}

std::string tagText(const Hash32& tag) {
    return eth::toHex(tag);
}

// The app orders of `app` the request can use, cheapest first (the API's order).
std::vector<iexec::MarketAppOrder> appOrders(iexec::MarketClient& market, const PlanRequest& r,
                                             const CancelToken* cancel) {
    // The first page, cheapest first: restrictions as the request will meet them (a dataset
    // or workerpool left out matches only orders restricted to none).
    iexec::AppOrderbookQuery q;
    q.app = r.app;
    q.dataset = r.dataset.isZero() ? std::string() : r.dataset.toChecksumHex();
    q.requester = r.requester.toChecksumHex();
    q.workerpool = r.workerpool ? r.workerpool->toChecksumHex() : std::string();
    return market.appOrderbook(q, cancel).orders;
}

U256 remainingOnChain(eth::ContractCaller& caller, const iexec::PocoHub& hub,
                      const Hash32& orderHash, const U256& volume, const CancelToken* cancel) {
    const U256 consumed = caller.call(hub.viewConsumed(orderHash), cancel);
    return consumed >= volume ? U256(0) : volume - consumed;
}

} // namespace

std::string formatRlc(const U256& nrlc) {
    return eth::formatUnits(nrlc, 9) + " RLC";
}

Plan planComputation(iexec::MarketClient& market, eth::ContractCaller& caller,
                     const iexec::PocoHub& hub, const PlanRequest& r, const CancelToken* cancel) {
    const Hash32 requestTag = orTags(r.tag, tdxTag());
    const std::string appName = r.app.toChecksumHex();
    const std::string dataName = r.dataset.toChecksumHex();
    Plan plan;
    plan.category = r.category;

    // 1. The app's orders: usable by this requester, dataset and workerpool, TEE when asked.
    std::optional<iexec::MarketAppOrder> app;
    bool anyAppOrder = false;
    for (auto& o : appOrders(market, r, cancel)) {
        anyAppOrder = true;
        const auto& a = o.order.order;
        if (o.status != "open" || o.remaining == 0 || !allows(a.requesterrestrict, r.requester) ||
            !allows(a.datasetrestrict, r.dataset) ||
            (r.workerpool && !allows(a.workerpoolrestrict, *r.workerpool)) ||
            teeBit(a.tag) != teeBit(requestTag))
            continue;
        app = std::move(o);
        break;
    }
    if (!app)
        throw Error(ErrorCode::NotFound,
                    anyAppOrder ? "App " + appName +
                                      " has orders on the market, but none this request can "
                                      "use (restricted to another requester, dataset or "
                                      "workerpool, used up, or not for TEE)."
                                : "App " + appName +
                                      " has no order on the market: its owner has not "
                                      "published one, so it cannot be run.");
    plan.app = app->order;

    // 2. A grant: a dataset order of the data that allows this app and this requester.
    Hash32 datasetTag{};
    if (!r.dataset.isZero()) {
        iexec::DatasetOrderbookQuery q;
        q.dataset = r.dataset;
        q.app = r.app.toChecksumHex();
        q.requester = r.requester.toChecksumHex();
        const auto matching = market.allDatasetOrders(q, cancel, 1000);
        bool usedUp = false;
        std::optional<iexec::MarketDatasetOrder> chosen;
        for (const auto& o : matching) {
            const auto& d = o.order.order;
            if (!allows(d.apprestrict, r.app) || !allows(d.requesterrestrict, r.requester) ||
                (r.workerpool && !allows(d.workerpoolrestrict, *r.workerpool)))
                continue;
            if (o.status != "open" ||
                remainingOnChain(caller, hub, o.orderHash, d.volume, cancel) == U256(0)) {
                usedUp = true;
                continue;
            }
            if (!chosen || d.datasetprice < chosen->order.order.datasetprice)
                chosen = o;
        }
        if (!chosen) {
            // The market lists only open orders: a grant spent to the last access is gone
            // from it, but the deals it made are not.
            if (!usedUp) {
                const auto deals =
                    market.getJson("/deals?dataset=" + dataName + "&app=" + appName +
                                       "&requester=" + r.requester.toChecksumHex() + "&pageSize=10",
                                   cancel);
                usedUp = deals.is_object() && deals.contains("count") &&
                         deals["count"].is_number_unsigned() &&
                         deals["count"].get<std::uint64_t>() > 0;
            }
            if (usedUp)
                throw Error(ErrorCode::NotFound,
                            "The grant on protected data " + dataName + " for app " + appName +
                                " is used up: every access it allowed has been spent. Ask the "
                                "owner for a new grant.");
            iexec::DatasetOrderbookQuery all;
            all.dataset = r.dataset;
            const auto any = market.allDatasetOrders(all, cancel, 1000);
            std::vector<std::string> appsForMe;
            for (const auto& o : any)
                if (allows(o.order.order.requesterrestrict, r.requester))
                    appsForMe.push_back(o.order.order.apprestrict.isZero()
                                            ? "any app"
                                            : o.order.order.apprestrict.toChecksumHex());
            std::string why;
            if (any.empty())
                why = "it has no grant at all";
            else if (appsForMe.empty())
                why = "no grant names you (" + r.requester.toChecksumHex() + ")";
            else {
                why = "your grants do not allow app " + appName + " (they allow ";
                for (std::size_t i = 0; i < appsForMe.size() && i < 3; ++i)
                    why += (i ? ", " : "") + appsForMe[i];
                why += appsForMe.size() > 3 ? ", ...)" : ")";
            }
            throw Error(ErrorCode::NotFound, "You cannot run app " + appName +
                                                 " on protected data " + dataName + ": " + why +
                                                 ". Its owner must grant access first.");
        }
        plan.dataset = chosen->order;
        datasetTag = chosen->order.order.tag;
    }

    // 3. A workerpool order with every bit the deal needs, in the category.
    plan.tag = orTags(orTags(plan.app.order.tag, datasetTag), requestTag);
    iexec::WorkerpoolOrderbookQuery wq;
    wq.workerpool = r.workerpool;
    wq.category = r.category;
    wq.app = r.app.toChecksumHex();
    wq.dataset = r.dataset.isZero() ? "any" : r.dataset.toChecksumHex();
    wq.requester = r.requester.toChecksumHex();
    wq.minTag = plan.tag;
    std::optional<iexec::MarketWorkerpoolOrder> pool;
    for (auto& o : market.workerpoolOrderbook(wq, cancel)) {
        const auto& w = o.order.order;
        if (o.status != "open" || o.remaining == 0 || !hasBits(w.tag, plan.tag) ||
            w.category != U256(r.category) || !allows(w.apprestrict, r.app) ||
            !allows(w.datasetrestrict, r.dataset) || !allows(w.requesterrestrict, r.requester))
            continue;
        if (!pool || w.workerpoolprice < pool->order.order.workerpoolprice)
            pool = std::move(o);
    }
    if (!pool)
        throw Error(ErrorCode::NotFound,
                    std::string("No workerpool") +
                        (r.workerpool ? " " + r.workerpool->toChecksumHex() : "") +
                        " offers to run this task: none has an open order for category " +
                        std::to_string(r.category) + " with the tag " + tagText(plan.tag) +
                        " (TEE) that allows this app, data and requester.");
    plan.workerpool = pool->order;

    // 4. The price, said in full.
    if (r.maxPrice && plan.total() > *r.maxPrice)
        throw Error(ErrorCode::InvalidArgument,
                    "This computation costs " + formatRlc(plan.total()) + " (app " +
                        formatRlc(plan.appPrice()) + " + data " + formatRlc(plan.datasetPrice()) +
                        " + workerpool " + formatRlc(plan.workerpoolPrice()) +
                        "), above your maximum of " + formatRlc(*r.maxPrice) + ".");
    return plan;
}

} // namespace sr::compute
