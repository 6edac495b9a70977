#include "sandbox/MarketService.h"

#include "crypto/SecureRandom.h"
#include "eth/Address.h"
#include "eth/Eip191.h"
#include "eth/Eip712.h"
#include "eth/Hex.h"
#include "eth/U256.h"
#include "iexec/IexecOrders.h"
#include "sandbox/ServiceChainReader.h"
#include "store/AtomicFile.h"
#include "store/Database.h"
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

namespace {

using eth::Address;
using eth::U256;
using ojson = nlohmann::ordered_json;

constexpr std::uint64_t kMaxSafeInteger = 9007199254740991ull; // Number.MAX_SAFE_INTEGER
constexpr const char* kAny = "any";
constexpr const char* kOpen = "open";
constexpr const char* kFilled = "filled";
constexpr const char* kCanceled = "canceled";
constexpr std::uint64_t kDefaultPageSize = 20;
constexpr std::uint64_t kMinPageSize = 10;
constexpr std::uint64_t kMaxPageSize = 1000;

const std::vector<std::string> kMigrations = {
    "CREATE TABLE orders (seq INTEGER PRIMARY KEY AUTOINCREMENT, kind TEXT NOT NULL, "
    "orderHash TEXT NOT NULL, chainId INTEGER NOT NULL, orderJson TEXT NOT NULL, "
    "signer TEXT NOT NULL, status TEXT NOT NULL, remaining INTEGER NOT NULL, "
    "publicationTimestamp TEXT NOT NULL, UNIQUE (kind, orderHash));"
    "CREATE INDEX orders_by_status ON orders (kind, status)",
    // Deals, indexed from the hub's OrdersMatched events, and how far the scan got.
    "CREATE TABLE deals (dealid TEXT PRIMARY KEY, blockNumber INTEGER NOT NULL, "
    "dealJson TEXT NOT NULL);"
    "CREATE TABLE scan (name TEXT PRIMARY KEY, block INTEGER NOT NULL)",
};

/// An answer of the API other than 200: {ok: false, error}.
class ApiError : public std::runtime_error {
public:
    ApiError(int status, const std::string& message)
        : std::runtime_error(message), status_(status) {}
    int status() const noexcept { return status_; }

private:
    int status_;
};

// The real API's error classes: ValidationError 400, AuthError and BusinessError 403,
// ObjectNotFoundError 404.
[[noreturn]] void invalid(const std::string& message) {
    throw ApiError(400, message);
}
[[noreturn]] void refused(const std::string& message) {
    throw ApiError(403, message);
}
[[noreturn]] void unauthorized() {
    throw ApiError(403, "invalid authorization");
}

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

std::string lower(std::string text) {
    std::transform(text.begin(), text.end(), text.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return text;
}

// Addresses in any case are accepted, as the real API's getAddress(value.toLowerCase()).
std::optional<Address> parseAddress(const std::string& text) {
    try {
        return Address::fromHex(lower(text));
    } catch (const Error&) {
        return std::nullopt;
    }
}

bool isBytes32(const std::string& lowered) {
    if (lowered.size() != 66 || lowered[0] != '0' || lowered[1] != 'x')
        return false;
    return std::all_of(lowered.begin() + 2, lowered.end(),
                       [](char c) { return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'); });
}

std::optional<std::uint64_t> parseDecimal(const std::string& text) {
    if (text.empty() || text.size() > 19 ||
        !std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; }))
        return std::nullopt;
    return std::stoull(text);
}

std::string isoTime(std::int64_t millis) {
    const std::time_t seconds = static_cast<std::time_t>(millis / 1000);
    std::tm utc{};
    gmtime_r(&seconds, &utc);
    char buffer[32];
    std::strftime(buffer, sizeof buffer, "%Y-%m-%dT%H:%M:%S", &utc);
    char out[48];
    std::snprintf(out, sizeof out, "%s.%03dZ", buffer, static_cast<int>(millis % 1000));
    return out;
}

std::string isoNow() {
    return isoTime(std::chrono::duration_cast<std::chrono::milliseconds>(
                       std::chrono::system_clock::now().time_since_epoch())
                       .count());
}

/// A uint256 as the real API stores it: a JSON number (its values are safe integers).
ojson safeNumber(const U256& value) {
    if (value.fitsUint64() && value.toUint64() <= kMaxSafeInteger)
        return value.toUint64();
    return value.toDecimal();
}

// --- The four kinds of orders.

enum class Kind { App, Dataset, Workerpool, Request };
enum class FieldType { Address, Uint, Volume, Bytes32, String };

struct FieldSpec {
    const char* name;
    FieldType type;
};

struct KindSpec {
    Kind kind;
    const char* name;          ///< "datasetorder"
    const char* path;          ///< "/datasetorders"
    const char* resourceField; ///< the address unpublish_last/all select on
    const char* priceField;    ///< the orderbook sort key
    bool priceDescending;
    std::vector<FieldSpec> fields; ///< the signed fields, in EIP-712 order (sign excluded)
    std::optional<ServiceChainReader::Registry> registry; ///< none: the requester signs
    const char* closedEvent;
};

const KindSpec& spec(Kind kind) {
    using T = FieldType;
    using R = ServiceChainReader::Registry;
    static const std::vector<KindSpec> specs = {
        {Kind::App,
         "apporder",
         "/apporders",
         "app",
         "appprice",
         false,
         {{"app", T::Address},
          {"appprice", T::Uint},
          {"volume", T::Volume},
          {"tag", T::Bytes32},
          {"datasetrestrict", T::Address},
          {"workerpoolrestrict", T::Address},
          {"requesterrestrict", T::Address},
          {"salt", T::Bytes32}},
         R::App,
         "ClosedAppOrder(bytes32)"},
        {Kind::Dataset,
         "datasetorder",
         "/datasetorders",
         "dataset",
         "datasetprice",
         false,
         {{"dataset", T::Address},
          {"datasetprice", T::Uint},
          {"volume", T::Volume},
          {"tag", T::Bytes32},
          {"apprestrict", T::Address},
          {"workerpoolrestrict", T::Address},
          {"requesterrestrict", T::Address},
          {"salt", T::Bytes32}},
         R::Dataset,
         "ClosedDatasetOrder(bytes32)"},
        {Kind::Workerpool,
         "workerpoolorder",
         "/workerpoolorders",
         "workerpool",
         "workerpoolprice",
         false,
         {{"workerpool", T::Address},
          {"workerpoolprice", T::Uint},
          {"volume", T::Volume},
          {"tag", T::Bytes32},
          {"category", T::Uint},
          {"trust", T::Uint},
          {"apprestrict", T::Address},
          {"datasetrestrict", T::Address},
          {"requesterrestrict", T::Address},
          {"salt", T::Bytes32}},
         R::Workerpool,
         "ClosedWorkerpoolOrder(bytes32)"},
        {Kind::Request,
         "requestorder",
         "/requestorders",
         "requester",
         "workerpoolmaxprice",
         true,
         {{"app", T::Address},
          {"appmaxprice", T::Uint},
          {"dataset", T::Address},
          {"datasetmaxprice", T::Uint},
          {"workerpool", T::Address},
          {"workerpoolmaxprice", T::Uint},
          {"requester", T::Address},
          {"volume", T::Volume},
          {"tag", T::Bytes32},
          {"category", T::Uint},
          {"trust", T::Uint},
          {"beneficiary", T::Address},
          {"callback", T::Address},
          {"params", T::String},
          {"salt", T::Bytes32}},
         std::nullopt,
         "ClosedRequestOrder(bytes32)"},
    };
    return specs.at(static_cast<std::size_t>(kind));
}

/// Validates a signed order as the real API's schemas do and returns it normalised:
/// checksummed addresses, integers as JSON numbers, lowercase bytes32, in field order.
ojson normaliseOrder(const KindSpec& kind, const nlohmann::json& in) {
    if (!in.is_object())
        invalid("order is a required field");
    ojson out = ojson::object();
    auto fieldOf = [&](const char* name) -> const nlohmann::json* {
        const auto it = in.find(name);
        return it == in.end() || it->is_null() ? nullptr : &*it;
    };
    for (const auto& field : kind.fields) {
        const std::string path = std::string("order.") + field.name;
        const nlohmann::json* value = fieldOf(field.name);
        if (!value)
            invalid(path + " is a required field");
        switch (field.type) {
        case FieldType::Address: {
            const auto address =
                value->is_string() ? parseAddress(value->get<std::string>()) : std::nullopt;
            if (!address)
                invalid(path + " is not a valid ethereum address");
            out[field.name] = address->toChecksumHex();
            break;
        }
        case FieldType::Uint:
        case FieldType::Volume: {
            std::optional<std::uint64_t> number;
            if (value->is_number_unsigned())
                number = value->get<std::uint64_t>();
            else if (value->is_number_integer())
                invalid(path + " must be greater than or equal to " +
                        (field.type == FieldType::Volume ? "1" : "0"));
            else if (value->is_number_float())
                invalid(path + " must be an integer");
            else if (value->is_string())
                number = parseDecimal(value->get<std::string>());
            if (!number)
                invalid(path + " must be a `number` type");
            if (*number > kMaxSafeInteger)
                invalid(path + " must be less than or equal to 9007199254740991");
            if (field.type == FieldType::Volume && *number < 1)
                invalid(path + " must be greater than or equal to 1");
            out[field.name] = *number;
            break;
        }
        case FieldType::Bytes32: {
            const std::string text = value->is_string() ? lower(value->get<std::string>()) : "";
            if (!isBytes32(text))
                invalid(path + " must be a bytes32 hexstring");
            out[field.name] = text;
            break;
        }
        case FieldType::String:
            if (!value->is_string())
                invalid(path + " must be a `string` type");
            out[field.name] = value->get<std::string>();
            break;
        }
    }
    const nlohmann::json* sign = fieldOf("sign");
    if (!sign)
        invalid("order.sign is a required field");
    if (!sign->is_string() || !sign->get<std::string>().starts_with("0x"))
        invalid("order.sign must be a valid signature");
    out["sign"] = sign->get<std::string>();
    return out;
}

Hash32 hashOrder(Kind kind, const iexec::OrderDomain& domain, const ojson& order) {
    const nlohmann::json plain = nlohmann::json::parse(order.dump());
    switch (kind) {
    case Kind::App:
        return iexec::orderHash(domain, iexec::appOrderFromJson(plain));
    case Kind::Dataset:
        return iexec::orderHash(domain, iexec::datasetOrderFromJson(plain));
    case Kind::Workerpool:
        return iexec::orderHash(domain, iexec::workerpoolOrderFromJson(plain));
    case Kind::Request:
        return iexec::orderHash(domain, iexec::requestOrderFromJson(plain));
    }
    throw Error(ErrorCode::Internal, "unknown order kind");
}

/// One published order, as stored.
struct Stored {
    Kind kind = Kind::App;
    std::string orderHash; ///< 0x, lowercase
    ojson order;
    std::string signer; ///< checksummed
    std::string status;
    std::uint64_t remaining = 0;
    std::string publicationTimestamp;
    std::int64_t seq = 0;

    std::uint64_t number(const char* field) const { return order.at(field).get<std::uint64_t>(); }
    std::string address(const char* field) const {
        return lower(order.at(field).get<std::string>());
    }
    Hash32 tag() const { return eth::fromHexFixed<32>(order.at("tag").get<std::string>()); }
    bool isBulk() const { // a dataset order usable by any number of tasks, for free
        return number("volume") >= kMaxSafeInteger - 1 && number("datasetprice") == 0;
    }
};

const std::string& zeroAddress() {
    static const std::string zero = Address().toLowerHex();
    return zero;
}

bool hasAllBits(const Hash32& tag, const Hash32& bits) {
    for (std::size_t i = 0; i < tag.size(); ++i)
        if ((tag[i] & bits[i]) != bits[i])
            return false;
    return true;
}

bool withinBits(const Hash32& tag, const Hash32& allowed) {
    for (std::size_t i = 0; i < tag.size(); ++i)
        if ((tag[i] & ~allowed[i]) != 0)
            return false;
    return true;
}

bool isTee(const Hash32& tag) {
    return (tag[31] & 0x01) != 0;
}

/// Reads the query as the real API's yup schemas do.
class QueryReader {
public:
    explicit QueryReader(const ServerRequest& request) : request_(request) {}

    std::optional<std::string> raw(const char* name) const { return request_.queryParam(name); }

    /// "any", or the lowercase address.
    std::optional<std::string> addressOrAny(const char* name) const {
        auto value = raw(name);
        if (!value || *value == kAny)
            return value;
        const auto address = parseAddress(*value);
        if (!address)
            invalid(std::string(name) + " is neither \"any\" nor a valid ethereum address");
        return address->toLowerHex();
    }
    std::optional<Address> address(const char* name) const {
        auto value = raw(name);
        if (!value)
            return std::nullopt;
        const auto address = parseAddress(*value);
        if (!address)
            invalid(std::string(name) + " is not a valid ethereum address");
        return address;
    }
    bool boolean(const char* name) const {
        auto value = raw(name);
        if (!value)
            return false;
        const std::string v = lower(*value);
        if (v == "true" || v == "1")
            return true;
        if (v == "false" || v == "0")
            return false;
        invalid(std::string(name) + " must be a `boolean` type");
    }
    std::optional<std::uint64_t> integer(const char* name, std::uint64_t min,
                                         std::uint64_t max = kMaxSafeInteger) const {
        auto value = raw(name);
        if (!value)
            return std::nullopt;
        const auto number = parseDecimal(*value);
        if (!number)
            invalid(std::string(name) + " must be a `number` type");
        if (*number < min)
            invalid(std::string(name) + " must be greater than or equal to " + std::to_string(min));
        if (*number > max)
            invalid(std::string(name) + " must be less than or equal to " + std::to_string(max));
        return number;
    }
    std::optional<Hash32> bytes32(const char* name) const {
        auto value = raw(name);
        if (!value)
            return std::nullopt;
        const std::string text = lower(*value);
        if (!isBytes32(text))
            invalid(std::string(name) + " must be a bytes32 hexstring");
        return eth::fromHexFixed<32>(text);
    }

private:
    const ServerRequest& request_;
};

/// {skip, limit} as the real API pages: pageIndex/pageSize, else the deprecated `page` offset.
std::pair<std::uint64_t, std::uint64_t> pageWindow(std::optional<std::uint64_t> page,
                                                   std::optional<std::uint64_t> pageIndex,
                                                   std::optional<std::uint64_t> pageSize) {
    if (pageIndex || pageSize) {
        const std::uint64_t limit = pageSize.value_or(kDefaultPageSize);
        return {limit * pageIndex.value_or(0), limit};
    }
    return {page.value_or(0), kDefaultPageSize};
}

using Filter = std::function<bool(const Stored&)>;

/// `field` equals the queried address (unless "any" or absent).
void addEquals(std::vector<Filter>& filters, const char* field,
               const std::optional<std::string>& value) {
    if (!value || *value == kAny)
        return;
    filters.push_back([field, v = *value](const Stored& o) { return o.address(field) == v; });
}

/// A restriction: absent = unrestricted orders only; "any" = no filter; an address = orders
/// restricted to it (or unrestricted, unless strict).
void addRestrict(std::vector<Filter>& filters, const char* field,
                 const std::optional<std::string>& value, bool strict) {
    if (value && *value == kAny)
        return;
    if (!value) {
        filters.push_back([field](const Stored& o) { return o.address(field) == zeroAddress(); });
        return;
    }
    filters.push_back([field, v = *value, strict](const Stored& o) {
        const std::string restrict = o.address(field);
        return restrict == v || (!strict&& restrict == zeroAddress());
    });
}

void addTags(std::vector<Filter>& filters, const QueryReader& query) {
    if (const auto minTag = query.bytes32("minTag"); minTag && *minTag != Hash32{})
        filters.push_back([m = *minTag](const Stored& o) { return hasAllBits(o.tag(), m); });
    if (const auto maxTag = query.bytes32("maxTag"))
        filters.push_back([m = *maxTag](const Stored& o) { return withinBits(o.tag(), m); });
}

void addOwner(std::vector<Filter>& filters, const QueryReader& query, const char* name) {
    if (const auto owner = query.address(name))
        filters.push_back(
            [o = owner->toLowerHex()](const Stored& s) { return lower(s.signer) == o; });
}

std::vector<Filter> orderbookFilters(Kind kind, const QueryReader& q) {
    std::vector<Filter> f;
    if (const auto minVolume = q.integer("minVolume", 1))
        f.push_back([m = *minVolume](const Stored& o) { return o.remaining >= m; });
    switch (kind) {
    case Kind::App: {
        const auto app = q.addressOrAny("app");
        if (!app && !q.raw("appOwner"))
            invalid("app or appOwner is required");
        addEquals(f, "app", app);
        addOwner(f, q, "appOwner");
        addRestrict(f, "datasetrestrict", q.addressOrAny("dataset"), q.boolean("isDatasetStrict"));
        addRestrict(f, "workerpoolrestrict", q.addressOrAny("workerpool"),
                    q.boolean("isWorkerpoolStrict"));
        addRestrict(f, "requesterrestrict", q.addressOrAny("requester"),
                    q.boolean("isRequesterStrict"));
        break;
    }
    case Kind::Dataset: {
        const auto dataset = q.addressOrAny("dataset");
        if (!dataset && !q.raw("datasetOwner"))
            invalid("dataset or datasetOwner is required");
        addEquals(f, "dataset", dataset);
        addOwner(f, q, "datasetOwner");
        addRestrict(f, "apprestrict", q.addressOrAny("app"), q.boolean("isAppStrict"));
        addRestrict(f, "workerpoolrestrict", q.addressOrAny("workerpool"),
                    q.boolean("isWorkerpoolStrict"));
        addRestrict(f, "requesterrestrict", q.addressOrAny("requester"),
                    q.boolean("isRequesterStrict"));
        if (q.boolean("bulkOnly"))
            f.push_back([](const Stored& o) { return o.isBulk(); });
        break;
    }
    case Kind::Workerpool: {
        addEquals(f, "workerpool", q.addressOrAny("workerpool"));
        addOwner(f, q, "workerpoolOwner");
        addRestrict(f, "apprestrict", q.addressOrAny("app"), q.boolean("isAppStrict"));
        addRestrict(f, "datasetrestrict", q.addressOrAny("dataset"), q.boolean("isDatasetStrict"));
        addRestrict(f, "requesterrestrict", q.addressOrAny("requester"),
                    q.boolean("isRequesterStrict"));
        if (const auto category = q.integer("category", 0))
            f.push_back([c = *category](const Stored& o) { return o.number("category") == c; });
        if (const auto minTrust = q.integer("minTrust", 0); minTrust && *minTrust > 1)
            f.push_back([m = *minTrust](const Stored& o) { return o.number("trust") >= m; });
        break;
    }
    case Kind::Request: {
        addEquals(f, "app", q.addressOrAny("app"));
        addEquals(f, "dataset", q.addressOrAny("dataset"));
        addEquals(f, "requester", q.addressOrAny("requester"));
        addEquals(f, "beneficiary", q.addressOrAny("beneficiary"));
        addRestrict(f, "workerpool", q.addressOrAny("workerpool"), q.boolean("isWorkerpoolStrict"));
        if (const auto category = q.integer("category", 0))
            f.push_back([c = *category](const Stored& o) { return o.number("category") == c; });
        if (const auto maxTrust = q.integer("maxTrust", 0))
            f.push_back([m = *maxTrust](const Stored& o) { return o.number("trust") <= m; });
        break;
    }
    }
    addTags(f, q);
    return f;
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

} // namespace

struct MarketService::Impl {
    Options options;
    ServiceChainReader chain;
    std::uint64_t chainId = 0;
    std::string chainIdText;
    iexec::OrderDomain domain;
    std::mutex dbMutex; // one connection, used by one worker thread at a time
    Database db;
    std::mutex challengeMutex;
    std::map<std::string, Challenge> challenges; // by lowercase address
    HttpServer server;

    static Options prepared(Options o) {
        ensureDirectory(o.stateDir, 0700);
        return o;
    }

    explicit Impl(Options o)
        : options(prepared(std::move(o))), chain(options.rpcUrl, options.deployment),
          db(options.stateDir / "market.sqlite", kMigrations),
          server(HttpServer::Options{.port = options.port}) {
        chainId = chain.chainId();
        chainIdText = std::to_string(chainId);
        domain = chain.domain();
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

    static Stored readRow(Database::Statement& row) {
        Stored s;
        s.seq = row.integer(0);
        const std::string kind = row.text(1);
        for (Kind k : {Kind::App, Kind::Dataset, Kind::Workerpool, Kind::Request})
            if (kind == spec(k).name)
                s.kind = k;
        s.orderHash = row.text(2);
        s.order = ojson::parse(row.text(3));
        s.signer = row.text(4);
        s.status = row.text(5);
        s.remaining = static_cast<std::uint64_t>(row.integer(6));
        s.publicationTimestamp = row.text(7);
        return s;
    }

    static constexpr const char* kColumns =
        "SELECT seq, kind, orderHash, orderJson, signer, status, remaining, publicationTimestamp "
        "FROM orders ";

    std::vector<Stored> loadOpen(Kind kind) {
        std::lock_guard lock(dbMutex);
        auto statement =
            db.prepare(std::string(kColumns) + "WHERE kind = ? AND status = ? ORDER BY seq");
        statement.bind(1, spec(kind).name).bind(2, kOpen);
        std::vector<Stored> out;
        while (statement.step())
            out.push_back(readRow(statement));
        return out;
    }

    std::optional<Stored> loadOne(Kind kind, const std::string& orderHash) {
        std::lock_guard lock(dbMutex);
        auto statement = db.prepare(std::string(kColumns) + "WHERE kind = ? AND orderHash = ?");
        statement.bind(1, spec(kind).name).bind(2, orderHash);
        if (!statement.step())
            return std::nullopt;
        return readRow(statement);
    }

    /// False when the order is already stored.
    bool insert(Stored& s) {
        std::lock_guard lock(dbMutex);
        db.prepare("INSERT OR IGNORE INTO orders (kind, orderHash, chainId, orderJson, signer, "
                   "status, remaining, publicationTimestamp) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
            .bind(1, spec(s.kind).name)
            .bind(2, s.orderHash)
            .bind(3, static_cast<std::int64_t>(chainId))
            .bind(4, s.order.dump())
            .bind(5, s.signer)
            .bind(6, s.status)
            .bind(7, static_cast<std::int64_t>(s.remaining))
            .bind(8, s.publicationTimestamp)
            .run();
        if (db.changes() != 1)
            return false;
        s.seq = db.lastInsertId();
        return true;
    }

    void remove(const std::vector<Stored>& orders) {
        std::lock_guard lock(dbMutex);
        db.transaction([&] {
            for (const auto& s : orders)
                db.prepare("DELETE FROM orders WHERE kind = ? AND orderHash = ?")
                    .bind(1, spec(s.kind).name)
                    .bind(2, s.orderHash)
                    .run();
        });
    }

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
            std::lock_guard lock(dbMutex);
            db.prepare("UPDATE orders SET status = ?, remaining = ? WHERE kind = ? AND "
                       "orderHash = ?")
                .bind(1, status)
                .bind(2, static_cast<std::int64_t>(remaining))
                .bind(3, spec(s.kind).name)
                .bind(4, s.orderHash)
                .run();
        }
    }

    std::vector<Stored> openOrders(Kind kind) {
        auto orders = loadOpen(kind);
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

    std::optional<std::uint64_t> scannedTo() {
        std::lock_guard lock(dbMutex);
        auto statement = db.prepare("SELECT block FROM scan WHERE name = 'deals'");
        if (!statement.step())
            return std::nullopt;
        return static_cast<std::uint64_t>(statement.integer(0));
    }

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
        if (const auto done = scannedTo()) {
            if (*done > head) { // another chain under the same folder: start again
                std::lock_guard lock(dbMutex);
                db.exec("DELETE FROM deals");
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
        std::lock_guard lock(dbMutex);
        db.transaction([&] {
            for (std::size_t i = 0; i < matches.size(); ++i)
                db.prepare("INSERT OR IGNORE INTO deals (dealid, blockNumber, dealJson) VALUES "
                           "(?, ?, ?)")
                    .bind(1, eth::toHex(matches[i].dealId))
                    .bind(2, static_cast<std::int64_t>(matches[i].blockNumber))
                    .bind(3, dealJson(matches[i], deals[i], timestamps[i]).dump())
                    .run();
            db.prepare("INSERT OR REPLACE INTO scan (name, block) VALUES ('deals', ?)")
                .bind(1, static_cast<std::int64_t>(head))
                .run();
        });
    }

    std::vector<ojson> loadDeals() {
        std::lock_guard lock(dbMutex);
        auto statement = db.prepare("SELECT dealJson FROM deals");
        std::vector<ojson> out;
        while (statement.step())
            out.push_back(ojson::parse(statement.text(0)));
        return out;
    }

    ServerResponse getDeal(const ServerRequest& request) {
        requireChain(request);
        const std::string id = lower(std::string(request.pathRest()));
        if (!isBytes32(id))
            invalid("dealid must be a bytes32 hexstring");
        indexDeals();
        for (auto& deal : loadDeals())
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
        auto deals = loadDeals();
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
        const auto [skip, limit] = pageWindow(page, pageIndex, pageSize);
        ojson list = ojson::array();
        for (std::uint64_t i = skip; i < deals.size() && i < skip + limit; ++i)
            list.push_back(deals[static_cast<std::size_t>(i)]);
        ojson body = {{"ok", true}, {"deals", list}, {"count", deals.size()}};
        if (list.size() == limit)
            body["nextPage"] = skip + limit;
        return reply(200, body);
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
        if (loadOne(kind, s.orderHash))
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
        if (!insert(s))
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
        auto found = loadOne(kind, hash);
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

        const auto [skip, limit] = pageWindow(page, pageIndex, pageSize);
        ojson list = ojson::array();
        for (std::uint64_t i = skip; i < orders.size() && i < skip + limit; ++i)
            list.push_back(entry(orders[static_cast<std::size_t>(i)]));
        ojson body = {{"ok", true}, {"orders", list}, {"count", orders.size()}};
        if (list.size() == limit)
            body["nextPage"] = skip + limit;
        return reply(200, body);
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
            auto found = loadOne(kind, lowered);
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
        remove(chosen);
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

MarketService::MarketService(Options options) : impl_(std::make_unique<Impl>(std::move(options))) {
    impl_->routes();
}

MarketService::~MarketService() {
    stop();
}

void MarketService::start() {
    impl_->server.start();
}
void MarketService::stop() {
    impl_->server.stop();
}
std::string MarketService::baseUrl() const {
    return impl_->server.baseUrl();
}
std::uint16_t MarketService::port() const {
    return impl_->server.port();
}
std::uint64_t MarketService::chainId() const {
    return impl_->chainId;
}

} // namespace sr::sandbox
