#include "eth/Signer.h"

#include "eth/Transaction.h"
#include "util/Error.h"

namespace sr::eth {

PrivateKeySigner::PrivateKeySigner(crypto::SecretBytes privateKey) : key_(std::move(privateKey)) {
    if (!crypto::isValidPrivateKey(key_.view()))
        throw Error(ErrorCode::InvalidArgument, "This is not a valid Ethereum private key.");
    address_ = Address::fromPublicKey(crypto::publicKeyFromPrivate(key_));
}

crypto::Signature PrivateKeySigner::signHash(const Hash32& digest) const {
    return crypto::signHash(key_, digest);
}

void signTransaction(Transaction& tx, const Signer& signer) {
    if (tx.type == Transaction::Type::Legacy && tx.chainId == 0)
        throw Error(ErrorCode::InvalidArgument,
                    "A transaction without a chain id could be replayed on any chain; refused.");
    if (tx.type == Transaction::Type::Eip1559 && tx.maxPriorityFeePerGas > tx.maxFeePerGas)
        throw Error(ErrorCode::InvalidArgument,
                    "The priority fee of a transaction can't exceed its maximum fee.");
    tx.signature = signer.signHash(tx.signingHash());
    if (tx.sender() != signer.address()) {
        tx.signature.reset();
        throw Error(ErrorCode::Crypto, "The signer produced a signature for another account than " +
                                           signer.address().toChecksumHex() + ".");
    }
}

} // namespace sr::eth
