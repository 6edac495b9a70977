#include "crypto/RsaPublicKey.h"

#include "crypto/RsaSupport.h"
#include "util/Error.h"

#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/rsa.h>
#include <string>
#include <utility>

namespace sr::crypto {

void RsaPublicKey::Free::operator()(EVP_PKEY* key) const noexcept {
    EVP_PKEY_free(key);
}

RsaPublicKey::RsaPublicKey(std::unique_ptr<EVP_PKEY, Free> key) : key_(std::move(key)) {}
RsaPublicKey::~RsaPublicKey() = default;
RsaPublicKey::RsaPublicKey(RsaPublicKey&&) noexcept = default;
RsaPublicKey& RsaPublicKey::operator=(RsaPublicKey&&) noexcept = default;

RsaPublicKey RsaPublicKey::fromSpkiPem(std::string_view pem) {
    if (pem.size() > rsa::kMaxPemLength)
        throw Error(ErrorCode::InvalidArgument, "The RSA public key is too long to be a key.");
    // An empty buffer still needs a non-null pointer for OpenSSL.
    rsa::BioPtr bio(BIO_new_mem_buf(pem.empty() ? "" : pem.data(), static_cast<int>(pem.size())));
    if (!bio)
        throw Error(ErrorCode::Crypto, "Out of memory reading the RSA public key.");
    std::unique_ptr<EVP_PKEY, Free> key(
        PEM_read_bio_PUBKEY(bio.get(), nullptr, rsa::refusePassphrase, nullptr));
    ERR_clear_error();
    if (!key)
        throw Error(ErrorCode::InvalidArgument,
                    "The RSA public key could not be read: a \"-----BEGIN PUBLIC KEY-----\" "
                    "PEM (SPKI) is expected.");
    rsa::requireUsableRsa(key.get(), "public");
    return RsaPublicKey(std::move(key));
}

std::string RsaPublicKey::toSpkiPem() const {
    rsa::BioPtr bio(BIO_new(BIO_s_mem()));
    if (!bio || PEM_write_bio_PUBKEY(bio.get(), key_.get()) != 1) {
        ERR_clear_error();
        throw Error(ErrorCode::Crypto, "Could not write the RSA public key.");
    }
    char* data = nullptr;
    const long length = BIO_get_mem_data(bio.get(), &data);
    return std::string(data, static_cast<std::size_t>(length));
}

unsigned RsaPublicKey::bits() const {
    return static_cast<unsigned>(EVP_PKEY_get_bits(key_.get()));
}

Bytes RsaPublicKey::encryptPkcs1v15(ByteView plaintext) const {
    const std::size_t modulus = (bits() + 7) / 8;
    if (plaintext.size() + 11 > modulus)
        throw Error(ErrorCode::InvalidArgument,
                    "RSA PKCS#1 v1.5 can encrypt at most " + std::to_string(modulus - 11) +
                        " bytes with this key; got " + std::to_string(plaintext.size()) + ".");
    rsa::PkeyCtxPtr ctx(EVP_PKEY_CTX_new(key_.get(), nullptr));
    Bytes out(modulus);
    std::size_t length = out.size();
    if (!ctx || EVP_PKEY_encrypt_init(ctx.get()) != 1 ||
        EVP_PKEY_CTX_set_rsa_padding(ctx.get(), RSA_PKCS1_PADDING) != 1 ||
        EVP_PKEY_encrypt(ctx.get(), out.data(), &length, plaintext.data(), plaintext.size()) != 1) {
        ERR_clear_error();
        throw Error(ErrorCode::Crypto, "RSA encryption failed.");
    }
    out.resize(length);
    return out;
}

} // namespace sr::crypto
