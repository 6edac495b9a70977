#include "sandbox/SecretVault.h"

#include "crypto/SecureRandom.h"
#include "store/AtomicFile.h"
#include "util/Error.h"

#include <memory>
#include <openssl/crypto.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <string>
#include <sys/stat.h>

namespace sr::sandbox {

namespace {

constexpr std::size_t kKeyBytes = 32;
constexpr std::size_t kNonceBytes = 12;
constexpr std::size_t kTagBytes = 16;

struct ContextFree {
    void operator()(EVP_CIPHER_CTX* ctx) const noexcept { EVP_CIPHER_CTX_free(ctx); }
};
using ContextPtr = std::unique_ptr<EVP_CIPHER_CTX, ContextFree>;

[[noreturn]] void cryptoFailure(const std::string& what) {
    ERR_clear_error();
    throw Error(ErrorCode::Crypto, what);
}

ContextPtr newContext(const crypto::SecretBytes& key, ByteView nonce, bool encrypt) {
    ContextPtr ctx(EVP_CIPHER_CTX_new());
    if (!ctx ||
        EVP_CipherInit_ex(ctx.get(), EVP_aes_256_gcm(), nullptr, nullptr, nullptr,
                          encrypt ? 1 : 0) != 1 ||
        EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_SET_IVLEN, static_cast<int>(kNonceBytes),
                            nullptr) != 1 ||
        EVP_CipherInit_ex(ctx.get(), nullptr, nullptr, key.data(), nonce.data(), encrypt ? 1 : 0) !=
            1)
        cryptoFailure("AES-256-GCM is not available from OpenSSL.");
    return ctx;
}

void addContext(EVP_CIPHER_CTX* ctx, std::string_view context) {
    int ignored = 0;
    if (!context.empty() && EVP_CipherUpdate(ctx, nullptr, &ignored,
                                             reinterpret_cast<const unsigned char*>(context.data()),
                                             static_cast<int>(context.size())) != 1)
        cryptoFailure("AES-256-GCM failed.");
}

} // namespace

SecretVault::SecretVault(const std::filesystem::path& keyFile) {
    std::string stored;
    try {
        stored = readFile(keyFile);
    } catch (const Error& e) {
        if (e.code() != ErrorCode::NotFound)
            throw;
        crypto::SecretBytes fresh = crypto::SecretBytes::random(kKeyBytes);
        writeFileAtomic(keyFile, fresh.text(), 0600, 0700);
        key_ = std::move(fresh);
        return;
    }
    const bool rightSize = stored.size() == kKeyBytes;
    if (rightSize)
        key_ = crypto::SecretBytes(asBytes(stored));
    OPENSSL_cleanse(stored.data(), stored.size());
    if (!rightSize)
        throw Error(ErrorCode::Corrupt, "The SMS key file " + keyFile.string() +
                                            " is damaged: it should hold exactly 32 bytes.");
    // An older or hand-made file may be readable by others: the key must not be.
    ::chmod(keyFile.c_str(), 0600);
}

Bytes SecretVault::seal(ByteView plaintext, std::string_view context) const {
    Bytes out = crypto::randomBytes(kNonceBytes);
    ContextPtr ctx = newContext(key_, out, true);
    addContext(ctx.get(), context);
    out.resize(kNonceBytes + plaintext.size() + kTagBytes);
    int written = 0;
    if (!plaintext.empty() &&
        EVP_CipherUpdate(ctx.get(), out.data() + kNonceBytes, &written, plaintext.data(),
                         static_cast<int>(plaintext.size())) != 1)
        cryptoFailure("AES-256-GCM failed.");
    int tail = 0;
    if (EVP_CipherFinal_ex(ctx.get(), out.data() + kNonceBytes + written, &tail) != 1 ||
        EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_GET_TAG, static_cast<int>(kTagBytes),
                            out.data() + kNonceBytes + plaintext.size()) != 1)
        cryptoFailure("AES-256-GCM failed.");
    return out;
}

crypto::SecretBytes SecretVault::open(ByteView sealed, std::string_view context) const {
    if (sealed.size() < kNonceBytes + kTagBytes)
        throw Error(ErrorCode::Crypto, "A sealed secret is truncated.");
    const std::size_t length = sealed.size() - kNonceBytes - kTagBytes;
    ContextPtr ctx = newContext(key_, sealed.first(kNonceBytes), false);
    addContext(ctx.get(), context);
    crypto::SecretBytes plain(length);
    int written = 0;
    if (length > 0 && EVP_CipherUpdate(ctx.get(), plain.data(), &written,
                                       sealed.data() + kNonceBytes, static_cast<int>(length)) != 1)
        cryptoFailure("A sealed secret could not be opened.");
    // The tag is only an input here, but OpenSSL's prototype is not const.
    Bytes tag(sealed.end() - static_cast<std::ptrdiff_t>(kTagBytes), sealed.end());
    int tail = 0;
    if (EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_SET_TAG, static_cast<int>(kTagBytes),
                            tag.data()) != 1 ||
        EVP_CipherFinal_ex(ctx.get(), plain.data() + written, &tail) != 1)
        cryptoFailure("A sealed secret was altered or belongs elsewhere: it does not open.");
    return plain;
}

} // namespace sr::sandbox
