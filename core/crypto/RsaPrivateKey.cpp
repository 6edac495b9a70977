#include "crypto/RsaPrivateKey.h"

#include "crypto/RsaSupport.h"
#include "util/Error.h"

#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/rsa.h>
#include <string>
#include <utility>

namespace sr::crypto {

void RsaPrivateKey::Free::operator()(EVP_PKEY* key) const noexcept {
    EVP_PKEY_free(key);
}

RsaPrivateKey::RsaPrivateKey(std::unique_ptr<EVP_PKEY, Free> key) : key_(std::move(key)) {}
RsaPrivateKey::~RsaPrivateKey() = default;
RsaPrivateKey::RsaPrivateKey(RsaPrivateKey&&) noexcept = default;
RsaPrivateKey& RsaPrivateKey::operator=(RsaPrivateKey&&) noexcept = default;

RsaPrivateKey RsaPrivateKey::generate(unsigned bits) {
    if (bits < rsa::kMinBits || bits > rsa::kMaxBits)
        throw Error(ErrorCode::InvalidArgument, "RSA keys must have " +
                                                    std::to_string(rsa::kMinBits) + " to " +
                                                    std::to_string(rsa::kMaxBits) + " bits.");
    std::unique_ptr<EVP_PKEY, Free> key(
        EVP_PKEY_Q_keygen(nullptr, nullptr, "RSA", static_cast<std::size_t>(bits)));
    if (!key) {
        ERR_clear_error();
        throw Error(ErrorCode::Crypto, "RSA key generation failed.");
    }
    return RsaPrivateKey(std::move(key));
}

RsaPrivateKey RsaPrivateKey::fromPem(const SecretBytes& pem) {
    if (pem.size() > rsa::kMaxPemLength)
        throw Error(ErrorCode::InvalidArgument, "The RSA private key is too long to be a key.");
    // An empty buffer still needs a non-null pointer for OpenSSL.
    rsa::BioPtr bio(BIO_new_mem_buf(pem.empty() ? static_cast<const void*>("") : pem.data(),
                                    static_cast<int>(pem.size())));
    if (!bio)
        throw Error(ErrorCode::Crypto, "Out of memory reading the RSA private key.");
    std::unique_ptr<EVP_PKEY, Free> key(
        PEM_read_bio_PrivateKey(bio.get(), nullptr, rsa::refusePassphrase, nullptr));
    ERR_clear_error();
    if (!key)
        throw Error(ErrorCode::InvalidArgument,
                    "The RSA private key could not be read: an unencrypted \"-----BEGIN "
                    "PRIVATE KEY-----\" (PKCS#8) or \"-----BEGIN RSA PRIVATE KEY-----\" PEM is "
                    "expected.");
    rsa::requireUsableRsa(key.get(), "private");
    return RsaPrivateKey(std::move(key));
}

SecretBytes RsaPrivateKey::toPkcs8Pem() const {
    // A secure-memory BIO: OpenSSL wipes its buffer when it is freed.
    rsa::BioPtr bio(BIO_new(BIO_s_secmem()));
    if (!bio || PEM_write_bio_PrivateKey(bio.get(), key_.get(), nullptr, nullptr, 0, nullptr,
                                         nullptr) != 1) {
        ERR_clear_error();
        throw Error(ErrorCode::Crypto, "Could not write the RSA private key.");
    }
    char* data = nullptr;
    const long length = BIO_get_mem_data(bio.get(), &data);
    return SecretBytes(
        ByteView(reinterpret_cast<const std::uint8_t*>(data), static_cast<std::size_t>(length)));
}

RsaPublicKey RsaPrivateKey::publicKey() const {
    // Round-trip through DER SPKI: the simplest portable way to drop the private parts.
    unsigned char* der = nullptr;
    const int length = i2d_PUBKEY(key_.get(), &der);
    if (length <= 0) {
        ERR_clear_error();
        throw Error(ErrorCode::Crypto, "Could not extract the RSA public key.");
    }
    const unsigned char* cursor = der;
    std::unique_ptr<EVP_PKEY, RsaPublicKey::Free> pub(d2i_PUBKEY(nullptr, &cursor, length));
    OPENSSL_free(der);
    if (!pub) {
        ERR_clear_error();
        throw Error(ErrorCode::Crypto, "Could not extract the RSA public key.");
    }
    return RsaPublicKey(std::move(pub));
}

unsigned RsaPrivateKey::bits() const {
    return static_cast<unsigned>(EVP_PKEY_get_bits(key_.get()));
}

SecretBytes RsaPrivateKey::decryptPkcs1v15(ByteView ciphertext) const {
    const std::size_t modulus = (bits() + 7) / 8;
    if (ciphertext.size() != modulus)
        throw Error(ErrorCode::Crypto,
                    "The RSA-encrypted data is " + std::to_string(ciphertext.size()) +
                        " bytes but this key decrypts blocks of " + std::to_string(modulus) +
                        ": it was made for another key or is damaged.");
    rsa::PkeyCtxPtr ctx(EVP_PKEY_CTX_new(key_.get(), nullptr));
    SecretBytes out(modulus);
    std::size_t length = out.size();
    if (!ctx || EVP_PKEY_decrypt_init(ctx.get()) != 1 ||
        EVP_PKEY_CTX_set_rsa_padding(ctx.get(), RSA_PKCS1_PADDING) != 1 ||
        EVP_PKEY_decrypt(ctx.get(), out.data(), &length, ciphertext.data(), ciphertext.size()) !=
            1) {
        ERR_clear_error();
        throw Error(ErrorCode::Crypto, "The RSA-encrypted data could not be decrypted with this "
                                       "key: it was made for another key or is damaged.");
    }
    return SecretBytes(out.view().first(length));
}

} // namespace sr::crypto
