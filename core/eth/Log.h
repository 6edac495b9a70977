#pragma once

#include "eth/Address.h"
#include "util/Bytes.h"

#include <cstdint>
#include <nlohmann/json.hpp>
#include <optional>
#include <vector>

namespace sr::eth {

/// One event log, as eth_getLogs and receipts return it.
struct Log {
    Address address;
    std::vector<Hash32> topics; ///< topic 0 is the event's signature hash (unless anonymous)
    Bytes data;
    std::uint64_t blockNumber = 0;
    Hash32 blockHash{};
    Hash32 transactionHash{};
    std::uint64_t transactionIndex = 0;
    std::uint64_t logIndex = 0;
    bool removed = false; ///< true when a reorg took it back
    /// The block's time (seconds), where the node sends it with the log (newer nodes do).
    std::optional<std::uint64_t> blockTimestamp;

    /// Parses a node's log object strictly (at most 4 topics of 32 bytes, hex data, quantities).
    /// Throws Error(Corrupt) naming the bad field.
    static Log fromJson(const nlohmann::json& json);

    friend bool operator==(const Log&, const Log&) = default;
};

} // namespace sr::eth
