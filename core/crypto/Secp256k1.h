#pragma once

#include "crypto/SecretBytes.h"
#include "util/Bytes.h"

#include <array>
#include <cstdint>

namespace sr::crypto {

/// An ECDSA secp256k1 signature with the recovery id that lets a verifier recover the public
/// key (Ethereum's ecrecover). r and s are big-endian.
struct Signature {
    std::array<std::uint8_t, 32> r{};
    std::array<std::uint8_t, 32> s{};
    std::uint8_t recoveryId = 0; ///< 0 or 1 (the parity of R's y coordinate)

    friend bool operator==(const Signature&, const Signature&) = default;
};

/// An uncompressed public key: X || Y, 32 bytes each, without the 0x04 SEC1 prefix.
using PublicKey = std::array<std::uint8_t, 64>;

/// Signs a 32-byte digest: RFC 6979 deterministic nonce, low-s normalised (both done by
/// libsecp256k1). Throws Error(InvalidArgument) if the key is not a valid secp256k1 private key.
Signature signHash(const SecretBytes& privateKey, const Hash32& digest);

/// The public key of a private key. Throws Error(InvalidArgument) for an invalid key (not 32
/// bytes, zero, or not below the curve order n).
PublicKey publicKeyFromPrivate(const SecretBytes& privateKey);

/// Recovers the signer's public key (ecrecover). Accepts high-s signatures like the EVM's
/// ecrecover does; callers that need canonical signatures check isLowS(). Throws Error(Crypto)
/// when no key can be recovered (r or s zero or out of range, bad recovery id, ...).
PublicKey recoverPublicKey(const Hash32& digest, const Signature& signature);

/// True for exactly 32 bytes encoding an integer in [1, n-1].
bool isValidPrivateKey(ByteView privateKey);

/// True when s <= n/2 (the form libsecp256k1 and Ethereum transactions require).
bool isLowS(const Signature& signature);

/// Verifies a signature (r, s; the recovery id is ignored) of `digest` by `publicKey`, given as
/// 64 bytes X||Y, 65 bytes 04||X||Y or 33 bytes compressed. High-s signatures are rejected, as
/// in Bitcoin and Ethereum transactions. Returns false for any malformed input.
bool verify(const Hash32& digest, const Signature& signature, ByteView publicKey);

/// Like verify() for a strict-DER encoded signature (as used by Bitcoin and by Wycheproof).
bool verifyDer(const Hash32& digest, ByteView derSignature, ByteView publicKey);

} // namespace sr::crypto
