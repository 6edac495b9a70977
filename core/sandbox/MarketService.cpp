#include "sandbox/MarketService.h"

#include "crypto/SecureRandom.h"
#include "eth/Address.h"
#include "eth/Eip191.h"
#include "eth/Eip712.h"
#include "eth/Hex.h"
#include "eth/U256.h"
#include "iexec/IexecOrders.h"
#include "sandbox/MarketOrders.h"
#include "sandbox/MarketStore.h"
#include "sandbox/ServiceChainReader.h"
#include "store/AtomicFile.h"
#include "util/Error.h"

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <ctime>
#include <functional>
#include <map>
#include <mutex>
#include <optional>
#include <stdexcept>

namespace sr::sandbox {

// The order rules are the market module's own vocabulary here.
using namespace market;

namespace {

ServerResponse reply(int status, const ojson& body) {
    return ServerResponse::text(status, body.dump(), "application/json; charset=utf-8");
}

Handler guarded(std::function<ServerResponse(const ServerRequest&)> handler) {
    return [handler = std::move(handler)](const ServerRequest& request) -> ServerResponse {
        try {
            return handler(request);
        } catch (const ApiError& e) {
            return reply(e.status(), {{"ok", false}, {"error", e.what()}});
        } catch (const HttpError& e) {
            return reply(e.status(), {{"ok", false}, {"error", e.what()}});
        } catch (const Error& e) {
            // Chain or storage trouble: the sandbox says what, the real API would not.
            return reply(500, {{"ok", false},
                               {"error", std::string("Something went wrong, you should retry "
                                                     "later. ") +
                                             e.what()}});
        }
    };
}

// --- Challenges (the market API's login).

struct Challenge {
    std::string value;
    std::string hash; ///< 0x, lowercase: the typed data's EIP-712 digest
    std::chrono::steady_clock::time_point created;
};

std::string randomChallengeValue() {
    static constexpr char kAlphabet[] =
        "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
    std::string value;
    while (value.size() < 32) {
        for (const std::uint8_t byte : crypto::randomBytes(32)) {
            if (byte < 248 && value.size() < 32) // 248 = 4 x 62: no modulo bias
                value.push_back(kAlphabet[byte % 62]);
        }
    }
    return value;
}

ojson challengeTypedData(const std::string& chainIdText, const std::string& value) {
    return {{"types",
             {{"EIP712Domain",
               {{{"name", "name"}, {"type", "string"}},
                {{"name", "version"}, {"type", "string"}},
                {{"name", "chainId"}, {"type", "uint256"}}}},
              {"Challenge", {{{"name", "challenge"}, {"type", "string"}}}}}},
            {"domain", {{"name", "iExec Gateway"}, {"version", "1"}, {"chainId", chainIdText}}},
            {"primaryType", "Challenge"},
            {"message", {{"challenge", "Sign this message to log into iExec Gateway: " + value}}}};
}

std::vector<std::string> split(const std::string& text, char separator) {
    std::vector<std::string> parts;
    std::size_t at = 0;
    while (true) {
        const auto next = text.find(separator, at);
        parts.push_back(text.substr(at, next == std::string::npos ? next : next - at));
        if (next == std::string::npos)
            return parts;
        at = next + 1;
    }
}

/// The reply for one page of `items` (filtered and sorted): the page under `key`, the total
/// count, and nextPage when the page is full.
template <typename Item, typename ToJson>
ServerResponse pageReply(const std::vector<Item>& items, const char* key,
                         std::pair<std::uint64_t, std::uint64_t> window, ToJson toJson) {
    const auto [skip, limit] = window;
    ojson list = ojson::array();
    for (std::uint64_t i = skip; i < items.size() && i < skip + limit; ++i)
        list.push_back(toJson(items[static_cast<std::size_t>(i)]));
    ojson body = {{"ok", true}, {key, list}, {"count", items.size()}};
    if (list.size() == limit)
        body["nextPage"] = skip + limit;
    return reply(200, body);
}

} // namespace

struct MarketService::Impl {
    Options options;
    ServiceChainReader chain;
    std::uint64_t chainId = 0;
    std::string chainIdText;
    iexec::OrderDomain domain;
    std::optional<MarketStore> store; // opened once the chain id is known
    std::mutex challengeMutex;
    std::map<std::string, Challenge> challenges; // by lowercase address
    HttpServer& server;                          // the service's own

    static Options prepared(Options o) {
        ensureDirectory(o.stateDir, 0700);
        return o;
    }

    Impl(Options o, HttpServer& http)
        : options(prepared(std::move(o))), chain(options.rpcUrl, options.deployment), server(http) {
        chainId = chain.chainId();
        chainIdText = std::to_string(chainId);
        domain = chain.domain();
        store.emplace(options.stateDir / "market.sqlite", chainId);
    }

    // --- Checks shared by every route.

    void requireChain(const ServerRequest& request) const {
        const auto value = request.queryParam("chainId");
        if (!value)
            invalid("chainId is a required field");
        if (*value != chainIdText)
            invalid("chainId " + *value + " is not supported");
    }

    static nlohmann::json jsonBody(const ServerRequest& request) {
        const std::string text = request.body.text(1u << 20);
        nlohmann::json body = nlohmann::json::parse(text, nullptr, false);
        if (body.is_discarded() || !body.is_object())
            invalid("invalid JSON body, an object is expected");
        return body;
    }

    ojson challengeFor(const Address& address) {
        const std::string key = address.toLowerHex();
        std::lock_guard lock(challengeMutex);
        const auto now = std::chrono::steady_clock::now();
        std::erase_if(challenges, [&](const auto& entry) {
            return now - entry.second.created > options.challengeLifetime;
        }); // expire as the real API's TTL index does
        auto it = challenges.find(key);
        if (it == challenges.end()) {
            Challenge fresh;
            fresh.value = randomChallengeValue();
            const ojson typedData = challengeTypedData(chainIdText, fresh.value);
            fresh.hash =
                eth::toHex(eth::Eip712::fromJson(nlohmann::json::parse(typedData.dump())).digest());
            fresh.created = now;
            it = challenges.insert_or_assign(key, std::move(fresh)).first;
        }
        return challengeTypedData(chainIdText, it->second.value);
    }

    /// The address the `authorization` header proves, consuming its challenge.
    Address authenticate(const ServerRequest& request) {
        const auto header = request.header("authorization");
        if (!header)
            unauthorized();
        const auto parts = split(*header, '_');
        if (parts.size() < 3)
            unauthorized();
        const auto address = parseAddress(parts[2]);
        if (!address || address->isZero())
            unauthorized();
        std::lock_guard lock(challengeMutex);
        const auto it = challenges.find(address->toLowerHex());
        if (it == challenges.end() || lower(parts[0]) != it->second.hash ||
            std::chrono::steady_clock::now() - it->second.created > options.challengeLifetime)
            unauthorized();
        try {
            const auto digest = eth::fromHexFixed<32>(it->second.hash);
            if (eth::recoverAddress(digest, eth::fromRsv(eth::fromHex(parts[1]))) != *address)
                unauthorized();
        } catch (const Error&) {
            unauthorized();
        }
        challenges.erase(it); // a challenge serves once
        return *address;
    }

    // --- Storage.

    /// Brings the open orders among `orders` up to date with the chain: remaining volume, and
    /// "filled" or "canceled" once nothing remains. One batch of viewConsumed.
    void refresh(std::vector<Stored>& orders) {
        std::vector<Stored*> open;
        std::vector<Hash32> hashes;
        for (auto& s : orders)
            if (s.status == kOpen) {
                open.push_back(&s);
                hashes.push_back(eth::fromHexFixed<32>(s.orderHash));
            }
        if (open.empty())
            return;
        const auto consumed = chain.consumed(hashes);
        for (std::size_t i = 0; i < open.size(); ++i) {
            Stored& s = *open[i];
            const U256 volume(s.number("volume"));
            const std::uint64_t remaining =
                consumed[i] >= volume ? 0 : (volume - consumed[i]).toUint64();
            std::string status = kOpen;
            if (remaining == 0)
                status = chain.wasClosed(spec(s.kind).closedEvent, hashes[i]) ? kCanceled : kFilled;
            if (remaining == s.remaining && status == s.status)
                continue;
            s.remaining = remaining;
            s.status = status;
            store->updateStatus(s);
        }
    }

    std::vector<Stored> openOrders(Kind kind) {
        auto orders = store->openOrders(kind);
        refresh(orders);
        std::erase_if(orders, [](const Stored& s) { return s.status != kOpen; });
        return orders;
    }

    ojson entry(const Stored& s) const {
        ojson out = {{"orderHash", s.orderHash}, {"order", s.order},
                     {"chainId", chainId},       {"remaining", s.remaining},
                     {"status", s.status},       {"publicationTimestamp", s.publicationTimestamp},
                     {"signer", s.signer}};
        if (s.kind == Kind::Dataset)
            out["bulk"] = s.isBulk();
        return out;
    }

    // --- Deals: indexed from the hub's OrdersMatched events, on demand.

    std::mutex scanMutex; // one scan at a time

    ojson dealJson(const ServiceChainReader::Match& m, const iexec::Deal& d,
                   std::uint64_t timestamp) const {
        const auto resource = [](const iexec::DealResource& r) {
            return ojson{{"pointer", r.pointer.toChecksumHex()},
                         {"price", safeNumber(r.price)},
                         {"owner", r.owner.toChecksumHex()}};
        };
        return {{"dealid", eth::toHex(m.dealId)},
                {"chainId", chainId},
                {"app", resource(d.app)},
                {"dataset", resource(d.dataset)},
                {"workerpool", resource(d.workerpool)},
                {"requester", d.requester.toChecksumHex()},
                {"beneficiary", d.beneficiary.toChecksumHex()},
                {"callback", d.callback.toChecksumHex()},
                {"appHash", eth::toHex(m.appHash)},
                {"datasetHash", eth::toHex(m.datasetHash)},
                {"workerpoolHash", eth::toHex(m.workerpoolHash)},
                {"requestHash", eth::toHex(m.requestHash)},
                {"params", d.params},
                {"volume", safeNumber(m.volume)},
                {"category", safeNumber(d.category)},
                {"tag", eth::toHex(d.tag)},
                {"trust", safeNumber(d.trust)},
                {"startTime", safeNumber(d.startTime)},
                {"botFirst", safeNumber(d.botFirst)},
                {"botSize", safeNumber(d.botSize)},
                {"schedulerRewardRatio", safeNumber(d.schedulerRewardRatio)},
                {"workerStake", safeNumber(d.workerStake)},
                {"blockNumber", m.blockNumber},
                {"blockTimestamp", isoTime(static_cast<std::int64_t>(timestamp) * 1000)},
                {"transactionHash", eth::toHex(m.transactionHash)}};
    }

    /// Brings the deals table up to the chain's head.
    void indexDeals() {
        std::lock_guard scan(scanMutex);
        const std::uint64_t head = chain.rpc().blockNumber();
        std::uint64_t from = 0;
        if (const auto done = store->dealsScannedTo()) {
            if (*done > head) { // another chain under the same folder: start again
                store->forgetDeals();
            } else {
                from = *done + 1;
            }
        }
        if (from > head)
            return;
        const auto matches = chain.ordersMatched(from, head);
        std::vector<iexec::Deal> deals;
        std::vector<std::uint64_t> timestamps;
        if (!matches.empty()) {
            std::vector<Hash32> ids;
            std::vector<std::uint64_t> blocks;
            for (const auto& m : matches) {
                ids.push_back(m.dealId);
                blocks.push_back(m.blockNumber);
            }
            deals = chain.deals(ids);
            timestamps = chain.blockTimestamps(blocks);
        }
        std::vector<MarketStore::IndexedDeal> indexed;
        for (std::size_t i = 0; i < matches.size(); ++i)
            indexed.push_back({eth::toHex(matches[i].dealId), matches[i].blockNumber,
                               dealJson(matches[i], deals[i], timestamps[i]).dump()});
        store->addDeals(indexed, head);
    }

    ServerResponse getDeal(const ServerRequest& request) {
        requireChain(request);
        const std::string id = lower(std::string(request.pathRest()));
        if (!isBytes32(id))
            invalid("dealid must be a bytes32 hexstring");
        indexDeals();
        for (auto& deal : store->deals())
            if (deal.at("dealid") == id) {
                ojson body = {{"ok", true}};
                body.update(deal);
                return reply(200, body);
            }
        throw ApiError(404, "deal not found");
    }

    ServerResponse getDeals(const ServerRequest& request) {
        requireChain(request);
        const QueryReader q(request);
        std::vector<std::function<bool(const ojson&)>> filters;
        if (const auto category = q.integer("category", 0))
            filters.push_back([c = *category](const ojson& d) { return d.at("category") == c; });
        const auto byAddress = [&](const char* name, std::vector<std::string> path) {
            if (const auto address = q.address(name))
                filters.push_back([path, a = address->toChecksumHex()](const ojson& d) {
                    const ojson* at = &d;
                    for (const auto& key : path)
                        at = &at->at(key);
                    return *at == a;
                });
        };
        byAddress("requester", {"requester"});
        byAddress("beneficiary", {"beneficiary"});
        byAddress("app", {"app", "pointer"});
        byAddress("dataset", {"dataset", "pointer"});
        byAddress("workerpool", {"workerpool", "pointer"});
        byAddress("appOwner", {"app", "owner"});
        byAddress("datasetOwner", {"dataset", "owner"});
        byAddress("workerpoolOwner", {"workerpool", "owner"});
        const auto byHash = [&](const char* name, const char* field) {
            if (const auto hash = q.bytes32(name))
                filters.push_back(
                    [field, h = eth::toHex(*hash)](const ojson& d) { return d.at(field) == h; });
        };
        byHash("apporderHash", "appHash");
        byHash("datasetorderHash", "datasetHash");
        byHash("workerpoolorderHash", "workerpoolHash");
        byHash("requestorderHash", "requestHash");
        const auto page = q.integer("page", 0);
        const auto pageIndex = q.integer("pageIndex", 0);
        const auto pageSize = q.integer("pageSize", kMinPageSize, kMaxPageSize);

        indexDeals();
        auto deals = store->deals();
        std::erase_if(deals, [&](const ojson& d) {
            return !std::all_of(filters.begin(), filters.end(),
                                [&](const auto& f) { return f(d); });
        });
        std::sort(deals.begin(), deals.end(), [](const ojson& a, const ojson& b) {
            const auto ba = a.at("blockNumber").get<std::uint64_t>();
            const auto bb = b.at("blockNumber").get<std::uint64_t>();
            if (ba != bb)
                return ba > bb;
            return a.at("dealid").get<std::string>() < b.at("dealid").get<std::string>();
        });
        return pageReply(deals, "deals", pageWindow(page, pageIndex, pageSize),
                         [](const ojson& d) { return d; });
    }

    // --- Routes.

    ServerResponse publish(Kind kind, const ServerRequest& request) {
        const KindSpec& k = spec(kind);
        requireChain(request);
        const Address authorized = authenticate(request);
        const nlohmann::json body = jsonBody(request);
        const auto orderIt = body.find("order");
        if (orderIt == body.end() || orderIt->is_null())
            invalid("order is a required field");
        Stored s;
        s.kind = kind;
        s.order = normaliseOrder(k, *orderIt);
        const Hash32 hash = hashOrder(kind, domain, s.order);
        s.orderHash = eth::toHex(hash);
        if (store->find(kind, s.orderHash))
            refused("order already published");

        Address signer;
        if (k.registry) {
            const auto resource = Address::fromHex(s.order.at(k.resourceField).get<std::string>());
            const auto owner = chain.registeredOwner(*k.registry, resource);
            if (!owner)
                refused("Resource not deployed");
            signer = *owner;
        } else {
            signer = Address::fromHex(s.order.at("requester").get<std::string>());
        }
        s.signer = signer.toChecksumHex();
        if (signer != authorized)
            refused("only order signer " + s.signer + " can publish an order");
        Bytes sign;
        try {
            sign = eth::fromHex(s.order.at("sign").get<std::string>());
        } catch (const Error&) {
            refused("invalid sign");
        }
        if (!chain.verifySignature(signer, hash, sign))
            refused("invalid sign");
        const auto open = openOrders(kind); // statuses brought up to date first
        if (static_cast<std::size_t>(std::count_if(open.begin(), open.end(), [&](const Stored& o) {
                return o.signer == s.signer;
            })) >= options.maxOpenOrdersPerSigner)
            refused("maximum of " + std::to_string(options.maxOpenOrdersPerSigner) +
                    " published open " + k.name + " has been reached for wallet " + s.signer);
        const U256 volume(s.number("volume"));
        const U256 consumed = chain.consumed({hash}).at(0);
        if (consumed >= volume)
            refused("order already consumed");
        const U256 remaining = volume - consumed;
        if (kind == Kind::Workerpool) {
            const U256 required =
                U256(s.number("workerpoolprice")) * U256(30) / U256(100) * remaining;
            if (chain.stake(signer) < required)
                refused("workerpool owner's stake is too low to cover required workerpool lock");
        }
        if (kind == Kind::Request)
            checkRequestOrder(s, signer, remaining);

        s.status = kOpen;
        s.remaining = remaining.toUint64();
        s.publicationTimestamp = isoNow();
        if (!store->insert(s))
            refused("order already published");
        return reply(200, {{"ok", true}, {"published", entry(s)}});
    }

    /// What the real API checks before taking a request order: the requester can pay, and
    /// the app (and dataset) it asks for have a matching open order at that price.
    void checkRequestOrder(const Stored& s, const Address& requester, const U256& remaining) {
        const U256 perTask = U256(s.number("appmaxprice")) + U256(s.number("datasetmaxprice")) +
                             U256(s.number("workerpoolmaxprice"));
        const U256 total = perTask * remaining;
        if (chain.stake(requester) < total)
            refused("requester stake is too low to cover requestorder payment, minimum stake "
                    "required is " +
                    total.toDecimal() + " nRLC");
        const std::string app = s.address("app");
        const std::string dataset = s.address("dataset");
        const std::string workerpool = s.address("workerpool");
        const std::string requesterText = s.address("requester");
        const auto allows = [](const std::string& restrict, const std::string& who) {
            return restrict == zeroAddress() || restrict == who;
        };
        const auto best = [](std::vector<Stored>& candidates, const char* priceField) {
            std::sort(candidates.begin(), candidates.end(), [&](const Stored& a, const Stored& b) {
                if (a.number(priceField) != b.number(priceField))
                    return a.number(priceField) < b.number(priceField);
                return a.publicationTimestamp < b.publicationTimestamp;
            });
            return candidates.empty() ? std::optional<Stored>() : candidates.front();
        };

        const bool teeRequired = isTee(eth::fromHexFixed<32>(s.order.at("tag").get<std::string>()));
        auto appOrders = openOrders(Kind::App);
        std::erase_if(appOrders, [&](const Stored& o) {
            return o.address("app") != app ||
                   !allows(o.address("workerpoolrestrict"), workerpool) ||
                   !allows(o.address("datasetrestrict"), dataset) ||
                   !allows(o.address("requesterrestrict"), requesterText) ||
                   (teeRequired && !isTee(o.tag()));
        });
        const auto bestApp = best(appOrders, "appprice");
        const std::string appName = s.order.at("app").get<std::string>();
        if (!bestApp)
            refused(std::string("No ") + (teeRequired ? "tee enabled " : "") +
                    "apporder published for app " + appName);
        if (s.number("appmaxprice") < bestApp->number("appprice"))
            refused("appmaxprice for app " + appName + " is too low, actual best price is " +
                    std::to_string(bestApp->number("appprice")) + " nRLC");

        if (dataset == zeroAddress())
            return;
        auto datasetOrders = openOrders(Kind::Dataset);
        std::erase_if(datasetOrders, [&](const Stored& o) {
            return o.address("dataset") != dataset ||
                   !allows(o.address("workerpoolrestrict"), workerpool) ||
                   !allows(o.address("apprestrict"), app) ||
                   !allows(o.address("requesterrestrict"), requesterText);
        });
        const auto bestDataset = best(datasetOrders, "datasetprice");
        const std::string datasetName = s.order.at("dataset").get<std::string>();
        if (!bestDataset)
            refused("No datasetorder published for dataset " + datasetName);
        if (s.number("datasetmaxprice") < bestDataset->number("datasetprice"))
            refused("datasetmaxprice for dataset " + datasetName +
                    " is too low, actual best price is " +
                    std::to_string(bestDataset->number("datasetprice")) + " nRLC");
    }

    ServerResponse getOne(Kind kind, const ServerRequest& request) {
        requireChain(request);
        const std::string hash = lower(std::string(request.pathRest()));
        if (!isBytes32(hash))
            invalid("orderHash must be a bytes32 hexstring");
        auto found = store->find(kind, hash);
        if (!found)
            throw ApiError(404, std::string(spec(kind).name) + " not found");
        std::vector<Stored> one{std::move(*found)};
        refresh(one);
        const Stored& s = one.front();
        // As the real API: chainId here is the query's (a string), not the stored number.
        return reply(200, {{"ok", true},
                           {"orderHash", s.orderHash},
                           {"chainId", chainIdText},
                           {"order", s.order},
                           {"remaining", s.remaining},
                           {"status", s.status},
                           {"publicationTimestamp", s.publicationTimestamp},
                           {"signer", s.signer}});
    }

    ServerResponse orderbook(Kind kind, const ServerRequest& request) {
        const KindSpec& k = spec(kind);
        requireChain(request);
        const QueryReader query(request);
        const auto filters = orderbookFilters(kind, query);
        const auto page = query.integer("page", 0);
        const auto pageIndex = query.integer("pageIndex", 0);
        const auto pageSize = query.integer("pageSize", kMinPageSize, kMaxPageSize);

        auto orders = openOrders(kind);
        std::erase_if(orders, [&](const Stored& s) {
            return !std::all_of(filters.begin(), filters.end(),
                                [&](const Filter& f) { return f(s); });
        });
        std::sort(orders.begin(), orders.end(), [&](const Stored& a, const Stored& b) {
            const auto pa = a.number(k.priceField), pb = b.number(k.priceField);
            if (pa != pb)
                return k.priceDescending ? pa > pb : pa < pb;
            if (a.publicationTimestamp != b.publicationTimestamp)
                return a.publicationTimestamp < b.publicationTimestamp;
            return a.orderHash < b.orderHash;
        });

        return pageReply(orders, "orders", pageWindow(page, pageIndex, pageSize),
                         [this](const Stored& s) { return entry(s); });
    }

    ServerResponse unpublish(Kind kind, const ServerRequest& request) {
        const KindSpec& k = spec(kind);
        requireChain(request);
        const Address authorized = authenticate(request);
        const std::string signer = authorized.toChecksumHex();
        const nlohmann::json body = jsonBody(request);
        std::string target = "unpublish_orderHash";
        if (const auto it = body.find("target"); it != body.end() && !it->is_null()) {
            if (!it->is_string())
                invalid("target must be a `string` type");
            target = it->get<std::string>();
        }
        const bool byHash = target == "unpublish_orderHash";
        if (!byHash && target != "unpublish_last" && target != "unpublish_all")
            invalid("target must be one of the following values: unpublish_orderHash, "
                    "unpublish_last, unpublish_all");
        const auto stringField = [&](const char* name) -> std::optional<std::string> {
            const auto it = body.find(name);
            if (it == body.end() || it->is_null())
                return std::nullopt;
            if (!it->is_string())
                invalid(std::string(name) + " must be a `string` type");
            return it->get<std::string>();
        };

        std::vector<Stored> chosen;
        if (byHash) {
            const auto hash = stringField("orderHash");
            if (!hash)
                invalid("orderHash is a required field");
            const std::string lowered = lower(*hash);
            if (!isBytes32(lowered))
                invalid("orderHash must be a bytes32 hexstring");
            auto found = store->find(kind, lowered);
            std::vector<Stored> one;
            if (found)
                one.push_back(std::move(*found));
            refresh(one);
            if (one.empty() || one.front().status != kOpen)
                refused(std::string(k.name) + " with orderHash " + lowered + " is not published");
            if (one.front().signer != signer)
                refused("only order signer " + one.front().signer + " can unpublish an order");
            chosen = std::move(one);
        } else {
            const auto resourceText = stringField(k.resourceField);
            if (!resourceText)
                invalid(std::string(k.resourceField) + " is a required field");
            const auto resource = parseAddress(*resourceText);
            if (!resource)
                invalid(std::string(k.resourceField) + " is not a valid ethereum address");
            auto orders = openOrders(kind);
            std::erase_if(orders, [&](const Stored& s) {
                return s.address(k.resourceField) != resource->toLowerHex() || s.signer != signer;
            });
            if (orders.empty())
                refused(std::string("no open ") + k.name + " published by signer " + signer +
                        " for " + k.resourceField + " " + resource->toChecksumHex());
            // Newest first (publication order; the sequence breaks same-millisecond ties).
            std::sort(orders.begin(), orders.end(),
                      [](const Stored& a, const Stored& b) { return a.seq > b.seq; });
            if (target == "unpublish_last")
                orders.resize(1);
            chosen = std::move(orders);
        }
        store->remove(chosen);
        ojson hashes = ojson::array();
        for (const auto& s : chosen)
            hashes.push_back(s.orderHash);
        return reply(200, {{"ok", true}, {"unpublished", hashes}});
    }

    void routes() {
        server.route("GET", "/version", guarded([](const ServerRequest&) {
                         return reply(200, {{"ok", true}, {"version", "strongroom-sandbox"}});
                     }));
        server.route("GET", "/deals",
                     guarded([this](const ServerRequest& request) { return getDeals(request); }));
        server.routePrefix("GET", "/deals/", guarded([this](const ServerRequest& request) {
                               return getDeal(request);
                           }));
        server.route("GET", "/challenge", guarded([this](const ServerRequest& request) {
                         requireChain(request);
                         const auto address = request.queryParam("address");
                         if (!address)
                             invalid("address is a required field");
                         const auto parsed = parseAddress(*address);
                         if (!parsed)
                             invalid("address is not a valid ethereum address");
                         return reply(200, {{"ok", true}, {"data", challengeFor(*parsed)}});
                     }));
        for (Kind kind : {Kind::App, Kind::Dataset, Kind::Workerpool, Kind::Request}) {
            const std::string path = spec(kind).path;
            server.route("POST", path, guarded([this, kind](const ServerRequest& request) {
                             return publish(kind, request);
                         }));
            server.route("PUT", path, guarded([this, kind](const ServerRequest& request) {
                             return unpublish(kind, request);
                         }));
            server.route("GET", path, guarded([this, kind](const ServerRequest& request) {
                             return orderbook(kind, request);
                         }));
            server.routePrefix("GET", path + "/",
                               guarded([this, kind](const ServerRequest& request) {
                                   return getOne(kind, request);
                               }));
        }
    }
};

MarketService::MarketService(Options options)
    : HttpService(HttpServer::Options{.port = options.port}),
      impl_(std::make_unique<Impl>(std::move(options), server())) {
    impl_->routes();
}

MarketService::~MarketService() {
    stop();
}

std::uint64_t MarketService::chainId() const {
    return impl_->chainId;
}

} // namespace sr::sandbox
