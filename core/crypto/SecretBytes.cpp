#include "crypto/SecretBytes.h"

#include "crypto/SecureRandom.h"

#include <algorithm>
#include <cstring>
#include <new>
#include <openssl/crypto.h>
#include <sodium.h>
#include <utility>

namespace sr::crypto {

namespace {

// libsodium's guarded allocation: its own pages, excluded from core dumps (MADV_DONTDUMP),
// locked in RAM when RLIMIT_MEMLOCK allows (never swapped out), between inaccessible guard
// pages (an overrun crashes instead of reading a neighbour), wiped when freed.
std::uint8_t* allocateGuarded(std::size_t size) {
    if (size == 0)
        return nullptr;
    ensureSodiumInitialised();
    void* p = sodium_malloc(size);
    if (!p)
        throw std::bad_alloc();
    std::memset(p, 0, size); // sodium_malloc fills with a marker byte; callers expect zeros
    return static_cast<std::uint8_t*>(p);
}

} // namespace

SecretBytes::SecretBytes(std::size_t size) : data_(allocateGuarded(size)), size_(size) {}

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
        sodium_free(data_); // wipes again, unlocks and unmaps
    }
    data_ = nullptr;
    size_ = 0;
}

} // namespace sr::crypto
