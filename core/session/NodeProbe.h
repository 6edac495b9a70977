#pragma once

#include "iexec/NetworkProfile.h"

#include <cstdint>
#include <memory>

namespace sr::eth {
class JsonRpcClient;
}

namespace sr::session {

/// A light watch on a network's node, apart from any ChainSession: the status bar asks it
/// whether the node answers, serves the profile's chain and which block it is at, even when
/// no session can be opened (the node is down, or serves another chain). Few attempts and a
/// short time-out, so that a dead node is said quickly. check() is called off the GUI thread,
/// one call at a time per probe.
class NodeProbe {
public:
    explicit NodeProbe(const NetworkProfile& profile);
    ~NodeProbe();
    NodeProbe(const NodeProbe&) = delete;
    NodeProbe& operator=(const NodeProbe&) = delete;

    /// The latest block. Throws sr::Error: ChainMismatch (reason WrongChain) when the node
    /// serves another chain, Network when it cannot be reached or does not answer.
    std::uint64_t check();

private:
    std::uint64_t chainId_;
    std::unique_ptr<eth::JsonRpcClient> client_;
};

} // namespace sr::session
