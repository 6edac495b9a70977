#pragma once

#include "eth/Address.h"
#include "iexec/AppTypes.h"
#include "iexec/ProtectedData.h"
#include "session/Session.h"

#include <filesystem>
#include <vector>

namespace sr::ui {

/// What a dialog that pairs a protected data with an app offers to choose from.
struct DataAndApps {
    std::vector<iexec::ProtectedData> data; ///< the account's, from the cache when there is one
    std::vector<iexec::ApprovedApp> apps;   ///< approved on the network, the profile's preloaded
};

/// Reads them: the cached listing of `owner`'s data (else the chain's), and the network's
/// approved apps. Blocks (disk, and the chain without a cache): run it off the GUI thread.
DataAndApps readDataAndApps(session::ChainSession& chain, const eth::Address& owner);

} // namespace sr::ui
