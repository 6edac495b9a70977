#include "eth/Eip191.h"

#include "crypto/Keccak.h"
#include "util/Error.h"

#include <algorithm>
#include <string>

namespace sr::eth {

Hash32 hashPersonalMessage(ByteView message) {
    crypto::Keccak256 hasher;
    hasher.update(asBytes("\x19"
                          "Ethereum Signed Message:\n"));
    hasher.update(asBytes(std::to_string(message.size())));
    hasher.update(message);
    return hasher.finalize();
}

Bytes signPersonalMessage(const crypto::SecretBytes& privateKey, ByteView message) {
    return toRsv(crypto::signHash(privateKey, hashPersonalMessage(message)));
}

Bytes toRsv(const crypto::Signature& signature, std::uint8_t vOffset) {
    Bytes out(65);
    std::copy(signature.r.begin(), signature.r.end(), out.begin());
    std::copy(signature.s.begin(), signature.s.end(), out.begin() + 32);
    out[64] = static_cast<std::uint8_t>(signature.recoveryId + vOffset);
    return out;
}

crypto::Signature fromRsv(ByteView rsv) {
    if (rsv.size() != 65)
        throw Error(ErrorCode::InvalidArgument,
                    "A signature is 65 bytes (r, s and v; 130 hex digits); got " +
                        std::to_string(rsv.size()) + " bytes.");
    const std::uint8_t v = rsv[64];
    if (v != 0 && v != 1 && v != 27 && v != 28)
        throw Error(ErrorCode::InvalidArgument,
                    "The signature's v byte must be 0, 1, 27 or 28; got " + std::to_string(v) +
                        ".");
    crypto::Signature signature;
    std::copy(rsv.begin(), rsv.begin() + 32, signature.r.begin());
    std::copy(rsv.begin() + 32, rsv.begin() + 64, signature.s.begin());
    signature.recoveryId = static_cast<std::uint8_t>(v >= 27 ? v - 27 : v);
    return signature;
}

Address recoverAddress(const Hash32& digest, const crypto::Signature& signature) {
    return Address::fromPublicKey(crypto::recoverPublicKey(digest, signature));
}

} // namespace sr::eth
