#include "iexec/WorkerpoolView.h"

#include "eth/RecordReads.h"

namespace sr::iexec {

using eth::AbiType;
using eth::AbiValue;

namespace {

std::vector<eth::ContractCall<std::vector<AbiValue>>> fieldCalls(const eth::Address& a) {
    const std::string what = "Reading a workerpool";
    return {eth::calls::abiCall(a, "owner()", {}, {AbiType::address()}, what),
            eth::calls::abiCall(a, "m_workerpoolDescription()", {}, {AbiType::string()}, what),
            eth::calls::abiCall(a, "m_workerStakeRatioPolicy()", {}, {AbiType::uint()}, what),
            eth::calls::abiCall(a, "m_schedulerRewardRatioPolicy()", {}, {AbiType::uint()}, what)};
}

WorkerpoolInfo assemble(const eth::Address& a, const std::vector<std::vector<AbiValue>>& v) {
    WorkerpoolInfo info;
    info.address = a;
    info.owner = v[0].at(0).asAddress();
    info.description = v[1].at(0).asString();
    info.workerStakeRatioPolicy = v[2].at(0).asNumber();
    info.schedulerRewardRatioPolicy = v[3].at(0).asNumber();
    return info;
}

} // namespace

eth::ContractCall<eth::Address> WorkerpoolView::owner() const {
    return eth::calls::addressCall(workerpool_, "owner()", {}, "Reading a workerpool's owner");
}
eth::ContractCall<std::string> WorkerpoolView::description() const {
    return eth::calls::stringCall(workerpool_, "m_workerpoolDescription()", {},
                                  "Reading a workerpool's description");
}
eth::ContractCall<eth::U256> WorkerpoolView::workerStakeRatioPolicy() const {
    return eth::calls::uintCall(workerpool_, "m_workerStakeRatioPolicy()", {},
                                "Reading a workerpool's policy");
}
eth::ContractCall<eth::U256> WorkerpoolView::schedulerRewardRatioPolicy() const {
    return eth::calls::uintCall(workerpool_, "m_schedulerRewardRatioPolicy()", {},
                                "Reading a workerpool's policy");
}

WorkerpoolInfo WorkerpoolView::read(eth::ContractCaller& caller, const CancelToken* cancel) const {
    return assemble(workerpool_, caller.callAll(fieldCalls(workerpool_), cancel));
}

std::vector<eth::CallResult<WorkerpoolInfo>>
WorkerpoolView::readMany(eth::ContractCaller& caller, const std::vector<eth::Address>& workerpools,
                         const CancelToken* cancel) {
    return eth::readRecords<WorkerpoolInfo>(caller, workerpools, fieldCalls, assemble, {}, nullptr,
                                            cancel);
}

} // namespace sr::iexec
