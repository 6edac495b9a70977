#pragma once

#include "util/Bytes.h"

#include <memory>

namespace sr::crypto {

/// SHA-256 (OpenSSL). Used for dataset checksums, Wycheproof and BIP-39 checksums.
Hash32 sha256(ByteView data);

/// Incremental SHA-256 for data that arrives in pieces (files, streams).
class Sha256 {
public:
    Sha256();
    ~Sha256();
    Sha256(Sha256&&) noexcept;
    Sha256& operator=(Sha256&&) noexcept;
    Sha256(const Sha256&) = delete;
    Sha256& operator=(const Sha256&) = delete;

    void update(ByteView data);
    /// Returns the digest. The object is then reset and may hash a new message.
    Hash32 finalize();

private:
    struct Context;
    std::unique_ptr<Context> context_;
};

} // namespace sr::crypto
