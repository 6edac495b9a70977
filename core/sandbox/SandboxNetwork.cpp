#include "sandbox/SandboxNetwork.h"

#include "util/Error.h"

namespace sr::sandbox {

SandboxNetwork::SandboxNetwork(const Options& options, const Progress& progress) {
    if (options.stateDir.empty())
        throw Error(ErrorCode::InvalidArgument, "The sandbox needs a state folder.");
    chain_ = std::make_unique<SandboxChain>(SandboxChain::Options{options.stateDir, 0}, progress);
    if (progress)
        progress("starting the services");
    SandboxServices::Options services;
    services.rpcUrl = chain_->rpcUrl();
    services.deployment = chain_->deployment().poco;
    services.stateDir = options.stateDir / "services";
    services_ = std::make_unique<SandboxServices>(services);
    services_->start();
}

SandboxNetwork::~SandboxNetwork() {
    stop();
}

void SandboxNetwork::stop() {
    if (services_)
        services_->stop();
    if (chain_)
        chain_->stop();
}

NetworkProfile SandboxNetwork::profile() const {
    const auto& d = chain_->deployment();
    NetworkProfile p;
    p.name = "sandbox";
    p.displayName = "Sandbox";
    p.kind = NetworkKind::Sandbox;
    p.chainId = SandboxChain::kChainId;
    p.rpcUrls = {chain_->rpcUrl()};
    p.hub = d.poco.hub.toChecksumHex();
    p.dataProtector = d.dataProtector.toChecksumHex();
    p.workerpool = d.workerpool.toChecksumHex();
    p.sms = services_->smsUrl();
    p.marketApi = services_->marketUrl();
    p.ipfsNode = services_->ipfsUrl();
    p.ipfsGateway = services_->ipfsUrl();
    p.faucet = services_->faucetUrl();
    p.knownApps.push_back(
        {"Sandbox apps", d.appWhitelist.toChecksumHex(), true, nlohmann::json::object()});
    for (const auto& app : d.apps)
        p.knownApps.push_back({app.name, app.address.toChecksumHex(), false, app.schema});
    return p;
}

} // namespace sr::sandbox
