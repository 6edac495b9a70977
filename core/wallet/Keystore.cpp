#include "wallet/Keystore.h"

#include "crypto/Secp256k1.h"
#include "crypto/SecureRandom.h"
#include "eth/Hex.h"
#include "util/Error.h"
#include "wallet/JsonFields.h"

#include <cstring>
#include <nlohmann/json.hpp>

namespace sr::wallet {
namespace {

using namespace json_fields;

constexpr std::size_t kMinKeyBytes = 16;
constexpr std::size_t kKeyBytes = 32;
// A 16384-bit PKCS#8 PEM is about 12 KB; a 4096-bit one about 3.3 KB.
constexpr std::size_t kMaxResultKeyPem = 16 * 1024;
constexpr std::size_t kMaxPublicKeyPem = 8 * 1024;
constexpr std::string_view kExtension = "x-strongroom";

void checkVersion(const nlohmann::json& document) {
    const nlohmann::json& version = require(document, "version", "");
    // ethers reads the version with parseInt: a few writers put it in a string.
    if ((version.is_number_unsigned() && version.get<std::uint64_t>() == 3) ||
        (version.is_string() && version.get<std::string>() == "3"))
        return;
    if (version.is_number_unsigned() || version.is_string())
        throw Error(ErrorCode::Unsupported,
                    "This keystore is not a version 3 (Web3 Secret Storage) file; only "
                    "version 3 is supported.");
    corrupt("version", "is not a number");
}

[[noreturn]] void invalidPrivateKey() {
    throw Error(ErrorCode::InvalidArgument,
                "This is not a valid secp256k1 private key (32 bytes, not zero, below the curve "
                "order).");
}

void checkResultKeySizes(const std::string& publicKeyPem,
                         const crypto::SecretBytes& privateKeyPem) {
    if (privateKeyPem.empty() || privateKeyPem.size() > kMaxResultKeyPem ||
        publicKeyPem.size() > kMaxPublicKeyPem)
        throw Error(ErrorCode::InvalidArgument, "The result key is not of a usable size.");
}

} // namespace

std::string randomUuidV4() {
    Bytes b = crypto::randomBytes(16);
    b[6] = static_cast<std::uint8_t>((b[6] & 0x0F) | 0x40);
    b[8] = static_cast<std::uint8_t>((b[8] & 0x3F) | 0x80);
    const std::string hex = eth::toHex(b, false);
    return hex.substr(0, 8) + "-" + hex.substr(8, 4) + "-" + hex.substr(12, 4) + "-" +
           hex.substr(16, 4) + "-" + hex.substr(20);
}

Keystore Keystore::parse(std::string_view json) {
    const nlohmann::json document = parseDocument(json, kMaxFileSize);
    checkVersion(document);
    Keystore keystore;
    keystore.crypto_ =
        KeystoreCrypto::fromJson(require(document, "crypto", ""), kMinKeyBytes, kKeyBytes);
    if (const nlohmann::json* address = find(document, "address", "")) {
        if (!address->is_string())
            corrupt("address", "is not a string");
        const Bytes bytes = requireHex(document, "address", "", 20, 20);
        keystore.address_ = eth::Address::fromBytes(bytes);
    }
    if (const nlohmann::json* id = find(document, "id", "")) {
        if (!id->is_string())
            corrupt("id", "is not a string");
        keystore.id_ = id->get<std::string>().substr(0, 64);
    }
    // Strongroom's own member: written by us, so read strictly when present.
    if (const auto it = document.find(kExtension); it != document.end()) {
        const std::string path(kExtension);
        if (!it->is_object())
            corrupt(path, "is not a JSON object");
        if (const auto hd = it->find("hd"); hd != it->end()) {
            if (!hd->is_object())
                corrupt(path + ".hd", "is not a JSON object");
            HdOrigin origin;
            origin.seedId = requireString(*hd, "seed", path + ".hd");
            const std::uint64_t index = requireUnsigned(*hd, "index", path + ".hd");
            if (index >= 0x80000000u)
                corrupt(path + ".hd.index", "is not below 2^31");
            origin.index = static_cast<std::uint32_t>(index);
            keystore.hdOrigin_ = std::move(origin);
        }
        if (const auto result = it->find("resultKey"); result != it->end()) {
            if (!result->is_object())
                corrupt(path + ".resultKey", "is not a JSON object");
            std::string publicKey = requireString(*result, "publicKey", path + ".resultKey");
            if (publicKey.size() > kMaxPublicKeyPem)
                corrupt(path + ".resultKey.publicKey", "is too long for a public key");
            keystore.resultPublicKey_ = std::move(publicKey);
            keystore.resultPrivateKey_ = KeystoreCrypto::fromJson(
                require(*result, "crypto", path + ".resultKey"), 1, kMaxResultKeyPem);
        }
    }
    return keystore;
}

Keystore Keystore::create(const crypto::SecretBytes& privateKey, std::string_view password,
                          const ScryptCost& cost) {
    if (!crypto::isValidPrivateKey(privateKey.view()))
        invalidPrivateKey();
    Keystore keystore;
    keystore.address_ = eth::Address::fromPublicKey(crypto::publicKeyFromPrivate(privateKey));
    keystore.id_ = randomUuidV4();
    keystore.crypto_ = KeystoreCrypto::seal(privateKey.view(), password, cost);
    return keystore;
}

Keystore Keystore::create(const crypto::SecretBytes& privateKey, std::string resultPublicKeyPem,
                          const crypto::SecretBytes& resultPrivateKeyPem, std::string_view password,
                          const ScryptCost& cost) {
    checkResultKeySizes(resultPublicKeyPem, resultPrivateKeyPem);
    if (!crypto::isValidPrivateKey(privateKey.view()))
        invalidPrivateKey();
    const KeystoreCrypto box = KeystoreCrypto::withFreshSalt(cost);
    const crypto::SecretBytes derived = box.deriveKey(password);
    Keystore keystore;
    keystore.address_ = eth::Address::fromPublicKey(crypto::publicKeyFromPrivate(privateKey));
    keystore.id_ = randomUuidV4();
    keystore.crypto_ = box.sealWithKey(privateKey.view(), derived);
    keystore.resultPrivateKey_ = box.sealWithKey(resultPrivateKeyPem.view(), derived);
    keystore.resultPublicKey_ = std::move(resultPublicKeyPem);
    return keystore;
}

std::string Keystore::toJson() const {
    nlohmann::json document = {{"crypto", crypto_.toJson()}, {"id", id_}, {"version", 3}};
    if (address_)
        document["address"] = eth::toHex(address_->bytes(), false);
    nlohmann::json extension = nlohmann::json::object();
    if (hdOrigin_)
        extension["hd"] = {{"seed", hdOrigin_->seedId}, {"index", hdOrigin_->index}};
    if (resultPublicKey_ && resultPrivateKey_)
        extension["resultKey"] = {{"publicKey", *resultPublicKey_},
                                  {"crypto", resultPrivateKey_->toJson()}};
    if (!extension.empty())
        document[std::string(kExtension)] = std::move(extension);
    return document.dump();
}

crypto::SecretBytes Keystore::unlock(std::string_view password) const {
    return checkedKey(crypto_.open(password));
}

Keystore::Unlocked Keystore::unlockWithResultKey(std::string_view password) const {
    const crypto::SecretBytes derived = crypto_.deriveKey(password);
    Unlocked unlocked{checkedKey(crypto_.openWithKey(derived)), std::nullopt};
    if (resultPrivateKey_)
        unlocked.resultKey = resultPrivateKey_->sameDerivation(crypto_)
                                 ? resultPrivateKey_->openWithKey(derived)
                                 : resultPrivateKey_->open(password);
    return unlocked;
}

crypto::SecretBytes Keystore::checkedKey(const crypto::SecretBytes& plain) const {
    crypto::SecretBytes key(kKeyBytes);
    std::memcpy(key.data() + (kKeyBytes - plain.size()), plain.data(), plain.size());
    if (!crypto::isValidPrivateKey(key.view()))
        throw Error(ErrorCode::Corrupt,
                    "The keystore decrypts to something that is not a valid private key.");
    if (address_ && eth::Address::fromPublicKey(crypto::publicKeyFromPrivate(key)) != *address_)
        throw Error(ErrorCode::Corrupt,
                    "The keystore's address field does not match the key it holds; the file "
                    "was altered.");
    return key;
}

void Keystore::setResultKey(std::string publicKeyPem, const crypto::SecretBytes& privateKeyPem,
                            std::string_view password, const ScryptCost& cost) {
    checkResultKeySizes(publicKeyPem, privateKeyPem);
    resultPrivateKey_ = KeystoreCrypto::seal(privateKeyPem.view(), password, cost);
    resultPublicKey_ = std::move(publicKeyPem);
}

crypto::SecretBytes Keystore::unlockResultKey(std::string_view password) const {
    if (!resultPrivateKey_)
        throw Error(ErrorCode::NotFound, "This account has no result encryption key.");
    return resultPrivateKey_->open(password);
}

} // namespace sr::wallet
