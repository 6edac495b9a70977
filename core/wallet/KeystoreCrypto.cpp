#include "wallet/KeystoreCrypto.h"

#include "crypto/Aes128Ctr.h"
#include "crypto/KdfLimits.h"
#include "crypto/Keccak.h"
#include "crypto/Pbkdf2.h"
#include "crypto/SecureRandom.h"
#include "eth/Hex.h"
#include "util/Error.h"
#include "wallet/JsonFields.h"

#include <algorithm>
#include <cctype>
#include <limits>
#include <nlohmann/json.hpp>
#include <openssl/crypto.h>

namespace sr::wallet {
namespace {

using namespace json_fields;

constexpr std::size_t kSaltBytes = 32;
constexpr std::size_t kIvBytes = 16;
constexpr std::size_t kMaxSaltBytes = 1024;

std::string lower(std::string text) {
    std::transform(text.begin(), text.end(), text.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return text;
}

Hash32 computeMac(const crypto::SecretBytes& derivedKey, ByteView ciphertext) {
    crypto::Keccak256 keccak;
    keccak.update(ByteView(derivedKey.data() + 16, 16));
    keccak.update(ciphertext);
    return keccak.finalize();
}

} // namespace

KeystoreCrypto KeystoreCrypto::fromJson(const nlohmann::json& object, std::size_t minSize,
                                        std::size_t maxSize) {
    const std::string path = "crypto";
    if (!object.is_object())
        corrupt(path, "is not a JSON object");
    KeystoreCrypto box;

    const std::string cipher = lower(requireString(object, "cipher", path));
    if (cipher != "aes-128-ctr")
        throw Error(ErrorCode::Unsupported,
                    "The keystore uses the cipher \"" + cipher.substr(0, 32) +
                        "\"; only aes-128-ctr (Web3 Secret Storage v3) is supported.");
    const nlohmann::json& cipherParams = requireObject(object, "cipherparams", path);
    box.iv_ = requireHex(cipherParams, "iv", path + ".cipherparams", kIvBytes, kIvBytes);

    const std::string kdf = lower(requireString(object, "kdf", path));
    const nlohmann::json& kdfParams = requireObject(object, "kdfparams", path);
    const std::string kdfPath = path + ".kdfparams";
    const std::uint64_t dklen = requireUnsigned(kdfParams, "dklen", kdfPath);
    if (kdf == "scrypt") {
        box.kdf_ = Kdf::Scrypt;
        const std::uint64_t n = requireUnsigned(kdfParams, "n", kdfPath);
        const std::uint64_t r = requireUnsigned(kdfParams, "r", kdfPath);
        const std::uint64_t p = requireUnsigned(kdfParams, "p", kdfPath);
        if (r > std::numeric_limits<std::uint32_t>::max() ||
            p > std::numeric_limits<std::uint32_t>::max())
            throw Error(ErrorCode::Unsupported,
                        "The keystore asks for scrypt r or p beyond any usable value; a file "
                        "asking for this much is refused so that it cannot exhaust the "
                        "computer.");
        if (dklen != crypto::kKeystoreDerivedKeyLength)
            corrupt(kdfPath + ".dklen", "is " + std::to_string(dklen) + " instead of 32");
        box.scrypt_ = {n, static_cast<std::uint32_t>(r), static_cast<std::uint32_t>(p),
                       crypto::kKeystoreDerivedKeyLength};
        crypto::checkKeystoreScryptParams(box.scrypt_);
    } else if (kdf == "pbkdf2") {
        box.kdf_ = Kdf::Pbkdf2;
        const std::string prf = lower(requireString(kdfParams, "prf", kdfPath));
        if (prf != "hmac-sha256")
            throw Error(ErrorCode::Unsupported, "The keystore uses pbkdf2 with \"" +
                                                    prf.substr(0, 32) +
                                                    "\"; only hmac-sha256 is supported.");
        const std::uint64_t c = requireUnsigned(kdfParams, "c", kdfPath);
        crypto::checkKeystorePbkdf2Params(c, dklen);
        box.iterations_ = static_cast<std::uint32_t>(c);
    } else {
        throw Error(ErrorCode::Unsupported, "The keystore uses the key derivation \"" +
                                                kdf.substr(0, 32) +
                                                "\"; only scrypt and pbkdf2 are supported.");
    }
    box.salt_ = requireHex(kdfParams, "salt", kdfPath, 0, kMaxSaltBytes);
    box.ciphertext_ = requireHex(object, "ciphertext", path, minSize, maxSize);
    const Bytes mac = requireHex(object, "mac", path, 32, 32);
    std::copy(mac.begin(), mac.end(), box.mac_.begin());
    return box;
}

KeystoreCrypto KeystoreCrypto::withFreshSalt(const ScryptCost& cost) {
    KeystoreCrypto box;
    box.kdf_ = Kdf::Scrypt;
    box.scrypt_ = {cost.n, cost.r, cost.p, crypto::kKeystoreDerivedKeyLength};
    try {
        crypto::checkKeystoreScryptParams(box.scrypt_);
    } catch (const Error& e) {
        throw Error(ErrorCode::InvalidArgument, e.what());
    }
    box.salt_ = crypto::randomBytes(kSaltBytes);
    return box;
}

KeystoreCrypto KeystoreCrypto::sealWithKey(ByteView plaintext,
                                           const crypto::SecretBytes& derivedKey) const {
    KeystoreCrypto box;
    box.kdf_ = kdf_;
    box.scrypt_ = scrypt_;
    box.iterations_ = iterations_;
    box.salt_ = salt_;
    box.iv_ = crypto::randomBytes(kIvBytes);
    const crypto::SecretBytes aesKey(ByteView(derivedKey.data(), 16));
    box.ciphertext_ = crypto::aes128CtrEncrypt(aesKey, box.iv_, plaintext);
    box.mac_ = computeMac(derivedKey, box.ciphertext_);
    return box;
}

KeystoreCrypto KeystoreCrypto::seal(ByteView plaintext, std::string_view password,
                                    const ScryptCost& cost) {
    const KeystoreCrypto box = withFreshSalt(cost);
    return box.sealWithKey(plaintext, box.deriveKey(password));
}

bool KeystoreCrypto::sameDerivation(const KeystoreCrypto& other) const {
    if (kdf_ != other.kdf_ || salt_ != other.salt_)
        return false;
    if (kdf_ == Kdf::Pbkdf2)
        return iterations_ == other.iterations_;
    return scrypt_.n == other.scrypt_.n && scrypt_.r == other.scrypt_.r &&
           scrypt_.p == other.scrypt_.p && scrypt_.keyLength == other.scrypt_.keyLength;
}

nlohmann::json KeystoreCrypto::toJson() const {
    nlohmann::json kdfParams;
    if (kdf_ == Kdf::Scrypt) {
        kdfParams = {{"dklen", crypto::kKeystoreDerivedKeyLength},
                     {"n", scrypt_.n},
                     {"p", scrypt_.p},
                     {"r", scrypt_.r},
                     {"salt", eth::toHex(salt_, false)}};
    } else {
        kdfParams = {{"c", iterations_},
                     {"dklen", crypto::kKeystoreDerivedKeyLength},
                     {"prf", "hmac-sha256"},
                     {"salt", eth::toHex(salt_, false)}};
    }
    return {{"cipher", "aes-128-ctr"},
            {"cipherparams", {{"iv", eth::toHex(iv_, false)}}},
            {"ciphertext", eth::toHex(ciphertext_, false)},
            {"kdf", kdf_ == Kdf::Scrypt ? "scrypt" : "pbkdf2"},
            {"kdfparams", kdfParams},
            {"mac", eth::toHex(mac_, false)}};
}

crypto::SecretBytes KeystoreCrypto::deriveKey(std::string_view password) const {
    if (kdf_ == Kdf::Scrypt)
        return crypto::scrypt(asBytes(password), salt_, scrypt_);
    return crypto::pbkdf2HmacSha256(asBytes(password), salt_, iterations_,
                                    crypto::kKeystoreDerivedKeyLength);
}

crypto::SecretBytes KeystoreCrypto::open(std::string_view password) const {
    return openWithKey(deriveKey(password));
}

crypto::SecretBytes KeystoreCrypto::openWithKey(const crypto::SecretBytes& derivedKey) const {
    const Hash32 mac = computeMac(derivedKey, ciphertext_);
    if (CRYPTO_memcmp(mac.data(), mac_.data(), mac.size()) != 0)
        throw Error(ErrorCode::WrongPassword, std::string(kWrongPasswordMessage));
    const crypto::SecretBytes aesKey(ByteView(derivedKey.data(), 16));
    return crypto::aes128CtrDecrypt(aesKey, iv_, ciphertext_);
}

} // namespace sr::wallet
