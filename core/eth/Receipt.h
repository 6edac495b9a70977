#pragma once

#include "eth/Address.h"
#include "eth/Log.h"
#include "eth/U256.h"
#include "util/Bytes.h"

#include <cstdint>
#include <nlohmann/json.hpp>
#include <optional>
#include <vector>

namespace sr::eth {

/// A transaction receipt (eth_getTransactionReceipt).
struct Receipt {
    Hash32 transactionHash{};
    std::uint64_t blockNumber = 0;
    Hash32 blockHash{};
    std::uint64_t transactionIndex = 0;
    Address from;
    std::optional<Address> to;              ///< empty for a contract creation
    std::optional<Address> contractAddress; ///< the created contract
    bool succeeded = false;                 ///< status 1; 0 means it reverted
    U256 gasUsed;
    U256 effectiveGasPrice;
    std::vector<Log> logs;

    /// Parses strictly. Throws Error(Corrupt) naming the bad field.
    static Receipt fromJson(const nlohmann::json& json);
};

} // namespace sr::eth
