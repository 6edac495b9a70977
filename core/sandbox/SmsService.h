#pragma once

// The sandbox's Secret Management Service: the HTTP endpoints of iExec's SMS
// (iexec-sms), with the same challenges, checks and status codes, so that the iexec SDK and
// Strongroom's own client talk to it as to the real one.
//
// Endpoints (base URL = baseUrl(); bodies are the secret as text):
//   POST /secrets/web3?secretAddress=D     Authorization: personal_sign of
//        keccak256(keccak256("IEXEC_SMS_DOMAIN") || D || keccak256(secret)), by D's owner (D must
//        be a dataset registered in the DatasetRegistry).
//        204 stored; 401 bad signature / not the owner / not a dataset; 409 already set (never
//        updatable); 413 over 4096 bytes; 400 missing or malformed header, address or body.
//   HEAD /secrets/web3?secretAddress=D     204 present, 404 absent.
//   POST|PUT /secrets/web2?ownerAddress=O&secretName=N   Authorization: personal_sign by O of
//        keccak256(keccak256("IEXEC_SMS_DOMAIN") || O || keccak256(N) || keccak256(value)).
//        POST: 204, 401, 409, 413. PUT (update): 204, 401, 404 when absent, 413.
//   HEAD /secrets/web2?ownerAddress=O&secretName=N       204 / 404. Names are case-insensitive
//        (the real SMS lowercases them). The requester's result-encryption key is the web2
//        secret named "iexec-result-encryption-public-key" (base64 of its PEM, as the SDK sends).
//   POST /requesters/R/secrets/K            requester secret (SDK pushRequesterSecret), signed by
//        R like a web2 secret named K; K matches [0-9A-Za-z-_]{1,64}. 204, 401, 400, 409.
//   HEAD /requesters/R/secrets/K            204 / 404 (400 for a bad K).
//   POST /apps/A/secrets                    app developer secret, signed by A's owner like a
//        web2 secret of A named "1"; A must be registered in the AppRegistry. 204, 401, 409, 413.
//   HEAD /apps/A/secrets                    204 / 404.
//   POST /tee/challenges/T                  the scheduler asks for task T's enclave challenge:
//        Authorization = personal_sign of keccak256(T) by the owner of T's workerpool; T must
//        be ACTIVE on chain. 200 with the challenge address (a key made once per task and kept
//        sealed); 401 not the pool owner; 403 task not active.
//   POST /tee/sessions                      the worker opens its TEE session: body = the
//        WorkerpoolAuthorization JSON (see WorkerProtocol.h), Authorization = the worker's
//        personal_sign of its hash. 401 not signed by that worker; 403 task not ACTIVE, deal
//        not TEE (tag bit 0), authorisation not signed by the deal's workerpool owner, or not
//        the enclave challenge made here for the task; 404 a secret the task needs is absent
//        (the dataset key, a requester secret of iexec_secrets, the beneficiary's
//        result-encryption key when iexec_result_encryption). 200 {data: {sessionId,
//        environment: {pre-compute, app, post-compute}}}: the variables iexec-sms gives each
//        stage (IEXEC_DATASET_KEY only to pre-compute, the enclave's signing key only to
//        post-compute). The dataset's order allowed the deal's app: PoCo checked it when it
//        matched the deal, which is why only on-chain deals get a session.
// Error bodies are those of the real service: empty for /secrets/*, {"error": ["..."]} for
// /requesters, /apps and /tee.
//
// Secrets are stored sealed (see SecretVault: AES-256-GCM, key in a 0600 file) in an SQLite
// database in the state folder, and survive restarts.

#include "crypto/SecretBytes.h"
#include "eth/Address.h"
#include "sandbox/HttpService.h"
#include "sandbox/PocoDeployer.h"
#include "util/Bytes.h"

#include <cstdint>
#include <filesystem>
#include <memory>
#include <optional>
#include <string>

namespace sr::sandbox {

class SmsService : public HttpService {
public:
    struct Options {
        std::string rpcUrl{};
        PocoDeployment deployment{};
        std::filesystem::path stateDir{}; ///< holds sms.sqlite and sms.key (created 0700)
        std::uint16_t port = 0;           ///< 0: ephemeral
    };

    /// Opens (or creates) the store; does not listen yet. Throws sr::Error (Io, Corrupt).
    explicit SmsService(Options options);
    ~SmsService();
    // The C++ side, for the sandbox worker and the sandbox app (never over HTTP).

    bool hasDatasetSecret(const eth::Address& dataset);
    /// The dataset key as pushed (the base64 text), without any check: for tools and tests.
    std::optional<crypto::SecretBytes> datasetSecret(const eth::Address& dataset);
    /// The dataset key for the task `taskId`, as the real SMS hands it to an enclave: the task
    /// must be ACTIVE on chain, its deal must be a TEE deal (tag bit 0) and use a dataset, and
    /// that dataset's key must be here. Throws Error(Crypto) when the task is not authorised,
    /// Error(NotFound) when there is no dataset or no key.
    crypto::SecretBytes datasetSecretForTask(const Hash32& taskId);
    std::optional<crypto::SecretBytes> web2Secret(const eth::Address& owner,
                                                  const std::string& name);
    std::optional<crypto::SecretBytes> requesterSecret(const eth::Address& requester,
                                                       const std::string& key);
    std::optional<crypto::SecretBytes> appDeveloperSecret(const eth::Address& app);
    /// The requester's web2 secret "iexec-result-encryption-public-key", as stored.
    std::optional<std::string> resultEncryptionPublicKey(const eth::Address& requester);

    static constexpr const char* kResultEncryptionKeyName = "iexec-result-encryption-public-key";
    static constexpr std::size_t kMaxSecretBytes = 4096;

private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

} // namespace sr::sandbox
