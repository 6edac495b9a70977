// libFuzzer target: content identifiers and multiaddrs as strangers write them (a dataset's
// on-chain multiaddr, a gateway's or node's reply): CID text and bytes, /p2p/ multiaddr text
// and bytes, and the text the detail pane shows for any multiaddr bytes. Invariants: what is
// accepted round-trips through its canonical form (a /p2p/ address through its multihash);
// tryParse agrees with parse.

#include "iexec/Cid.h"
#include "iexec/Multiaddr.h"
#include "iexec/ProtectedData.h"
#include "util/Error.h"

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace sr::iexec;
    const sr::ByteView input(data, size);
    const std::string_view text(reinterpret_cast<const char*>(data), size);

    const auto tried = Cid::tryParse(text);
    std::optional<Cid> parsed;
    try {
        parsed = Cid::parse(text);
    } catch (const sr::Error&) {
    }
    if (tried != parsed)
        __builtin_trap();
    if (parsed) {
        if (Cid::parse(parsed->toString()) != *parsed || Cid::fromBytes(parsed->bytes()) != *parsed)
            __builtin_trap();
        try { // a /p2p/ address keeps only the multihash: that round-trips
            const sr::Bytes address = p2pMultiaddr(*parsed);
            if (p2pMultiaddr(cidFromP2pMultiaddr(address)) != address ||
                p2pMultiaddrFromString(p2pMultiaddrString(*parsed)) != address)
                __builtin_trap();
        } catch (const sr::Error&) {
        }
    }
    try {
        const sr::Bytes bytes = p2pMultiaddrFromString(text);
        const Cid cid = cidFromP2pMultiaddr(bytes);
        if (p2pMultiaddr(cid) != bytes)
            __builtin_trap();
    } catch (const sr::Error&) {
    }
    try {
        const Cid cid = cidFromP2pMultiaddr(input);
        const auto again = p2pMultiaddr(cid);
        if (!std::equal(again.begin(), again.end(), input.begin(), input.end()))
            __builtin_trap();
    } catch (const sr::Error&) {
    }
    ProtectedData d;
    d.multiaddr.assign(input.begin(), input.end());
    if (!input.empty() && d.multiaddrText().empty())
        __builtin_trap();
    return 0;
}
