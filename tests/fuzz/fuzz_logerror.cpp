// libFuzzer target: the error message a node gives for an eth_getLogs range it refuses, read by
// LogScanner to pick a smaller range. Invariants: any text is read (no exception, no crash),
// in time linear in the part read; a suggestion is never zero.

#include "eth/LogScanner.h"

#include <cstddef>
#include <cstdint>
#include <string>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using sr::eth::LogScanner;
    const std::string message(reinterpret_cast<const char*>(data), size);
    const long long code = size > 0 ? -32000 - static_cast<long long>(data[0] % 20) : -32005;
    (void)LogScanner::isRangeTooLarge(code, message);
    const auto suggested = LogScanner::suggestedChunk(message, 0x10);
    if (suggested && *suggested == 0)
        __builtin_trap();
    return 0;
}
