#include "wallet/SeedKeystore.h"

#include "eth/Hex.h"
#include "util/Error.h"
#include "wallet/HdKey.h"
#include "wallet/JsonFields.h"
#include "wallet/Keystore.h"

#include <nlohmann/json.hpp>

namespace sr::wallet {
namespace {

using namespace json_fields;

constexpr std::size_t kMaxFileSize = 16 * 1024;

} // namespace

eth::Address hdAddress(const Mnemonic& mnemonic, std::uint32_t index) {
    return HdKey::fromSeed(mnemonic.toSeed().view())
        .derive(DerivationPath::ethereum(index))
        .address();
}

SeedKeystore SeedKeystore::parse(std::string_view json) {
    const nlohmann::json document = parseDocument(json, kMaxFileSize);
    if (requireString(document, "type", "") != kType)
        corrupt("type", "is not \"" + std::string(kType) + "\"");
    if (requireUnsigned(document, "version", "") != 1)
        throw Error(ErrorCode::Unsupported,
                    "This HD wallet file was written by a newer Strongroom; update Strongroom "
                    "to open it.");
    SeedKeystore seed;
    seed.id_ = requireString(document, "id", "");
    if (seed.id_.empty() || seed.id_.size() > 64)
        corrupt("id", "is not an identifier");
    seed.firstAddress_ = eth::Address::fromBytes(requireHex(document, "firstAddress", "", 20, 20));
    seed.crypto_ = KeystoreCrypto::fromJson(require(document, "crypto", ""), 16, 32);
    if (seed.crypto_.ciphertextSize() % 4 != 0)
        corrupt("crypto.ciphertext", "is not the size of BIP-39 entropy");
    return seed;
}

SeedKeystore SeedKeystore::create(const Mnemonic& mnemonic, std::string_view password,
                                  const ScryptCost& cost) {
    SeedKeystore seed;
    seed.id_ = randomUuidV4();
    seed.firstAddress_ = hdAddress(mnemonic, 0);
    seed.crypto_ = KeystoreCrypto::seal(mnemonic.entropy().view(), password, cost);
    return seed;
}

std::string SeedKeystore::toJson() const {
    return nlohmann::json{{"type", kType},
                          {"version", 1},
                          {"id", id_},
                          {"firstAddress", eth::toHex(firstAddress_.bytes(), false)},
                          {"crypto", crypto_.toJson()}}
        .dump();
}

Mnemonic SeedKeystore::unlock(std::string_view password) const {
    const crypto::SecretBytes entropy = crypto_.open(password);
    Mnemonic mnemonic = Mnemonic::fromEntropy(entropy.view());
    if (hdAddress(mnemonic, 0) != firstAddress_)
        throw Error(ErrorCode::Corrupt,
                    "The HD wallet file's firstAddress does not match the phrase it holds; the "
                    "file was altered.");
    return mnemonic;
}

} // namespace sr::wallet
