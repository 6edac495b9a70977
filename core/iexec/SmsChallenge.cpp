#include "iexec/SmsChallenge.h"

#include "crypto/Keccak.h"

namespace sr::iexec {

Hash32 smsChallenge(const eth::Address& address, std::initializer_list<std::string_view> parts) {
    static const Hash32 domain = crypto::keccak256(asBytes("IEXEC_SMS_DOMAIN"));
    crypto::Keccak256 hasher;
    hasher.update(domain);
    hasher.update(address.bytes());
    for (const std::string_view part : parts) {
        const Hash32 partHash = crypto::keccak256(asBytes(part));
        hasher.update(partHash);
    }
    return hasher.finalize();
}

} // namespace sr::iexec
