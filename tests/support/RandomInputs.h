#pragma once

// Seeded random inputs for the interop tests that compare us with a reference over many
// generated cases: the same seed gives the same cases, so a failure can be replayed.

#include "util/Bytes.h"

#include <cstddef>
#include <cstdint>
#include <random>

namespace sr::test {

class RandomInputs {
public:
    explicit RandomInputs(std::uint64_t seed) : rng_(seed) {}
    /// 0 .. n-1
    std::size_t below(std::size_t n) { return static_cast<std::size_t>(rng_() % n); }
    Bytes bytes(std::size_t n) {
        Bytes b(n);
        for (auto& x : b)
            x = static_cast<std::uint8_t>(rng_());
        return b;
    }

protected:
    std::mt19937_64 rng_;
};

} // namespace sr::test
