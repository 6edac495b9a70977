#pragma once

// Protecting data end to end, journaled so that nothing is ever lost:
//
//   seal (serialise -> AES-256-CBC -> SHA-256 checksum -> CID, one streaming pass straight
//   into the IPFS upload, no local copy) -> upload (the node stores it all; its CID must equal
//   ours) -> gateway (HEAD /ipfs/{cid})
//   -> register (createDatasetWithSchema through eth::TransactionManager, so the transaction
//      itself is journaled before it is broadcast) -> confirm (mined; the dataset address from
//      the DatasetSchema event) -> push-key (the SMS) -> check-key (the SMS holds it) -> done.
//
// Every step is written to the ProtectJournal before it runs and after it succeeded. The
// dataset key exists in clear only in memory; on disk it is sealed under the wallet password
// (scrypt + AES, as keystores) until the SMS confirms it holds the key. A process killed at any
// point, a lost network or a full disk leaves an operation that resume() carries on from its
// step, or (while nothing reached the chain) cancel() cleans up. A dataset never ends up on
// chain with its key lost: the sealed key is erased only after the SMS confirmed it.
//
// Using it (the CLI and the GUI do the same; the GUI calls run() on a worker thread):
//
//     ProtectJournal journal(paths.databaseFile());
//     PendingTransactions txJournal(paths.databaseFile());
//     eth::TransactionManager manager(rpc, txJournal, profile.chainId);
//     ProtectPipeline pipeline(profile, manager, journal, {.workDir = paths.dataDir / "protect"});
//     const std::int64_t id = pipeline.create({.paths = files, .name = "Tax 2024"},
//                                             signer.address(), password);   // journaled
//     ProtectOperation done = pipeline.run(id, signer, password, onProgress, &cancelToken);
//     ...after a crash: for (auto& op : pipeline.unfinished()) pipeline.run(op.id, ...);
//
// Thread-safety: different operations may run on different threads. One operation runs once
// at a time: run() and cancel() hold a lock on it (a file lock, so across processes too) and
// throw OperationBusy when another thread or process holds it.
//
// Test hook: setTestStepHook() installs a function called right after each step's work is
// done and before the journal records it: the harshest place for a crash. Only the test build
// of strongroom-cli installs one (STRONGROOM_TEST_STOP_AT=<step name> there exits with
// kTestStopExitCode, no clean-up); the shipped programs have no such hook.

#include "eth/Signer.h"
#include "eth/TransactionManager.h"
#include "iexec/DataObject.h"
#include "iexec/NetworkProfile.h"
#include "iexec/ProtectJournal.h"
#include "util/CancelToken.h"
#include "util/Error.h"
#include "wallet/KeystoreCrypto.h"

#include <chrono>
#include <cstdint>
#include <filesystem>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace sr::iexec {

struct ProtectRequest {
    std::vector<std::filesystem::path> paths; ///< files and folders (see dataObjectFromPaths)
    std::string name{};                       ///< public on chain; empty: defaultProtectName()
    /// Typed fields put at the top level next to the files and folders: text (an email, a
    /// telegram_chatId...), numbers, big integers, booleans. Their keys must not clash with
    /// the files' (Error(InvalidArgument)).
    std::vector<DataField> fields{};
};

/// The data object a request protects: its files and folders (dataObjectFromPaths), then its
/// typed fields. `skipped`: the links left out of its folders (see dataObjectFromPaths).
DataObject protectDataObject(const std::vector<std::filesystem::path>& paths,
                             const std::vector<DataField>& fields,
                             std::vector<SkippedPath>* skipped = nullptr);

/// The name used when none is given: the single file or folder's name, else "N items".
std::string defaultProtectName(const std::vector<std::filesystem::path>& paths);

/// What the observer is told: at the start of each step (done = 0) and as bytes move.
struct ProtectProgress {
    std::int64_t operationId = 0;
    ProtectStep step = ProtectStep::Seal;
    std::uint64_t done = 0;  ///< bytes (seal, upload); 0 for steps without bytes
    std::uint64_t total = 0; ///< 0 when unknown or not about bytes
    double bytesPerSecond = 0;
};

/// run() or cancel() of an operation that another thread or process is running right now
/// (Error(AlreadyExists)); nothing was changed.
class OperationBusy : public Error {
public:
    explicit OperationBusy(std::int64_t id);
    std::int64_t id() const noexcept { return id_; }

private:
    std::int64_t id_;
};

class ProtectPipeline {
public:
    using Observer = std::function<void(const ProtectProgress&)>;

    struct Options {
        std::filesystem::path workDir; ///< encrypted files (0700)
        wallet::ScryptCost keyCost{};  ///< for the sealed key
        std::chrono::milliseconds txTimeout{std::chrono::minutes(5)};
        /// The gateway may lag behind the node: tries, a second apart.
        int gatewayTries = 10;
    };

    static constexpr int kTestStopExitCode = 86;
    /// Called with each step once its work is done, before it is journaled (see above).
    using StepHook = void (*)(ProtectStep step);
    /// For test builds only: nullptr removes the hook.
    static void setTestStepHook(StepHook hook);

    /// `manager` must serve `profile`'s chain. The profile gives the DataProtector contract,
    /// the IPFS node and gateway and the SMS.
    ProtectPipeline(NetworkProfile profile, eth::TransactionManager& manager,
                    ProtectJournal& journal, Options options);

    /// Checks the request (files readable, names usable, typed fields valid and not clashing:
    /// Error(NotFound|InvalidArgument|Io)),
    /// makes a fresh key, seals it under `password` (the wallet password of `owner`) and
    /// journals the operation at step Seal. Nothing else is done yet. Returns its id.
    std::int64_t create(const ProtectRequest& request, const eth::Address& owner,
                        std::string_view password);

    /// Runs an operation from its step to the end (start and resume alike). `signer` must be
    /// its owner's and `password` the one it was created with (Error(WrongPassword)). On an
    /// error the operation is marked Failed with the error's code and message, and the error
    /// is rethrown: run() again to resume. Error(Cancelled) when `cancel` is set (resumable).
    ProtectOperation run(std::int64_t id, const eth::Signer& signer, std::string_view password,
                         const Observer& observer = {}, const CancelToken* cancel = nullptr);

    /// The schema the operation registers on chain (public): the sealed one, or before the
    /// seal step the one its files and fields give (their first bytes are read for types).
    std::string schemaOf(std::int64_t id) const;
    /// Plans the operation's registration now, before anything is sealed or uploaded: the gas
    /// and fees of createDatasetWithSchema with its real name and schema (and a stand-in
    /// location and checksum of the same size), and whether the owner can pay for it
    /// (TransactionManager::plan: Error(InvalidArgument) for too little ETH). Nothing is sent.
    eth::TransactionPlan planRegistration(std::int64_t id);
    /// create() then run().
    ProtectOperation start(const ProtectRequest& request, const eth::Signer& signer,
                           std::string_view password, const Observer& observer = {},
                           const CancelToken* cancel = nullptr);

    /// Gives an unfinished operation up and cleans it up (encrypted file and sealed key
    /// erased), which is only possible while nothing reached the chain. Throws
    /// Error(InvalidArgument) when its transaction was already sent (resume it instead, so the
    /// SMS gets the key) or when it is finished.
    ProtectOperation cancel(std::int64_t id);

    /// The dataset key in base64 (as the SDK shows it), opened with `password`, while the
    /// operation still keeps it (until the SMS confirmed it). For an explicit "reveal key".
    crypto::SecretBytes revealKey(std::int64_t id, std::string_view password) const;

    /// Operations of this chain, newest first.
    std::vector<ProtectOperation> list() const;
    /// Those still Active or Failed: what a start-up should offer to resume.
    std::vector<ProtectOperation> unfinished() const;
    /// Error(NotFound) when there is no such operation on this chain.
    ProtectOperation find(std::int64_t id) const;

private:
    void sealIntoTheNode(ProtectOperation& op, const crypto::SecretBytes& key,
                         const Observer& observer,
                         const std::function<void(std::uint64_t, std::uint64_t)>& sealing,
                         const CancelToken* cancel);
    void runStep(ProtectOperation& op, const crypto::SecretBytes& key, const eth::Signer& signer,
                 const Observer& observer, const CancelToken* cancel, int& reseals);
    std::optional<TxRecord> journaledRegistration(const ProtectOperation& op) const;
    eth::TransactionRequest registration(const ProtectOperation& op) const;
    /// The dataset key; with `fields`, the typed fields sealed after it too.
    crypto::SecretBytes openKey(const ProtectOperation& op, std::string_view password,
                                std::vector<DataField>* fields = nullptr) const;
    /// The dataset key, then the typed fields as text: what is sealed under the password.
    static crypto::SecretBytes keyAndFields(const crypto::SecretBytes& key,
                                            const std::vector<DataField>& fields);
    std::string sealKeyAndFields(const crypto::SecretBytes& plain, std::string_view password) const;
    static constexpr std::size_t kMaxSealedFields = 1u << 20;
    /// Sealed bytes waiting for the upload at most (the pipe between the two).
    static constexpr std::size_t kStreamBuffer = 4u << 20;

    NetworkProfile profile_;
    eth::TransactionManager& manager_;
    ProtectJournal& journal_;
    Options options_;
};

} // namespace sr::iexec
