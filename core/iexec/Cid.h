#pragma once

// Content identifiers (CIDs) as IPFS writes them: CIDv0 ("Qm...", base58btc of a sha2-256
// multihash, implicitly dag-pb) and CIDv1 (multibase prefix + version + codec + multihash).
// Used by the protect pipeline (the CID it computes must equal the node's) and the sandbox's
// IPFS service.

#include "util/Bytes.h"

#include <compare>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace sr::iexec {

/// Multicodec codes this code knows.
enum class Multicodec : std::uint64_t {
    Raw = 0x55,
    DagPb = 0x70,
};
/// Multihash function code of sha2-256.
inline constexpr std::uint64_t kSha256Multihash = 0x12;

/// base58btc (Bitcoin alphabet). Decoding throws sr::Error(InvalidArgument) on a character
/// outside the alphabet.
std::string base58btcEncode(ByteView bytes);
Bytes base58btcDecode(std::string_view text);
/// RFC 4648 base32, lowercase, no padding (multibase 'b'). Decoding accepts upper or lower
/// case and throws sr::Error(InvalidArgument) on bad characters or non-zero trailing bits.
std::string base32Encode(ByteView bytes);
Bytes base32Decode(std::string_view text);

/// Unsigned LEB128 varints as multiformats use them (at most 9 bytes, minimal encoding).
void appendUvarint(Bytes& out, std::uint64_t value);
/// Reads a varint at `offset` and advances it. Throws sr::Error(Corrupt) when truncated,
/// overlong or not minimal.
std::uint64_t readUvarint(ByteView bytes, std::size_t& offset);

class Cid {
public:
    /// Parses a CID string: CIDv0 ("Qm...", 46 characters) or CIDv1 in base32 ('b' or 'B'),
    /// base58btc ('z') or base16 ('f'). Throws sr::Error(InvalidArgument) with the reason.
    static Cid parse(std::string_view text);
    static std::optional<Cid> tryParse(std::string_view text) noexcept;
    /// From binary form: a bare sha2-256 multihash (CIDv0) or 0x01 codec multihash (CIDv1).
    /// Throws sr::Error(Corrupt).
    static Cid fromBytes(ByteView bytes);
    /// From a multihash (validated): CIDv0 if `version` is 0 (codec must be dag-pb).
    static Cid fromMultihash(int version, Multicodec codec, ByteView multihash);
    /// The CID of `block` hashed with sha2-256.
    static Cid ofBlock(int version, Multicodec codec, ByteView block);
    /// The CID of a block whose sha2-256 digest is `digest` (hashed in pieces by the caller).
    static Cid ofSha256(int version, Multicodec codec, const Hash32& digest);

    int version() const noexcept { return version_; }
    Multicodec codec() const noexcept { return codec_; }
    /// The multihash: function code, digest length, digest.
    const Bytes& multihash() const noexcept { return multihash_; }
    /// Binary CID: the multihash for CIDv0, 0x01 + codec + multihash for CIDv1.
    Bytes bytes() const;
    /// "Qm..." for CIDv0, base32 "b..." for CIDv1 (what Kubo prints).
    std::string toString() const;
    /// The same content as CIDv1 (e.g. for gateways that want base32 subdomains).
    Cid toV1() const;

    friend bool operator==(const Cid&, const Cid&) = default;

private:
    Cid() = default;
    int version_ = 0;
    Multicodec codec_ = Multicodec::DagPb;
    Bytes multihash_;
};

} // namespace sr::iexec
