#include "iexec/DatasetView.h"

#include "eth/RecordReads.h"

namespace sr::iexec {

using eth::AbiType;
using eth::AbiValue;

namespace {

std::vector<eth::ContractCall<std::vector<AbiValue>>> fieldCalls(const eth::Address& a,
                                                                 bool withOwner) {
    std::vector<eth::ContractCall<std::vector<AbiValue>>> calls;
    if (withOwner)
        calls.push_back(
            eth::calls::abiCall(a, "owner()", {}, {AbiType::address()}, "Reading a dataset"));
    calls.push_back(
        eth::calls::abiCall(a, "m_datasetName()", {}, {AbiType::string()}, "Reading a dataset"));
    calls.push_back(eth::calls::abiCall(a, "m_datasetMultiaddr()", {}, {AbiType::bytes()},
                                        "Reading a dataset"));
    calls.push_back(eth::calls::abiCall(a, "m_datasetChecksum()", {}, {AbiType::fixedBytes(32)},
                                        "Reading a dataset"));
    return calls;
}

/// `v` holds owner (unless `owner` is known), name, multiaddr and checksum.
DatasetInfo assemble(const eth::Address& a, const std::optional<eth::Address>& owner,
                     const std::vector<std::vector<AbiValue>>& v) {
    const std::size_t f = owner ? 0 : 1;
    DatasetInfo info;
    info.address = a;
    info.owner = owner ? *owner : v[0].at(0).asAddress();
    info.name = v[f].at(0).asString();
    info.multiaddr = v[f + 1].at(0).asBytes();
    const Bytes& c = v[f + 2].at(0).asBytes();
    std::copy(c.begin(), c.end(), info.checksum.begin());
    return info;
}

} // namespace

eth::ContractCall<eth::Address> DatasetView::owner() const {
    return eth::calls::addressCall(dataset_, "owner()", {}, "Reading a dataset's owner");
}
eth::ContractCall<std::string> DatasetView::name() const {
    return eth::calls::stringCall(dataset_, "m_datasetName()", {}, "Reading a dataset's name");
}
eth::ContractCall<Bytes> DatasetView::multiaddr() const {
    return eth::calls::bytesCall(dataset_, "m_datasetMultiaddr()", {},
                                 "Reading a dataset's location");
}
eth::ContractCall<Hash32> DatasetView::checksum() const {
    return eth::calls::bytes32Call(dataset_, "m_datasetChecksum()", {},
                                   "Reading a dataset's checksum");
}

DatasetInfo DatasetView::read(eth::ContractCaller& caller, const CancelToken* cancel) const {
    return assemble(dataset_, std::nullopt, caller.callAll(fieldCalls(dataset_, true), cancel));
}

std::vector<eth::CallResult<DatasetInfo>>
DatasetView::readMany(eth::ContractCaller& caller, const std::vector<eth::Address>& datasets,
                      const CancelToken* cancel) {
    return readMany(caller, datasets, std::nullopt, {}, nullptr, cancel);
}

std::vector<eth::CallResult<DatasetInfo>>
DatasetView::readMany(eth::ContractCaller& caller, const std::vector<eth::Address>& datasets,
                      const std::optional<eth::Address>& owner,
                      const std::vector<eth::RpcCall>& alongside,
                      std::vector<eth::RpcOutcome>* alongsideOut, const CancelToken* cancel) {
    return eth::readRecords<DatasetInfo>(
        caller, datasets, [&](const eth::Address& a) { return fieldCalls(a, !owner); },
        [&](const eth::Address& a, const std::vector<std::vector<AbiValue>>& values) {
            return assemble(a, owner, values);
        },
        alongside, alongsideOut, cancel);
}

} // namespace sr::iexec
