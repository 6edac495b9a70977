#pragma once

#include "crypto/Scrypt.h"
#include "crypto/SecretBytes.h"
#include "util/Bytes.h"

#include <cstddef>
#include <cstdint>
#include <nlohmann/json_fwd.hpp>
#include <string_view>

namespace sr::wallet {

/// The scrypt cost of files Strongroom writes. The default is geth's and the iExec SDK's
/// (N = 2^17, r = 8, p = 1: 128 MiB, about half a second); tests use a smaller N for speed.
struct ScryptCost {
    std::uint64_t n = 1u << 17;
    std::uint32_t r = 8;
    std::uint32_t p = 1;
};

/// The "crypto" object of a Web3 Secret Storage v3 file: a secret encrypted with AES-128-CTR
/// under the first half of a key derived from a password (scrypt, or PBKDF2-HMAC-SHA256), and
/// authenticated by MAC = keccak256(derivedKey[16..32] || ciphertext).
///
/// Strongroom stores every secret this way: account keys (Keystore), the BIP-39 entropy of an
/// HD wallet (SeedKeystore) and the RSA result key (inside the account's keystore file).
class KeystoreCrypto {
public:
    enum class Kdf { Scrypt, Pbkdf2 };

    /// Reads and checks a "crypto" object WITHOUT deriving anything: field names in any case,
    /// cipher aes-128-ctr, kdf scrypt or pbkdf2 (prf hmac-sha256), dklen 32, KDF costs within
    /// crypto/KdfLimits.h, iv 16 bytes, mac 32 bytes, ciphertext of `minSize` to `maxSize`
    /// bytes, hex everywhere. Throws Error(Corrupt) for a malformed object and
    /// Error(Unsupported) for costs beyond the limits, naming the field.
    static KeystoreCrypto fromJson(const nlohmann::json& crypto, std::size_t minSize,
                                   std::size_t maxSize);

    /// Encrypts `plaintext` under `password` with scrypt (`cost`), a random salt (32 bytes)
    /// and a random IV. Throws Error(InvalidArgument) for parameters outside the limits.
    static KeystoreCrypto seal(ByteView plaintext, std::string_view password,
                               const ScryptCost& cost = {});

    /// The object in the form geth writes (keys in alphabetical order, lowercase hex).
    nlohmann::json toJson() const;

    /// Derives the key, checks the MAC in constant time, decrypts. Throws
    /// Error(WrongPassword) with one message for a wrong password and for a corrupt MAC or
    /// ciphertext: the two cannot be told apart, and saying which would help an attacker.
    crypto::SecretBytes open(std::string_view password) const;

    Kdf kdf() const { return kdf_; }
    /// The scrypt parameters (kdf() == Scrypt).
    const crypto::ScryptParams& scryptParams() const { return scrypt_; }
    /// The PBKDF2 iteration count (kdf() == Pbkdf2).
    std::uint32_t pbkdf2Iterations() const { return iterations_; }
    std::size_t ciphertextSize() const { return ciphertext_.size(); }

    /// The key `password` derives with this box's KDF and salt: the one KDF run of open().
    crypto::SecretBytes deriveKey(std::string_view password) const;

private:
    friend class Keystore;
    friend class SeedKeystore;
    KeystoreCrypto() = default;
    /// An empty box with Strongroom's KDF (`cost`) and a random salt, to seal with sealWithKey.
    static KeystoreCrypto withFreshSalt(const ScryptCost& cost);
    /// `plaintext` sealed under this box's KDF and salt with `derivedKey` (deriveKey() of the
    /// password) and a fresh IV: no KDF run.
    KeystoreCrypto sealWithKey(ByteView plaintext, const crypto::SecretBytes& derivedKey) const;
    /// open() with a key deriveKey() gave: no KDF run.
    crypto::SecretBytes openWithKey(const crypto::SecretBytes& derivedKey) const;
    /// Whether a password derives the same key for `other` (same KDF, parameters and salt).
    bool sameDerivation(const KeystoreCrypto& other) const;

    Kdf kdf_ = Kdf::Scrypt;
    crypto::ScryptParams scrypt_;
    std::uint32_t iterations_ = 0;
    Bytes salt_;
    Bytes iv_;
    Bytes ciphertext_;
    Hash32 mac_{};
};

/// The message of Error(WrongPassword) for keystores.
inline constexpr std::string_view kWrongPasswordMessage =
    "The password is wrong, or the keystore file is damaged.";

} // namespace sr::wallet
