#include "iexec/WorkerpoolView.h"

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
    std::vector<eth::ContractCall<std::vector<AbiValue>>> calls;
    for (const auto& a : workerpools)
        for (auto& c : fieldCalls(a))
            calls.push_back(std::move(c));
    const auto results = caller.tryAll(calls, cancel);
    constexpr std::size_t kFields = 4;
    std::vector<eth::CallResult<WorkerpoolInfo>> out(workerpools.size());
    for (std::size_t i = 0; i < workerpools.size(); ++i) {
        std::vector<std::vector<AbiValue>> values;
        for (std::size_t f = 0; f < kFields && !out[i].error; ++f) {
            const auto& r = results[i * kFields + f];
            if (r.error)
                out[i].error = r.error;
            else
                values.push_back(*r.value);
        }
        if (!out[i].error)
            out[i].value = assemble(workerpools[i], values);
    }
    return out;
}

} // namespace sr::iexec
