#include "iexec/ProtectPipeline.h"

#include "crypto/Hmac.h"
#include "crypto/Sha256.h"
#include "eth/Hex.h"
#include "iexec/DataObject.h"
#include "iexec/DataProtectorContract.h"
#include "iexec/DatasetCipher.h"
#include "iexec/IpfsClient.h"
#include "iexec/Multiaddr.h"
#include "iexec/SealedData.h"
#include "iexec/SmsClient.h"
#include "util/BytePipe.h"
#include "util/Error.h"

#include <algorithm>
#include <atomic>
#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <fcntl.h>
#include <mutex>
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
    /// `since`: when the step's bytes began to move (the upload streams from the seal's start).
    StepReporter(const ProtectPipeline::Observer& observer, std::int64_t id, ProtectStep step,
                 Clock::time_point since = Clock::now())
        : observer_(observer), id_(id), step_(step), begin_(since) {
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

// create() seals the dataset key under the wallet password (scrypt, ~0.6 s) and the run()
// that follows in the same process opens it at once with the same password: the opened key
// is kept here in between, so that scrypt runs once. An entry is found by the sealed text it
// came from and given only for the same password (a keyed hash of it, never the password);
// the first run() takes it, cancel() drops it, and only the last few are kept.
class OpenedKeys {
public:
    static OpenedKeys& instance() {
        static OpenedKeys keys;
        return keys;
    }
    void put(const std::string& sealed, const crypto::SecretBytes& plain,
             std::string_view password) {
        std::lock_guard lock(mutex_);
        if (entries_.size() >= kKept)
            entries_.erase(entries_.begin());
        entries_.push_back({tag(sealed), passwordTag(password), plain.clone()});
    }
    std::optional<crypto::SecretBytes> take(const std::string& sealed, std::string_view password) {
        const Hash32 wanted = tag(sealed);
        std::lock_guard lock(mutex_);
        for (auto it = entries_.begin(); it != entries_.end(); ++it) {
            if (it->sealed != wanted)
                continue;
            const Hash32 given = passwordTag(password);
            if (CRYPTO_memcmp(given.data(), it->password.data(), given.size()) != 0)
                return std::nullopt; // the sealed key itself says "wrong password"
            crypto::SecretBytes plain = std::move(it->plain);
            entries_.erase(it);
            return plain;
        }
        return std::nullopt;
    }
    void drop(const std::string& sealed) {
        const Hash32 wanted = tag(sealed);
        std::lock_guard lock(mutex_);
        std::erase_if(entries_, [&](const Entry& e) { return e.sealed == wanted; });
    }

private:
    static constexpr std::size_t kKept = 4;
    struct Entry {
        Hash32 sealed;
        Hash32 password;
        crypto::SecretBytes plain;
    };
    OpenedKeys() : secret_(crypto::SecretBytes::random(32)) {}
    static Hash32 tag(const std::string& sealed) {
        return crypto::sha256(
            ByteView(reinterpret_cast<const std::uint8_t*>(sealed.data()), sealed.size()));
    }
    Hash32 passwordTag(std::string_view password) const {
        return crypto::hmacSha256(
            secret_.view(),
            ByteView(reinterpret_cast<const std::uint8_t*>(password.data()), password.size()));
    }

    std::mutex mutex_;
    crypto::SecretBytes secret_; // this process's, never stored
    std::vector<Entry> entries_;
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
    const crypto::SecretBytes plain = keyAndFields(generateDatasetKey(), request.fields);
    op.sealedKey = sealKeyAndFields(plain, password);
    const std::int64_t id = journal_.insert(op).id; // the fields only sealed, never in clear
    OpenedKeys::instance().put(op.sealedKey, plain, password);
    return id;
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

crypto::SecretBytes ProtectPipeline::keyAndFields(const crypto::SecretBytes& key,
                                                  const std::vector<DataField>& fields) {
    std::string text = fields.empty() ? std::string() : protectFieldsToText(fields);
    if (text.size() > kMaxSealedFields)
        throw Error(ErrorCode::InvalidArgument, "The typed fields are larger than " +
                                                    std::to_string(kMaxSealedFields >> 10) +
                                                    " KiB; protect long texts as files.");
    crypto::SecretBytes plain(key.size() + text.size());
    std::copy(key.view().begin(), key.view().end(), plain.data());
    std::copy(text.begin(), text.end(), plain.data() + key.size());
    OPENSSL_cleanse(text.data(), text.size());
    return plain;
}

std::string ProtectPipeline::sealKeyAndFields(const crypto::SecretBytes& plain,
                                              std::string_view password) const {
    return wallet::KeystoreCrypto::seal(plain.view(), password, options_.keyCost).toJson().dump();
}

crypto::SecretBytes ProtectPipeline::openKey(const ProtectOperation& op, std::string_view password,
                                             std::vector<DataField>* fields) const {
    if (op.sealedKey.empty())
        throw Error(ErrorCode::NotFound,
                    "Operation " + std::to_string(op.id) +
                        " no longer keeps the dataset key: the SMS holds it now.");
    std::optional<crypto::SecretBytes> opened = OpenedKeys::instance().take(op.sealedKey, password);
    if (!opened) {
        const auto json = nlohmann::json::parse(op.sealedKey, nullptr, false);
        if (!json.is_object())
            throw Error(ErrorCode::Corrupt,
                        "The sealed key of operation " + std::to_string(op.id) + " is damaged.");
        opened = wallet::KeystoreCrypto::fromJson(json, 32, 32 + kMaxSealedFields).open(password);
    }
    const crypto::SecretBytes& plain = *opened;
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
    OpenedKeys::instance().drop(op.sealedKey);
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
        op.sealedKey = sealKeyAndFields(keyAndFields(key, op.fields), password);
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

// Seal -> upload in one pass: the encrypted bytes go from the sealing (this thread and its
// hashing lanes) through a small pipe into the IPFS upload (a thread of its own), never to a
// local file. What the person sees stays true: the Seal step counts the content sealed, the
// Upload step begins once everything is sealed and lasts until the node has stored it all and
// answered. A failure of the node is the Upload step's (the journal says so; a resume seals
// again, with a new IV, since nothing reached the chain), any other the Seal step's.
void ProtectPipeline::sealIntoTheNode(
    ProtectOperation& op, const crypto::SecretBytes& key, const Observer& observer,
    const std::function<void(std::uint64_t, std::uint64_t)>& sealing, const CancelToken* cancel) {
    DataSealer sealer(protectDataObject(op.paths, op.fields));
    const std::uint64_t size = sealer.encryptedSize();
    const Clock::time_point began = Clock::now();
    BytePipe pipe(kStreamBuffer);
    std::atomic<std::uint64_t> taken{0}; // bytes the node took so far
    std::atomic<const StepReporter*> uploading{nullptr};
    std::optional<Cid> stored;
    std::exception_ptr uploadFailed;
    std::atomic<bool> sealFailed{false}; // then the upload's end is only its consequence
    std::thread upload([&] {
        try {
            // The request starts with the first sealed byte, not before: a big file's first
            // read (for its CRC) would otherwise hold an idle connection open.
            pipe.waitReadable();
            const IpfsClient::Content content{.name = "protect-" + std::to_string(op.id) + ".enc",
                                              .size = size,
                                              .read = [&pipe](char* buffer, std::size_t capacity) {
                                                  return pipe.read(buffer, capacity);
                                              }};
            stored = IpfsClient(profile_.ipfsNode, profile_.ipfsGateway)
                         .add(
                             content,
                             [&](std::uint64_t sent, std::uint64_t) {
                                 taken = std::min(sent, size);
                                 if (const StepReporter* r = uploading.load())
                                     r->report(taken, size);
                             },
                             cancel);
        } catch (...) {
            if (!sealFailed)
                uploadFailed = std::current_exception();
            pipe.stopReading(std::current_exception());
        }
    });
    // Whatever happens here, the upload ends before its pipe and its result go.
    const struct Joiner {
        BytePipe& pipe;
        std::thread& thread;
        ~Joiner() {
            if (thread.joinable()) {
                pipe.fail(std::make_exception_ptr(
                    Error(ErrorCode::Cancelled, "The sealing stopped before the upload ended.")));
                thread.join();
            }
        }
    } joiner{pipe, upload};
    const auto failedUpload = [&] {
        if (upload.joinable())
            upload.join();
        op.step = ProtectStep::Upload; // journaled by run() with the error
        std::rethrow_exception(uploadFailed);
    };
    std::optional<SealedData> sealed;
    try {
        sealed = sealer.seal(
            key, [&](ByteView piece) { pipe.write(piece); }, sealing, cancel);
        pipe.finish();
    } catch (...) {
        sealFailed = true;
        pipe.fail(std::current_exception());
        upload.join();
        if (uploadFailed)
            failedUpload(); // the sealing stopped because the upload did
        throw;
    }
    testStopAt(ProtectStep::Seal);
    // Sealed: the journal says Upload from now on (a crash while the node stores the last
    // bytes resumes there, and with no local copy to send, seals again).
    op.schema = sealed->schema.dump();
    op.checksum = sealed->encrypted.checksum;
    op.cid = sealed->encrypted.ipfs.cid.toString();
    op.encryptedSize = sealed->encrypted.size;
    op.zipSize = sealed->zipSize;
    op.encryptedFile.clear();
    op.step = ProtectStep::Upload;
    journal_.update(op);
    {
        const StepReporter reporter(observer, op.id, ProtectStep::Upload, began);
        reporter.report(taken, size);
        uploading = &reporter; // from now on the upload reports, while this thread waits
        upload.join();
        uploading = nullptr;
        if (uploadFailed)
            std::rethrow_exception(uploadFailed);
        reporter.report(size, size);
    }
    // The bytes went straight from the sealing to the node: another CID is the node's doing.
    IpfsClient(profile_.ipfsNode, profile_.ipfsGateway)
        .expectSame(*stored, sealed->encrypted.ipfs.cid);
    testStopAt(ProtectStep::Upload);
    op.step = ProtectStep::Gateway;
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
    case ProtectStep::Seal:
        sealIntoTheNode(op, key, observer, bytes, cancel);
        break;
    case ProtectStep::Upload: {
        // An operation that an earlier version sealed to a file, or whose streamed upload
        // failed (no file then): the file is uploaded, or the data sealed into the node again.
        std::error_code ec;
        if (op.encryptedFile.empty() || fs::file_size(op.encryptedFile, ec) != op.encryptedSize ||
            ec) {
            // No encrypted copy (streamed, or a cleaned cache): nothing was registered yet,
            // so it is simply made again.
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
