#pragma once

#include "crypto/Secp256k1.h"
#include "eth/Address.h"
#include "util/Bytes.h"

#include <cstdint>

namespace sr::eth {

/// EIP-191 version 0x45 ("personal_sign"): keccak256("\x19Ethereum Signed Message:\n" +
/// decimal byte length + message). This is what MetaMask and ethers' signMessage sign.
Hash32 hashPersonalMessage(ByteView message);

/// personal_sign: the 65-byte r || s || v signature (v = 27 or 28) of hashPersonalMessage().
Bytes signPersonalMessage(const crypto::SecretBytes& privateKey, ByteView message);

/// Serialises a signature as the 65 bytes r || s || v with v = recoveryId + vOffset (27 for
/// personal messages and typed data, 0 where a raw recovery id is wanted).
Bytes toRsv(const crypto::Signature& signature, std::uint8_t vOffset = 27);

/// Parses r || s || v, accepting v = 0, 1, 27 or 28. Throws Error(InvalidArgument) for a
/// length other than 65 or another v. s is not required to be low (as with ecrecover); check
/// crypto::isLowS() where canonical signatures are required.
crypto::Signature fromRsv(ByteView rsv);

/// The address whose key made `signature` over `digest`. Throws Error(Crypto) when the
/// signature is invalid.
Address recoverAddress(const Hash32& digest, const crypto::Signature& signature);

} // namespace sr::eth
