#pragma once

#include "util/CancelToken.h"

namespace sr {

/// The token every HttpClient::send() given none uses: a process's Ctrl-C (strongroom-cli sets
/// it at start), so that calls made deep inside services, which take no token, stop too. It
/// must live as long as the process; nullptr (the default): none.
void setProcessCancel(const CancelToken* cancel);
const CancelToken* processCancel();

} // namespace sr
