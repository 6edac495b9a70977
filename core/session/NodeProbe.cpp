#include "session/NodeProbe.h"

#include "eth/JsonRpcClient.h"

#include <chrono>

namespace sr::session {

NodeProbe::NodeProbe(const NetworkProfile& profile) : chainId_(profile.chainId) {
    eth::JsonRpcClient::Options options;
    options.maxAttempts = 2;
    options.timeout = std::chrono::milliseconds(8000);
    client_ = std::make_unique<eth::JsonRpcClient>(profile.rpcUrls, options);
}

NodeProbe::~NodeProbe() = default;

std::uint64_t NodeProbe::check() {
    client_->requireChainId(chainId_);
    return client_->blockNumber();
}

} // namespace sr::session
