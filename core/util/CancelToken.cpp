#include "util/CancelToken.h"

#include "util/Error.h"

namespace sr {

void CancelToken::throwIfCancelled() const {
    if (cancelled())
        throw Error(ErrorCode::Cancelled, "The operation was cancelled.");
}

} // namespace sr
