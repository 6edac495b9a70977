#pragma once

// A deal and a task's status as the PoCo hub keeps them (iexec/PocoHub.h reads them): plain
// values, no I/O.

#include "eth/Address.h"
#include "eth/U256.h"
#include "util/Bytes.h"

#include <cstdint>
#include <string>
#include <string_view>

namespace sr::iexec {

struct DealResource {
    eth::Address pointer;
    eth::Address owner;
    eth::U256 price;
};

/// IexecLibCore_v5.Deal.
struct Deal {
    DealResource app;
    DealResource dataset;
    DealResource workerpool;
    eth::U256 trust;
    eth::U256 category;
    Hash32 tag{};
    eth::Address requester;
    eth::Address beneficiary;
    eth::Address callback;
    std::string params;
    eth::U256 startTime;
    eth::U256 botFirst;
    eth::U256 botSize;
    eth::U256 workerStake;
    eth::U256 schedulerRewardRatio;
    eth::Address sponsor;

    bool exists() const { return !requester.isZero(); }
};

enum class TaskStatus : std::uint8_t { Unset = 0, Active, Revealing, Completed, Failed };
std::string_view taskStatusName(TaskStatus status) noexcept; ///< "unset", "active", ...

} // namespace sr::iexec
