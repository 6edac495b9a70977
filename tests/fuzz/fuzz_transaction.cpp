// libFuzzer target: decoding signed raw transactions (legacy and EIP-1559).
// Invariant: an accepted transaction re-serialises to the input and has a sender.

#include "eth/Transaction.h"
#include "util/Error.h"

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <optional>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const sr::ByteView input(data, size);
    std::optional<sr::eth::Transaction> tx;
    try {
        tx = sr::eth::Transaction::decode(input);
    } catch (const sr::Error&) {
        return 0;
    }
    const sr::Bytes again = tx->serialize();
    if (!std::equal(again.begin(), again.end(), input.begin(), input.end()))
        __builtin_trap();
    (void)tx->hash();
    (void)tx->sender();
    return 0;
}
