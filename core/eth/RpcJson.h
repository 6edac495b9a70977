#pragma once

#include "eth/Address.h"
#include "eth/U256.h"
#include "util/Bytes.h"

#include <cstdint>
#include <nlohmann/json.hpp>
#include <optional>

namespace sr::eth {

/// Strict readers for the values inside node replies (logs, receipts, blocks, fee history).
/// A node is untrusted input: each reader throws Error(Corrupt) naming `what` rather than
/// guess.
namespace rpcjson {

/// A member that must be present.
const nlohmann::json& member(const nlohmann::json& object, const char* name, const char* what);
/// "0x" + 64 hex digits.
Hash32 hash32(const nlohmann::json& value, const char* what);
/// "0x" + an even number of hex digits.
Bytes bytes(const nlohmann::json& value, const char* what);
/// "0x" + 40 hex digits (any case: nodes send lowercase).
Address address(const nlohmann::json& value, const char* what);
/// A quantity of at most 64 bits ("0x1a", no leading zeros).
std::uint64_t quantity(const nlohmann::json& value, const char* what);
/// A quantity of at most 256 bits.
U256 bigQuantity(const nlohmann::json& value, const char* what);

} // namespace rpcjson
} // namespace sr::eth
