#pragma once

#include "crypto/Secp256k1.h"
#include "crypto/SecretBytes.h"
#include "eth/Address.h"
#include "eth/Signer.h"
#include "util/Bytes.h"

namespace sr::eth {
class Eip712;
}

namespace sr::wallet {

/// An unlocked account: its address and private key (in wiping memory), for as long as the
/// caller keeps it. Made by AccountStore::unlock(); dropping it locks the account again.
/// It is the transaction layer's eth::Signer too, so an unlocked account signs transactions as is.
class UnlockedAccount final : public eth::Signer {
public:
    /// Throws Error(InvalidArgument) if `privateKey` is not a valid key or is not `address`'s.
    UnlockedAccount(eth::Address address, crypto::SecretBytes privateKey);

    eth::Address address() const override { return address_; }

    /// A raw secp256k1 signature of a 32-byte digest (RFC 6979, low s).
    crypto::Signature signHash(const Hash32& digest) const override;
    /// EIP-191 personal_sign of `message`: 65 bytes r || s || v (v = 27 or 28).
    Bytes signPersonalMessage(ByteView message) const;
    /// eth_signTypedData_v4: 65 bytes r || s || v.
    Bytes signTypedData(const eth::Eip712& typedData) const;

    /// For the signing functions of other modules (transactions, iExec orders).
    const crypto::SecretBytes& privateKey() const { return privateKey_; }

private:
    eth::Address address_;
    crypto::SecretBytes privateKey_;
};

} // namespace sr::wallet
