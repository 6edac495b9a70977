#pragma once

#include <stdexcept>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace sr {

/// Stable error codes shared by every core module. The UI maps each code to translated text;
/// the CLI maps them to exit codes. Never renumber: codes are persisted in the journal.
enum class ErrorCode {
    Internal = 1,        ///< A bug: an invariant did not hold.
    InvalidArgument = 2, ///< The caller (or the user) gave a value that cannot be used.
    NotFound = 3,        ///< A named thing (network, account, file) does not exist.
    AlreadyExists = 4,   ///< Creating something that is already there.
    Io = 5,              ///< Reading or writing a file failed (disk full, permissions, ...).
    Corrupt = 6,         ///< A file or a reply is malformed.
    Network = 7,         ///< A server could not be reached or answered with an error.
    Crypto = 8,          ///< A cryptographic operation failed (bad key, bad signature, ...).
    WrongPassword = 9,   ///< The password does not open this keystore (or its MAC is corrupt).
    Cancelled = 10,      ///< The user or the caller cancelled the operation.
    Unsupported = 11,    ///< A valid input this version does not handle.
    ChainMismatch = 12,  ///< The node serves another chain than the network profile says.
    Reverted = 13,       ///< A contract call or transaction reverted.
};

/// The particular failure behind an error, for a front end that says it in its own words
/// (the GUI in the person's language) instead of showing the English message. Each reason
/// carries the named parameters listed with it (Error::param); the message says the same in
/// English. Unspecified: the message is all there is.
enum class ErrorReason {
    Unspecified,
    Unreachable,     ///< host, cause (the transport's own words): no connection was made.
    NoAnswer,        ///< host, seconds: connected, but nothing came back in time.
    BrokeOff,        ///< host, bytes: the reply stopped after `bytes` bytes.
    ReplyTooLarge,   ///< host, mebibytes: the reply was larger than the limit and not read.
    HttpStatus,      ///< host, status: the server answered with an HTTP error.
    WrongChain,      ///< host, actual, expected: the node serves another chain id.
    NotEnoughFunds,  ///< account, asset ("eth", "rlc", "rlc-wallet", "rlc-stake"),
                     ///< has, needs, missing (amounts with their unit).
    FileMissing,     ///< path: a file or folder that is not there.
    DiskFull,        ///< path: no space left to write it.
    FileDenied,      ///< path: the system refused access.
    AddressLength,   ///< digits: an address with another number of hex digits than 40.
    AddressNotHex,   ///< (none): an address with a character that is not a hex digit.
    AddressChecksum, ///< (none): a mixed-case address whose EIP-55 checksum is wrong.
};

/// Named parameters of an error, in the order the reason lists them.
using ErrorParams = std::vector<std::pair<std::string, std::string>>;

/// The one exception type of the core: a stable code and a message a user can act on, and
/// where known the reason with its parameters (see ErrorReason). Messages and parameters
/// never contain secrets (keys, passwords, phrases).
class Error : public std::runtime_error {
public:
    Error(ErrorCode code, const std::string& message) : std::runtime_error(message), code_(code) {}
    Error(ErrorCode code, ErrorReason reason, ErrorParams params, const std::string& message)
        : std::runtime_error(message), code_(code), reason_(reason), params_(std::move(params)) {}
    ErrorCode code() const noexcept { return code_; }
    ErrorReason reason() const noexcept { return reason_; }
    const ErrorParams& params() const noexcept { return params_; }
    /// The parameter called `name`; empty if the error has none by that name.
    std::string param(std::string_view name) const;

private:
    ErrorCode code_;
    ErrorReason reason_ = ErrorReason::Unspecified;
    ErrorParams params_;
};

/// A server that accepted the request but did not answer in time: a Network error that a
/// smaller request (fewer blocks of logs, a smaller batch) may avoid.
class TimeoutError : public Error {
public:
    explicit TimeoutError(const std::string& message) : Error(ErrorCode::Network, message) {}
    TimeoutError(ErrorParams params, const std::string& message)
        : Error(ErrorCode::Network, ErrorReason::NoAnswer, std::move(params), message) {}
};

/// A short stable name for a code ("invalid-argument", ...), used in `--json` output.
std::string_view errorCodeName(ErrorCode code) noexcept;

/// The Error for a failed system call on `path` (`what` says what was tried, "Could not
/// open"): NotFound for a missing path, else Io, with the reason FileMissing, DiskFull or
/// FileDenied where errno says so.
Error fileError(const std::string& what, const std::string& path, int err);

} // namespace sr
