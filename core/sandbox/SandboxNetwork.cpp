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
    if (!options.worker)
        return;
    if (progress)
        progress("starting the workerpool");
    SandboxWorker::Options w;
    w.rpcUrl = chain_->rpcUrl();
    w.poco = chain_->deployment().poco;
    w.workerpool = chain_->deployment().workerpool;
    w.smsUrl = services_->smsUrl();
    w.marketUrl = services_->marketUrl();
    w.ipfsUrl = services_->ipfsUrl();
    w.stateDir = workerStateDir(options.stateDir);
    w.concurrency = options.workerConcurrency;
    w.maxWallClock = options.maxWallClock;
    for (const auto& app : chain_->deployment().apps) {
        const std::string program = sandboxAppProgram(app.name);
        if (program.empty() || options.appProgram.empty())
            continue;
        w.apps.push_back({app.address,
                          app.name,
                          options.appProgram,
                          {"app-exec", program},
                          {},
                          program != "content-reader"});
    }
    worker_ = std::make_unique<SandboxWorker>(w);
    worker_->start();
}

std::string SandboxNetwork::sandboxAppProgram(const std::string& appName) {
    if (appName == "Sandbox Web3Mail")
        return "web3mail";
    if (appName == "Sandbox Web3Telegram")
        return "web3telegram";
    if (appName == "Sandbox Content Reader")
        return "content-reader";
    return {};
}

SandboxNetwork::~SandboxNetwork() {
    stop();
}

void SandboxNetwork::stop() {
    if (worker_)
        worker_->stop();
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
