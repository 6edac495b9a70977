#include "crypto/Aes128Ctr.h"

#include "util/Error.h"

#include <algorithm>
#include <memory>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <string>

namespace sr::crypto {

namespace {

struct CipherContextFree {
    void operator()(EVP_CIPHER_CTX* ctx) const noexcept { EVP_CIPHER_CTX_free(ctx); }
};

// CTR is a stream mode: the output has the input's length, written into `out`.
void aes128Ctr(const SecretBytes& key, ByteView iv, ByteView input, std::uint8_t* out) {
    if (key.size() != 16)
        throw Error(ErrorCode::InvalidArgument,
                    "AES-128 needs a 16-byte key; got " + std::to_string(key.size()) + " bytes.");
    if (iv.size() != 16)
        throw Error(ErrorCode::InvalidArgument,
                    "AES-128-CTR needs a 16-byte IV; got " + std::to_string(iv.size()) + " bytes.");
    std::unique_ptr<EVP_CIPHER_CTX, CipherContextFree> ctx(EVP_CIPHER_CTX_new());
    if (!ctx ||
        EVP_EncryptInit_ex(ctx.get(), EVP_aes_128_ctr(), nullptr, key.data(), iv.data()) != 1) {
        ERR_clear_error();
        throw Error(ErrorCode::Crypto, "AES-128-CTR is not available from OpenSSL.");
    }
    // EVP takes int lengths: feed large inputs in pieces (CTR keeps its counter across calls).
    constexpr std::size_t kChunk = 1 << 30;
    for (std::size_t at = 0; at < input.size(); at += kChunk) {
        const std::size_t length = std::min(kChunk, input.size() - at);
        int written = 0;
        if (EVP_EncryptUpdate(ctx.get(), out + at, &written, input.data() + at,
                              static_cast<int>(length)) != 1 ||
            static_cast<std::size_t>(written) != length) {
            ERR_clear_error();
            throw Error(ErrorCode::Crypto, "AES-128-CTR failed.");
        }
    }
}

} // namespace

Bytes aes128CtrEncrypt(const SecretBytes& key, ByteView iv, ByteView plaintext) {
    Bytes out(plaintext.size());
    aes128Ctr(key, iv, plaintext, out.data());
    return out;
}

SecretBytes aes128CtrDecrypt(const SecretBytes& key, ByteView iv, ByteView ciphertext) {
    SecretBytes out(ciphertext.size());
    aes128Ctr(key, iv, ciphertext, out.data());
    return out;
}

} // namespace sr::crypto
