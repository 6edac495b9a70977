#pragma once

#include "eth/Address.h"

#include <cstdint>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

namespace sr {

/// How a network is presented and how careful the UI must be on it.
enum class NetworkKind { Mainnet, Testnet, Sandbox };

std::string_view networkKindName(NetworkKind kind) noexcept; ///< "mainnet", "testnet", "sandbox"

/// An app or app whitelist known on a network (preloaded in the Apps page).
struct KnownApp {
    std::string name;                                 ///< "Web3Mail"
    std::string address;                              ///< app or ERC-734 whitelist contract
    bool whitelist = false;                           ///< true: an ERC-734 whitelist of apps
    nlohmann::json schema = nlohmann::json::object(); ///< the protected-data schema it needs

    bool operator==(const KnownApp&) const = default;
};

/// Everything Strongroom needs to talk to one iExec network.
struct NetworkProfile {
    std::string name;        ///< identifier used by `--network`: lowercase letters, digits, '-'
    std::string displayName; ///< shown to users: "Arbitrum One"
    NetworkKind kind = NetworkKind::Testnet;
    std::uint64_t chainId = 0;
    std::vector<std::string> rpcUrls; ///< tried in order
    std::string hub;                  ///< PoCo Diamond
    std::string dataProtector;        ///< DataProtector core contract
    std::string workerpool;           ///< default workerpool
    std::string sms;
    std::string marketApi;
    std::string ipfsNode;              ///< Kubo RPC endpoint used to add content
    std::string ipfsGateway;           ///< read-only gateway
    std::string pocoSubgraph;          ///< optional
    std::string dataProtectorSubgraph; ///< optional
    std::string explorer;              ///< optional block explorer base URL
    std::string faucet;                ///< optional: the sandbox faucet (POST {faucet}/faucet)
    std::vector<KnownApp> knownApps;

    bool operator==(const NetworkProfile&) const = default;

    /// Throws sr::Error(InvalidArgument) naming the first bad field.
    void validate() const;

    /// `hub` as an address. Throws sr::Error(InvalidArgument) naming the profile when it is not
    /// one (a profile built in code, or a custom one, that was never validated).
    eth::Address hubAddress() const;
    /// `dataProtector` as an address; the same error when it is not one.
    eth::Address dataProtectorAddress() const;
    /// The explorer's page of an address ("https://arbiscan.io/address/0x…"), or empty when the
    /// profile names no explorer.
    std::string explorerPage(const eth::Address& address) const;

    nlohmann::json toJson() const;
    /// Parses and validates. Throws sr::Error(Corrupt) for a malformed document and
    /// sr::Error(InvalidArgument) for a well-formed one with bad values.
    static NetworkProfile fromJson(const nlohmann::json& json);
};

/// The profiles shipped with Strongroom: Arbitrum One and Arbitrum Sepolia.
const std::vector<NetworkProfile>& builtinNetworks();

/// True when `address` is `0x` followed by 40 hex digits.
bool looksLikeAddress(std::string_view address) noexcept;
/// True when `url` is an absolute http(s) URL with a host.
bool looksLikeHttpUrl(std::string_view url) noexcept;
/// True when `url` is https://, or http:// to this computer only (localhost, 127.0.0.0/8,
/// [::1]): the only URLs a secret (a dataset key) may be sent to.
bool isPrivateTransportUrl(std::string_view url) noexcept;

} // namespace sr
