#pragma once

#include "util/Bytes.h"

#include <cstddef>
#include <cstdint>
#include <string_view>

namespace sr::crypto {

/// Secret bytes (private keys, seeds, derived keys, passwords): move-only, wiped when freed or
/// overwritten, and deliberately not printable (no operator<<, no conversion to a string or to
/// Bytes). Read them through view() or text() only where a primitive needs them.
///
/// The bytes live in memory of their own that is kept out of core dumps, locked in RAM when
/// the system allows it (so never written to swap), and fenced by guard pages.
class SecretBytes {
public:
    SecretBytes() = default;
    /// `size` zero bytes, to be filled through data().
    explicit SecretBytes(std::size_t size);
    /// A copy of `bytes`; the caller remains responsible for wiping its own copy.
    explicit SecretBytes(ByteView bytes);
    ~SecretBytes();

    SecretBytes(SecretBytes&& other) noexcept;
    SecretBytes& operator=(SecretBytes&& other) noexcept;
    SecretBytes(const SecretBytes&) = delete;
    SecretBytes& operator=(const SecretBytes&) = delete;

    /// `size` bytes from the operating system's CSPRNG.
    static SecretBytes random(std::size_t size);

    /// An explicit copy, so that duplicating a secret is visible in the code.
    SecretBytes clone() const { return SecretBytes(view()); }

    std::uint8_t* data() noexcept { return data_; }
    const std::uint8_t* data() const noexcept { return data_; }
    std::size_t size() const noexcept { return size_; }
    bool empty() const noexcept { return size_ == 0; }
    ByteView view() const noexcept { return {data_, size_}; }
    /// The same bytes read as text (a password, a phrase), for string_view parameters: a view,
    /// never a copy, valid as long as this object is unchanged.
    std::string_view text() const noexcept { return {reinterpret_cast<const char*>(data_), size_}; }

    /// Constant-time comparison (no early exit that would leak where two secrets differ).
    bool equals(ByteView other) const noexcept;

private:
    void wipeAndFree() noexcept;

    // A raw buffer rather than std::vector: a vector may reallocate and leave unwiped copies.
    // Allocated with sodium_malloc (see SecretBytes.cpp), freed with sodium_free.
    std::uint8_t* data_ = nullptr;
    std::size_t size_ = 0;
};

} // namespace sr::crypto
