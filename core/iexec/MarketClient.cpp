#include "iexec/MarketClient.h"

#include "eth/Eip191.h"
#include "eth/Eip712.h"
#include "eth/Hex.h"
#include "util/Error.h"
#include "util/JsonDepth.h"

#include <algorithm>
#include <string_view>

namespace sr::iexec {

namespace {

[[noreturn]] void corrupt(const std::string& what) {
    throw Error(ErrorCode::Corrupt, "The market API sent a malformed reply: " + what + ".");
}

const nlohmann::json& member(const nlohmann::json& object, const char* name) {
    if (!object.is_object() || !object.contains(name))
        corrupt(std::string("\"") + name + "\" is missing");
    return object[name];
}

std::string textOf(const nlohmann::json& object, const char* name) {
    const auto& v = member(object, name);
    if (!v.is_string())
        corrupt(std::string("\"") + name + "\" is not a string");
    return v.get<std::string>();
}

std::uint64_t numberOf(const nlohmann::json& object, const char* name) {
    const auto& v = member(object, name);
    if (!v.is_number_unsigned())
        corrupt(std::string("\"") + name + "\" is not a count");
    return v.get<std::uint64_t>();
}

Hash32 hashOf(const std::string& text, const char* what) {
    try {
        if (text.size() != 66)
            throw Error(ErrorCode::Corrupt, "length");
        return eth::fromHexFixed<32>(text);
    } catch (const Error&) {
        corrupt(std::string(what) + " is not a 32-byte hash");
    }
}

eth::Address addressOf(const std::string& text, const char* what) {
    try {
        return eth::Address::fromHex(text);
    } catch (const Error&) {
        corrupt(std::string(what) + " is not an address");
    }
}

std::string restriction(const std::string& value, const char* name) {
    if (value.empty() || value == "any")
        return value;
    try {
        return eth::Address::fromHex(value).toChecksumHex();
    } catch (const Error&) {
        throw Error(ErrorCode::InvalidArgument,
                    std::string("The ") + name + " filter must be \"any\" or an address.");
    }
}

template <typename Order>
MarketOrder<Order> parseOrder(const nlohmann::json& entry, const OrderDomain& domain,
                              Order (*fromJson)(const nlohmann::json&)) {
    MarketOrder<Order> out;
    const auto& order = member(entry, "order");
    try {
        out.order.order = fromJson(order);
    } catch (const Error& e) {
        corrupt(e.what());
    }
    out.order.sign = [&] {
        try {
            return eth::fromHex(textOf(order, "sign"));
        } catch (const Error&) {
            corrupt("order.sign is not hex");
        }
    }();
    out.orderHash = hashOf(textOf(entry, "orderHash"), "orderHash");
    if (out.orderHash != orderHash(domain, out.order.order))
        corrupt("an order does not have the hash the API gives it");
    out.remaining = numberOf(entry, "remaining");
    out.status = textOf(entry, "status");
    if (out.status != "open" && out.status != "filled" && out.status != "canceled")
        corrupt("unknown order status \"" + out.status + "\"");
    out.publicationTimestamp = textOf(entry, "publicationTimestamp");
    out.signer = addressOf(textOf(entry, "signer"), "signer");
    if (entry.contains("chainId")) {
        const auto& c = entry["chainId"];
        const bool same = (c.is_number_unsigned() && c.get<std::uint64_t>() == domain.chainId) ||
                          (c.is_string() && c.get<std::string>() == std::to_string(domain.chainId));
        if (!same)
            corrupt("an order of another chain was served");
    }
    return out;
}

/// The query string of an orderbook's restriction filters, tags, volume and page.
struct OrderbookFilters {
    std::string target;

    void add(const char* name, const std::string& value) {
        target += std::string("&") + name + "=" + value;
    }
    void restrictTo(const char* name, const std::string& value, const char* strictName,
                    bool strict) {
        const std::string checked = restriction(value, name);
        if (!checked.empty())
            add(name, checked);
        if (strict)
            add(strictName, "true");
    }
    void common(std::optional<std::uint64_t> minVolume, const std::optional<Hash32>& minTag,
                const std::optional<Hash32>& maxTag) {
        if (minVolume)
            add("minVolume", std::to_string(*minVolume));
        if (minTag)
            add("minTag", eth::toHex(*minTag));
        if (maxTag)
            add("maxTag", eth::toHex(*maxTag));
    }
    void page(std::uint64_t index, std::uint64_t size) {
        if (size < 10 || size > 1000)
            throw Error(ErrorCode::InvalidArgument, "The page size must be between 10 and 1000.");
        add("pageIndex", std::to_string(index));
        add("pageSize", std::to_string(size));
    }
};

template <typename Order>
OrderbookPage<Order>
readPage(const nlohmann::json& reply, std::uint64_t pageSize, const OrderDomain& domain,
         MarketOrder<Order> (*parse)(const nlohmann::json&, const OrderDomain&)) {
    OrderbookPage<Order> page;
    const auto& orders = member(reply, "orders");
    if (!orders.is_array())
        corrupt("\"orders\" is not a list");
    for (const auto& entry : orders)
        page.orders.push_back(parse(entry, domain));
    page.count = numberOf(reply, "count");
    if (reply.contains("nextPage") && !reply["nextPage"].is_null())
        page.nextPage = numberOf(reply, "nextPage");
    if (page.orders.size() > pageSize || page.count < page.orders.size())
        corrupt("the page does not add up");
    return page;
}

/// Every page of `query`, read with `read(query)`, at most `maxOrders` in all.
template <typename Order, typename Query, typename Read>
std::vector<MarketOrder<Order>> everyPage(Query query, std::size_t maxOrders, Read read) {
    std::vector<MarketOrder<Order>> out;
    query.pageIndex = 0;
    for (;;) {
        OrderbookPage<Order> page = read(query);
        if (page.count > maxOrders)
            throw Error(ErrorCode::Unsupported, "The market holds " + std::to_string(page.count) +
                                                    " matching orders; narrow the search.");
        for (auto& o : page.orders)
            out.push_back(std::move(o));
        if (!page.nextPage || page.orders.empty() || out.size() >= page.count)
            return out;
        ++query.pageIndex;
    }
}

} // namespace

MarketClient::MarketClient(std::string baseUrl, OrderDomain domain)
    : baseUrl_(std::move(baseUrl)), domain_(std::move(domain)),
      http_(std::make_unique<HttpClient>()) {
    while (!baseUrl_.empty() && baseUrl_.back() == '/')
        baseUrl_.pop_back();
}

MarketClient::~MarketClient() = default;

std::string MarketClient::chainQuery() const {
    return "chainId=" + std::to_string(domain_.chainId);
}

nlohmann::json MarketClient::exchange(const std::string& method, const std::string& target,
                                      const std::optional<nlohmann::json>& body,
                                      const std::optional<std::string>& authorization,
                                      const CancelToken* cancel, long* status) {
    HttpRequest request;
    request.method = method;
    request.url = baseUrl_ + target;
    request.timeout = std::chrono::seconds(30);
    request.maxResponseBytes = 16u << 20;
    if (body) {
        request.headers.emplace_back("Content-Type", "application/json");
        request.body = body->dump();
    }
    if (authorization)
        request.headers.emplace_back("authorization", *authorization);
    HttpResponse response;
    try {
        response = http_->send(request, cancel);
    } catch (const Error& e) {
        if (e.code() == ErrorCode::Cancelled)
            throw;
        throw Error(ErrorCode::Network, "The market API (" + HttpClient::hostOf(baseUrl_) +
                                            ") could not be reached: " + e.what());
    }
    if (status)
        *status = response.status;
    if (jsonDeeperThan(response.body, kMaxJsonReplyDepth)) // copying it would recurse as deep
        corrupt("nested too deeply");
    const auto json = nlohmann::json::parse(response.body, nullptr, false);
    std::string reason;
    if (!json.is_discarded() && json.is_object() && json.contains("error") &&
        json["error"].is_string())
        reason = json["error"].get<std::string>();
    if (response.status == 400 || response.status == 403 || response.status == 401)
        throw Error(ErrorCode::InvalidArgument,
                    "The market API refused: " + (reason.empty() ? "no reason given" : reason) +
                        ".");
    if (status && response.status == 404)
        return nullptr;
    if (!response.ok())
        throw Error(ErrorCode::Network, "The market API (" + HttpClient::hostOf(baseUrl_) +
                                            ") answered HTTP " + std::to_string(response.status) +
                                            (reason.empty() ? "" : ": " + reason) + ".");
    if (json.is_discarded() || !json.is_object())
        corrupt("not a JSON object");
    if (!json.contains("ok") || json["ok"] != true)
        corrupt("\"ok\" is not true");
    return json;
}

nlohmann::json MarketClient::challenge(const eth::Address& address, const CancelToken* cancel) {
    const auto reply =
        exchange("GET", "/challenge?" + chainQuery() + "&address=" + address.toLowerHex(),
                 std::nullopt, std::nullopt, cancel);
    const auto& data = member(reply, "data");
    if (!data.is_object())
        corrupt("the challenge is not an object");
    return data;
}

void MarketClient::checkChallenge(const nlohmann::json& typedData, std::uint64_t chainId) {
    const auto refuse = [](const std::string& why) {
        throw Error(ErrorCode::Crypto,
                    "The market API asked for a signature over something that is not its login "
                    "challenge (" +
                        why + "); nothing was signed. Check the network profile's market URL.");
    };
    const auto exactKeys = [](const nlohmann::json& object,
                              std::initializer_list<const char*> names) {
        if (!object.is_object() || object.size() != names.size())
            return false;
        for (const char* name : names) {
            if (!object.contains(name))
                return false;
        }
        return true;
    };
    const auto fieldList = [](std::initializer_list<std::pair<const char*, const char*>> fields) {
        nlohmann::json list = nlohmann::json::array();
        for (const auto& [name, type] : fields)
            list.push_back({{"name", name}, {"type", type}});
        return list;
    };
    if (!exactKeys(typedData, {"types", "domain", "primaryType", "message"}))
        refuse("not a typed-data document of four parts");
    if (typedData["primaryType"] != "Challenge")
        refuse("its primary type is not Challenge");
    const auto& types = typedData["types"];
    if (!exactKeys(types, {"EIP712Domain", "Challenge"}) ||
        types["EIP712Domain"] !=
            fieldList({{"name", "string"}, {"version", "string"}, {"chainId", "uint256"}}) ||
        types["Challenge"] != fieldList({{"challenge", "string"}}))
        refuse("its types are not the challenge's");
    const auto& domain = typedData["domain"];
    if (!exactKeys(domain, {"name", "version", "chainId"}) || domain["name"] != "iExec Gateway" ||
        domain["version"] != "1")
        refuse("its domain is not the iExec Gateway's");
    const auto& chain = domain["chainId"];
    const bool sameChain =
        (chain.is_number_unsigned() && chain.get<std::uint64_t>() == chainId) ||
        (chain.is_string() && chain.get<std::string>() == std::to_string(chainId));
    if (!sameChain)
        refuse("it names another chain than " + std::to_string(chainId));
    const auto& message = typedData["message"];
    if (!exactKeys(message, {"challenge"}) || !message["challenge"].is_string())
        refuse("its message is not one challenge text");
    static constexpr std::string_view kPrefix = "Sign this message to log into iExec Gateway: ";
    const auto& text = message["challenge"].get_ref<const std::string&>();
    const std::string_view value =
        std::string_view(text).substr(text.starts_with(kPrefix) ? kPrefix.size() : text.size());
    const bool plain = std::all_of(value.begin(), value.end(), [](char c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    });
    if (!text.starts_with(kPrefix) || value.empty() || value.size() > 128 || !plain)
        refuse("its text is not the login challenge's");
}

std::string MarketClient::authorization(const eth::Signer& signer, const CancelToken* cancel) {
    const auto data = challenge(signer.address(), cancel);
    checkChallenge(data, domain_.chainId);
    Hash32 digest{};
    try {
        digest = eth::Eip712::fromJson(data).digest();
    } catch (const Error& e) {
        corrupt(std::string("the challenge is not valid typed data (") + e.what() + ")");
    }
    const Bytes signature = eth::toRsv(signer.signHash(digest));
    return eth::toHex(digest) + "_" + eth::toHex(signature) + "_" +
           signer.address().toChecksumHex();
}

MarketDatasetOrder MarketClient::parseDatasetOrder(const nlohmann::json& entry,
                                                   const OrderDomain& domain) {
    return parseOrder(entry, domain, &datasetOrderFromJson);
}

MarketAppOrder MarketClient::parseAppOrder(const nlohmann::json& entry, const OrderDomain& domain) {
    return parseOrder(entry, domain, &appOrderFromJson);
}

MarketWorkerpoolOrder MarketClient::parseWorkerpoolOrder(const nlohmann::json& entry,
                                                         const OrderDomain& domain) {
    return parseOrder(entry, domain, &workerpoolOrderFromJson);
}

nlohmann::json MarketClient::getJson(const std::string& target, const CancelToken* cancel) {
    const auto q = target.find('?');
    const std::string full = q == std::string::npos ? target + "?" + chainQuery()
                                                    : target.substr(0, q + 1) + chainQuery() + "&" +
                                                          target.substr(q + 1);
    return exchange("GET", full, std::nullopt, std::nullopt, cancel);
}

std::vector<MarketWorkerpoolOrder>
MarketClient::workerpoolOrderbook(const WorkerpoolOrderbookQuery& q, const CancelToken* cancel) {
    if (q.pageSize < 10 || q.pageSize > 1000)
        throw Error(ErrorCode::InvalidArgument, "The page size must be between 10 and 1000.");
    std::string target = "/workerpoolorders?category=" + std::to_string(q.category);
    const auto add = [&](const char* name, const std::string& value) {
        if (!value.empty())
            target += std::string("&") + name + "=" + value;
    };
    if (q.workerpool)
        add("workerpool", q.workerpool->toChecksumHex());
    add("app", restriction(q.app, "app"));
    add("dataset", restriction(q.dataset, "dataset"));
    add("requester", restriction(q.requester, "requester"));
    if (q.isRequesterStrict)
        add("isRequesterStrict", "true");
    if (q.minTag)
        add("minTag", eth::toHex(*q.minTag));
    add("pageSize", std::to_string(q.pageSize));
    const auto reply = getJson(target, cancel);
    const auto& orders = member(reply, "orders");
    if (!orders.is_array())
        corrupt("\"orders\" is not a list");
    std::vector<MarketWorkerpoolOrder> out;
    for (const auto& entry : orders)
        out.push_back(parseWorkerpoolOrder(entry, domain_));
    if (out.size() > q.pageSize)
        corrupt("the page does not add up");
    return out;
}

MarketDatasetOrder MarketClient::publishDatasetOrder(const SignedOrder<DatasetOrder>& order,
                                                     const eth::Signer& signer,
                                                     const CancelToken* cancel) {
    if (order.sign.empty())
        throw Error(ErrorCode::InvalidArgument, "An order must be signed before it is published.");
    nlohmann::json body = toJson(order.order);
    body["sign"] = eth::toHex(order.sign);
    const auto reply =
        exchange("POST", "/datasetorders?" + chainQuery(), nlohmann::json{{"order", body}},
                 authorization(signer, cancel), cancel);
    auto published = parseDatasetOrder(member(reply, "published"), domain_);
    if (published.orderHash != orderHash(domain_, order.order))
        corrupt("the published order is not the one sent");
    return published;
}

DatasetOrderbookPage MarketClient::datasetOrderbook(const DatasetOrderbookQuery& q,
                                                    const CancelToken* cancel) {
    if (!q.dataset && !q.datasetOwner)
        throw Error(ErrorCode::InvalidArgument,
                    "An orderbook query needs a dataset or a dataset owner.");
    OrderbookFilters f{"/datasetorders?" + chainQuery()};
    if (q.dataset)
        f.add("dataset", q.dataset->toChecksumHex());
    if (q.datasetOwner)
        f.add("datasetOwner", q.datasetOwner->toChecksumHex());
    f.restrictTo("app", q.app, "isAppStrict", q.isAppStrict);
    f.restrictTo("workerpool", q.workerpool, "isWorkerpoolStrict", q.isWorkerpoolStrict);
    f.restrictTo("requester", q.requester, "isRequesterStrict", q.isRequesterStrict);
    f.common(q.minVolume, q.minTag, q.maxTag);
    if (q.bulkOnly)
        f.add("bulkOnly", "true");
    f.page(q.pageIndex, q.pageSize);
    const auto reply = exchange("GET", f.target, std::nullopt, std::nullopt, cancel);
    return readPage(reply, q.pageSize, domain_, &parseDatasetOrder);
}

std::vector<MarketDatasetOrder> MarketClient::allDatasetOrders(DatasetOrderbookQuery query,
                                                               const CancelToken* cancel,
                                                               std::size_t maxOrders) {
    return everyPage<DatasetOrder>(std::move(query), maxOrders,
                                   [&](const auto& q) { return datasetOrderbook(q, cancel); });
}

AppOrderbookPage MarketClient::appOrderbook(const AppOrderbookQuery& q, const CancelToken* cancel) {
    if (!q.app && !q.appOwner)
        throw Error(ErrorCode::InvalidArgument,
                    "An app orderbook query needs an app or an app owner.");
    OrderbookFilters f{"/apporders?" + chainQuery()};
    if (q.app)
        f.add("app", q.app->toChecksumHex());
    if (q.appOwner)
        f.add("appOwner", q.appOwner->toChecksumHex());
    f.restrictTo("dataset", q.dataset, "isDatasetStrict", q.isDatasetStrict);
    f.restrictTo("workerpool", q.workerpool, "isWorkerpoolStrict", q.isWorkerpoolStrict);
    f.restrictTo("requester", q.requester, "isRequesterStrict", q.isRequesterStrict);
    f.common(q.minVolume, q.minTag, q.maxTag);
    f.page(q.pageIndex, q.pageSize);
    const auto reply = exchange("GET", f.target, std::nullopt, std::nullopt, cancel);
    auto page = readPage(reply, q.pageSize, domain_, &parseAppOrder);
    for (const auto& o : page.orders)
        if (q.app && o.order.order.app != *q.app)
            corrupt("an order of another app than the one asked for was served");
    return page;
}

std::vector<MarketAppOrder> MarketClient::allAppOrders(AppOrderbookQuery query,
                                                       const CancelToken* cancel,
                                                       std::size_t maxOrders) {
    return everyPage<AppOrder>(std::move(query), maxOrders,
                               [&](const auto& q) { return appOrderbook(q, cancel); });
}

std::vector<MarketAppOrder> MarketClient::openAppOrders(const eth::Address& app,
                                                        const CancelToken* cancel) {
    AppOrderbookQuery q; // dataset, workerpool and requester "any": every restriction
    q.app = app;
    auto orders = allAppOrders(q, cancel);
    std::erase_if(orders, [](const MarketAppOrder& o) { return o.status != "open"; });
    return orders;
}

std::optional<MarketDatasetOrder> MarketClient::datasetOrder(const Hash32& hash,
                                                             const CancelToken* cancel) {
    long status = 0;
    const auto reply = exchange("GET", "/datasetorders/" + eth::toHex(hash) + "?" + chainQuery(),
                                std::nullopt, std::nullopt, cancel, &status);
    if (status == 404)
        return std::nullopt;
    auto found = parseDatasetOrder(reply, domain_);
    if (found.orderHash != hash)
        corrupt("another order than the one asked for was served");
    return found;
}

std::vector<Hash32> MarketClient::unpublish(const nlohmann::json& body, const eth::Signer& signer,
                                            const CancelToken* cancel) {
    const auto reply = exchange("PUT", "/datasetorders?" + chainQuery(), body,
                                authorization(signer, cancel), cancel);
    const auto& list = member(reply, "unpublished");
    if (!list.is_array())
        corrupt("\"unpublished\" is not a list");
    std::vector<Hash32> out;
    for (const auto& h : list) {
        if (!h.is_string())
            corrupt("an unpublished hash is not a string");
        out.push_back(hashOf(h.get<std::string>(), "unpublished hash"));
    }
    return out;
}

std::vector<Hash32> MarketClient::unpublishDatasetOrder(const Hash32& hash,
                                                        const eth::Signer& signer,
                                                        const CancelToken* cancel) {
    return unpublish({{"target", "unpublish_orderHash"}, {"orderHash", eth::toHex(hash)}}, signer,
                     cancel);
}

std::vector<Hash32> MarketClient::unpublishAllDatasetOrders(const eth::Address& dataset,
                                                            const eth::Signer& signer,
                                                            const CancelToken* cancel) {
    return unpublish({{"target", "unpublish_all"}, {"dataset", dataset.toChecksumHex()}}, signer,
                     cancel);
}

} // namespace sr::iexec
