#pragma once

#include "crypto/SecretBytes.h"
#include "eth/Address.h"
#include "util/Bytes.h"
#include "wallet/DerivationPath.h"

#include <array>
#include <cstdint>
#include <string>

namespace sr::wallet {

/// A BIP-32 extended private key: a secp256k1 private key and its chain code (both secret),
/// with the position data BIP-32 serialises. Only private derivation (CKDpriv) is offered:
/// Strongroom never hands out extended public keys.
class HdKey {
public:
    /// The master key of a BIP-32 seed (16 to 64 bytes; BIP-39 seeds are 64), from
    /// HMAC-SHA512("Bitcoin seed", seed). Throws Error(InvalidArgument) for another seed size
    /// and Error(Crypto) in the (2^-127) case where the seed gives no valid key.
    static HdKey fromSeed(ByteView seed);

    /// The child at `index` (hardened when index >= 2^31). Throws Error(Crypto) in the
    /// (2^-127) case where that child does not exist, and Error(InvalidArgument) past depth 255.
    HdKey derive(std::uint32_t index) const;
    /// Each index of `path` in turn, from this key (normally the master).
    HdKey derive(const DerivationPath& path) const;

    HdKey clone() const;

    const crypto::SecretBytes& privateKey() const { return privateKey_; }
    const crypto::SecretBytes& chainCode() const { return chainCode_; }
    /// The compressed SEC1 public key (33 bytes).
    std::array<std::uint8_t, 33> publicKey() const;
    /// The Ethereum address of this key.
    eth::Address address() const;

    std::uint8_t depth() const { return depth_; }
    std::uint32_t childNumber() const { return childNumber_; }
    /// The first 4 bytes of HASH160 of the parent's public key (0 for the master).
    std::uint32_t parentFingerprint() const { return parentFingerprint_; }
    /// The first 4 bytes of HASH160 (RIPEMD-160 of SHA-256) of this key's public key.
    std::uint32_t fingerprint() const;

    /// The Base58Check "xprv..." serialisation (mainnet version bytes). A secret.
    crypto::SecretBytes toXprv() const;
    /// The Base58Check "xpub..." serialisation of the matching public key.
    std::string toXpub() const;

private:
    HdKey() = default;
    crypto::SecretBytes privateKey_; // 32 bytes
    crypto::SecretBytes chainCode_;  // 32 bytes
    std::uint8_t depth_ = 0;
    std::uint32_t childNumber_ = 0;
    std::uint32_t parentFingerprint_ = 0;
};

} // namespace sr::wallet
