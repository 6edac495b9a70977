#pragma once

#include "util/CancelToken.h"

#include <cstddef>
#include <cstdint>
#include <map>
#include <set>
#include <string>

namespace sr::eth {

class JsonRpcClient;

/// `block` as a JSON-RPC quantity ("0x1a"): the block parameter of eth_getBlockByNumber and
/// eth_call.
std::string blockTag(std::uint64_t block);

/// The time (seconds since 1970) of each of `blocks`, read with eth_getBlockByNumber,
/// `batchSize` blocks per JSON-RPC batch (at least one). For the logs of a node that does not
/// give their block's time. Throws the node's error, or Error(Network) for a block the node
/// does not return (a reorganisation under way: try again).
std::map<std::uint64_t, std::uint64_t> readBlockTimes(JsonRpcClient& rpc,
                                                      const std::set<std::uint64_t>& blocks,
                                                      std::size_t batchSize,
                                                      const CancelToken* cancel = nullptr);

} // namespace sr::eth
