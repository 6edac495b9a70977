#pragma once

#include "eth/Abi.h"
#include "eth/U256.h"
#include "util/Bytes.h"
#include "util/Error.h"

#include <array>
#include <map>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace sr::eth {

class RpcError;

/// Why a contract call or transaction reverted, decoded from its revert data.
struct RevertReason {
    enum class Kind {
        Empty,       ///< revert() / require(cond) without a message: no data at all
        ErrorString, ///< Error(string): require(cond, "message")
        Panic,       ///< Panic(uint256): a failed assert, an overflow, a division by zero, ...
        CustomError, ///< a known custom error (PoCo's, or one added from an ABI)
        Unknown,     ///< data that matches nothing known (shown as hex)
    };
    Kind kind = Kind::Empty;
    /// What to show a user: "SafeMath: subtraction overflow", "arithmetic overflow or underflow
    /// (panic 0x11)", "The dataset order can't be used with this deal: Deal not found".
    std::string message;
    std::string errorName;         ///< "Error", "Panic", "IncompatibleDatasetOrder"; empty else
    std::string signature;         ///< the error's canonical signature, if known
    std::vector<AbiValue> args;    ///< decoded arguments of a known error
    std::optional<U256> panicCode; ///< for Panic
    Bytes data;                    ///< the raw revert data
};

/// Decodes revert data: Error(string), Panic(uint256) with Solidity's meanings, and custom errors
/// by selector. Knows every custom error of the @iexec/poco@6.1.0 ABIs out of the box; more can
/// be added from any JSON ABI. Decoding never throws: malformed data is reported as Unknown.
class RevertDecoder {
public:
    /// Error, Panic and every PoCo error.
    RevertDecoder();

    /// A shared decoder with the PoCo errors (read-only, thread-safe).
    static const RevertDecoder& standard();

    /// Adds an error from its human-readable signature, "error Foo(uint256 a, address b)" or
    /// "Foo(uint256,address)". Throws Error(InvalidArgument) if it does not parse.
    void addError(std::string_view signature);
    /// Adds every {"type": "error"} entry of a JSON ABI (or "error ..." string of a
    /// human-readable one). Returns how many were new.
    std::size_t addAbi(const nlohmann::json& abi);

    RevertReason decode(ByteView data) const;

    /// Canonical signatures of every error known ("Foo(uint256,address)"), sorted.
    std::vector<std::string> knownErrors() const;
    /// The PoCo errors built in, as human-readable signatures.
    static const std::vector<std::string_view>& pocoErrors();

    /// Solidity's meaning of a panic code ("arithmetic overflow or underflow" for 0x11).
    static std::string panicMeaning(const U256& code);

    /// The revert data carried by a node's error reply, if it is a revert: the "data" member as
    /// hex (geth, anvil, Arbitrum), nested {"data": hex} objects (some providers), or a
    /// "Reverted 0x..." string (Nethermind). An "execution reverted" message without data gives
    /// empty bytes. Returns nothing for an error that is not a revert.
    static std::optional<Bytes> revertData(const RpcError& error);

    /// If `error` is a revert, an Error(Reverted) "<what> was refused by the contract: <reason>."
    /// (what: "Withdraw 5 RLC", "Reading the RLC balance"); otherwise
    /// nothing (the caller rethrows the original error).
    std::optional<Error> explain(const RpcError& error, std::string_view what) const;

private:
    struct Known {
        AbiSignature signature;
        std::string canonical;
    };
    std::map<std::array<std::uint8_t, 4>, Known> errors_;
};

} // namespace sr::eth
