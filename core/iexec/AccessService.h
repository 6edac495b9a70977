#pragma once

#include "eth/Address.h"
#include "eth/JsonRpcClient.h"
#include "eth/Signer.h"
#include "eth/TransactionManager.h"
#include "eth/U256.h"
#include "iexec/IexecOrders.h"
#include "iexec/MarketClient.h"
#include "iexec/NetworkProfile.h"
#include "iexec/PocoHub.h"
#include "store/PendingTransactions.h"
#include "util/CancelToken.h"

#include <functional>
#include <memory>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

namespace sr::iexec {

/// The TEE tag of a grant: bit 0 (TEE) and bit 3 (TDX), the SDK's default (0x...09).
Hash32 defaultTeeTag();
/// The most the market API accepts for a price or a volume (2^53 - 1).
inline constexpr std::uint64_t kMaxOrderNumber = 9007199254740991ull;

/// What the user chose in the grant dialog.
struct GrantRequest {
    eth::Address dataset;
    eth::Address app;                 ///< an app or an ERC-734 app whitelist, never zero
    std::optional<eth::Address> user; ///< nothing (or zero): anyone
    eth::U256 price;                  ///< nRLC per access
    eth::U256 volume{1};              ///< number of accesses
    /// The app's name for the summary (an approved app's name); "" reads it from the chain.
    std::string appName;
    /// The schema the app needs (an approved app's); checked against the data's schema.
    nlohmann::json requiredSchema = nlohmann::json::object();
};

/// A checked grant, ready to sign: the dataset order and what the user reads before signing.
struct PreparedGrant {
    DatasetOrder order;
    Hash32 orderHash{};
    std::string datasetName;
    std::string appName;
    bool appIsWhitelist = false;
    /// "Anyone may run Web3Mail on my-email up to 10 times for 0 RLC"
    std::string summary;
    /// The fields the data lacks for the app ("email: string"); empty when it fits.
    std::vector<std::string> missingFields;
};

/// One grant of the account's data: the published order and the accesses left on chain.
struct GrantedAccess {
    Hash32 orderHash{};
    SignedOrder<DatasetOrder> order;
    eth::U256 remaining; ///< volume - viewConsumed(orderHash), read from the chain
    std::string publicationTimestamp;
    eth::Address signer;
    /// The data's owner now, read from the chain by list(). When it is not the signer the data
    /// was transferred: the grant stays valid until its accesses are used, and only the new
    /// owner can close it on chain.
    eth::Address datasetOwner;

    bool revocableBySigner() const { return datasetOwner == signer; }

    const eth::Address& dataset() const { return order.order.dataset; }
    const eth::Address& app() const { return order.order.apprestrict; }
    const eth::Address& user() const { return order.order.requesterrestrict; }
    /// The DataProtector SDK's GrantedAccess shape (dataset, datasetprice, volume, tag,
    /// apprestrict, workerpoolrestrict, requesterrestrict, salt, sign, remainingAccess).
    nlohmann::json toJson() const;
};

/// Which grants a list or a revoke concerns (all optional, combined with AND).
struct AccessFilter {
    std::optional<eth::Address> dataset;
    std::optional<eth::Address> app;
    std::optional<eth::Address> user; ///< zero: grants to anyone
    bool matches(const GrantedAccess& grant) const;
};

/// Where a revoke of one grant stands, for progress.
enum class RevokeStep { Sending, Mined, Unpublished };

/// Granting and revoking access to protected data. A grant is a dataset order restricted to an
/// app (or whitelist) and a user, signed under the hub's EIP-712 domain and published to the
/// market API; a revoke closes the order on chain (manageDatasetOrder CLOSE, through the
/// transaction journal) and then takes it off the market. The node's chain id is checked by the
/// session that hands the service out (session::ChainSession).
class AccessService {
public:
    /// Throws Error(InvalidArgument) for a profile without a valid hub or market API.
    AccessService(eth::JsonRpcClient& rpc, const NetworkProfile& profile);
    ~AccessService();

    /// The hub's EIP-712 domain (read once, in one batch with the dataset and app registries,
    /// and checked against the profile's chain and hub).
    const OrderDomain& domain(const CancelToken* cancel = nullptr);
    MarketClient& market(const CancelToken* cancel = nullptr);

    /// Checks the request and builds the order (TEE tag, random salt), without signing:
    /// Error(InvalidArgument) for the zero app, an address that is neither an app nor an
    /// ERC-734 whitelist, a dataset `owner` does not own, a zero or absurd volume, an absurd
    /// price, or a live grant for the same app and user (revoke it first).
    PreparedGrant prepare(const eth::Address& owner, const GrantRequest& request,
                          const CancelToken* cancel = nullptr);
    /// Signs the prepared order and publishes it. Nothing is left behind on failure: an order
    /// the market refused was never valid anywhere but in this call.
    GrantedAccess grant(const PreparedGrant& prepared, const eth::Signer& signer,
                        const CancelToken* cancel = nullptr);

    /// Every grant of `owner`'s data on the market, with the accesses left on chain.
    std::vector<GrantedAccess> list(const eth::Address& owner, const AccessFilter& filter = {},
                                    const CancelToken* cancel = nullptr);

    /// manageDatasetOrder(order, CLOSE) for one grant.
    eth::TransactionRequest revokeRequest(const GrantedAccess& grant,
                                          const CancelToken* cancel = nullptr);
    using RevokeProgress = std::function<void(std::size_t index, std::size_t total,
                                              const GrantedAccess& grant, RevokeStep step)>;
    /// Revokes the grants: every close sent on chain first (journaled), then each followed until
    /// mined and taken off the market. A close that can't be sent stops the sending (the grants
    /// after it are untouched); those sent are still followed to the end. Any failure ends in
    /// an Error saying how many were revoked and which grant failed first. Returns the mined
    /// transactions.
    std::vector<TxRecord> revoke(const std::vector<GrantedAccess>& grants,
                                 eth::TransactionManager& transactions, const eth::Signer& signer,
                                 const RevokeProgress& progress = {},
                                 std::chrono::milliseconds waitLimit = std::chrono::minutes(5),
                                 const CancelToken* cancel = nullptr);

    /// "Anyone may run Web3Mail on my-email up to 10 times for 0 RLC".
    static std::string summary(const std::string& appName, const std::string& datasetName,
                               const eth::Address& user, const eth::U256& volume,
                               const eth::U256& price);

private:
    /// The latest block number, in one batch with what is not known yet: the hub's domain (then
    /// checked) and its dataset and app registries.
    std::uint64_t latestBlock(const CancelToken* cancel);

    eth::JsonRpcClient& rpc_;
    NetworkProfile profile_;
    PocoHub hub_;
    std::optional<OrderDomain> domain_;
    eth::Address datasetRegistry_;
    eth::Address appRegistry_;
    std::unique_ptr<MarketClient> market_;
};

} // namespace sr::iexec
