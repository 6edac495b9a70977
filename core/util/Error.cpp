#include "util/Error.h"

#include <cerrno>
#include <cstring>

namespace sr {

std::string_view errorCodeName(ErrorCode code) noexcept {
    switch (code) {
    case ErrorCode::Internal:
        return "internal";
    case ErrorCode::InvalidArgument:
        return "invalid-argument";
    case ErrorCode::NotFound:
        return "not-found";
    case ErrorCode::AlreadyExists:
        return "already-exists";
    case ErrorCode::Io:
        return "io";
    case ErrorCode::Corrupt:
        return "corrupt";
    case ErrorCode::Network:
        return "network";
    case ErrorCode::Crypto:
        return "crypto";
    case ErrorCode::WrongPassword:
        return "wrong-password";
    case ErrorCode::Cancelled:
        return "cancelled";
    case ErrorCode::Unsupported:
        return "unsupported";
    case ErrorCode::ChainMismatch:
        return "chain-mismatch";
    case ErrorCode::Reverted:
        return "reverted";
    }
    return "unknown";
}

std::string Error::param(std::string_view name) const {
    for (const auto& [key, value] : params_)
        if (key == name)
            return value;
    return {};
}

Error fileError(const std::string& what, const std::string& path, int err) {
    const std::string message = what + " " + path + ": " + std::strerror(err) + ".";
    switch (err) {
    case ENOENT:
    case ENOTDIR:
        return Error(ErrorCode::NotFound, ErrorReason::FileMissing, {{"path", path}}, message);
    case ENOSPC:
    case EDQUOT:
        return Error(ErrorCode::Io, ErrorReason::DiskFull, {{"path", path}}, message);
    case EACCES:
    case EPERM:
    case EROFS:
        return Error(ErrorCode::Io, ErrorReason::FileDenied, {{"path", path}}, message);
    default:
        return Error(ErrorCode::Io, message);
    }
}

} // namespace sr
