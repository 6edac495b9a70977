#pragma once

#include "eth/Address.h"
#include "eth/U256.h"
#include "util/Bytes.h"

#include <optional>
#include <string>

namespace sr::eth {

/// A write a binding prepares and the TransactionManager signs, journals and sends: what to
/// call, and how the Activity list names it.
struct TransactionRequest {
    std::optional<Address> to; ///< empty: contract creation
    U256 value;                ///< wei
    Bytes data;
    /// A stable tag for the journal and the GUI's icons: "send-eth", "send-rlc", "deposit",
    /// "withdraw", "manage-dataset-order", "match-orders", "create-dataset", ...
    std::string purpose;
    /// What the user sees in the Activity list: "Deposit 5 RLC to the iExec account".
    std::string label;
    /// Set to skip estimation (e.g. 21000 for a plain ETH transfer).
    std::optional<U256> gasLimit;
};

} // namespace sr::eth
