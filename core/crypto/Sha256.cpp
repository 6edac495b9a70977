#include "crypto/Sha256.h"

#include "util/Error.h"

#include <openssl/evp.h>

namespace sr::crypto {

struct Sha256::Context {
    struct Free {
        void operator()(EVP_MD_CTX* ctx) const { EVP_MD_CTX_free(ctx); }
    };
    std::unique_ptr<EVP_MD_CTX, Free> ctx{EVP_MD_CTX_new()};
};

namespace {

void init(EVP_MD_CTX* ctx) {
    if (!ctx || EVP_DigestInit_ex(ctx, EVP_sha256(), nullptr) != 1)
        throw Error(ErrorCode::Crypto, "SHA-256 is not available from OpenSSL.");
}

} // namespace

Sha256::Sha256() : context_(std::make_unique<Context>()) {
    init(context_->ctx.get());
}
Sha256::~Sha256() = default;
Sha256::Sha256(Sha256&&) noexcept = default;
Sha256& Sha256::operator=(Sha256&&) noexcept = default;

void Sha256::update(ByteView data) {
    if (!context_)
        throw Error(ErrorCode::Internal, "Sha256 used after it was moved from.");
    if (!data.empty() && EVP_DigestUpdate(context_->ctx.get(), data.data(), data.size()) != 1)
        throw Error(ErrorCode::Crypto, "SHA-256 failed.");
}

Hash32 Sha256::finalize() {
    if (!context_)
        throw Error(ErrorCode::Internal, "Sha256 used after it was moved from.");
    Hash32 out{};
    unsigned int length = 0;
    if (EVP_DigestFinal_ex(context_->ctx.get(), out.data(), &length) != 1 || length != out.size())
        throw Error(ErrorCode::Crypto, "SHA-256 failed.");
    init(context_->ctx.get());
    return out;
}

Hash32 sha256(ByteView data) {
    Hash32 out{};
    unsigned int length = 0;
    if (EVP_Digest(data.data(), data.size(), out.data(), &length, EVP_sha256(), nullptr) != 1 ||
        length != out.size())
        throw Error(ErrorCode::Crypto, "SHA-256 failed.");
    return out;
}

} // namespace sr::crypto
