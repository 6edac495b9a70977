#include "iexec/DataProtectorContract.h"

#include "eth/Abi.h"

namespace sr::iexec {

using eth::AbiValue;

eth::TransactionRequest
DataProtectorContract::createDatasetWithSchema(const eth::Address& owner, const std::string& name,
                                               const std::string& schema, const Bytes& multiaddr,
                                               const Hash32& checksum) const {
    eth::TransactionRequest r;
    r.to = contract_;
    r.data = eth::Abi::encodeCall("createDatasetWithSchema(address,string,string,bytes,bytes32)",
                                  {AbiValue::address(owner), AbiValue::string(name),
                                   AbiValue::string(schema), AbiValue::bytes(multiaddr),
                                   AbiValue::bytes(Bytes(checksum.begin(), checksum.end()))});
    r.purpose = eth::TxPurpose::RegisterDataset;
    r.details.name = name;
    return r;
}

std::optional<CreatedDataset>
DataProtectorContract::createdDataset(const eth::Receipt& receipt) const {
    static const eth::AbiSignature event = eth::AbiSignature::parse(kDatasetSchema);
    static const Hash32 topic = eth::Abi::eventTopic(kDatasetSchema);
    for (const auto& log : receipt.logs) {
        if (log.address != contract_ || log.topics.empty() || log.topics[0] != topic)
            continue;
        const auto values = eth::Abi::decodeEvent(event, log.topics, log.data);
        return CreatedDataset{values[0].asAddress(), values[1].asString()};
    }
    return std::nullopt;
}

} // namespace sr::iexec
