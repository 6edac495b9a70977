#pragma once

#include "crypto/Secp256k1.h"
#include "crypto/SecretBytes.h"
#include "eth/Address.h"
#include "eth/U256.h"
#include "util/Bytes.h"

#include <cstdint>
#include <optional>
#include <vector>

namespace sr::eth {

/// One entry of an EIP-2930 access list (used by type 2 transactions).
struct AccessListEntry {
    Address address;
    std::vector<Hash32> storageKeys;

    friend bool operator==(const AccessListEntry&, const AccessListEntry&) = default;
};

/// An Ethereum transaction: legacy (with EIP-155 replay protection) or EIP-1559 (type 2).
/// Fill the fields, sign(), then serialize() gives the raw transaction for
/// eth_sendRawTransaction and hash() its transaction hash.
struct Transaction {
    enum class Type : std::uint8_t { Legacy = 0, Eip1559 = 2 };

    Type type = Type::Eip1559;
    /// Legacy: 0 only for pre-EIP-155 transactions, which decode() reads but sign() refuses.
    std::uint64_t chainId = 0;
    std::uint64_t nonce = 0;
    U256 gasPrice;             ///< legacy only
    U256 maxPriorityFeePerGas; ///< type 2 only
    U256 maxFeePerGas;         ///< type 2 only
    U256 gasLimit;
    std::optional<Address> to; ///< empty: contract creation
    U256 value;
    Bytes data;
    std::vector<AccessListEntry> accessList; ///< type 2 only
    std::optional<crypto::Signature> signature;

    /// The digest the sender signs (EIP-155 or EIP-1559 rules).
    Hash32 signingHash() const;
    /// Signs with `privateKey` (RFC 6979, low s). Throws Error(InvalidArgument) for a legacy
    /// transaction without a chain id, a type 2 tip above its fee cap, or a bad key.
    void sign(const crypto::SecretBytes& privateKey);

    /// The signed raw transaction. Throws Error(InvalidArgument) if it is not signed.
    Bytes serialize() const;
    /// keccak256 of serialize(): the transaction hash.
    Hash32 hash() const;
    /// The signer, recovered from the signature. Throws Error(Crypto) if it does not recover,
    /// Error(InvalidArgument) if unsigned.
    Address sender() const;

    /// Decodes a signed raw transaction. Strict: canonical RLP and integers, exactly the fields
    /// of its type, a 20-byte or empty `to`, 32-byte storage keys, a valid recovery id or
    /// EIP-155 v, a low-s signature that recovers. Throws Error(Corrupt); other typed
    /// transactions (EIP-2930, 4844, 7702) throw Error(Unsupported).
    static Transaction decode(ByteView raw);

    friend bool operator==(const Transaction&, const Transaction&) = default;
};

} // namespace sr::eth
