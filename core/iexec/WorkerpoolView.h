#pragma once

#include "eth/Address.h"
#include "eth/ContractCall.h"
#include "eth/ContractCaller.h"
#include "eth/U256.h"
#include "util/CancelToken.h"

#include <string>
#include <vector>

namespace sr::iexec {

/// What a workerpool contract records on chain.
struct WorkerpoolInfo {
    eth::Address address;
    eth::Address owner; ///< the scheduler
    std::string description;
    eth::U256 workerStakeRatioPolicy;
    eth::U256 schedulerRewardRatioPolicy;
};

/// Reads one workerpool contract of the WorkerpoolRegistry.
class WorkerpoolView {
public:
    explicit WorkerpoolView(eth::Address workerpool) : workerpool_(workerpool) {}
    const eth::Address& address() const { return workerpool_; }

    eth::ContractCall<eth::Address> owner() const;
    eth::ContractCall<std::string> description() const;
    eth::ContractCall<eth::U256> workerStakeRatioPolicy() const;
    eth::ContractCall<eth::U256> schedulerRewardRatioPolicy() const;

    WorkerpoolInfo read(eth::ContractCaller& caller, const CancelToken* cancel = nullptr) const;
    static std::vector<eth::CallResult<WorkerpoolInfo>>
    readMany(eth::ContractCaller& caller, const std::vector<eth::Address>& workerpools,
             const CancelToken* cancel = nullptr);

private:
    eth::Address workerpool_;
};

} // namespace sr::iexec
