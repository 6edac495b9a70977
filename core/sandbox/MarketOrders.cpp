#include "sandbox/MarketOrders.h"

#include "util/Error.h"

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <ctime>

namespace sr::sandbox::market {

[[noreturn]] void invalid(const std::string& message) {
    throw ApiError(400, message);
}
[[noreturn]] void refused(const std::string& message) {
    throw ApiError(403, message);
}
[[noreturn]] void unauthorized() {
    throw ApiError(403, "invalid authorization");
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

ojson safeNumber(const U256& value) {
    if (value.fitsUint64() && value.toUint64() <= kMaxSafeInteger)
        return value.toUint64();
    return value.toDecimal();
}

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

std::pair<std::uint64_t, std::uint64_t> pageWindow(std::optional<std::uint64_t> page,
                                                   std::optional<std::uint64_t> pageIndex,
                                                   std::optional<std::uint64_t> pageSize) {
    if (pageIndex || pageSize) {
        const std::uint64_t limit = pageSize.value_or(kDefaultPageSize);
        return {limit * pageIndex.value_or(0), limit};
    }
    return {page.value_or(0), kDefaultPageSize};
}

namespace {

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

} // namespace

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

} // namespace sr::sandbox::market
