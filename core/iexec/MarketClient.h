#pragma once

#include "eth/Address.h"
#include "eth/Signer.h"
#include "iexec/IexecOrders.h"
#include "iexec/PocoHub.h"
#include "util/CancelToken.h"
#include "util/HttpClient.h"

#include <cstdint>
#include <memory>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

namespace sr::iexec {

/// An order as the market API serves it.
template <typename Order> struct MarketOrder {
    Hash32 orderHash{};
    SignedOrder<Order> order;
    std::uint64_t remaining = 0; ///< volume - consumed, as the market last read it
    std::string status;          ///< "open", "filled", "canceled"
    std::string publicationTimestamp;
    eth::Address signer;
};
using MarketDatasetOrder = MarketOrder<DatasetOrder>;
using MarketAppOrder = MarketOrder<AppOrder>;
using MarketWorkerpoolOrder = MarketOrder<WorkerpoolOrder>;

/// One page of an orderbook.
template <typename Order> struct OrderbookPage {
    std::vector<MarketOrder<Order>> orders;
    std::uint64_t count = 0; ///< orders matching, all pages
    std::optional<std::uint64_t> nextPage;
};
using DatasetOrderbookPage = OrderbookPage<DatasetOrder>;
using AppOrderbookPage = OrderbookPage<AppOrder>;

/// The filters of GET /datasetorders. A restriction filter (app, workerpool, requester) is
/// "any", an address (orders restricted to it, or unrestricted unless strict), or "" (only
/// unrestricted orders), as the real API reads them.
struct DatasetOrderbookQuery {
    std::optional<eth::Address> dataset;
    std::optional<eth::Address> datasetOwner;
    std::string app = "any";
    std::string workerpool = "any";
    std::string requester = "any";
    bool isAppStrict = false;
    bool isWorkerpoolStrict = false;
    bool isRequesterStrict = false;
    std::optional<std::uint64_t> minVolume;
    std::optional<Hash32> minTag;
    std::optional<Hash32> maxTag;
    bool bulkOnly = false;
    std::uint64_t pageIndex = 0;
    std::uint64_t pageSize = 100; ///< 10..1000
};

/// The filters of GET /apporders, read as DatasetOrderbookQuery's (dataset, workerpool and
/// requester restrictions: "any", an address, or "" for unrestricted orders only).
struct AppOrderbookQuery {
    std::optional<eth::Address> app;
    std::optional<eth::Address> appOwner;
    std::string dataset = "any";
    std::string workerpool = "any";
    std::string requester = "any";
    bool isDatasetStrict = false;
    bool isWorkerpoolStrict = false;
    bool isRequesterStrict = false;
    std::optional<std::uint64_t> minVolume;
    std::optional<Hash32> minTag;
    std::optional<Hash32> maxTag;
    std::uint64_t pageIndex = 0;
    std::uint64_t pageSize = 100; ///< 10..1000
};

/// The filters of GET /workerpoolorders (page 0 only: the cheapest first, as the API sorts by
/// price, then publication, then hash). Restrictions as in DatasetOrderbookQuery.
struct WorkerpoolOrderbookQuery {
    std::optional<eth::Address> workerpool;
    std::uint64_t category = 0;
    std::string app = "any";
    std::string dataset = "any";
    std::string requester = "any";
    bool isRequesterStrict = false;
    std::optional<Hash32> minTag;
    std::uint64_t pageSize = 100; ///< 10..1000
};

/// iExec's market API (the off-chain order book): for dataset orders challenge login,
/// publish, orderbook, one order, unpublish; for app orders the orderbook; for
/// workerpool orders the first page of the book. Every reply is checked
/// strictly: a reply that is not the API's shape, or an order whose hash under the hub's domain is
/// not the hash the API gives, is Error(Corrupt). A refusal (400, 403) is Error(InvalidArgument)
/// with the API's reason; an unreachable or failing API is Error(Network) naming it.
class MarketClient {
public:
    /// `domain`: the hub's EIP-712 domain (PocoHub::domain()), which fixes the chain id.
    MarketClient(std::string baseUrl, OrderDomain domain);
    ~MarketClient();

    const std::string& baseUrl() const { return baseUrl_; }
    const OrderDomain& domain() const { return domain_; }

    /// GET /challenge: the EIP-712 document `address` signs to log in.
    nlohmann::json challenge(const eth::Address& address, const CancelToken* cancel = nullptr);
    /// The `authorization` header value for one authenticated call:
    /// {typedDataHash}_{signature}_{address}. A challenge serves once. Only a challenge of the
    /// exact iExec shape is signed (checkChallenge): a hostile market gets no signature.
    std::string authorization(const eth::Signer& signer, const CancelToken* cancel = nullptr);
    /// Throws Error(Crypto) unless `typedData` is exactly the iExec market's login challenge:
    /// domain {name "iExec Gateway", version "1", chainId `chainId`} with no verifying contract
    /// nor salt, types exactly EIP712Domain(string name,string version,uint256 chainId) and
    /// Challenge(string challenge), primary type Challenge, and one message field, the text
    /// "Sign this message to log into iExec Gateway: " followed by 1 to 128 letters or digits.
    /// Anything else (an order, an operation, another domain) could commit the wallet.
    static void checkChallenge(const nlohmann::json& typedData, std::uint64_t chainId);

    /// POST /datasetorders: publishes a signed order (its `sign` must be set). Returns the
    /// published order as the API now holds it.
    MarketDatasetOrder publishDatasetOrder(const SignedOrder<DatasetOrder>& order,
                                           const eth::Signer& signer,
                                           const CancelToken* cancel = nullptr);
    /// GET /datasetorders: one page.
    DatasetOrderbookPage datasetOrderbook(const DatasetOrderbookQuery& query,
                                          const CancelToken* cancel = nullptr);
    /// Every page of the query (at most `maxOrders`; more is Error(Unsupported)).
    std::vector<MarketDatasetOrder> allDatasetOrders(DatasetOrderbookQuery query,
                                                     const CancelToken* cancel = nullptr,
                                                     std::size_t maxOrders = 10000);
    /// GET /apporders: one page. The app or the app owner is required.
    AppOrderbookPage appOrderbook(const AppOrderbookQuery& query,
                                  const CancelToken* cancel = nullptr);
    /// Every page of the query (at most `maxOrders`; more is Error(Unsupported)).
    std::vector<MarketAppOrder> allAppOrders(AppOrderbookQuery query,
                                             const CancelToken* cancel = nullptr,
                                             std::size_t maxOrders = 10000);
    /// Every open order of `app` the market holds, whatever its restrictions and tag, each
    /// with its remaining volume (what an app's owner offers, and on which terms). Cheapest
    /// first, as the market sorts them.
    std::vector<MarketAppOrder> openAppOrders(const eth::Address& app,
                                              const CancelToken* cancel = nullptr);
    /// GET /datasetorders/{hash}: nothing when the API does not know it.
    std::optional<MarketDatasetOrder> datasetOrder(const Hash32& orderHash,
                                                   const CancelToken* cancel = nullptr);
    /// PUT /datasetorders {target: unpublish_orderHash}: the hashes unpublished.
    std::vector<Hash32> unpublishDatasetOrder(const Hash32& orderHash, const eth::Signer& signer,
                                              const CancelToken* cancel = nullptr);
    /// PUT /datasetorders {target: unpublish_all, dataset}: the hashes unpublished.
    std::vector<Hash32> unpublishAllDatasetOrders(const eth::Address& dataset,
                                                  const eth::Signer& signer,
                                                  const CancelToken* cancel = nullptr);

    /// Parses one entry of a reply ({orderHash, order, remaining, status, ...}), checking the
    /// hash against the order under `domain`. Throws Error(Corrupt). (Exposed for tests.)
    static MarketDatasetOrder parseDatasetOrder(const nlohmann::json& entry,
                                                const OrderDomain& domain);
    /// The same for an app order.
    static MarketAppOrder parseAppOrder(const nlohmann::json& entry, const OrderDomain& domain);

    // --- Readers for computations (requesting an app run) ---

    /// GET /workerpoolorders: the first page of open orders, cheapest first.
    std::vector<MarketWorkerpoolOrder> workerpoolOrderbook(const WorkerpoolOrderbookQuery& query,
                                                           const CancelToken* cancel = nullptr);
    /// GET {market}{target} (target "/apporders?..." without the chain id, which is added),
    /// with the client's checks of a reply: for readers kept outside this class.
    nlohmann::json getJson(const std::string& target, const CancelToken* cancel = nullptr);
    /// One entry of a workerpool orderbook, hash checked as parseDatasetOrder does.
    static MarketWorkerpoolOrder parseWorkerpoolOrder(const nlohmann::json& entry,
                                                      const OrderDomain& domain);

private:
    nlohmann::json exchange(const std::string& method, const std::string& target,
                            const std::optional<nlohmann::json>& body,
                            const std::optional<std::string>& authorization,
                            const CancelToken* cancel, long* status = nullptr);
    std::vector<Hash32> unpublish(const nlohmann::json& body, const eth::Signer& signer,
                                  const CancelToken* cancel);
    std::string chainQuery() const;

    std::string baseUrl_;
    OrderDomain domain_;
    std::unique_ptr<HttpClient> http_;
};

} // namespace sr::iexec
