#include "access/GrantListing.h"

#include "session/Session.h"
#include "wallet/WalletSession.h"
#include "widgets/AddressLabel.h"

namespace sr::ui {

QString nameOrAddress(const std::map<eth::Address, QString>& names, const eth::Address& address) {
    const auto it = names.find(address);
    return it != names.end() && !it->second.isEmpty()
               ? it->second
               : AddressLabel::shorten(QString::fromStdString(address.toChecksumHex()));
}

GrantListing readGrantListing(const ChainContext& chain, const eth::Address& owner,
                              const std::optional<eth::Address>& dataset) {
    GrantListing listing;
    iexec::AccessFilter filter;
    filter.dataset = dataset;
    listing.grants = chain.access().list(owner, filter);
    // Names from what this computer knows; an address stands for the others.
    iexec::DatasetCatalog catalog = chain.datasets();
    for (const auto& d : catalog.cached(owner))
        listing.dataNames[d.address] = QString::fromStdString(d.name);
    listing.appNames = appNamesOf(chain);
    return listing;
}

std::map<eth::Address, QString> appNamesOf(const ChainContext& chain) {
    std::map<eth::Address, QString> names;
    for (const auto& a : chain.approvedApps()->list(chain.profile().chainId))
        names[a.address] = QString::fromStdString(a.name);
    return names;
}

} // namespace sr::ui
