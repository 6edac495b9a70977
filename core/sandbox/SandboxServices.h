#pragma once

// The sandbox's local services in one object: the SMS, the market API, IPFS (Kubo RPC and
// gateway) and the faucet, each on its own 127.0.0.1 port and base URL (as the real services
// are separate hosts). The sandbox process builds one after deploying (or loading) the
// contracts:
//
//     SandboxServices services({.rpcUrl = anvil.rpcUrl(), .deployment = deployment,
//                               .stateDir = stateDir / "services"});
//     services.start();
//     profile.sms = services.smsUrl();  profile.marketApi = services.marketUrl();
//     profile.ipfsNode = services.ipfsUrl(); profile.ipfsGateway = services.ipfsUrl(); ...
//     ...
//     services.stop(); // or the destructor
//
// State folder layout (each created 0700): sms/ (sms.sqlite, sms.key), market/ (market.sqlite),
// ipfs/ (blocks). Everything there survives restarts.

#include "sandbox/FaucetService.h"
#include "sandbox/IpfsService.h"
#include "sandbox/MarketService.h"
#include "sandbox/PocoDeployer.h"
#include "sandbox/SmsService.h"

#include <cstdint>
#include <filesystem>
#include <memory>
#include <nlohmann/json.hpp>
#include <string>

namespace sr::sandbox {

class SandboxServices {
public:
    struct Ports {
        std::uint16_t sms = 0; ///< 0: ephemeral
        std::uint16_t market = 0;
        std::uint16_t faucet = 0;
        std::uint16_t ipfs = 0;
    };

    struct Options {
        std::string rpcUrl{};
        PocoDeployment deployment{};      ///< the faucet pays from deployment.owner
        std::filesystem::path stateDir{}; ///< survives restarts: secrets and orders
        Ports ports{};
        FaucetService::Amounts faucetAmounts{};
        std::chrono::seconds faucetCooldown{60};
    };

    /// Opens the stores and reads the chain (chain id, hub domain); nothing listens yet.
    /// Throws sr::Error (Io, Corrupt, Network).
    explicit SandboxServices(Options options);
    ~SandboxServices();
    SandboxServices(const SandboxServices&) = delete;
    SandboxServices& operator=(const SandboxServices&) = delete;

    /// Starts every server; on failure the ones already started are stopped again.
    void start();
    /// Stops every server (idempotent).
    void stop();

    std::string smsUrl() const;
    std::string marketUrl() const; ///< the SDK's iexecGatewayURL
    std::string faucetUrl() const; ///< POST {faucetUrl}/faucet
    std::string ipfsUrl() const;   ///< the SDK's ipfsNode and ipfsGateway

    /// {"sms", "iexecGateway", "ipfsNode", "ipfsGateway", "faucet"}: base URLs, for the
    /// sandbox's network profile.
    nlohmann::json endpoints() const;

    SmsService& sms() { return *sms_; }
    MarketService& market() { return *market_; }
    FaucetService& faucet() { return *faucet_; }
    IpfsService& ipfs() { return *ipfs_; }

private:
    Options options_;
    std::unique_ptr<SmsService> sms_;
    std::unique_ptr<MarketService> market_;
    std::unique_ptr<FaucetService> faucet_;
    std::unique_ptr<IpfsService> ipfs_;
};

} // namespace sr::sandbox
