#pragma once

#include "crypto/SecretBytes.h"
#include "eth/Address.h"
#include "wallet/KeystoreCrypto.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace sr::wallet {

/// A Web3 Secret Storage v3 keystore holding one account's private key, as geth, ethers,
/// MetaMask and `iexec wallet create` write them.
///
/// Strongroom adds one member that those tools ignore, "x-strongroom", holding how an HD
/// account was derived ({"hd": {"seed": id, "index": i}}) and the account's iExec result key
/// ({"resultKey": {"publicKey": SPKI PEM, "crypto": {...}}}: the RSA private key's PKCS#8 PEM
/// sealed with the same password, so that exporting the file exports the key pair too).
class Keystore {
public:
    /// A keystore is about 500 bytes, 7 KB with a result key.
    static constexpr std::size_t kMaxFileSize = 64 * 1024;

    struct HdOrigin {
        std::string seedId;
        std::uint32_t index = 0;
    };

    /// Parses and checks a keystore file WITHOUT deriving anything (see KeystoreCrypto::
    /// fromJson for what is checked). The ciphertext must be 16 to 32 bytes: geth wrote keys
    /// with leading zero bytes stripped (30 and 31 bytes), which are padded back. An "address"
    /// member, if present, must be 20 bytes of hex. Throws Error(Corrupt) or
    /// Error(Unsupported) naming the field.
    static Keystore parse(std::string_view json);

    /// Encrypts a private key (32 bytes, valid for secp256k1, else Error(InvalidArgument))
    /// under `password`: scrypt with `cost`, aes-128-ctr, random salt and IV, a random UUID v4
    /// id, and the address in lowercase hex without 0x, as geth writes it.
    static Keystore create(const crypto::SecretBytes& privateKey, std::string_view password,
                           const ScryptCost& cost = {});

    /// create() with the account's result key pair (`resultPrivateKeyPem`: PKCS#8 PEM) sealed
    /// under the same derived key (same salt and KDF): one KDF run for the file, not two.
    static Keystore create(const crypto::SecretBytes& privateKey, std::string resultPublicKeyPem,
                           const crypto::SecretBytes& resultPrivateKeyPem,
                           std::string_view password, const ScryptCost& cost = {});

    /// The file's JSON text (compact, keys in alphabetical order as geth writes them).
    std::string toJson() const;

    /// Decrypts the private key: 32 bytes (shorter plaintexts are left-padded with zeros).
    /// Throws Error(WrongPassword) for a wrong password or a corrupt MAC (one message for
    /// both), and Error(Corrupt) if the decrypted key is not a valid key or does not match the
    /// file's address field.
    crypto::SecretBytes unlock(std::string_view password) const;

    struct Unlocked {
        crypto::SecretBytes privateKey;
        std::optional<crypto::SecretBytes> resultKey; ///< when the file has one
    };
    /// unlock() and, when the file has a result key, unlockResultKey(): one KDF run when both
    /// share their salt and KDF (as create() with a result key writes them), else two.
    Unlocked unlockWithResultKey(std::string_view password) const;

    /// The address written in the file, if any (not verified until unlock()).
    const std::optional<eth::Address>& address() const { return address_; }
    const std::string& id() const { return id_; }
    const KeystoreCrypto& crypto() const { return crypto_; }

    const std::optional<HdOrigin>& hdOrigin() const { return hdOrigin_; }
    void setHdOrigin(std::optional<HdOrigin> origin) { hdOrigin_ = std::move(origin); }

    /// The result key's public half (SPKI PEM), if the file has one.
    const std::optional<std::string>& resultPublicKeyPem() const { return resultPublicKey_; }
    /// Seals `privateKeyPem` (PKCS#8 PEM) under `password` and stores it with its public key.
    void setResultKey(std::string publicKeyPem, const crypto::SecretBytes& privateKeyPem,
                      std::string_view password, const ScryptCost& cost = {});
    /// The result key's private half (PKCS#8 PEM). Error(NotFound) if the file has none,
    /// Error(WrongPassword) as unlock().
    crypto::SecretBytes unlockResultKey(std::string_view password) const;

private:
    Keystore() = default;
    /// The decrypted key, left-padded to 32 bytes and checked against the address field.
    crypto::SecretBytes checkedKey(const crypto::SecretBytes& plain) const;

    std::optional<eth::Address> address_;
    std::string id_;
    KeystoreCrypto crypto_;
    std::optional<HdOrigin> hdOrigin_;
    std::optional<std::string> resultPublicKey_;
    std::optional<KeystoreCrypto> resultPrivateKey_;
};

/// A random UUID version 4, lowercase ("xxxxxxxx-xxxx-4xxx-yxxx-xxxxxxxxxxxx").
std::string randomUuidV4();

} // namespace sr::wallet
