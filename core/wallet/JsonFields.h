#pragma once

// Internal to core/wallet: reading untrusted keystore JSON field by field, with the field's
// path in every error message and names matched without regard to case, as ethers and geth
// readers tolerate ("Crypto" written by old MyEtherWallet versions).

#include "util/Bytes.h"

#include <cstdint>
#include <nlohmann/json.hpp>
#include <string>
#include <string_view>

namespace sr::wallet::json_fields {

/// Throws Error(Corrupt): "The keystore's <path> <what>."
[[noreturn]] void corrupt(const std::string& path, const std::string& what);

/// The member named `name` (any case) of `object`, or nullptr when absent. Two members whose
/// names differ only in case make the file ambiguous: Error(Corrupt).
const nlohmann::json* find(const nlohmann::json& object, std::string_view name,
                           const std::string& path);
/// Like find(), but a missing member is Error(Corrupt).
const nlohmann::json& require(const nlohmann::json& object, std::string_view name,
                              const std::string& path);

const nlohmann::json& requireObject(const nlohmann::json& object, std::string_view name,
                                    const std::string& path);
std::string requireString(const nlohmann::json& object, std::string_view name,
                          const std::string& path);
/// A non-negative JSON integer (not a float, not a string).
std::uint64_t requireUnsigned(const nlohmann::json& object, std::string_view name,
                              const std::string& path);
/// Hex (an optional 0x prefix) of `minBytes` to `maxBytes` bytes.
Bytes requireHex(const nlohmann::json& object, std::string_view name, const std::string& path,
                 std::size_t minBytes, std::size_t maxBytes);

/// Parses a whole keystore document: at most `maxSize` bytes and 16 levels of nesting (checked
/// before parsing), a JSON object at the top. Error(Corrupt) otherwise.
nlohmann::json parseDocument(std::string_view text, std::size_t maxSize);

} // namespace sr::wallet::json_fields
