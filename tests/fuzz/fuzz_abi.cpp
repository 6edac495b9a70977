// libFuzzer target: the ABI type parser and the strict ABI decoder.
// Input: a comma-separated type list, a newline, then the data to decode as those types.
// Invariant: decoded values re-encode, and the re-encoding decodes to the same values.

#include "eth/Abi.h"
#include "util/Error.h"

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace sr::eth;
    const auto* end = data + size;
    const auto* newline = std::find(data, end, std::uint8_t{'\n'});
    if (newline == end)
        return 0;
    const std::string typeList(data, newline);
    const sr::ByteView encoded(newline + 1, end);

    std::vector<AbiType> types;
    std::optional<std::vector<AbiValue>> values;
    try {
        types = AbiSignature::parse("f(" + typeList + ")").types();
        values = Abi::decode(types, encoded);
    } catch (const sr::Error&) {
        return 0;
    }
    // Beyond this point nothing may throw: decoded values always fit their types.
    const sr::Bytes canonical = Abi::encode(types, *values);
    if (Abi::decode(types, canonical) != *values)
        __builtin_trap();
    return 0;
}
