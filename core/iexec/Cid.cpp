#include "iexec/Cid.h"

#include "crypto/Sha256.h"
#include "util/Error.h"

#include <array>

namespace sr::iexec {

namespace {

constexpr std::string_view kBase58Alphabet =
    "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";
constexpr std::string_view kBase32Alphabet = "abcdefghijklmnopqrstuvwxyz234567";

// Longest CID string accepted: CIDs with any common hash are far shorter; this bounds the
// quadratic base58 work on hostile input.
constexpr std::size_t kMaxCidText = 256;

[[noreturn]] void invalid(const std::string& why) {
    throw sr::Error(ErrorCode::InvalidArgument, "invalid CID: " + why);
}

// Validates a multihash and returns its total length (code, length, digest).
void checkMultihash(ByteView multihash) {
    std::size_t offset = 0;
    std::uint64_t code = readUvarint(multihash, offset);
    std::uint64_t length = readUvarint(multihash, offset);
    if (length != multihash.size() - offset)
        throw sr::Error(ErrorCode::Corrupt, "multihash digest length does not match");
    if (code == kSha256Multihash && length != 32)
        throw sr::Error(ErrorCode::Corrupt, "a sha2-256 multihash must hold 32 bytes");
}

bool knownCodec(std::uint64_t codec) {
    return codec == static_cast<std::uint64_t>(Multicodec::Raw) ||
           codec == static_cast<std::uint64_t>(Multicodec::DagPb);
}

} // namespace

std::string base58btcEncode(ByteView bytes) {
    std::size_t zeros = 0;
    while (zeros < bytes.size() && bytes[zeros] == 0)
        ++zeros;
    // Base-256 to base-58, digits little-endian.
    std::vector<std::uint8_t> digits;
    digits.reserve(bytes.size() * 138 / 100 + 1);
    for (std::size_t i = zeros; i < bytes.size(); ++i) {
        std::uint32_t carry = bytes[i];
        for (auto& digit : digits) {
            carry += static_cast<std::uint32_t>(digit) << 8;
            digit = static_cast<std::uint8_t>(carry % 58);
            carry /= 58;
        }
        while (carry > 0) {
            digits.push_back(static_cast<std::uint8_t>(carry % 58));
            carry /= 58;
        }
    }
    std::string out(zeros, '1');
    for (auto it = digits.rbegin(); it != digits.rend(); ++it)
        out.push_back(kBase58Alphabet[*it]);
    return out;
}

Bytes base58btcDecode(std::string_view text) {
    std::size_t zeros = 0;
    while (zeros < text.size() && text[zeros] == '1')
        ++zeros;
    std::vector<std::uint8_t> bytes; // little-endian base 256
    for (std::size_t i = zeros; i < text.size(); ++i) {
        auto position = kBase58Alphabet.find(text[i]);
        if (position == std::string_view::npos)
            throw sr::Error(ErrorCode::InvalidArgument,
                            "invalid base58 character at position " + std::to_string(i));
        std::uint32_t carry = static_cast<std::uint32_t>(position);
        for (auto& byte : bytes) {
            carry += static_cast<std::uint32_t>(byte) * 58;
            byte = static_cast<std::uint8_t>(carry & 0xff);
            carry >>= 8;
        }
        while (carry > 0) {
            bytes.push_back(static_cast<std::uint8_t>(carry & 0xff));
            carry >>= 8;
        }
    }
    Bytes out(zeros, 0);
    out.insert(out.end(), bytes.rbegin(), bytes.rend());
    return out;
}

std::string base32Encode(ByteView bytes) {
    std::string out;
    out.reserve((bytes.size() * 8 + 4) / 5);
    std::uint32_t buffer = 0;
    int bits = 0;
    for (auto byte : bytes) {
        buffer = (buffer << 8) | byte;
        bits += 8;
        while (bits >= 5) {
            out.push_back(kBase32Alphabet[(buffer >> (bits - 5)) & 31]);
            bits -= 5;
        }
    }
    if (bits > 0)
        out.push_back(kBase32Alphabet[(buffer << (5 - bits)) & 31]);
    return out;
}

Bytes base32Decode(std::string_view text) {
    Bytes out;
    out.reserve(text.size() * 5 / 8);
    std::uint32_t buffer = 0;
    int bits = 0;
    for (std::size_t i = 0; i < text.size(); ++i) {
        char c = text[i];
        if (c >= 'A' && c <= 'Z')
            c = static_cast<char>(c - 'A' + 'a');
        auto value = kBase32Alphabet.find(c);
        if (value == std::string_view::npos)
            throw sr::Error(ErrorCode::InvalidArgument,
                            "invalid base32 character at position " + std::to_string(i));
        buffer = ((buffer << 5) | static_cast<std::uint32_t>(value)) & 0xfff;
        bits += 5;
        if (bits >= 8) {
            out.push_back(static_cast<std::uint8_t>((buffer >> (bits - 8)) & 0xff));
            bits -= 8;
        }
    }
    if (bits >= 5 || (buffer & ((1u << bits) - 1)) != 0)
        throw sr::Error(ErrorCode::InvalidArgument, "invalid base32 length or padding bits");
    return out;
}

void appendUvarint(Bytes& out, std::uint64_t value) {
    while (value >= 0x80) {
        out.push_back(static_cast<std::uint8_t>(value | 0x80));
        value >>= 7;
    }
    out.push_back(static_cast<std::uint8_t>(value));
}

std::uint64_t readUvarint(ByteView bytes, std::size_t& offset) {
    std::uint64_t value = 0;
    for (int i = 0; i < 9; ++i) {
        if (offset >= bytes.size())
            throw sr::Error(ErrorCode::Corrupt, "truncated varint");
        std::uint8_t byte = bytes[offset++];
        value |= static_cast<std::uint64_t>(byte & 0x7f) << (7 * i);
        if ((byte & 0x80) == 0) {
            if (byte == 0 && i > 0)
                throw sr::Error(ErrorCode::Corrupt, "varint is not minimally encoded");
            return value;
        }
    }
    throw sr::Error(ErrorCode::Corrupt, "varint longer than 9 bytes");
}

Cid Cid::fromMultihash(int version, Multicodec codec, ByteView multihash) {
    checkMultihash(multihash);
    if (version != 0 && version != 1)
        throw sr::Error(ErrorCode::InvalidArgument, "CID version must be 0 or 1");
    if (version == 0 &&
        (codec != Multicodec::DagPb || multihash.size() != 34 || multihash[0] != kSha256Multihash))
        throw sr::Error(ErrorCode::InvalidArgument, "a CIDv0 is a dag-pb sha2-256 multihash");
    Cid cid;
    cid.version_ = version;
    cid.codec_ = codec;
    cid.multihash_.assign(multihash.begin(), multihash.end());
    return cid;
}

Cid Cid::ofBlock(int version, Multicodec codec, ByteView block) {
    return ofSha256(version, codec, crypto::sha256(block));
}

Cid Cid::ofSha256(int version, Multicodec codec, const Hash32& digest) {
    Bytes multihash{static_cast<std::uint8_t>(kSha256Multihash), 32};
    multihash.insert(multihash.end(), digest.begin(), digest.end());
    return fromMultihash(version, codec, multihash);
}

Cid Cid::fromBytes(ByteView bytes) {
    if (bytes.size() == 34 && bytes[0] == kSha256Multihash && bytes[1] == 32)
        return fromMultihash(0, Multicodec::DagPb, bytes);
    std::size_t offset = 0;
    auto version = readUvarint(bytes, offset);
    if (version != 1)
        throw sr::Error(ErrorCode::Corrupt, "unsupported CID version " + std::to_string(version));
    auto codec = readUvarint(bytes, offset);
    if (!knownCodec(codec))
        throw sr::Error(ErrorCode::Unsupported, "unsupported CID codec 0x" + std::to_string(codec));
    return fromMultihash(1, static_cast<Multicodec>(codec), bytes.subspan(offset));
}

Cid Cid::parse(std::string_view text) {
    if (text.empty())
        invalid("empty");
    if (text.size() > kMaxCidText)
        invalid("too long");
    try {
        if (text.size() == 46 && text.starts_with("Qm")) {
            auto bytes = base58btcDecode(text);
            if (bytes.size() != 34 || bytes[0] != kSha256Multihash || bytes[1] != 32)
                invalid("not a sha2-256 multihash");
            return fromMultihash(0, Multicodec::DagPb, bytes);
        }
        Bytes bytes;
        switch (text.front()) {
        case 'b':
        case 'B': // base32upper
            bytes = base32Decode(text.substr(1));
            break;
        case 'z':
            bytes = base58btcDecode(text.substr(1));
            break;
        case 'f': {
            auto hex = text.substr(1);
            if (hex.size() % 2 != 0)
                invalid("odd base16 length");
            for (std::size_t i = 0; i < hex.size(); i += 2) {
                auto nibble = [&](char c) -> int {
                    if (c >= '0' && c <= '9')
                        return c - '0';
                    if (c >= 'a' && c <= 'f')
                        return c - 'a' + 10;
                    invalid("bad base16 character");
                };
                bytes.push_back(
                    static_cast<std::uint8_t>(nibble(hex[i]) * 16 + nibble(hex[i + 1])));
            }
            break;
        }
        default:
            invalid("unknown multibase prefix (expected Qm..., b..., z... or f...)");
        }
        if (!bytes.empty() && bytes[0] != 1)
            invalid("a multibase CID must be version 1");
        return fromBytes(bytes);
    } catch (const sr::Error& e) {
        if (e.code() == ErrorCode::InvalidArgument &&
            std::string_view(e.what()).starts_with("invalid CID"))
            throw;
        invalid(e.what());
    }
}

std::optional<Cid> Cid::tryParse(std::string_view text) noexcept {
    try {
        return parse(text);
    } catch (...) {
        return std::nullopt;
    }
}

Bytes Cid::bytes() const {
    if (version_ == 0)
        return multihash_;
    Bytes out;
    appendUvarint(out, 1);
    appendUvarint(out, static_cast<std::uint64_t>(codec_));
    out.insert(out.end(), multihash_.begin(), multihash_.end());
    return out;
}

std::string Cid::toString() const {
    if (version_ == 0)
        return base58btcEncode(multihash_);
    return "b" + base32Encode(bytes());
}

Cid Cid::toV1() const {
    return fromMultihash(1, codec_, multihash_);
}

} // namespace sr::iexec
