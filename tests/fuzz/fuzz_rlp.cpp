// libFuzzer target: the strict RLP decoder on arbitrary bytes.
// Invariant: whatever it accepts is canonical, so it re-encodes to exactly the input.

#include "eth/Rlp.h"
#include "util/Error.h"

#include <algorithm>
#include <cstddef>
#include <cstdint>

namespace {

// Walks the tree through every accessor a caller might use on untrusted data.
void touch(const sr::eth::Rlp& item) {
    if (item.isList()) {
        for (const auto& child : item.items())
            touch(child);
        return;
    }
    try {
        (void)item.asUint();
    } catch (const sr::Error&) {
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const sr::ByteView input(data, size);
    sr::eth::Rlp item;
    try {
        item = sr::eth::Rlp::decode(input);
    } catch (const sr::Error&) {
        return 0;
    }
    touch(item);
    const sr::Bytes again = item.encode();
    if (!std::equal(again.begin(), again.end(), input.begin(), input.end()))
        __builtin_trap();
    return 0;
}
