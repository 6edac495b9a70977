#include "eth/BlockTimes.h"

#include "eth/JsonRpcClient.h"
#include "eth/U256.h"
#include "util/Error.h"

#include <algorithm>
#include <vector>

namespace sr::eth {

std::string blockTag(std::uint64_t block) {
    return U256(block).toHex();
}

std::map<std::uint64_t, std::uint64_t> readBlockTimes(JsonRpcClient& rpc,
                                                      const std::set<std::uint64_t>& blocks,
                                                      std::size_t batchSize,
                                                      const CancelToken* cancel) {
    std::map<std::uint64_t, std::uint64_t> times;
    const std::vector<std::uint64_t> wanted(blocks.begin(), blocks.end());
    const std::size_t step = std::max<std::size_t>(batchSize, 1);
    for (std::size_t at = 0; at < wanted.size(); at += step) {
        std::vector<RpcCall> calls;
        const std::size_t end = std::min(wanted.size(), at + step);
        for (std::size_t i = at; i < end; ++i)
            calls.push_back({"eth_getBlockByNumber", {blockTag(wanted[i]), false}});
        const auto out = rpc.batch(calls, cancel);
        for (std::size_t i = at; i < end; ++i) {
            const auto& o = out[i - at];
            if (o.error)
                throw *o.error;
            if (!o.result.is_object())
                throw Error(ErrorCode::Network, "The node did not return block " +
                                                    std::to_string(wanted[i]) +
                                                    " (a reorganisation?); try again");
            times[wanted[i]] = JsonRpcClient::parseQuantity(
                o.result.value("timestamp", nlohmann::json()), "A block's time");
        }
    }
    return times;
}

} // namespace sr::eth
