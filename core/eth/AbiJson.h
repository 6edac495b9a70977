#pragma once

#include "eth/Abi.h"

#include <nlohmann/json.hpp>
#include <string>
#include <vector>

namespace sr::eth {

/// Reading Solidity's JSON ABI (as compilers and the npm packages ship it).
namespace abijson {

/// The type of one input/output entry, tuples expanded from their "components":
/// {"type":"tuple[]","components":[...]} -> "(address,uint8,bytes4[])[]".
/// Throws Error(Corrupt) for a malformed entry.
AbiType type(const nlohmann::json& param);

/// The signature of a function or event entry, with parameter names and `indexed` flags.
AbiSignature signature(const nlohmann::json& entry);

/// Every function signature of an ABI, in order.
std::vector<AbiSignature> functions(const nlohmann::json& abi);

} // namespace abijson
} // namespace sr::eth
