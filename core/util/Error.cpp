#include "util/Error.h"

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

} // namespace sr
