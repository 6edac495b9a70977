#include "iexec/DatasetView.h"

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
    std::vector<eth::ContractCall<std::vector<AbiValue>>> calls;
    for (const auto& a : datasets)
        for (auto& c : fieldCalls(a, !owner))
            calls.push_back(std::move(c));
    const auto results = caller.tryAll(calls, alongside, alongsideOut, cancel);
    const std::size_t fields = owner ? 3 : 4;
    std::vector<eth::CallResult<DatasetInfo>> out(datasets.size());
    for (std::size_t i = 0; i < datasets.size(); ++i) {
        std::vector<std::vector<AbiValue>> values;
        for (std::size_t f = 0; f < fields && !out[i].error; ++f) {
            const auto& r = results[i * fields + f];
            if (r.error)
                out[i].error = r.error;
            else
                values.push_back(*r.value);
        }
        if (!out[i].error)
            out[i].value = assemble(datasets[i], owner, values);
    }
    return out;
}

} // namespace sr::iexec
