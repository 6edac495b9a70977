#pragma once

#include <stdexcept>
#include <string>
#include <string_view>

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

/// The one exception type of the core: a stable code and a message a user can act on.
/// Messages never contain secrets (keys, passwords, phrases).
class Error : public std::runtime_error {
public:
    Error(ErrorCode code, const std::string& message) : std::runtime_error(message), code_(code) {}
    ErrorCode code() const noexcept { return code_; }

private:
    ErrorCode code_;
};

/// A server that accepted the request but did not answer in time: a Network error that a
/// smaller request (fewer blocks of logs, a smaller batch) may avoid.
class TimeoutError : public Error {
public:
    explicit TimeoutError(const std::string& message) : Error(ErrorCode::Network, message) {}
};

/// A short stable name for a code ("invalid-argument", ...), used in `--json` output.
std::string_view errorCodeName(ErrorCode code) noexcept;

} // namespace sr
