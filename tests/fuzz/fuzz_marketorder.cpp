// libFuzzer target: a dataset order as the market API serves it (orderbook entries, a published
// order), read as MarketClient reads it. The harness fills in the right orderHash when the entry
// has none, so that the checks after the hash are reached too. Invariants: rejection is an
// sr::Error; an accepted entry's hash is its order's, and its order survives toJson and back.

#include "eth/Hex.h"
#include "iexec/IexecOrders.h"
#include "iexec/MarketClient.h"
#include "util/Error.h"
#include "util/JsonDepth.h"

#include <cstddef>
#include <cstdint>
#include <nlohmann/json.hpp>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace sr::iexec;
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    if (sr::jsonDeeperThan(text, sr::kMaxJsonReplyDepth))
        return 0; // refused before parsing, as the client does
    auto entry = nlohmann::json::parse(text, nullptr, false);
    if (entry.is_discarded())
        return 0;
    OrderDomain domain;
    domain.chainId = 421614;
    domain.verifyingContract =
        sr::eth::Address::fromHex("0xB2157BF2fAb286b2A4170E3491Ac39770111Da3E");

    try {
        const nlohmann::json& orderJson =
            entry.is_object() && entry.contains("order") ? entry["order"] : entry;
        const DatasetOrder order = datasetOrderFromJson(orderJson);
        if (orderHash(domain, datasetOrderFromJson(toJson(order))) != orderHash(domain, order))
            __builtin_trap();
        if (entry.is_object() && entry.contains("order") && !entry.contains("orderHash"))
            entry["orderHash"] = sr::eth::toHex(orderHash(domain, order));
    } catch (const sr::Error&) {
    }
    try {
        const MarketDatasetOrder parsed = MarketClient::parseDatasetOrder(entry, domain);
        if (parsed.orderHash != orderHash(domain, parsed.order.order))
            __builtin_trap();
    } catch (const sr::Error&) {
    }
    return 0;
}
