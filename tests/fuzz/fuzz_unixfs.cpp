// libFuzzer target: what the IPFS code reads from disks, nodes and the chain: dag-pb/UnixFS
// blocks, binary CIDs, CID strings, base58/base32 text and /p2p/ multiaddrs.
// Invariants: a decoded node's sizes are consistent; whatever binary form is accepted
// re-encodes to exactly the input; a parsed CID string round-trips through its canonical form.

#include "iexec/Cid.h"
#include "iexec/Multiaddr.h"
#include "iexec/UnixFs.h"
#include "util/Error.h"

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <string>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace sr::iexec;
    const sr::ByteView input(data, size);
    const std::string_view text(reinterpret_cast<const char*>(data), size);

    try {
        auto node = decodeUnixFsNode(input);
        std::uint64_t total = node.data.size();
        for (auto s : node.blockSizes)
            total += s;
        if (node.blockSizes.size() != node.links.size() || total != node.fileSize)
            __builtin_trap();
    } catch (const sr::Error&) {
    }

    try {
        auto cid = Cid::fromBytes(input);
        auto again = cid.bytes();
        if (!std::equal(again.begin(), again.end(), input.begin(), input.end()))
            __builtin_trap();
        if (Cid::parse(cid.toString()) != cid)
            __builtin_trap();
    } catch (const sr::Error&) {
    }

    try {
        auto cid = Cid::parse(text);
        if (Cid::parse(cid.toString()) != cid || Cid::fromBytes(cid.bytes()) != cid)
            __builtin_trap();
    } catch (const sr::Error&) {
    }

    try {
        auto cid = cidFromP2pMultiaddr(input);
        auto again = p2pMultiaddr(cid);
        if (!std::equal(again.begin(), again.end(), input.begin(), input.end()))
            __builtin_trap();
    } catch (const sr::Error&) {
    }

    if (size <= 128) { // base58 is quadratic: short texts say all there is to say
        try {
            auto bytes = base58btcDecode(text);
            if (base58btcEncode(bytes) != text)
                __builtin_trap();
        } catch (const sr::Error&) {
        }
    }
    try {
        auto bytes = base32Decode(text);
        std::string lower(text);
        std::transform(lower.begin(), lower.end(), lower.begin(),
                       [](char c) { return (c >= 'A' && c <= 'Z') ? char(c - 'A' + 'a') : c; });
        if (base32Encode(bytes) != lower)
            __builtin_trap();
    } catch (const sr::Error&) {
    }
    return 0;
}
