#pragma once

// The code of the sr::Error a piece of test code throws.

#include "util/Error.h"

#include <functional>

namespace sr::test {

/// The code `f` throws; ErrorCode::Internal when it throws nothing, so that a check for any
/// other code fails.
inline ErrorCode errorCodeOf(const std::function<void()>& f) {
    try {
        f();
    } catch (const Error& e) {
        return e.code();
    }
    return ErrorCode::Internal;
}

} // namespace sr::test
