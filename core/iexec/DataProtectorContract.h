#pragma once

#include "eth/Address.h"
#include "eth/Receipt.h"
#include "eth/TransactionRequest.h"
#include "util/Bytes.h"

#include <optional>
#include <string>
#include <string_view>

namespace sr::iexec {

/// A dataset created through DataProtector: its address and the schema recorded with it.
struct CreatedDataset {
    eth::Address dataset;
    std::string schema;
};

/// The DataProtector core contract (the real one on Arbitrum, our compatible one in the
/// sandbox): one function and one event.
class DataProtectorContract {
public:
    explicit DataProtectorContract(eth::Address contract) : contract_(contract) {}
    const eth::Address& address() const { return contract_; }

    /// createDatasetWithSchema(owner, name, schemaJson, multiaddr, checksum): registers the
    /// dataset in the DatasetRegistry (owned by `owner`) and emits DatasetSchema.
    eth::TransactionRequest createDatasetWithSchema(const eth::Address& owner,
                                                    const std::string& name,
                                                    const std::string& schema,
                                                    const Bytes& multiaddr,
                                                    const Hash32& checksum) const;

    /// The dataset the transaction created, from its DatasetSchema log (emitted by this
    /// contract). Nothing if the receipt has none.
    std::optional<CreatedDataset> createdDataset(const eth::Receipt& receipt) const;

    static constexpr std::string_view kDatasetSchema =
        "DatasetSchema(address indexed dataset, string schema)";

private:
    eth::Address contract_;
};

} // namespace sr::iexec
