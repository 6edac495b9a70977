#pragma once

#include "util/Bytes.h"

#include <array>
#include <cstddef>
#include <cstdint>

namespace sr::crypto {

/// Ethereum's keccak-256: the original Keccak submission (padding byte 0x01), which differs
/// from the standardised SHA3-256 (padding 0x06). Used for addresses, signatures, MACs.
Hash32 keccak256(ByteView data);

/// Incremental keccak-256: update() any number of times, then finalize() once.
class Keccak256 {
public:
    Keccak256();
    ~Keccak256();
    Keccak256(const Keccak256&) = default;
    Keccak256& operator=(const Keccak256&) = default;

    void update(ByteView data);
    /// Returns the digest. The object is then reset and may hash a new message.
    Hash32 finalize();

    static constexpr std::size_t kRateBytes = 136; ///< 1088-bit rate of keccak-256

private:
    void reset();

    std::array<std::uint64_t, 25> state_{};
    std::array<std::uint8_t, kRateBytes> buffer_{};
    std::size_t buffered_ = 0;
};

} // namespace sr::crypto
