#include "iexec/ProtectPipeline.h"

#include "eth/Hex.h"
#include "iexec/DataObject.h"
#include "iexec/DataProtectorContract.h"
#include "iexec/DatasetCipher.h"
#include "iexec/IpfsClient.h"
#include "iexec/Multiaddr.h"
#include "iexec/SealedData.h"
#include "iexec/SmsClient.h"
#include "util/Error.h"

#include <algorithm>
#include <atomic>
#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <fcntl.h>
#include <nlohmann/json.hpp>
#include <openssl/crypto.h>
#include <sys/file.h>
#include <thread>
#include <unistd.h>

namespace sr::iexec {
namespace {

namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;

std::atomic<ProtectPipeline::StepHook> g_stepHook{nullptr};

// See the header: after a step's work and before the journal records it, the test build's
// hook (a crash on demand); nothing in the shipped programs, which never install one.
void testStopAt(ProtectStep step) {
    if (const auto hook = g_stepHook.load())
        hook(step);
}

void removeQuietly(const fs::path& path) {
    if (path.empty())
        return;
    std::error_code ec;
    fs::remove(path, ec);
    fs::remove(path.string() + ".partial", ec);
}

// Reports one step's progress with its throughput since the step began.
class StepReporter {
public:
    StepReporter(const ProtectPipeline::Observer& observer, std::int64_t id, ProtectStep step)
        : observer_(observer), id_(id), step_(step), begin_(Clock::now()) {
        report(0, 0);
    }
    void report(std::uint64_t done, std::uint64_t total) const {
        if (!observer_)
            return;
        const double seconds = std::chrono::duration<double>(Clock::now() - begin_).count();
        observer_(
            {id_, step_, done, total, seconds > 0 ? static_cast<double>(done) / seconds : 0.0});
    }

private:
    const ProtectPipeline::Observer& observer_;
    std::int64_t id_;
    ProtectStep step_;
    Clock::time_point begin_;
};

// One run (or cancel) of an operation at a time, across processes and threads: an exclusive
// flock on <work folder>/protect-<id>.lock, held while the object lives and released by the
// kernel if the process dies. The file is removed once the operation is over (done or
// cancelled); a later run then sees the finished state and does nothing.
class OperationLock {
public:
    OperationLock(const fs::path& workDir, std::int64_t id)
        : file_(workDir / ("protect-" + std::to_string(id) + ".lock")) {
        fs::create_directories(workDir);
        fs::permissions(workDir, fs::perms::owner_all, fs::perm_options::replace);
        fd_ = ::open(file_.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0600);
        if (fd_ < 0)
            throw Error(ErrorCode::Io,
                        "Could not open " + file_.string() + ": " + std::strerror(errno));
        while (::flock(fd_, LOCK_EX | LOCK_NB) != 0) {
            if (errno == EINTR)
                continue;
            const int error = errno;
            ::close(fd_);
            if (error == EWOULDBLOCK)
                throw OperationBusy(id);
            throw Error(ErrorCode::Io,
                        "Could not lock " + file_.string() + ": " + std::strerror(error));
        }
    }
    ~OperationLock() {
        if (removeOnRelease_) {
            std::error_code ec;
            fs::remove(file_, ec);
        }
        ::close(fd_); // releases the lock
    }
    OperationLock(const OperationLock&) = delete;
    OperationLock& operator=(const OperationLock&) = delete;
    void removeOnRelease() { removeOnRelease_ = true; }

private:
    fs::path file_;
    int fd_ = -1;
    bool removeOnRelease_ = false;
};

} // namespace

void ProtectPipeline::setTestStepHook(StepHook hook) {
    g_stepHook.store(hook);
}

std::string defaultProtectName(const std::vector<fs::path>& paths) {
    if (paths.size() == 1) {
        fs::path p = paths.front().lexically_normal();
        if (p.filename().empty())
            p = p.parent_path(); // "folder/"
        if (!p.filename().empty())
            return p.filename().string();
    }
    return std::to_string(paths.size()) + " items";
}

DataObject protectDataObject(const std::vector<fs::path>& paths,
                             const std::vector<DataField>& fields,
                             std::vector<SkippedPath>* skipped) {
    DataObject object = paths.empty() ? DataValue::ofObject() : dataObjectFromPaths(paths, skipped);
    for (const auto& f : fields) {
        if (!f.value.isLeaf() || f.value.kind == DataKind::File || f.value.kind == DataKind::Bytes)
            throw Error(ErrorCode::InvalidArgument,
                        "The field \"" + f.key +
                            "\" must be a text, a number or a boolean; add files as paths.");
        object.fields.push_back(f);
    }
    return object;
}

ProtectPipeline::ProtectPipeline(NetworkProfile profile, eth::TransactionManager& manager,
                                 ProtectJournal& journal, Options options)
    : profile_(std::move(profile)), manager_(manager), journal_(journal),
      options_(std::move(options)) {
    if (options_.workDir.empty())
        throw Error(ErrorCode::InvalidArgument, "The protect pipeline needs a work folder.");
}

std::int64_t ProtectPipeline::create(const ProtectRequest& request, const eth::Address& owner,
                                     std::string_view password) {
    if (request.paths.empty() && request.fields.empty())
        throw Error(ErrorCode::InvalidArgument,
                    "Choose at least one file, folder or field to protect.");
    // Everything the user could have got wrong is found now, before a key or a row exists
    // (validateDataObject refuses a typed field whose key a file already took).
    validateDataObject(protectDataObject(request.paths, request.fields));
    ProtectOperation op;
    op.chainId = profile_.chainId;
    op.owner = owner;
    op.name = request.name.empty() ? defaultProtectName(request.paths) : request.name;
    for (const auto& p : request.paths)
        op.paths.push_back(fs::absolute(p));
    const crypto::SecretBytes key = generateDatasetKey();
    op.sealedKey = sealKeyAndFields(key, request.fields, password);
    return journal_.insert(std::move(op)).id; // the fields only sealed, never in clear
}

ProtectOperation ProtectPipeline::start(const ProtectRequest& request, const eth::Signer& signer,
                                        std::string_view password, const Observer& observer,
                                        const CancelToken* cancel) {
    return run(create(request, signer.address(), password), signer, password, observer, cancel);
}

ProtectOperation ProtectPipeline::find(std::int64_t id) const {
    auto op = journal_.find(id);
    if (!op || op->chainId != profile_.chainId)
        throw Error(ErrorCode::NotFound, "There is no protect operation " + std::to_string(id) +
                                             " on " + profile_.displayName + ".");
    return *op;
}

std::vector<ProtectOperation> ProtectPipeline::list() const {
    return journal_.list(profile_.chainId, false);
}

std::vector<ProtectOperation> ProtectPipeline::unfinished() const {
    return journal_.list(profile_.chainId, true);
}

std::string ProtectPipeline::sealKeyAndFields(const crypto::SecretBytes& key,
                                              const std::vector<DataField>& fields,
                                              std::string_view password) const {
    std::string text = fields.empty() ? std::string() : protectFieldsToText(fields);
    if (text.size() > kMaxSealedFields)
        throw Error(ErrorCode::InvalidArgument, "The typed fields are larger than " +
                                                    std::to_string(kMaxSealedFields >> 10) +
                                                    " KiB; protect long texts as files.");
    crypto::SecretBytes plain(key.size() + text.size());
    std::copy(key.view().begin(), key.view().end(), plain.data());
    std::copy(text.begin(), text.end(), plain.data() + key.size());
    OPENSSL_cleanse(text.data(), text.size());
    return wallet::KeystoreCrypto::seal(plain.view(), password, options_.keyCost).toJson().dump();
}

crypto::SecretBytes ProtectPipeline::openKey(const ProtectOperation& op, std::string_view password,
                                             std::vector<DataField>* fields) const {
    if (op.sealedKey.empty())
        throw Error(ErrorCode::NotFound,
                    "Operation " + std::to_string(op.id) +
                        " no longer keeps the dataset key: the SMS holds it now.");
    const auto json = nlohmann::json::parse(op.sealedKey, nullptr, false);
    if (!json.is_object())
        throw Error(ErrorCode::Corrupt,
                    "The sealed key of operation " + std::to_string(op.id) + " is damaged.");
    const crypto::SecretBytes plain =
        wallet::KeystoreCrypto::fromJson(json, 32, 32 + kMaxSealedFields).open(password);
    if (fields && plain.size() > 32)
        *fields = protectFieldsFromText(std::string(plain.text().substr(32)));
    return crypto::SecretBytes(plain.view().first(32));
}

crypto::SecretBytes ProtectPipeline::revealKey(std::int64_t id, std::string_view password) const {
    return datasetKeyToBase64(openKey(find(id), password));
}

eth::TransactionRequest ProtectPipeline::registration(const ProtectOperation& op) const {
    const DataProtectorContract contract(profile_.dataProtectorAddress());
    return contract.createDatasetWithSchema(op.owner, op.name, op.schema,
                                            p2pMultiaddr(Cid::parse(op.cid)), *op.checksum);
}

std::string ProtectPipeline::schemaOf(std::int64_t id) const {
    const ProtectOperation op = find(id);
    if (!op.schema.empty())
        return op.schema;
    return extractDataSchema(protectDataObject(op.paths, op.fields)).dump();
}

eth::TransactionPlan ProtectPipeline::planRegistration(std::int64_t id) {
    ProtectOperation op = find(id);
    op.schema = schemaOf(id);
    if (op.cid.empty() || !op.checksum) {
        // A stand-in of the real size: a CIDv0 (dag-pb, SHA-256, as the seal step makes) and
        // a non-zero checksum cost what the real ones will.
        op.cid = Cid::ofBlock(0, Multicodec::DagPb, ByteView()).toString();
        Hash32 checksum;
        checksum.fill(0x5a);
        op.checksum = checksum;
    }
    eth::TransactionRequest request = registration(op);
    return manager_.plan(request, op.owner);
}

// A crash between sending the transaction and journaling its id leaves it only in the
// transaction journal: found again by its exact call (the checksum makes it unique).
std::optional<TxRecord> ProtectPipeline::journaledRegistration(const ProtectOperation& op) const {
    if (!op.checksum || op.cid.empty())
        return std::nullopt;
    const eth::TransactionRequest wanted = registration(op);
    return manager_.journal().findJournaledCall(op.chainId, op.owner, wanted.to, wanted.data,
                                                op.createdAt);
}

OperationBusy::OperationBusy(std::int64_t id)
    : Error(ErrorCode::AlreadyExists,
            "Operation " + std::to_string(id) +
                " is being run by another process (or window) right now: let that one finish, "
                "or stop it first."),
      id_(id) {}

ProtectOperation ProtectPipeline::cancel(std::int64_t id) {
    (void)find(id); // NotFound before any lock file exists
    OperationLock lock(options_.workDir, id);
    ProtectOperation op = find(id);
    if (op.finished())
        throw Error(ErrorCode::InvalidArgument, "Operation " + std::to_string(id) + " is already " +
                                                    std::string(protectStateName(op.state)) + ".");
    if (op.txId || op.step > ProtectStep::Register || journaledRegistration(op))
        throw Error(ErrorCode::InvalidArgument,
                    "Operation " + std::to_string(id) +
                        " already sent its transaction to the chain, so it cannot be cancelled: "
                        "resume it so that the SMS gets the dataset key.");
    removeQuietly(op.encryptedFile);
    op.sealedKey.clear();
    op.fields.clear();
    op.state = ProtectState::Cancelled;
    op.failure.reset();
    journal_.update(op);
    lock.removeOnRelease();
    return op;
}

ProtectOperation ProtectPipeline::run(std::int64_t id, const eth::Signer& signer,
                                      std::string_view password, const Observer& observer,
                                      const CancelToken* cancel) {
    (void)find(id); // NotFound before any lock file exists
    // Held to the end: two runs of one operation would each register a dataset.
    OperationLock lock(options_.workDir, id);
    ProtectOperation op = find(id); // as the last holder left it
    if (op.state == ProtectState::Done) {
        lock.removeOnRelease();
        return op;
    }
    if (op.state == ProtectState::Cancelled)
        throw Error(ErrorCode::InvalidArgument,
                    "Operation " + std::to_string(id) + " was cancelled; protect the data again.");
    if (signer.address() != op.owner)
        throw Error(ErrorCode::InvalidArgument, "Operation " + std::to_string(id) + " belongs to " +
                                                    op.owner.toChecksumHex() +
                                                    "; unlock that account to resume it.");
    if (manager_.chainId() != op.chainId)
        throw Error(ErrorCode::ChainMismatch,
                    "Operation " + std::to_string(id) + " is on another chain than this network.");
    std::vector<DataField> sealedFields;
    const crypto::SecretBytes key = openKey(op, password, &sealedFields); // wrong password: fails
    if (!op.fields.empty()) {
        // Left in clear by an earlier version: sealed now, and the update below blanks them.
        op.sealedKey = sealKeyAndFields(key, op.fields, password);
    } else {
        op.fields = std::move(sealedFields);
    }
    op.state = ProtectState::Active;
    op.failure.reset();
    journal_.update(op);
    try {
        int reseals = 0;
        while (op.step != ProtectStep::Done)
            runStep(op, key, signer, observer, cancel, reseals);
    } catch (const Error& e) {
        op.state = ProtectState::Failed;
        op.failure = RecordedError::of(e);
        journal_.update(op);
        throw;
    } catch (const std::exception& e) {
        op.state = ProtectState::Failed;
        op.failure = RecordedError{ErrorCode::Internal, ErrorReason::Unspecified, {}, e.what()};
        journal_.update(op);
        throw;
    }
    lock.removeOnRelease();
    return op;
}

void ProtectPipeline::runStep(ProtectOperation& op, const crypto::SecretBytes& key,
                              const eth::Signer& signer, const Observer& observer,
                              const CancelToken* cancel, int& reseals) {
    if (cancel)
        cancel->throwIfCancelled();
    const StepReporter reporter(observer, op.id, op.step);
    const auto bytes = [&](std::uint64_t done, std::uint64_t total) {
        reporter.report(done, total);
    };
    switch (op.step) {
    case ProtectStep::Seal: {
        fs::create_directories(options_.workDir);
        fs::permissions(options_.workDir, fs::perms::owner_all, fs::perm_options::replace);
        const fs::path file = options_.workDir / ("protect-" + std::to_string(op.id) + ".enc");
        const SealedData sealed =
            sealDataObject(protectDataObject(op.paths, op.fields), file, key, bytes, cancel);
        testStopAt(ProtectStep::Seal);
        op.encryptedFile = file;
        op.schema = sealed.schema.dump();
        op.checksum = sealed.encrypted.checksum;
        op.cid = sealed.encrypted.ipfs.cid.toString();
        op.encryptedSize = sealed.encrypted.size;
        op.zipSize = sealed.zipSize;
        op.step = ProtectStep::Upload;
        break;
    }
    case ProtectStep::Upload: {
        std::error_code ec;
        if (fs::file_size(op.encryptedFile, ec) != op.encryptedSize || ec) {
            // The encrypted copy is gone (a cleaned cache): nothing was registered yet, so
            // it is simply made again.
            op.step = ProtectStep::Seal;
            break;
        }
        try {
            IpfsClient(profile_.ipfsNode, profile_.ipfsGateway)
                .addExpecting(op.encryptedFile, Cid::parse(op.cid), bytes, cancel);
        } catch (const Error& e) {
            if (e.code() != ErrorCode::Corrupt)
                throw;
            // Another CID than the one sealed: if the local copy changed since (a disk error,
            // a file touched by another program), nothing is registered yet, so it is sealed
            // again from the sources and the new content uploaded. If the copy is intact,
            // the node is the cause and the error stands.
            const EncryptedDigest local = digestEncryptedFile(op.encryptedFile, cancel);
            if ((op.checksum && local.checksum == *op.checksum &&
                 local.ipfs.cid.toString() == op.cid) ||
                ++reseals > 1)
                throw; // once per run: a disk that keeps changing it needs looking at
            removeQuietly(op.encryptedFile);
            op.step = ProtectStep::Seal;
            break;
        }
        testStopAt(ProtectStep::Upload);
        op.step = ProtectStep::Gateway;
        break;
    }
    case ProtectStep::Gateway: {
        IpfsClient ipfs(profile_.ipfsNode, profile_.ipfsGateway);
        const Cid cid = Cid::parse(op.cid);
        for (int attempt = 1;; ++attempt) {
            if (ipfs.gatewayHas(cid, cancel))
                break;
            if (attempt >= options_.gatewayTries)
                throw Error(ErrorCode::Network, "The IPFS gateway " +
                                                    HttpClient::hostOf(profile_.ipfsGateway) +
                                                    " does not serve " + op.cid +
                                                    " yet, though the node took it; resume later.");
            std::this_thread::sleep_for(std::chrono::seconds(1));
        }
        testStopAt(ProtectStep::Gateway);
        op.step = ProtectStep::Register;
        break;
    }
    case ProtectStep::Register: {
        std::optional<TxRecord> sent = journaledRegistration(op);
        if (!sent)
            sent = manager_.send(registration(op), signer, cancel);
        testStopAt(ProtectStep::Register);
        op.txId = sent->id;
        op.txHash = sent->hash;
        op.step = ProtectStep::Confirm;
        break;
    }
    case ProtectStep::Confirm: {
        const TxRecord settled = manager_.wait(*op.txId, options_.txTimeout, cancel);
        if (settled.status != TxStatus::Confirmed) {
            // Nothing reached the chain: the next run sends a new transaction.
            op.txId.reset();
            op.txHash.reset();
            op.step = ProtectStep::Register;
            journal_.update(op);
            throw Error(settled.status == TxStatus::Failed      ? ErrorCode::Reverted
                        : settled.status == TxStatus::Cancelled ? ErrorCode::Cancelled
                                                                : ErrorCode::Network,
                        "Registering \"" + op.name + "\" did not succeed (" +
                            std::string(txStatusName(settled.status)) +
                            (settled.error.empty() ? "" : ": " + settled.error) +
                            "); nothing is on chain. Resume to try again, or cancel.");
        }
        const DataProtectorContract contract(profile_.dataProtectorAddress());
        const auto created = contract.createdDataset(manager_.receipt(settled, cancel));
        if (!created)
            throw Error(ErrorCode::Corrupt, "Transaction " + eth::toHex(settled.hash) +
                                                " created no DatasetSchema event.");
        testStopAt(ProtectStep::Confirm);
        op.txId = settled.id;
        op.txHash = settled.hash;
        op.dataset = created->dataset;
        op.step = ProtectStep::PushKey;
        break;
    }
    case ProtectStep::PushKey: {
        // 409 (already there) is what a crash right after a successful push leads to; the
        // check that follows tells the truth either way.
        (void)SmsClient(profile_.sms)
            .pushDatasetSecret(*op.dataset, datasetKeyToBase64(key), signer, cancel);
        testStopAt(ProtectStep::PushKey);
        op.step = ProtectStep::CheckKey;
        break;
    }
    case ProtectStep::CheckKey: {
        if (!SmsClient(profile_.sms).hasDatasetSecret(*op.dataset, cancel)) {
            op.step = ProtectStep::PushKey;
            journal_.update(op);
            throw Error(ErrorCode::Network, "The SMS at " + HttpClient::hostOf(profile_.sms) +
                                                " does not hold the key of " +
                                                op.dataset->toChecksumHex() +
                                                " yet; resume to hand it over again.");
        }
        testStopAt(ProtectStep::CheckKey);
        // Only now may the last copy of the key go.
        op.sealedKey.clear();
        op.fields.clear(); // private content, no longer needed
        removeQuietly(op.encryptedFile);
        op.encryptedFile.clear();
        op.step = ProtectStep::Done;
        op.state = ProtectState::Done;
        break;
    }
    case ProtectStep::Done:
        return;
    }
    journal_.update(op);
}

} // namespace sr::iexec
