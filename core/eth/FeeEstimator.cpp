#include "eth/FeeEstimator.h"

#include "eth/RpcJson.h"
#include "util/Error.h"

#include <algorithm>

namespace sr::eth {
namespace {

U256 bump(const U256& value, unsigned percent) {
    // ceil(value * (100 + percent) / 100), and strictly more than value.
    U256 q, r;
    U256::divMod(value * U256(100 + percent), U256(100), q, r);
    if (!r.isZero())
        q += U256(1);
    return std::max(q, value + U256(1));
}

} // namespace

void FeeQuote::applyTo(Transaction& tx) const {
    tx.type = type;
    if (type == Transaction::Type::Legacy) {
        tx.gasPrice = gasPrice;
        tx.maxFeePerGas = U256();
        tx.maxPriorityFeePerGas = U256();
    } else {
        tx.gasPrice = U256();
        tx.maxFeePerGas = maxFeePerGas;
        tx.maxPriorityFeePerGas = maxPriorityFeePerGas;
    }
}

FeeQuote FeeQuote::of(const Transaction& tx) {
    FeeQuote q;
    q.type = tx.type;
    q.gasPrice = tx.gasPrice;
    q.maxFeePerGas = tx.maxFeePerGas;
    q.maxPriorityFeePerGas = tx.maxPriorityFeePerGas;
    return q;
}

FeeEstimator::FeeEstimator(JsonRpcClient& rpc) : FeeEstimator(rpc, Options{}) {}

FeeEstimator::FeeEstimator(JsonRpcClient& rpc, Options options) : rpc_(rpc), options_(options) {
    options_.blocks = std::clamp(options_.blocks, 1u, 1024u);
    options_.rewardPercentile = std::clamp(options_.rewardPercentile, 0.0, 100.0);
    options_.baseFeeMultiplier = std::max(options_.baseFeeMultiplier, 1u);
}

FeeQuote FeeEstimator::estimate(const CancelToken* cancel) {
    const std::vector<RpcCall> calls = {
        {"eth_getBlockByNumber", nlohmann::json::array({"latest", false})},
        {"eth_feeHistory",
         nlohmann::json::array({U256(options_.blocks).toHex(), "latest",
                                nlohmann::json::array({options_.rewardPercentile})})},
        {"eth_maxPriorityFeePerGas", nlohmann::json::array()},
        {"eth_gasPrice", nlohmann::json::array()},
    };
    const auto out = rpc_.batch(calls, cancel);
    if (out[0].error)
        throw *out[0].error;
    const nlohmann::json& block = out[0].result;
    if (!block.is_object())
        throw Error(ErrorCode::Corrupt, "The node did not return its latest block.");

    FeeQuote quote;
    auto baseFee = block.find("baseFeePerGas");
    if (baseFee == block.end() || baseFee->is_null()) {
        // No EIP-1559 on this chain: a legacy transaction at the node's gas price.
        if (out[3].error)
            throw *out[3].error;
        quote.type = Transaction::Type::Legacy;
        quote.gasPrice = rpcjson::bigQuantity(out[3].result, "gas price");
        const auto number = block.find("number");
        if (number == block.end())
            throw Error(ErrorCode::Corrupt, "The node's latest block has no number.");
        const std::uint64_t latest = rpcjson::bigQuantity(*number, "block number").toUint64();
        if (const auto recent = recentLegacyPrice(latest, cancel);
            recent && quote.gasPrice > *recent * U256(options_.legacyCapMultiplier))
            throw Error(ErrorCode::InvalidArgument,
                        "The node asks " + formatUnits(quote.gasPrice, 9) +
                            " gwei per gas, more than " +
                            std::to_string(options_.legacyCapMultiplier) + " times the " +
                            formatUnits(*recent, 9) +
                            " gwei that transactions of recent blocks paid; nothing was signed. "
                            "Try again later or with another RPC endpoint.");
        return quote;
    }
    quote.type = Transaction::Type::Eip1559;
    quote.baseFee = rpcjson::bigQuantity(*baseFee, "base fee");

    std::optional<U256> tip;
    if (!out[1].error && out[1].result.is_object()) {
        const nlohmann::json& history = out[1].result;
        // The last entry is the base fee of the block after the latest one.
        if (auto fees = history.find("baseFeePerGas");
            fees != history.end() && fees->is_array() && !fees->empty())
            quote.baseFee = rpcjson::bigQuantity(fees->back(), "base fee history");
        if (auto rewards = history.find("reward");
            rewards != history.end() && rewards->is_array()) {
            std::vector<U256> tips;
            for (const auto& row : *rewards)
                if (row.is_array() && !row.empty())
                    tips.push_back(rpcjson::bigQuantity(row[0], "fee history reward"));
            if (!tips.empty()) {
                std::sort(tips.begin(), tips.end());
                tip = tips[tips.size() / 2];
            }
        }
    }
    if (!tip && !out[2].error)
        tip = rpcjson::bigQuantity(out[2].result, "priority fee");
    quote.maxPriorityFeePerGas =
        std::clamp(tip.value_or(U256()), options_.minPriorityFee,
                   std::max(options_.minPriorityFee, options_.maxPriorityFee));
    quote.maxFeePerGas =
        quote.baseFee * U256(options_.baseFeeMultiplier) + quote.maxPriorityFeePerGas;
    return quote;
}

std::optional<U256> FeeEstimator::recentLegacyPrice(std::uint64_t latest,
                                                    const CancelToken* cancel) {
    std::vector<RpcCall> calls;
    for (std::uint64_t i = 0; i < options_.legacyReferenceBlocks && i <= latest; ++i)
        calls.push_back(
            {"eth_getBlockByNumber", nlohmann::json::array({U256(latest - i).toHex(), true})});
    std::vector<U256> prices;
    for (const auto& outcome : rpc_.batch(calls, cancel)) {
        if (outcome.error || !outcome.result.is_object())
            continue; // a block the node can't give is no reference
        const auto txs = outcome.result.find("transactions");
        if (txs == outcome.result.end() || !txs->is_array())
            continue;
        for (const auto& tx : *txs)
            if (tx.is_object() && tx.contains("gasPrice"))
                prices.push_back(rpcjson::bigQuantity(tx["gasPrice"], "a transaction's gas price"));
    }
    if (prices.empty())
        return std::nullopt;
    std::sort(prices.begin(), prices.end());
    return prices[prices.size() / 2];
}

FeeQuote FeeEstimator::bumped(const FeeQuote& previous, const FeeQuote& current, unsigned percent) {
    FeeQuote q = current;
    q.type = previous.type; // a replacement keeps its type: nodes compare like with like
    if (q.type == Transaction::Type::Legacy) {
        const U256 now =
            current.type == Transaction::Type::Legacy ? current.gasPrice : current.maxFeePerGas;
        q.gasPrice = std::max(bump(previous.gasPrice, percent), now);
        q.maxFeePerGas = U256();
        q.maxPriorityFeePerGas = U256();
        return q;
    }
    const U256 nowCap =
        current.type == Transaction::Type::Legacy ? current.gasPrice : current.maxFeePerGas;
    const U256 nowTip =
        current.type == Transaction::Type::Legacy ? U256() : current.maxPriorityFeePerGas;
    q.maxPriorityFeePerGas = std::max(bump(previous.maxPriorityFeePerGas, percent), nowTip);
    q.maxFeePerGas = std::max(bump(previous.maxFeePerGas, percent), nowCap);
    if (q.maxFeePerGas < q.maxPriorityFeePerGas)
        q.maxFeePerGas = q.maxPriorityFeePerGas;
    q.gasPrice = U256();
    return q;
}

} // namespace sr::eth
