#pragma once

#include "crypto/SecretBytes.h"
#include "eth/Address.h"
#include "eth/U256.h"
#include "util/Bytes.h"

#include <cstdint>
#include <nlohmann/json.hpp>
#include <string>

namespace sr::iexec {

// The four PoCo order types, field for field as in the EIP-712 types of IexecLibOrders_v5
// (see docs/iexec-protocol.md). Prices are in nRLC.

struct AppOrder {
    eth::Address app;
    eth::U256 appprice;
    eth::U256 volume;
    Hash32 tag{};
    eth::Address datasetrestrict;
    eth::Address workerpoolrestrict;
    eth::Address requesterrestrict;
    Hash32 salt{};

    friend bool operator==(const AppOrder&, const AppOrder&) = default;
};

struct DatasetOrder {
    eth::Address dataset;
    eth::U256 datasetprice;
    eth::U256 volume;
    Hash32 tag{};
    eth::Address apprestrict;
    eth::Address workerpoolrestrict;
    eth::Address requesterrestrict;
    Hash32 salt{};

    friend bool operator==(const DatasetOrder&, const DatasetOrder&) = default;
};

struct WorkerpoolOrder {
    eth::Address workerpool;
    eth::U256 workerpoolprice;
    eth::U256 volume;
    Hash32 tag{};
    eth::U256 category;
    eth::U256 trust;
    eth::Address apprestrict;
    eth::Address datasetrestrict;
    eth::Address requesterrestrict;
    Hash32 salt{};

    friend bool operator==(const WorkerpoolOrder&, const WorkerpoolOrder&) = default;
};

struct RequestOrder {
    eth::Address app;
    eth::U256 appmaxprice;
    eth::Address dataset;
    eth::U256 datasetmaxprice;
    eth::Address workerpool;
    eth::U256 workerpoolmaxprice;
    eth::Address requester;
    eth::U256 volume;
    Hash32 tag{};
    eth::U256 category;
    eth::U256 trust;
    eth::Address beneficiary;
    eth::Address callback;
    std::string params;
    Hash32 salt{};

    friend bool operator==(const RequestOrder&, const RequestOrder&) = default;
};

/// The hub's EIP-712 domain, as returned by its `domain()`.
struct OrderDomain {
    std::string name = "iExecODB";
    std::string version = "5.0.0";
    std::uint64_t chainId = 0;
    eth::Address verifyingContract; ///< the PoCo hub

    nlohmann::json toJson() const;
};

/// "AppOrder(address app,uint256 appprice,...)": the EIP-712 type string of each order.
std::string orderTypeString(const AppOrder&);
std::string orderTypeString(const DatasetOrder&);
std::string orderTypeString(const WorkerpoolOrder&);
std::string orderTypeString(const RequestOrder&);

/// The order as the market API and the SDK write it: checksummed addresses, decimal strings
/// for numbers, 0x hex for bytes32.
nlohmann::json toJson(const AppOrder& order);
nlohmann::json toJson(const DatasetOrder& order);
nlohmann::json toJson(const WorkerpoolOrder& order);
nlohmann::json toJson(const RequestOrder& order);

/// Reads an order from the market API or a file. Numbers may be JSON integers or strings; a
/// "sign" member and other extra members are ignored (the hash covers only the order fields).
/// Throws Error(Corrupt) naming the bad field.
AppOrder appOrderFromJson(const nlohmann::json& json);
DatasetOrder datasetOrderFromJson(const nlohmann::json& json);
WorkerpoolOrder workerpoolOrderFromJson(const nlohmann::json& json);
RequestOrder requestOrderFromJson(const nlohmann::json& json);

/// The `eth_signTypedData_v4` document of an order: {types (EIP712Domain + the order type),
/// primaryType, domain, message}. What a wallet shows and signs.
nlohmann::json typedData(const OrderDomain& domain, const AppOrder& order);
nlohmann::json typedData(const OrderDomain& domain, const DatasetOrder& order);
nlohmann::json typedData(const OrderDomain& domain, const WorkerpoolOrder& order);
nlohmann::json typedData(const OrderDomain& domain, const RequestOrder& order);

/// EIP-712 hashStruct of the order alone (IexecLibOrders_v5's `hash()`).
Hash32 structHash(const AppOrder& order);
Hash32 structHash(const DatasetOrder& order);
Hash32 structHash(const WorkerpoolOrder& order);
Hash32 structHash(const RequestOrder& order);

/// The order hash PoCo uses everywhere (`viewConsumed(orderHash)`, OrdersMatched, the market
/// API's orderHash): the full EIP-712 digest keccak256(0x1901 || domainSeparator ||
/// structHash), i.e. PoCo's `_toTypedDataHash(order.hash())` and the SDK's `hash*order`.
/// It is also the digest the order's signature signs.
Hash32 orderHash(const OrderDomain& domain, const AppOrder& order);
Hash32 orderHash(const OrderDomain& domain, const DatasetOrder& order);
Hash32 orderHash(const OrderDomain& domain, const WorkerpoolOrder& order);
Hash32 orderHash(const OrderDomain& domain, const RequestOrder& order);

/// What `manage*Order` does with an order: presign it on chain, or close (revoke) it.
enum class OrderOperation : std::uint8_t { Sign = 0, Close = 1 };

/// The `eth_signTypedData_v4` document of `DatasetOrderOperation(DatasetOrder order,uint256
/// operation)` (and the three others): what a signer other than the sender of `manage*Order`
/// signs.
nlohmann::json operationTypedData(const OrderDomain& domain, const AppOrder& order,
                                  OrderOperation operation);
nlohmann::json operationTypedData(const OrderDomain& domain, const DatasetOrder& order,
                                  OrderOperation operation);
nlohmann::json operationTypedData(const OrderDomain& domain, const WorkerpoolOrder& order,
                                  OrderOperation operation);
nlohmann::json operationTypedData(const OrderDomain& domain, const RequestOrder& order,
                                  OrderOperation operation);

/// The order's `sign` field: the 65-byte r || s || v EIP-712 signature of orderHash().
Bytes signOrder(const OrderDomain& domain, const AppOrder& order, const crypto::SecretBytes& key);
Bytes signOrder(const OrderDomain& domain, const DatasetOrder& order,
                const crypto::SecretBytes& key);
Bytes signOrder(const OrderDomain& domain, const WorkerpoolOrder& order,
                const crypto::SecretBytes& key);
Bytes signOrder(const OrderDomain& domain, const RequestOrder& order,
                const crypto::SecretBytes& key);

} // namespace sr::iexec
