#include "crypto/Aes256Cbc.h"

#include "util/Error.h"

#include <algorithm>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <string>

namespace sr::crypto {

namespace {

constexpr std::size_t kBlock = 16;

struct CipherContextFree {
    void operator()(EVP_CIPHER_CTX* ctx) const noexcept { EVP_CIPHER_CTX_free(ctx); }
};
using CipherContextPtr = std::unique_ptr<EVP_CIPHER_CTX, CipherContextFree>;

CipherContextPtr newContext(const SecretBytes& key, ByteView iv, bool encrypt) {
    if (key.size() != 32)
        throw Error(ErrorCode::InvalidArgument,
                    "AES-256 needs a 32-byte key; got " + std::to_string(key.size()) + " bytes.");
    if (iv.size() != kBlock)
        throw Error(ErrorCode::InvalidArgument,
                    "AES-256-CBC needs a 16-byte IV; got " + std::to_string(iv.size()) + " bytes.");
    CipherContextPtr ctx(EVP_CIPHER_CTX_new());
    if (!ctx || EVP_CipherInit_ex(ctx.get(), EVP_aes_256_cbc(), nullptr, key.data(), iv.data(),
                                  encrypt ? 1 : 0) != 1) {
        ERR_clear_error();
        throw Error(ErrorCode::Crypto, "AES-256-CBC is not available from OpenSSL.");
    }
    return ctx;
}

EVP_CIPHER_CTX* live(const CipherContextPtr& ctx) {
    if (!ctx)
        throw Error(ErrorCode::Internal, "An AES-256-CBC stream was used after final().");
    return ctx.get();
}

void cipherUpdate(EVP_CIPHER_CTX* ctx, ByteView input, Bytes& output) {
    // EVP takes int lengths: feed large inputs in pieces.
    constexpr std::size_t kChunk = 1 << 30;
    for (std::size_t at = 0; at < input.size(); at += kChunk) {
        const std::size_t length = std::min(kChunk, input.size() - at);
        const std::size_t before = output.size();
        output.resize(before + length + kBlock); // up to one block more than the input
        int written = 0;
        if (EVP_CipherUpdate(ctx, output.data() + before, &written, input.data() + at,
                             static_cast<int>(length)) != 1) {
            ERR_clear_error();
            output.resize(before);
            throw Error(ErrorCode::Crypto, "AES-256-CBC failed.");
        }
        output.resize(before + static_cast<std::size_t>(written));
    }
}

// Returns false when OpenSSL rejects the final block (bad padding on decryption).
bool finish(EVP_CIPHER_CTX* ctx, Bytes& output) {
    const std::size_t before = output.size();
    output.resize(before + kBlock);
    int written = 0;
    if (EVP_CipherFinal_ex(ctx, output.data() + before, &written) != 1) {
        ERR_clear_error();
        output.resize(before);
        return false;
    }
    output.resize(before + static_cast<std::size_t>(written));
    return true;
}

} // namespace

struct Aes256CbcStream::Context {
    CipherContextPtr ctx;
    std::uint64_t inputLength = 0;
};

Aes256CbcStream::Aes256CbcStream(const SecretBytes& key, ByteView iv, bool encrypt)
    : context_(new Context{newContext(key, iv, encrypt), 0}) {}
Aes256CbcStream::~Aes256CbcStream() = default;
Aes256CbcStream::Aes256CbcStream(Aes256CbcStream&&) noexcept = default;
Aes256CbcStream& Aes256CbcStream::operator=(Aes256CbcStream&&) noexcept = default;

Aes256CbcStream::Context& Aes256CbcStream::context() {
    if (!context_)
        throw Error(ErrorCode::Internal, "An AES-256-CBC stream was used after being moved.");
    return *context_;
}

void Aes256CbcStream::update(ByteView input, Bytes& output) {
    Context& c = context();
    cipherUpdate(live(c.ctx), input, output);
    c.inputLength += input.size();
}

Bytes Aes256CbcStream::update(ByteView input) {
    Bytes output;
    update(input, output);
    return output;
}

Aes256CbcEncryptor::Aes256CbcEncryptor(const SecretBytes& key, ByteView iv)
    : Aes256CbcStream(key, iv, true) {}

void Aes256CbcEncryptor::final(Bytes& output) {
    Context& c = context();
    if (!finish(live(c.ctx), output))
        throw Error(ErrorCode::Crypto, "AES-256-CBC failed.");
    c.ctx.reset();
}

Bytes Aes256CbcEncryptor::final() {
    Bytes output;
    final(output);
    return output;
}

Aes256CbcDecryptor::Aes256CbcDecryptor(const SecretBytes& key, ByteView iv)
    : Aes256CbcStream(key, iv, false) {}

void Aes256CbcDecryptor::final(Bytes& output) {
    Context& c = context();
    EVP_CIPHER_CTX* ctx = live(c.ctx);
    const std::uint64_t length = c.inputLength;
    // Distinguish truncation from a wrong key: they call for different actions by the user.
    if (length == 0 || length % kBlock != 0) {
        c.ctx.reset();
        throw Error(ErrorCode::Crypto,
                    "The encrypted data is truncated or damaged: its length (" +
                        std::to_string(length) +
                        " bytes) is not a whole, non-zero number of 16-byte AES blocks.");
    }
    const bool ok = finish(ctx, output);
    c.ctx.reset();
    if (!ok)
        throw Error(ErrorCode::Crypto, "The encrypted data could not be decrypted (bad padding): "
                                       "the key is wrong or the data is corrupt.");
}

Bytes Aes256CbcDecryptor::final() {
    Bytes output;
    final(output);
    return output;
}

Bytes aes256CbcEncrypt(const SecretBytes& key, ByteView iv, ByteView plaintext) {
    Aes256CbcEncryptor encryptor(key, iv);
    Bytes output;
    output.reserve(plaintext.size() + kBlock);
    encryptor.update(plaintext, output);
    encryptor.final(output);
    return output;
}

Bytes aes256CbcDecrypt(const SecretBytes& key, ByteView iv, ByteView ciphertext) {
    Aes256CbcDecryptor decryptor(key, iv);
    Bytes output;
    output.reserve(ciphertext.size());
    decryptor.update(ciphertext, output);
    decryptor.final(output);
    return output;
}

} // namespace sr::crypto
