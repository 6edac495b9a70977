#include "crypto/SecretBytes.h"

#include "crypto/SecureRandom.h"

#include <algorithm>
#include <openssl/crypto.h>
#include <utility>

namespace sr::crypto {

SecretBytes::SecretBytes(std::size_t size)
    : data_(size ? new std::uint8_t[size]() : nullptr), size_(size) {}

SecretBytes::SecretBytes(ByteView bytes) : SecretBytes(bytes.size()) {
    std::copy(bytes.begin(), bytes.end(), data_);
}

SecretBytes::~SecretBytes() {
    wipeAndFree();
}

SecretBytes::SecretBytes(SecretBytes&& other) noexcept
    : data_(std::exchange(other.data_, nullptr)), size_(std::exchange(other.size_, 0)) {}

SecretBytes& SecretBytes::operator=(SecretBytes&& other) noexcept {
    if (this != &other) {
        wipeAndFree();
        data_ = std::exchange(other.data_, nullptr);
        size_ = std::exchange(other.size_, 0);
    }
    return *this;
}

SecretBytes SecretBytes::random(std::size_t size) {
    SecretBytes out(size);
    randomFill({out.data(), out.size()});
    return out;
}

bool SecretBytes::equals(ByteView other) const noexcept {
    // The length is not secret; the contents are.
    if (other.size() != size_)
        return false;
    return size_ == 0 || CRYPTO_memcmp(data_, other.data(), size_) == 0;
}

void SecretBytes::wipeAndFree() noexcept {
    if (data_) {
        OPENSSL_cleanse(data_, size_);
        delete[] data_;
    }
    data_ = nullptr;
    size_ = 0;
}

} // namespace sr::crypto
