#include "wallet/HdKey.h"

#include "crypto/Hmac.h"
#include "crypto/Secp256k1.h"
#include "crypto/Sha256.h"
#include "util/Error.h"

#include <cstring>
#include <memory>
#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <secp256k1.h>

namespace sr::wallet {
namespace {

constexpr std::string_view kMasterKeyDomain = "Bitcoin seed";
constexpr std::uint32_t kXprvVersion = 0x0488ADE4;
constexpr std::uint32_t kXpubVersion = 0x0488B21E;

std::array<std::uint8_t, 33> compress(const crypto::PublicKey& key) {
    std::array<std::uint8_t, 33> out{};
    out[0] = (key[63] & 1) ? 0x03 : 0x02;
    std::memcpy(out.data() + 1, key.data(), 32);
    return out;
}

std::array<std::uint8_t, 20> hash160(ByteView data) {
    const Hash32 sha = crypto::sha256(data);
    struct FreeMd {
        void operator()(EVP_MD* md) const { EVP_MD_free(md); }
    };
    const std::unique_ptr<EVP_MD, FreeMd> md(EVP_MD_fetch(nullptr, "RIPEMD160", nullptr));
    std::array<std::uint8_t, 20> out{};
    unsigned int length = 0;
    if (!md || EVP_Digest(sha.data(), sha.size(), out.data(), &length, md.get(), nullptr) != 1 ||
        length != out.size())
        throw Error(ErrorCode::Unsupported,
                    "RIPEMD-160 is not available from OpenSSL (needed for BIP-32 fingerprints).");
    return out;
}

void putUint32(std::uint8_t* out, std::uint32_t value) {
    out[0] = static_cast<std::uint8_t>(value >> 24);
    out[1] = static_cast<std::uint8_t>(value >> 16);
    out[2] = static_cast<std::uint8_t>(value >> 8);
    out[3] = static_cast<std::uint8_t>(value);
}

// Base58Check of `payload` (Bitcoin's alphabet), written into a SecretBytes because an xprv
// is a secret.
crypto::SecretBytes base58Check(ByteView payload) {
    static constexpr char kAlphabet[] =
        "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";
    crypto::SecretBytes data(payload.size() + 4);
    std::memcpy(data.data(), payload.data(), payload.size());
    const Hash32 check = crypto::sha256(crypto::sha256(payload));
    std::memcpy(data.data() + payload.size(), check.data(), 4);

    // Repeated division by 58 of the big-endian number, digits collected least significant
    // first. 82 bytes encode to at most 112 digits.
    crypto::SecretBytes digits(data.size() * 138 / 100 + 1);
    std::size_t digitCount = 0;
    for (std::size_t i = 0; i < data.size(); ++i) {
        unsigned carry = data.data()[i];
        for (std::size_t j = 0; j < digitCount; ++j) {
            carry += static_cast<unsigned>(digits.data()[j]) << 8;
            digits.data()[j] = static_cast<std::uint8_t>(carry % 58);
            carry /= 58;
        }
        while (carry > 0) {
            digits.data()[digitCount++] = static_cast<std::uint8_t>(carry % 58);
            carry /= 58;
        }
    }
    std::size_t leadingZeros = 0;
    while (leadingZeros < data.size() && data.data()[leadingZeros] == 0)
        ++leadingZeros;
    crypto::SecretBytes out(leadingZeros + digitCount);
    std::memset(out.data(), '1', leadingZeros);
    for (std::size_t j = 0; j < digitCount; ++j)
        out.data()[leadingZeros + j] =
            static_cast<std::uint8_t>(kAlphabet[digits.data()[digitCount - 1 - j]]);
    return out;
}

} // namespace

HdKey HdKey::fromSeed(ByteView seed) {
    if (seed.size() < 16 || seed.size() > 64)
        throw Error(ErrorCode::InvalidArgument,
                    "A BIP-32 seed is 16 to 64 bytes; got " + std::to_string(seed.size()) + ".");
    const crypto::SecretBytes i = crypto::hmacSha512(asBytes(kMasterKeyDomain), seed);
    HdKey key;
    key.privateKey_ = crypto::SecretBytes(ByteView(i.data(), 32));
    key.chainCode_ = crypto::SecretBytes(ByteView(i.data() + 32, 32));
    if (!crypto::isValidPrivateKey(key.privateKey_.view()))
        throw Error(ErrorCode::Crypto, "This seed gives no valid BIP-32 master key.");
    return key;
}

HdKey HdKey::derive(std::uint32_t index) const {
    if (depth_ == DerivationPath::kMaxDepth)
        throw Error(ErrorCode::InvalidArgument, "A BIP-32 key cannot be derived past depth 255.");
    // Data = 0x00 || k || index for hardened children, serP(K) || index otherwise.
    crypto::SecretBytes data(37);
    if (index & DerivationPath::kHardened) {
        std::memcpy(data.data() + 1, privateKey_.data(), 32);
    } else {
        const auto pub = publicKey();
        std::memcpy(data.data(), pub.data(), pub.size());
    }
    putUint32(data.data() + 33, index);
    const crypto::SecretBytes i = crypto::hmacSha512(chainCode_.view(), data.view());

    HdKey child;
    child.privateKey_ = privateKey_.clone();
    // k_child = (IL + k) mod n; fails if IL >= n or the result is zero (BIP-32: "invalid").
    if (!secp256k1_ec_seckey_tweak_add(secp256k1_context_static, child.privateKey_.data(),
                                       i.data()))
        throw Error(ErrorCode::Crypto,
                    "BIP-32 child " + std::to_string(index & ~DerivationPath::kHardened) +
                        " does not exist for this key (a 1 in 2^127 case); use the next index.");
    child.chainCode_ = crypto::SecretBytes(ByteView(i.data() + 32, 32));
    child.depth_ = static_cast<std::uint8_t>(depth_ + 1);
    child.childNumber_ = index;
    child.parentFingerprint_ = fingerprint();
    return child;
}

HdKey HdKey::derive(const DerivationPath& path) const {
    HdKey key = clone();
    for (const std::uint32_t index : path.indices())
        key = key.derive(index);
    return key;
}

HdKey HdKey::clone() const {
    HdKey copy;
    copy.privateKey_ = privateKey_.clone();
    copy.chainCode_ = chainCode_.clone();
    copy.depth_ = depth_;
    copy.childNumber_ = childNumber_;
    copy.parentFingerprint_ = parentFingerprint_;
    return copy;
}

std::array<std::uint8_t, 33> HdKey::publicKey() const {
    return compress(crypto::publicKeyFromPrivate(privateKey_));
}

eth::Address HdKey::address() const {
    return eth::Address::fromPublicKey(crypto::publicKeyFromPrivate(privateKey_));
}

std::uint32_t HdKey::fingerprint() const {
    const auto id = hash160(publicKey());
    return (std::uint32_t(id[0]) << 24) | (std::uint32_t(id[1]) << 16) |
           (std::uint32_t(id[2]) << 8) | std::uint32_t(id[3]);
}

crypto::SecretBytes HdKey::toXprv() const {
    crypto::SecretBytes payload(78);
    std::uint8_t* p = payload.data();
    putUint32(p, kXprvVersion);
    p[4] = depth_;
    putUint32(p + 5, parentFingerprint_);
    putUint32(p + 9, childNumber_);
    std::memcpy(p + 13, chainCode_.data(), 32);
    p[45] = 0;
    std::memcpy(p + 46, privateKey_.data(), 32);
    return base58Check(payload.view());
}

std::string HdKey::toXpub() const {
    Bytes payload(78);
    putUint32(payload.data(), kXpubVersion);
    payload[4] = depth_;
    putUint32(payload.data() + 5, parentFingerprint_);
    putUint32(payload.data() + 9, childNumber_);
    std::memcpy(payload.data() + 13, chainCode_.data(), 32);
    const auto pub = publicKey();
    std::memcpy(payload.data() + 45, pub.data(), 33);
    const crypto::SecretBytes encoded = base58Check(payload);
    return {reinterpret_cast<const char*>(encoded.data()), encoded.size()};
}

} // namespace sr::wallet
