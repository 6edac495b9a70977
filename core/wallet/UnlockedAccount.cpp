#include "wallet/UnlockedAccount.h"

#include "eth/Eip191.h"
#include "eth/Eip712.h"
#include "util/Error.h"

namespace sr::wallet {

UnlockedAccount::UnlockedAccount(eth::Address address, crypto::SecretBytes privateKey)
    : address_(address), privateKey_(std::move(privateKey)) {
    if (!crypto::isValidPrivateKey(privateKey_.view()) ||
        eth::Address::fromPublicKey(crypto::publicKeyFromPrivate(privateKey_)) != address_)
        throw Error(ErrorCode::InvalidArgument, "This private key is not the account's key.");
}

crypto::Signature UnlockedAccount::signHash(const Hash32& digest) const {
    return crypto::signHash(privateKey_, digest);
}

Bytes UnlockedAccount::signPersonalMessage(ByteView message) const {
    return eth::signPersonalMessage(privateKey_, message);
}

Bytes UnlockedAccount::signTypedData(const eth::Eip712& typedData) const {
    return typedData.sign(privateKey_);
}

} // namespace sr::wallet
