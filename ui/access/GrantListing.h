#pragma once
#include "session/Session.h"

#include <QString>
#include <filesystem>
#include <map>
#include <optional>
#include <vector>

namespace sr::session {
class ChainSession;
} // namespace sr::session

namespace sr::ui {

/// The active network's session (see wallet/WalletSession.h).
using ChainContext = session::ChainSession;

/// Grants as the pages show them: from the marketplace and the chain, with the names this
/// computer knows for the data (the cached listing) and the apps (the approved apps).
struct GrantListing {
    std::vector<iexec::GrantedAccess> grants;
    std::map<eth::Address, QString> dataNames;
    std::map<eth::Address, QString> appNames;
};

/// The name `names` knows for `address`, or the shortened address.
QString nameOrAddress(const std::map<eth::Address, QString>& names, const eth::Address& address);

/// The names of the apps this computer knows on the chain (the approved apps, the profile's
/// known ones preloaded). Database work: call it off the GUI thread.
std::map<eth::Address, QString> appNamesOf(const ChainContext& chain);

/// Reads the live grants of `owner`'s data (of `dataset` alone when given). Network and
/// database work: call it off the GUI thread.
GrantListing readGrantListing(const ChainContext& chain, const eth::Address& owner,
                              const std::optional<eth::Address>& dataset = std::nullopt);

} // namespace sr::ui
