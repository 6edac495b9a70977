#pragma once

#include "crypto/RsaPublicKey.h"
#include "crypto/SecretBytes.h"
#include "util/Bytes.h"

#include <memory>

namespace sr::crypto {

/// An RSA private key for iExec result decryption. Its PEM form is a secret and is only ever
/// handled as SecretBytes; the key material itself lives inside OpenSSL, which wipes it on free.
class RsaPrivateKey {
public:
    /// The size the iExec SDK generates.
    static constexpr unsigned kDefaultBits = 4096;

    /// A fresh key pair (public exponent 65537). Takes about a second for 4096 bits.
    static RsaPrivateKey generate(unsigned bits = kDefaultBits);

    /// Parses an unencrypted PKCS#8 PEM ("-----BEGIN PRIVATE KEY-----") or PKCS#1 PEM
    /// ("-----BEGIN RSA PRIVATE KEY-----"), as the iExec SDK accepts both. Never prompts for a
    /// passphrase. Throws Error(InvalidArgument) if it is not an RSA private key of 2048 to
    /// 16384 bits.
    static RsaPrivateKey fromPem(const SecretBytes& pem);

    /// The unencrypted PKCS#8 PEM (the SDK's format); the caller encrypts it before storing.
    SecretBytes toPkcs8Pem() const;

    RsaPublicKey publicKey() const;
    unsigned bits() const;

    /// RSAES-PKCS1-v1_5 decryption (unwrapping a result's aes-key.rsa). Throws Error(Crypto)
    /// when the ciphertext was not made for this key or is damaged.
    SecretBytes decryptPkcs1v15(ByteView ciphertext) const;

    ~RsaPrivateKey();
    RsaPrivateKey(RsaPrivateKey&&) noexcept;
    RsaPrivateKey& operator=(RsaPrivateKey&&) noexcept;
    RsaPrivateKey(const RsaPrivateKey&) = delete;
    RsaPrivateKey& operator=(const RsaPrivateKey&) = delete;

private:
    struct Free {
        void operator()(evp_pkey_st* key) const noexcept;
    };
    explicit RsaPrivateKey(std::unique_ptr<evp_pkey_st, Free> key);
    std::unique_ptr<evp_pkey_st, Free> key_;
};

} // namespace sr::crypto
