#pragma once

#include "crypto/Secp256k1.h"
#include "crypto/SecretBytes.h"
#include "eth/Address.h"
#include "util/Bytes.h"

namespace sr::eth {

struct Transaction;

/// Something that signs 32-byte digests for one account: a key held in memory today, a
/// hardware wallet or a remote signer later. The transaction layer only ever sees this.
/// Implementations are thread-safe for concurrent signHash() calls.
class Signer {
public:
    virtual ~Signer() = default;
    /// The account whose key signs.
    virtual Address address() const = 0;
    /// Signs `digest` (RFC 6979, low s). Throws sr::Error (Crypto, Cancelled, ...).
    virtual crypto::Signature signHash(const Hash32& digest) const = 0;
};

/// A Signer over a private key kept in wiped memory (what the account store's unlock gives).
class PrivateKeySigner final : public Signer {
public:
    /// Takes ownership of a 32-byte secp256k1 key. Throws Error(InvalidArgument) if it is not
    /// a valid key.
    explicit PrivateKeySigner(crypto::SecretBytes privateKey);

    Address address() const override { return address_; }
    crypto::Signature signHash(const Hash32& digest) const override;

private:
    crypto::SecretBytes key_;
    Address address_;
};

/// Signs `tx` with `signer` (sets tx.signature), with Transaction::sign's checks: a legacy
/// transaction needs a chain id, a type 2 tip must not exceed its fee cap. The signature is
/// checked to recover to signer.address(), so a misbehaving signer can't produce a transaction
/// from another account. Throws Error(InvalidArgument) or Error(Crypto).
void signTransaction(Transaction& tx, const Signer& signer);

} // namespace sr::eth
