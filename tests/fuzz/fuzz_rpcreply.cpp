// libFuzzer target: what a JSON-RPC node sends back, read as the app reads it: the text is
// refused when nested too deeply (as JsonRpcClient does before parsing), then read as a single
// reply and as a batch, and its result as a receipt, a log, a list of logs for eth_getLogs and
// a quantity. Invariants: rejection is an sr::Error, a batch's outcomes come back one per
// request, and the logs LogScanner::parse keeps lie in the range asked, in chain order.

#include "eth/JsonRpcClient.h"
#include "eth/Log.h"
#include "eth/LogScanner.h"
#include "eth/Receipt.h"
#include "util/Error.h"
#include "util/JsonDepth.h"

#include <cstddef>
#include <cstdint>
#include <nlohmann/json.hpp>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace sr::eth;
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    if (sr::jsonDeeperThan(text, sr::kMaxJsonReplyDepth))
        return 0; // refused before parsing, as the client does
    const auto json = nlohmann::json::parse(text, nullptr, false);
    if (json.is_discarded())
        return 0;

    try {
        const RpcOutcome outcome = JsonRpcClient::readReply(json, 1, "fuzz");
        if (outcome.error && !json.contains("error"))
            __builtin_trap();
    } catch (const sr::Error&) {
    }
    try {
        const std::size_t count = json.is_array() ? json.size() : 1;
        if (JsonRpcClient::readBatchReply(json, 7, count, "fuzz").size() != count)
            __builtin_trap();
    } catch (const sr::Error&) {
    }
    // A result, or the whole text standing for one.
    const nlohmann::json& result =
        json.is_object() && json.contains("result") ? json["result"] : json;
    try {
        const Receipt receipt = Receipt::fromJson(result);
        for (const Log& log : receipt.logs)
            if (log.topics.size() > 4)
                __builtin_trap();
    } catch (const sr::Error&) {
    }
    try {
        if (Log::fromJson(result).topics.size() > 4)
            __builtin_trap();
    } catch (const sr::Error&) {
    }
    try {
        const std::uint64_t from = 10, to = 1000;
        const auto logs = LogScanner::parse(result, LogFilter{}, from, to);
        for (std::size_t i = 0; i < logs.size(); ++i) {
            if (logs[i].blockNumber < from || logs[i].blockNumber > to || logs[i].removed)
                __builtin_trap();
            if (i > 0 && logs[i].blockNumber < logs[i - 1].blockNumber)
                __builtin_trap();
        }
    } catch (const sr::Error&) {
    }
    try {
        (void)JsonRpcClient::parseQuantity(result, "fuzz");
    } catch (const sr::Error&) {
    }
    return 0;
}
