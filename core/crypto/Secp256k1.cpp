#include "crypto/Secp256k1.h"

#include "util/Error.h"

#include <algorithm>
#include <optional>
#include <secp256k1.h>
#include <secp256k1_recovery.h>
#include <string>

namespace sr::crypto {

namespace {

// One context for the whole process. Randomised once at creation (blinding against side
// channels); afterwards every call takes it as const, which libsecp256k1 documents as safe to
// share between threads without locking.
const secp256k1_context* context() {
    static const secp256k1_context* const ctx = [] {
        secp256k1_context* created = secp256k1_context_create(SECP256K1_CONTEXT_NONE);
        if (!created)
            throw Error(ErrorCode::Crypto, "Could not create the secp256k1 context.");
        SecretBytes seed = SecretBytes::random(32);
        if (!secp256k1_context_randomize(created, seed.data())) {
            secp256k1_context_destroy(created);
            throw Error(ErrorCode::Crypto, "Could not randomise the secp256k1 context.");
        }
        return created;
    }();
    return ctx;
}

void requireValidPrivateKey(const SecretBytes& privateKey) {
    if (!isValidPrivateKey(privateKey.view()))
        throw Error(ErrorCode::InvalidArgument,
                    "This is not a valid secp256k1 private key: it must be 32 bytes encoding a "
                    "number between 1 and the curve order minus 1.");
}

std::optional<secp256k1_pubkey> parsePublicKey(ByteView publicKey) {
    unsigned char sec1[65];
    const unsigned char* input = publicKey.data();
    std::size_t length = publicKey.size();
    if (length == 64) {
        sec1[0] = 0x04;
        std::copy(publicKey.begin(), publicKey.end(), sec1 + 1);
        input = sec1;
        length = 65;
    } else if (length != 33 && length != 65) {
        return std::nullopt;
    }
    secp256k1_pubkey key;
    if (!secp256k1_ec_pubkey_parse(context(), &key, input, length))
        return std::nullopt;
    return key;
}

PublicKey serializeUncompressed(const secp256k1_pubkey& key) {
    unsigned char sec1[65];
    std::size_t length = sizeof(sec1);
    secp256k1_ec_pubkey_serialize(context(), sec1, &length, &key, SECP256K1_EC_UNCOMPRESSED);
    PublicKey out{};
    std::copy(sec1 + 1, sec1 + 65, out.begin());
    return out;
}

bool verifyParsed(const Hash32& digest, const secp256k1_ecdsa_signature& sig, ByteView publicKey) {
    const auto key = parsePublicKey(publicKey);
    if (!key)
        return false;
    // secp256k1_ecdsa_verify rejects high-s itself; no normalisation here on purpose.
    return secp256k1_ecdsa_verify(context(), &sig, digest.data(), &*key) == 1;
}

/// r || s as libsecp256k1's signature; false when r or s is out of range.
bool parseCompact(const Signature& signature, secp256k1_ecdsa_signature& sig) {
    unsigned char compact[64];
    std::copy(signature.r.begin(), signature.r.end(), compact);
    std::copy(signature.s.begin(), signature.s.end(), compact + 32);
    return secp256k1_ecdsa_signature_parse_compact(context(), &sig, compact) != 0;
}

} // namespace

bool isValidPrivateKey(ByteView privateKey) {
    return privateKey.size() == 32 && secp256k1_ec_seckey_verify(context(), privateKey.data()) == 1;
}

Signature signHash(const SecretBytes& privateKey, const Hash32& digest) {
    requireValidPrivateKey(privateKey);
    secp256k1_ecdsa_recoverable_signature sig;
    // A null nonce function selects RFC 6979; libsecp256k1 always produces low-s.
    if (!secp256k1_ecdsa_sign_recoverable(context(), &sig, digest.data(), privateKey.data(),
                                          nullptr, nullptr))
        throw Error(ErrorCode::Crypto, "Signing failed.");
    unsigned char compact[64];
    int recid = 0;
    secp256k1_ecdsa_recoverable_signature_serialize_compact(context(), compact, &recid, &sig);
    // Ids 2 and 3 need R.x >= n, which has probability ~2^-127; Ethereum cannot encode them.
    if (recid < 0 || recid > 1)
        throw Error(ErrorCode::Crypto,
                    "Signing produced a signature Ethereum cannot encode (recovery id " +
                        std::to_string(recid) + ").");
    Signature out;
    std::copy(compact, compact + 32, out.r.begin());
    std::copy(compact + 32, compact + 64, out.s.begin());
    out.recoveryId = static_cast<std::uint8_t>(recid);
    return out;
}

PublicKey publicKeyFromPrivate(const SecretBytes& privateKey) {
    requireValidPrivateKey(privateKey);
    secp256k1_pubkey key;
    if (!secp256k1_ec_pubkey_create(context(), &key, privateKey.data()))
        throw Error(ErrorCode::Crypto, "Could not derive the public key.");
    return serializeUncompressed(key);
}

PublicKey recoverPublicKey(const Hash32& digest, const Signature& signature) {
    if (signature.recoveryId > 1)
        throw Error(ErrorCode::Crypto, "The signature's recovery id must be 0 or 1 (got " +
                                           std::to_string(signature.recoveryId) + ").");
    unsigned char compact[64];
    std::copy(signature.r.begin(), signature.r.end(), compact);
    std::copy(signature.s.begin(), signature.s.end(), compact + 32);
    secp256k1_ecdsa_recoverable_signature sig;
    if (!secp256k1_ecdsa_recoverable_signature_parse_compact(context(), &sig, compact,
                                                             signature.recoveryId))
        throw Error(ErrorCode::Crypto,
                    "The signature is invalid: r or s is not below the curve order.");
    secp256k1_pubkey key;
    if (!secp256k1_ecdsa_recover(context(), &key, &sig, digest.data()))
        throw Error(ErrorCode::Crypto,
                    "No public key can be recovered from this signature; it is invalid.");
    return serializeUncompressed(key);
}

bool isLowS(const Signature& signature) {
    secp256k1_ecdsa_signature sig;
    if (!parseCompact(signature, sig))
        return false;
    // normalize returns 1 when it had to flip s, i.e. when s was high.
    return secp256k1_ecdsa_signature_normalize(context(), nullptr, &sig) == 0;
}

bool verify(const Hash32& digest, const Signature& signature, ByteView publicKey) {
    secp256k1_ecdsa_signature sig;
    if (!parseCompact(signature, sig))
        return false;
    return verifyParsed(digest, sig, publicKey);
}

bool verifyDer(const Hash32& digest, ByteView derSignature, ByteView publicKey) {
    secp256k1_ecdsa_signature sig;
    if (derSignature.empty() || !secp256k1_ecdsa_signature_parse_der(
                                    context(), &sig, derSignature.data(), derSignature.size()))
        return false;
    return verifyParsed(digest, sig, publicKey);
}

} // namespace sr::crypto
