#include "util/ProcessCancel.h"

#include <atomic>

namespace sr {
namespace {

std::atomic<const CancelToken*> token{nullptr};

} // namespace

void setProcessCancel(const CancelToken* cancel) {
    token = cancel;
}

const CancelToken* processCancel() {
    return token.load();
}

} // namespace sr
