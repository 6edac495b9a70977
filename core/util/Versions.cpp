#include "util/Versions.h"

#include <curl/curl.h>
#include <nlohmann/json.hpp>
#include <openssl/crypto.h>
#include <sodium.h>
#include <sqlite3.h>

namespace sr {

LibraryVersions libraryVersions() {
    LibraryVersions v;
    v.strongroom = STRONGROOM_VERSION;
    v.openssl = OpenSSL_version(OPENSSL_FULL_VERSION_STRING);
    // libsecp256k1 has no runtime version call: this is the version built against.
    v.secp256k1 = STRONGROOM_SECP256K1_VERSION;
    v.curl = curl_version_info(CURLVERSION_NOW)->version;
    v.sqlite = sqlite3_libversion();
    v.sodium = sodium_version_string();
    v.nlohmannJson = std::to_string(NLOHMANN_JSON_VERSION_MAJOR) + "." +
                     std::to_string(NLOHMANN_JSON_VERSION_MINOR) + "." +
                     std::to_string(NLOHMANN_JSON_VERSION_PATCH);
    return v;
}

} // namespace sr
