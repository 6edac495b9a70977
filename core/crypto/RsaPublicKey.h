#pragma once

#include "util/Bytes.h"

#include <memory>
#include <string>
#include <string_view>

struct evp_pkey_st;

namespace sr::crypto {

/// An RSA public key, as iExec uses for result encryption: the requester publishes it (SPKI
/// PEM, "-----BEGIN PUBLIC KEY-----") and workers wrap each result's AES key with it.
class RsaPublicKey {
public:
    /// Parses an SPKI PEM. Throws Error(InvalidArgument) if it is not an RSA public key of
    /// 2048 to 16384 bits.
    static RsaPublicKey fromSpkiPem(std::string_view pem);

    std::string toSpkiPem() const;
    unsigned bits() const;

    /// RSAES-PKCS1-v1_5 encryption (what node-forge, and so the iExec SDK, uses by default).
    /// Throws Error(InvalidArgument) if `plaintext` is longer than bits/8 - 11 bytes.
    Bytes encryptPkcs1v15(ByteView plaintext) const;

    ~RsaPublicKey();
    RsaPublicKey(RsaPublicKey&&) noexcept;
    RsaPublicKey& operator=(RsaPublicKey&&) noexcept;
    RsaPublicKey(const RsaPublicKey&) = delete;
    RsaPublicKey& operator=(const RsaPublicKey&) = delete;

private:
    friend class RsaPrivateKey;
    struct Free {
        void operator()(evp_pkey_st* key) const noexcept;
    };
    explicit RsaPublicKey(std::unique_ptr<evp_pkey_st, Free> key);
    std::unique_ptr<evp_pkey_st, Free> key_;
};

} // namespace sr::crypto
