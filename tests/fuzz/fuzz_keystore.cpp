// libFuzzer target: keystore files (Web3 Secret Storage v3, with Strongroom's x-strongroom
// member) and HD seed files, on arbitrary bytes.
// Invariants: whatever parses re-serialises to JSON that parses to the same serialisation, and
// no input makes the parser spend memory or time (KDF costs are checked before derivation:
// keys are only derived here when the file asks for very little work).

#include "util/Error.h"
#include "wallet/Keystore.h"
#include "wallet/SeedKeystore.h"

#include <cstddef>
#include <cstdint>
#include <string_view>

namespace {

bool cheap(const sr::wallet::KeystoreCrypto& crypto) {
    if (crypto.kdf() == sr::wallet::KeystoreCrypto::Kdf::Pbkdf2)
        return crypto.pbkdf2Iterations() <= 64;
    const auto& p = crypto.scryptParams();
    return p.n * p.r * p.p <= 64;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view input(reinterpret_cast<const char*>(data), size);
    try {
        const auto keystore = sr::wallet::Keystore::parse(input);
        const std::string again = keystore.toJson();
        if (sr::wallet::Keystore::parse(again).toJson() != again)
            __builtin_trap();
        if (cheap(keystore.crypto())) {
            try {
                (void)keystore.unlock("");
            } catch (const sr::Error&) {
            }
            try {
                (void)keystore.unlockResultKey("");
            } catch (const sr::Error&) {
            }
        }
    } catch (const sr::Error&) {
    }
    try {
        const auto seed = sr::wallet::SeedKeystore::parse(input);
        const std::string again = seed.toJson();
        if (sr::wallet::SeedKeystore::parse(again).toJson() != again)
            __builtin_trap();
        if (cheap(seed.crypto())) {
            try {
                (void)seed.unlock("");
            } catch (const sr::Error&) {
            }
        }
    } catch (const sr::Error&) {
    }
    return 0;
}
