#pragma once

// The rules of the sandbox market's orders, apart from its storage and routes: the four kinds
// of orders and their signed fields, how a published order is checked and normalised as the
// real iexec-market-api's schemas do, its hash, the orderbook's query filters and paging. The
// service (MarketService) applies them; MarketStore keeps what they accept.

#include "eth/Address.h"
#include "eth/Hex.h"
#include "eth/U256.h"
#include "iexec/IexecOrders.h"
#include "sandbox/HttpMessage.h"
#include "sandbox/ServiceChainReader.h"
#include "util/Bytes.h"

#include <cstdint>
#include <functional>
#include <nlohmann/json.hpp>
#include <optional>
#include <stdexcept>
#include <string>
#include <utility>
#include <vector>

namespace sr::sandbox::market {

using eth::Address;
using eth::U256;
using ojson = nlohmann::ordered_json;

inline constexpr std::uint64_t kMaxSafeInteger = 9007199254740991ull; // Number.MAX_SAFE_INTEGER
inline constexpr const char* kAny = "any";
inline constexpr const char* kOpen = "open";
inline constexpr const char* kFilled = "filled";
inline constexpr const char* kCanceled = "canceled";
inline constexpr std::uint64_t kDefaultPageSize = 20;
inline constexpr std::uint64_t kMinPageSize = 10;
inline constexpr std::uint64_t kMaxPageSize = 1000;

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
[[noreturn]] void invalid(const std::string& message);
[[noreturn]] void refused(const std::string& message);
[[noreturn]] void unauthorized();

std::string lower(std::string text);
// Addresses in any case are accepted, as the real API's getAddress(value.toLowerCase()).
std::optional<Address> parseAddress(const std::string& text);
bool isBytes32(const std::string& lowered);
std::optional<std::uint64_t> parseDecimal(const std::string& text);
/// "2026-12-07T14:10:16.123Z" for milliseconds since the epoch.
std::string isoTime(std::int64_t millis);
std::string isoNow();
/// A uint256 as the real API stores it: a JSON number (its values are safe integers).
ojson safeNumber(const U256& value);

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

const KindSpec& spec(Kind kind);
/// Validates a signed order as the real API's schemas do and returns it normalised:
/// checksummed addresses, integers as JSON numbers, lowercase bytes32, in field order.
ojson normaliseOrder(const KindSpec& kind, const nlohmann::json& in);
Hash32 hashOrder(Kind kind, const iexec::OrderDomain& domain, const ojson& order);

const std::string& zeroAddress();

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

/// Every bit of `bits` is set in `tag`.
bool hasAllBits(const Hash32& tag, const Hash32& bits);
/// No bit outside `allowed` is set in `tag`.
bool withinBits(const Hash32& tag, const Hash32& allowed);
bool isTee(const Hash32& tag);

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
                                                   std::optional<std::uint64_t> pageSize);

using Filter = std::function<bool(const Stored&)>;
/// The orderbook filters of a GET /{kind}orders query, as the real API reads them.
std::vector<Filter> orderbookFilters(Kind kind, const QueryReader& q);

} // namespace sr::sandbox::market
