// libFuzzer target: EIP-712 typed-data documents (JSON from the market API, files, dapps).

#include "eth/Eip712.h"
#include "util/Error.h"

#include <cstddef>
#include <cstdint>
#include <nlohmann/json.hpp>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    // Invalid JSON is the JSON parser's business, not ours: skip it without exceptions.
    const nlohmann::json doc = nlohmann::json::parse(data, data + size, nullptr, false);
    if (doc.is_discarded())
        return 0;
    try {
        const auto typedData = sr::eth::Eip712::fromJson(doc);
        (void)typedData.encodeType(typedData.primaryType());
        (void)typedData.digest();
    } catch (const sr::Error&) {
    }
    return 0;
}
