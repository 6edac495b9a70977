#pragma once

#include "eth/Address.h"
#include "eth/U256.h"
#include "util/CancelToken.h"

#include <string>

namespace sr::iexec {

/// What a test-funds faucet sent.
struct FaucetGrant {
    eth::U256 wei;
    eth::U256 nRlc;
};

/// Asks a network's faucet (the sandbox's: POST {faucetUrl}/faucet {"address"}) for test ETH
/// and RLC. Throws Error(Network) with the faucet's own reason (e.g. "funded recently; retry
/// in 42 s"), Error(Corrupt) for a reply that is not the faucet's.
FaucetGrant requestTestFunds(const std::string& faucetUrl, const eth::Address& to,
                             const CancelToken* cancel = nullptr);

} // namespace sr::iexec
