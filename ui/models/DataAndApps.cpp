#include "models/DataAndApps.h"

namespace sr::ui {

DataAndApps readDataAndApps(session::ChainSession& chain, const std::filesystem::path& databaseFile,
                            const eth::Address& owner) {
    DataAndApps out;
    iexec::DatasetCatalog catalog = chain.datasets();
    out.data = catalog.isCached(owner) ? catalog.cached(owner) : catalog.refresh(owner);
    iexec::ApprovedApps approved(databaseFile);
    approved.preload(chain.profile());
    out.apps = approved.list(chain.profile().chainId);
    return out;
}

} // namespace sr::ui
