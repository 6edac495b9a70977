#include "models/DataAndApps.h"

namespace sr::ui {

DataAndApps readDataAndApps(session::ChainSession& chain, const eth::Address& owner) {
    DataAndApps out;
    iexec::DatasetCatalog catalog = chain.datasets();
    out.data = catalog.isCached(owner) ? catalog.cached(owner) : catalog.refresh(owner);
    out.apps = chain.approvedApps()->list(chain.profile().chainId);
    return out;
}

} // namespace sr::ui
