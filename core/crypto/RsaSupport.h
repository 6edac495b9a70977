#pragma once

// Internal to core/crypto: OpenSSL helpers shared by RsaPublicKey and RsaPrivateKey.

#include <cstddef>
#include <memory>
#include <openssl/bio.h>
#include <openssl/evp.h>

namespace sr::crypto::rsa {

/// Keys outside this range are refused: smaller ones are weak, larger ones only cost time.
inline constexpr unsigned kMinBits = 2048;
inline constexpr unsigned kMaxBits = 16384;
/// A 16384-bit PKCS#8 PEM is about 12 KB; anything far larger is not a key.
inline constexpr std::size_t kMaxPemLength = 64 * 1024;

struct BioFree {
    void operator()(BIO* bio) const noexcept { BIO_free(bio); }
};
using BioPtr = std::unique_ptr<BIO, BioFree>;

struct PkeyCtxFree {
    void operator()(EVP_PKEY_CTX* ctx) const noexcept { EVP_PKEY_CTX_free(ctx); }
};
using PkeyCtxPtr = std::unique_ptr<EVP_PKEY_CTX, PkeyCtxFree>;

/// PEM passphrase callback that refuses: OpenSSL would otherwise prompt on the terminal.
int refusePassphrase(char* buffer, int size, int rwflag, void* userdata);

/// Throws Error(InvalidArgument) unless `key` is RSA with kMinBits..kMaxBits bits.
void requireUsableRsa(const EVP_PKEY* key, const char* kind);

} // namespace sr::crypto::rsa
