#pragma once

// The sandbox faucet: test ETH (for gas) and RLC sent from the sandbox owner account (anvil's
// dev account 0, which deployed RLC and holds its supply) through anvil's unlocked-account
// eth_sendTransaction. Only ever for the local chain.
//
// HTTP (base URL = baseUrl(), what the GUI calls):
//   GET  /faucet                     200 {"ok": true, "eth": "<wei>", "rlc": "<nRLC>",
//                                         "cooldownSeconds": N}
//   POST /faucet  {"address": "0x…"} 200 {"ok": true, "address": "<checksummed>",
//                                         "eth": "<wei>", "rlc": "<nRLC>",
//                                         "transactions": {"eth": "0x…", "rlc": "0x…"}}
//        400 {"ok": false, "error": …}   malformed body or address, zero address
//        429 {"ok": false, "error": …, "retryAfter": seconds} + Retry-After header: the
//            address was funded less than `cooldown` ago (per address)
//        500 {"ok": false, "error": …}   the chain refused (e.g. the owner ran dry)
// Amounts are decimal strings (wei and nRLC: 1 RLC = 10^9 nRLC).
//
// `strongroom-sandbox fund ADDRESS` calls FaucetService::fund() directly: no rate limit there.

#include "eth/Address.h"
#include "eth/JsonRpcClient.h"
#include "eth/U256.h"
#include "sandbox/HttpService.h"

#include <chrono>
#include <cstdint>
#include <map>
#include <memory>
#include <mutex>
#include <string>

namespace sr::sandbox {

/// What one grant gives.
struct FaucetAmounts {
    eth::U256 wei = eth::U256(10) * eth::U256(1000000000) * eth::U256(1000000000); ///< 10 ETH
    eth::U256 nRlc = eth::U256(1000) * eth::U256(1000000000);                      ///< 1000 RLC
};

class FaucetService : public HttpService {
public:
    using Amounts = FaucetAmounts;

    struct Options {
        std::string rpcUrl{};
        eth::Address rlc{};   ///< the RLC token (PocoDeployment::rlc)
        eth::Address owner{}; ///< the funding account: unlocked on anvil, holds the RLC
        Amounts amounts{};
        std::chrono::seconds cooldown{60}; ///< per address, for the HTTP endpoint
        std::uint16_t port = 0;            ///< 0: ephemeral
    };

    struct Grant {
        eth::Address to;
        eth::U256 wei;
        eth::U256 nRlc;
        std::string ethTransaction; ///< 0x hash
        std::string rlcTransaction; ///< 0x hash
    };

    /// Sends `amounts` of ETH and RLC from `owner` to `to`, waiting for both receipts. Throws
    /// Error(InvalidArgument) for the zero address, Error(Reverted) if the chain refuses.
    static Grant fund(eth::JsonRpcClient& rpc, const eth::Address& rlc, const eth::Address& owner,
                      const eth::Address& to, const FaucetAmounts& amounts = FaucetAmounts());

    explicit FaucetService(Options options);
    ~FaucetService();
    /// fund() with this faucet's settings and no rate limit.
    Grant fund(const eth::Address& to);

private:
    ServerResponse handlePost(const ServerRequest& request);

    Options options_;
    eth::JsonRpcClient rpc_;
    std::mutex mutex_; // one grant at a time: nonces and the cooldown table
    std::map<eth::Address, std::chrono::steady_clock::time_point> lastGrant_;
};

} // namespace sr::sandbox
