#pragma once

// A computation request as the journal keeps it (compute/ComputeJournal.h): its steps, its
// states and its fields, values with their names and no I/O. The journal itself is the
// session's (session::ChainSession::computeJournal()).

#include "eth/Address.h"
#include "eth/U256.h"
#include "util/Bytes.h"
#include "util/RecordedError.h"

#include <cstdint>
#include <filesystem>
#include <map>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace sr::compute {

/// The steps, in order. Persisted by name: never rename.
enum class ComputeStep {
    Plan,        ///< "plan": the orders chosen and the price checked
    PushKey,     ///< "push-key": the account's result public key written to the SMS
    PushSecrets, ///< "push-secrets": the requester secrets written to the SMS
    Sign,        ///< "sign": the request order built and signed
    Match,       ///< "match": matchOrders sent through the transaction journal
    Confirm,     ///< "confirm": mined; the deal read from OrdersMatched
    Done,        ///< "done"
};
std::string_view computeStepName(ComputeStep step) noexcept;
ComputeStep computeStepFromName(std::string_view name);       ///< Error(Corrupt) if unknown
std::string_view computeStepLabel(ComputeStep step) noexcept; ///< "Signing the request"

enum class ComputeState { Active, Failed, Done, Cancelled };
std::string_view computeStateName(ComputeState state) noexcept; ///< "active", ...
ComputeState computeStateFromName(std::string_view name);

struct ComputeSecret {
    std::filesystem::path file; ///< where the value is read (never stored)
    std::string name;           ///< its name in the SMS ("0x" + 32 hex, drawn once)
};

struct ComputeOperation {
    std::int64_t id = 0;
    std::uint64_t chainId = 0;
    eth::Address requester;
    eth::Address app;
    eth::Address dataset;
    std::optional<eth::Address> workerpool; ///< the user's choice; any when unset
    std::optional<eth::U256> maxPrice;
    std::uint64_t category = 0;
    std::optional<std::string> args;
    std::vector<std::string> inputFiles;
    std::map<std::uint64_t, ComputeSecret> secrets;
    bool encrypt = true;

    ComputeStep step = ComputeStep::Plan;
    ComputeState state = ComputeState::Active;
    nlohmann::json orders;       ///< {app, dataset, workerpool}: signed orders, market form
    nlohmann::json requestOrder; ///< the signed request order, once signed
    std::optional<std::int64_t> txId;
    std::optional<Hash32> txHash;
    std::optional<Hash32> dealId;
    std::optional<Hash32> taskId;
    /// Why the last run stopped; none while it runs well.
    std::optional<RecordedError> failure;
    std::int64_t createdAt = 0;
    std::int64_t updatedAt = 0;

    bool finished() const {
        return state == ComputeState::Done || state == ComputeState::Cancelled;
    }
};

} // namespace sr::compute
