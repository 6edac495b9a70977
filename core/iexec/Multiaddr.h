#pragma once

// The binary multiaddr DataProtector records on chain for a dataset's location:
// `/p2p/{cid}` = varint(421) varint(length) multihash (what @multiformats/multiaddr writes).
// Example: /p2p/QmSAY4mYRkCvdDzcD3A3sDeN5nChyn82p88xt7HhYHqXfi =
//          a5 03 22 1220 38d76d...dd

#include "iexec/Cid.h"
#include "util/Bytes.h"

#include <string>

namespace sr::iexec {

/// Multiaddr protocol code of `p2p` (formerly named `ipfs`).
inline constexpr std::uint64_t kP2pProtocol = 421;

/// The bytes of `/p2p/{cid}`: only the CID's multihash is kept, as multiaddr does.
Bytes p2pMultiaddr(const Cid& cid);
/// "/p2p/Qm..." (the multihash in base58btc, as multiaddr prints it).
std::string p2pMultiaddrString(const Cid& cid);

/// Reads a binary `/p2p/{multihash}` back to its CID (CIDv0 for a sha2-256 multihash, as the
/// SDK reads it). Throws sr::Error(Corrupt) for other protocols, trailing bytes or a bad
/// multihash.
Cid cidFromP2pMultiaddr(ByteView bytes);

/// Parses the text form "/p2p/Qm..." (or the legacy "/ipfs/Qm..."; a CIDv1 is accepted and
/// reduced to its multihash). Throws sr::Error(InvalidArgument).
Bytes p2pMultiaddrFromString(std::string_view text);

} // namespace sr::iexec
