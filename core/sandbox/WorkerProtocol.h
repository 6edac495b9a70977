#pragma once

// The byte-level facts shared by the sandbox's scheduler, worker and SMS (see
// docs/iexec-protocol.md and computations.md §3): the hashes a workerpool authorisation and an
// enclave sign, the deal's params as the iExec worker reads them, and the `results` field.

#include "eth/Address.h"
#include "util/Bytes.h"

#include <map>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

namespace sr::sandbox {

/// keccak256(worker(20) || taskId(32) || enclaveChallenge(20)): what the workerpool owner signs
/// (EIP-191) to let `worker` contribute to `taskId` with that enclave.
Hash32 authorizationHash(const eth::Address& worker, const Hash32& taskId,
                         const eth::Address& enclave);
/// keccak256(taskId): the scheduler's request for an enclave challenge (worker and enclave
/// empty, as iexec-core signs it).
Hash32 challengeRequestHash(const Hash32& taskId);
/// keccak256(taskId || digest).
Hash32 resultHash(const Hash32& taskId, const Hash32& digest);
/// keccak256(worker || taskId || digest).
Hash32 resultSeal(const eth::Address& worker, const Hash32& taskId, const Hash32& digest);
/// keccak256(resultHash || resultSeal): what the enclave signs (EIP-191).
Hash32 enclaveMessage(const eth::Address& worker, const Hash32& taskId, const Hash32& digest);

/// The WorkerpoolAuthorization JSON the scheduler hands its worker and the worker shows the
/// SMS: {chainTaskId, dealId, taskIndex, workerWallet, enclaveChallenge, signature: {value}}.
struct WorkerpoolAuthorization {
    Hash32 taskId{};
    Hash32 dealId{};
    std::uint64_t taskIndex = 0;
    eth::Address worker;
    eth::Address enclave;
    Bytes signature; ///< 65 bytes r || s || v

    nlohmann::json toJson() const;
    /// Throws Error(InvalidArgument) naming the bad member.
    static WorkerpoolAuthorization fromJson(const nlohmann::json& json);
    Hash32 hash() const { return authorizationHash(worker, taskId, enclave); }
};

/// A deal's params as the iExec worker parses them (iexec-commons-poco DealParams): a JSON
/// object with only the known keys; anything else (not JSON, an unknown key, a wrong type)
/// makes the whole string the app's arguments.
struct DealParams {
    std::string args;
    std::vector<std::string> inputFiles;
    bool resultEncryption = false;
    std::string storageProvider = "ipfs";
    std::map<std::string, std::string> secrets; ///< index ("1", "2", ...) -> secret name
    std::string bulkCid;

    static DealParams parse(const std::string& params);
};

/// Splits iexec_args as the worker's container entrypoint receives them: on spaces, with
/// double quotes grouping words.
std::vector<std::string> splitArgs(const std::string& args);

/// The `results` bytes written on chain for an IPFS upload, exactly as iexec-worker builds them:
/// `{ "storage": "ipfs", "location": "/ipfs/<cid>" }`.
std::string ipfsResultsField(const std::string& cid);

} // namespace sr::sandbox
