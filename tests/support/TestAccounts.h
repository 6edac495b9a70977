#pragma once

// Accounts stored in a data folder's keystore the way the app stores them, with a key
// derivation and a result key cheap enough for tests.

#include "crypto/SecretBytes.h"
#include "store/AppSettings.h"
#include "wallet/AccountStore.h"

#include <filesystem>
#include <string>

namespace sr::test {

/// Imports `privateKey` into the keystore of `dataDir` as `name` under `password`.
inline void importTestAccount(const std::filesystem::path& dataDir,
                              const crypto::SecretBytes& privateKey, const std::string& password,
                              const std::string& name) {
    wallet::AccountStore::Options quick;
    quick.cost = {1u << 10, 8, 1};
    quick.rsaBits = 2048;
    wallet::AccountStore(resolveAppPaths(dataDir).keystoreDir(), quick)
        .importPrivateKey(privateKey, password, name);
}

} // namespace sr::test
