#pragma once

#include "eth/Address.h"
#include "eth/ContractCall.h"
#include "eth/ContractCaller.h"
#include "util/Bytes.h"
#include "util/CancelToken.h"

#include <optional>
#include <string>
#include <vector>

namespace sr::iexec {

/// What a dataset contract records on chain (all public).
struct DatasetInfo {
    eth::Address address;
    eth::Address owner;
    std::string name;
    Bytes multiaddr; ///< binary multiaddr (/p2p/CID) or a URL's bytes
    Hash32 checksum{};
};

/// Reads one dataset contract of the DatasetRegistry.
class DatasetView {
public:
    explicit DatasetView(eth::Address dataset) : dataset_(dataset) {}
    const eth::Address& address() const { return dataset_; }

    eth::ContractCall<eth::Address> owner() const;
    eth::ContractCall<std::string> name() const;
    eth::ContractCall<Bytes> multiaddr() const;
    eth::ContractCall<Hash32> checksum() const;

    /// Every field, in one batch.
    DatasetInfo read(eth::ContractCaller& caller, const CancelToken* cancel = nullptr) const;
    /// Many datasets in as few requests as the client's batch size allows; a dataset that does
    /// not answer gets its own error without failing the others.
    static std::vector<eth::CallResult<DatasetInfo>>
    readMany(eth::ContractCaller& caller, const std::vector<eth::Address>& datasets,
             const CancelToken* cancel = nullptr);
    /// The same, with `alongside` reads sent in the same batch (see ContractCaller::tryAll).
    /// When `owner` is given (the datasets were listed as that account's at the caller's
    /// block), owner() is not read: three calls a dataset instead of four.
    static std::vector<eth::CallResult<DatasetInfo>>
    readMany(eth::ContractCaller& caller, const std::vector<eth::Address>& datasets,
             const std::optional<eth::Address>& owner, const std::vector<eth::RpcCall>& alongside,
             std::vector<eth::RpcOutcome>* alongsideOut, const CancelToken* cancel = nullptr);

private:
    eth::Address dataset_;
};

} // namespace sr::iexec
