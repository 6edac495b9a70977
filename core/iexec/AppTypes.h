#pragma once

// The value types of apps as the front ends see them: what an app records on chain, what an
// address turns out to be, where an app runs, and an app the user approved. No I/O here: the
// readers are iexec/AppView.h and iexec/AppCatalog.h.

#include "eth/Address.h"
#include "util/Bytes.h"

#include <cstdint>
#include <nlohmann/json.hpp>
#include <string>
#include <string_view>
#include <vector>

namespace sr::iexec {

/// What an app contract records on chain.
struct AppInfo {
    eth::Address address;
    eth::Address owner;
    std::string name;
    std::string type;  ///< "DOCKER"
    Bytes multiaddr;   ///< the image reference, as bytes
    Hash32 checksum{}; ///< the image digest
    Bytes mrenclave;   ///< the TEE framework and fingerprint (JSON text as bytes), or empty
};

/// What an address a grant may name turns out to be on chain.
enum class AppKind { App, Whitelist };
std::string_view appKindName(AppKind kind) noexcept; ///< "app", "whitelist"

/// Where an app's TEE framework was read. On Arbitrum a TDX app has no MREnclave: its owner
/// says it runs in a TEE through the tag of its app orders (PoCo matches a TEE deal only with
/// a TEE app order).
enum class TeeSource : std::uint8_t {
    AppOrders,        ///< the tags of its open app orders on the market
    MrEnclave,        ///< no app order, but an MREnclave on chain (older SGX apps)
    NoOrder,          ///< no open app order and no MREnclave: where it runs is unknown
    MarketUnreadable, ///< the market could not be read and there is no MREnclave: unknown
};

/// Where an app runs, and how Strongroom knows.
struct AppTee {
    /// "TDX", "SCONE", "GRAMINE", "SGX" (a TEE whose framework the tag does not name), or ""
    /// (not confidential when the source is AppOrders; unknown otherwise).
    std::string framework;
    TeeSource source = TeeSource::NoOrder;
    std::string marketError; ///< why the market could not be read (MarketUnreadable)

    bool known() const { return source == TeeSource::AppOrders || source == TeeSource::MrEnclave; }
};

/// An app (AppRegistry) or an ERC-734 app whitelist, as read from the chain and the market.
struct AppDetails {
    eth::Address address;
    AppKind kind = AppKind::App;
    AppInfo app;                    ///< for an app: its records
    AppTee tee;                     ///< for an app: where it runs
    std::vector<AppInfo> members;   ///< for a whitelist: its member apps
    std::vector<AppTee> memberTees; ///< where each member runs, in the order of `members`
};

/// An app or whitelist the user approved on a network (kept in the data folder's database).
struct ApprovedApp {
    std::uint64_t chainId = 0;
    eth::Address address;
    AppKind kind = AppKind::App;
    std::string name;   ///< the app's name, or the user's label
    eth::Address owner; ///< zero for a whitelist
    Bytes multiaddr;
    Hash32 checksum{};
    std::string teeFramework; ///< as AppTee::framework
    bool teeKnown = false;    ///< the framework (or its absence) was read when approved
    nlohmann::json schema = nlohmann::json::object(); ///< the protected-data schema it needs
    bool preloaded = false;                           ///< came from the network profile
    std::int64_t addedAt = 0;
};

/// The fields a data schema lacks for an app's required schema ("email:string"), empty when
/// it fits. Types must match; extra fields in the data are fine.
std::vector<std::string> missingSchemaFields(const nlohmann::json& required,
                                             const std::string& dataSchema);

} // namespace sr::iexec
