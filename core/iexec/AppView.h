#pragma once

#include "eth/Address.h"
#include "eth/ContractCall.h"
#include "eth/ContractCaller.h"
#include "iexec/AppTypes.h"
#include "util/Bytes.h"
#include "util/CancelToken.h"

#include <string>
#include <vector>

namespace sr::iexec {

/// Reads one app contract of the AppRegistry.
class AppView {
public:
    explicit AppView(eth::Address app) : app_(app) {}
    const eth::Address& address() const { return app_; }

    eth::ContractCall<eth::Address> owner() const;
    eth::ContractCall<std::string> name() const;
    eth::ContractCall<std::string> type() const;
    eth::ContractCall<Bytes> multiaddr() const;
    eth::ContractCall<Hash32> checksum() const;
    eth::ContractCall<Bytes> mrenclave() const;

    AppInfo read(eth::ContractCaller& caller, const CancelToken* cancel = nullptr) const;
    static std::vector<eth::CallResult<AppInfo>> readMany(eth::ContractCaller& caller,
                                                          const std::vector<eth::Address>& apps,
                                                          const CancelToken* cancel = nullptr);

private:
    eth::Address app_;
};

} // namespace sr::iexec
