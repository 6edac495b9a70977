#pragma once

#include "eth/JsonRpcClient.h"
#include "eth/Transaction.h"
#include "eth/U256.h"
#include "util/CancelToken.h"

#include <optional>

namespace sr::eth {

/// What to pay per gas: EIP-1559 fees, or a legacy gas price when the chain has no base fee.
struct FeeQuote {
    Transaction::Type type = Transaction::Type::Eip1559;
    U256 maxFeePerGas;         ///< EIP-1559
    U256 maxPriorityFeePerGas; ///< EIP-1559
    U256 gasPrice;             ///< legacy
    U256 baseFee;              ///< the next block's base fee (0 for legacy)

    /// The most one unit of gas can cost: maxFeePerGas, or gasPrice.
    U256 perGasCap() const { return type == Transaction::Type::Legacy ? gasPrice : maxFeePerGas; }
    /// Copies the fees into a transaction (and sets its type).
    void applyTo(Transaction& tx) const;
    /// The fees a signed transaction carries.
    static FeeQuote of(const Transaction& tx);
};

/// Fees from the node: eth_feeHistory's reward percentiles over recent blocks for the tip,
/// twice the next base fee plus the tip for the cap (room for six full blocks of base fee
/// rises); eth_gasPrice when the latest block has no base fee, refused (Error(InvalidArgument))
/// when it is far above what recent blocks paid: a node's bug or a spike must not empty an
/// account, since a legacy price is paid in full.
class FeeEstimator {
public:
    struct Options {
        unsigned blocks = 10;           ///< blocks of history
        double rewardPercentile = 50.0; ///< of each block's tips
        unsigned baseFeeMultiplier = 2;
        U256 minPriorityFee = 0;
        /// A tip is paid in full: never trust a node (or a spike) beyond this. 100 gwei.
        U256 maxPriorityFee = U256(100'000'000'000ull);
        /// Legacy chains (no base fee): the node's gas price is refused above this many times
        /// the median price the transactions of the last `legacyReferenceBlocks` blocks paid.
        unsigned legacyCapMultiplier = 5;
        unsigned legacyReferenceBlocks = 5;
    };

    explicit FeeEstimator(JsonRpcClient& rpc);
    FeeEstimator(JsonRpcClient& rpc, Options options);

    /// One batched request. Throws sr::Error (Network, Corrupt).
    FeeQuote estimate(const CancelToken* cancel = nullptr);

    /// The fees of a replacement (speed-up, cancel): every fee at least `percent` % above
    /// `previous` (rounded up, and at least 1 wei more), and no lower than `current`. Nodes
    /// refuse a replacement bumped by less than 10 %.
    static FeeQuote bumped(const FeeQuote& previous, const FeeQuote& current,
                           unsigned percent = 10);

private:
    /// The median gas price of the transactions in the blocks up to `latest`; nullopt when
    /// they hold none.
    std::optional<U256> recentLegacyPrice(std::uint64_t latest, const CancelToken* cancel);

    JsonRpcClient& rpc_;
    Options options_;
};

} // namespace sr::eth
