#pragma once

#include "crypto/SecretBytes.h"
#include "eth/Address.h"
#include "wallet/KeystoreCrypto.h"
#include "wallet/Mnemonic.h"

#include <string>
#include <string_view>

namespace sr::wallet {

/// The BIP-39 entropy of an HD wallet, encrypted like a keystore so that accounts can be added
/// later. The file is keystore-like JSON with its own type, so that no Ethereum tool mistakes
/// it for an account:
///   {"type": "strongroom-hd-seed", "version": 1, "id": UUID, "firstAddress": hex,
///    "crypto": {... the v3 crypto object, plaintext = the entropy ...}}
/// `firstAddress` (the public address of m/44'/60'/0'/0/0) recognises a phrase imported twice
/// without decrypting anything.
class SeedKeystore {
public:
    static constexpr std::string_view kType = "strongroom-hd-seed";

    /// Parses and checks a seed file without deriving anything (as Keystore::parse). The
    /// ciphertext must be 16 to 32 bytes, a multiple of 4 (BIP-39 entropy sizes).
    static SeedKeystore parse(std::string_view json);

    /// Encrypts the entropy of `mnemonic` under `password`.
    static SeedKeystore create(const Mnemonic& mnemonic, std::string_view password,
                               const ScryptCost& cost = {});

    std::string toJson() const;

    /// The phrase. Throws Error(WrongPassword) as Keystore::unlock(), Error(Corrupt) if the
    /// decrypted entropy does not give `firstAddress`.
    Mnemonic unlock(std::string_view password) const;

    const std::string& id() const { return id_; }
    const eth::Address& firstAddress() const { return firstAddress_; }
    const KeystoreCrypto& crypto() const { return crypto_; }

private:
    SeedKeystore() = default;
    std::string id_;
    eth::Address firstAddress_;
    KeystoreCrypto crypto_;
};

/// The address of m/44'/60'/0'/0/`index` for a phrase (no BIP-39 passphrase).
eth::Address hdAddress(const Mnemonic& mnemonic, std::uint32_t index);

} // namespace sr::wallet
