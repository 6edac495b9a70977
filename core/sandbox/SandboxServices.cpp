#include "sandbox/SandboxServices.h"

#include "store/AtomicFile.h"

namespace sr::sandbox {

SandboxServices::SandboxServices(Options options) : options_(std::move(options)) {
    ensureDirectory(options_.stateDir, 0700);
    sms_ = std::make_unique<SmsService>(SmsService::Options{.rpcUrl = options_.rpcUrl,
                                                            .deployment = options_.deployment,
                                                            .stateDir = options_.stateDir / "sms",
                                                            .port = options_.ports.sms});
    market_ = std::make_unique<MarketService>(
        MarketService::Options{.rpcUrl = options_.rpcUrl,
                               .deployment = options_.deployment,
                               .stateDir = options_.stateDir / "market",
                               .port = options_.ports.market});
    faucet_ =
        std::make_unique<FaucetService>(FaucetService::Options{.rpcUrl = options_.rpcUrl,
                                                               .rlc = options_.deployment.rlc,
                                                               .owner = options_.deployment.owner,
                                                               .amounts = options_.faucetAmounts,
                                                               .cooldown = options_.faucetCooldown,
                                                               .port = options_.ports.faucet});
    ipfs_ = std::make_unique<IpfsService>(
        IpfsService::Options{.stateDir = options_.stateDir / "ipfs", .port = options_.ports.ipfs});
}

SandboxServices::~SandboxServices() {
    stop();
}

void SandboxServices::start() {
    try {
        sms_->start();
        market_->start();
        faucet_->start();
        ipfs_->start();
    } catch (...) {
        stop();
        throw;
    }
}

void SandboxServices::stop() {
    ipfs_->stop();
    faucet_->stop();
    market_->stop();
    sms_->stop();
}

std::string SandboxServices::smsUrl() const {
    return sms_->baseUrl();
}
std::string SandboxServices::marketUrl() const {
    return market_->baseUrl();
}
std::string SandboxServices::faucetUrl() const {
    return faucet_->baseUrl();
}
std::string SandboxServices::ipfsUrl() const {
    return ipfs_->baseUrl();
}

nlohmann::json SandboxServices::endpoints() const {
    return {{"sms", smsUrl()},
            {"iexecGateway", marketUrl()},
            {"ipfsNode", ipfs_->apiUrl()},
            {"ipfsGateway", ipfs_->gatewayUrl()},
            {"faucet", faucetUrl()}};
}

} // namespace sr::sandbox
