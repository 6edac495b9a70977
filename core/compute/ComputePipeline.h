#pragma once

// Requesting a computation, step by step through the ComputeJournal (see there): plan, write
// the account's result public key to the SMS before an encrypted request (the SMS holds one
// key per address and other tools replace it), write the requester secrets, sign the request
// order (built as the SDK builds it), send matchOrders through the transaction journal, and
// read the deal. Any step may fail or the process die: run() again resumes; nothing is paid
// twice (a request order asks for one task and the hub never matches it twice; a matchOrders
// already journaled is found again, not sent again).

#include "compute/ComputeJournal.h"
#include "compute/ComputePlan.h"
#include "eth/JsonRpcClient.h"
#include "eth/Signer.h"
#include "eth/TransactionManager.h"
#include "iexec/NetworkProfile.h"
#include "util/CancelToken.h"

#include <chrono>
#include <functional>
#include <string>

namespace sr::compute {

/// The SMS web2 secret that holds the beneficiary's result public key (base64 of its PEM).
inline constexpr const char* kResultKeySecret = "iexec-result-encryption-public-key";

class ComputePipeline {
public:
    using Observer = std::function<void(const ComputeOperation&)>;

    ComputePipeline(NetworkProfile profile, eth::JsonRpcClient& rpc,
                    eth::TransactionManager& manager, ComputeJournal& journal);

    /// The orders and the price the operation would use now (nothing is written).
    Plan plan(const ComputeOperation& operation, const CancelToken* cancel = nullptr);
    /// Records a new operation (fresh secret names drawn); returns it with its id.
    ComputeOperation create(ComputeOperation operation);
    /// Runs the operation from its step to Done. `resultPublicKeyPem`: the requester's
    /// result public key (SPKI PEM), needed when the operation encrypts its result. A failure
    /// is recorded (state Failed, its message) and rethrown; run() again resumes.
    ComputeOperation run(std::int64_t id, const eth::Signer& signer,
                         const std::string& resultPublicKeyPem, const Observer& observer = {},
                         const CancelToken* cancel = nullptr);
    /// Gives up an operation that has sent nothing to the chain yet.
    ComputeOperation cancel(std::int64_t id);

    /// For tests only: called after each step is done and before it is journaled (a crash
    /// there is what resume must survive). Never set by the app.
    using StepHook = void (*)(ComputeStep finished);
    static void setTestStepHook(StepHook hook);

private:
    ComputeOperation find(std::int64_t id) const;
    std::optional<TxRecord> journaledMatch(const ComputeOperation& op,
                                           const eth::TransactionRequest& wanted) const;
    eth::TransactionRequest matchRequest(const ComputeOperation& op) const;
    void step(ComputeOperation& op, const eth::Signer& signer, const std::string& publicKeyPem,
              const CancelToken* cancel);

    NetworkProfile profile_;
    eth::JsonRpcClient& rpc_;
    eth::TransactionManager& manager_;
    ComputeJournal& journal_;
};

} // namespace sr::compute
