#pragma once

#include <string>

namespace sr {

/// Versions of Strongroom and of the libraries the engine runs with (shown in About and
/// `--version`). Runtime versions where the library reports one, build-time otherwise.
struct LibraryVersions {
    std::string strongroom;
    std::string openssl;
    std::string secp256k1;
    std::string curl;
    std::string sqlite;
    std::string sodium;
    std::string nlohmannJson;
};

LibraryVersions libraryVersions();

} // namespace sr
