#include "iexec/DatasetCipher.h"

#include "crypto/Aes256Cbc.h"
#include "crypto/SecureRandom.h"
#include "crypto/Sha256.h"
#include "eth/Hex.h"
#include "util/Base64.h"
#include "util/Error.h"
#include "util/FileStream.h"

#include <condition_variable>
#include <deque>
#include <exception>
#include <mutex>
#include <optional>
#include <thread>

namespace sr::iexec {

namespace {

constexpr std::size_t kIvSize = 16;
constexpr std::size_t kPiece = 1u << 20;
constexpr std::size_t kBuffersInFlight = 3; // bounds memory: a few MiB whatever the size

// Feeds the encrypted bytes to the checksum, the CID and the sink, in order.
struct Digester {
    explicit Digester(DatasetEncryptor::Sink s) : sink(std::move(s)) {}
    void consume(ByteView piece) {
        sha.update(piece);
        unixfs.update(piece);
        if (sink)
            sink(piece);
        size += piece.size();
    }
    EncryptedDigest result() { return EncryptedDigest{sha.finalize(), unixfs.finish(), size}; }
    DatasetEncryptor::Sink sink;
    crypto::Sha256 sha;
    UnixFsBuilder unixfs;
    std::uint64_t size = 0;
};

// A second thread for the hashing (two SHA-256 passes), so that encryption and hashing
// overlap; pieces are handed over in order through a small bounded queue.
class DigestThread {
public:
    explicit DigestThread(Digester& digester) : digester_(digester) {
        for (std::size_t i = 0; i < kBuffersInFlight; ++i)
            free_.emplace_back();
        thread_ = std::thread([this] { run(); });
    }
    ~DigestThread() { stop(); }

    Bytes take() {
        std::unique_lock lock(mutex_);
        changed_.wait(lock, [&] { return !free_.empty() || error_; });
        rethrowLocked();
        Bytes buffer = std::move(free_.front());
        free_.pop_front();
        buffer.clear();
        return buffer;
    }
    void give(Bytes buffer) {
        std::lock_guard lock(mutex_);
        queue_.push_back(std::move(buffer));
        changed_.notify_all();
    }
    // Waits until every piece handed over is consumed, then stops the thread.
    void drain() {
        stop();
        std::lock_guard lock(mutex_);
        rethrowLocked();
    }

private:
    void run() {
        while (true) {
            Bytes buffer;
            {
                std::unique_lock lock(mutex_);
                changed_.wait(lock, [&] { return !queue_.empty() || stopping_; });
                if (queue_.empty())
                    return;
                buffer = std::move(queue_.front());
                queue_.pop_front();
            }
            try {
                if (!error_)
                    digester_.consume(buffer);
            } catch (...) {
                std::lock_guard lock(mutex_);
                error_ = std::current_exception();
            }
            std::lock_guard lock(mutex_);
            free_.push_back(std::move(buffer));
            changed_.notify_all();
        }
    }
    void stop() {
        {
            std::lock_guard lock(mutex_);
            stopping_ = true;
            changed_.notify_all();
        }
        if (thread_.joinable())
            thread_.join();
    }
    void rethrowLocked() {
        if (error_)
            std::rethrow_exception(error_);
    }

    Digester& digester_;
    std::mutex mutex_;
    std::condition_variable changed_;
    std::deque<Bytes> free_;
    std::deque<Bytes> queue_;
    std::exception_ptr error_;
    bool stopping_ = false;
    std::thread thread_;
};

// Writes to "<out>.partial" and renames on success; removes it on failure.
class PartialOutput {
public:
    explicit PartialOutput(const std::filesystem::path& out)
        : final_(out), partial_(out.string() + ".partial"), file_(partial_) {}
    ~PartialOutput() {
        if (!committed_) {
            std::error_code ec;
            std::filesystem::remove(partial_, ec);
        }
    }
    void write(ByteView bytes) { file_.write(bytes); }
    void commit() {
        file_.close(true); // flushed before it takes its name
        std::error_code ec;
        std::filesystem::rename(partial_, final_, ec);
        if (ec)
            throw Error(ErrorCode::Io,
                        "Could not write " + final_.string() + ": " + ec.message() + ".");
        committed_ = true;
        syncDirectory(final_.has_parent_path() ? final_.parent_path() : std::filesystem::path("."));
    }

private:
    std::filesystem::path final_;
    std::filesystem::path partial_;
    OutputFile file_;
    bool committed_ = false;
};

template <typename Piece>
void readPieces(const std::filesystem::path& path, const CancelToken* cancel, Piece&& piece) {
    InputFile in(path);
    Bytes buffer(kPiece);
    while (true) {
        if (cancel)
            cancel->throwIfCancelled();
        const std::size_t n = in.read(buffer);
        if (n == 0)
            return;
        piece(ByteView(buffer.data(), n));
    }
}

} // namespace

crypto::SecretBytes generateDatasetKey() {
    return crypto::SecretBytes::random(32);
}

crypto::SecretBytes datasetKeyToBase64(const crypto::SecretBytes& key) {
    std::string text = base64Encode(key.view());
    crypto::SecretBytes out(asBytes(text));
    std::fill(text.begin(), text.end(), '\0');
    return out;
}

crypto::SecretBytes datasetKeyFromBase64(std::string_view text) {
    Bytes raw;
    try {
        raw = base64Decode(text);
    } catch (const Error&) {
        throw Error(ErrorCode::InvalidArgument,
                    "The dataset key is not valid base64 (a key is 32 bytes in base64, 44 "
                    "characters).");
    }
    crypto::SecretBytes key(raw);
    std::fill(raw.begin(), raw.end(), 0);
    if (key.size() != 32)
        throw Error(ErrorCode::InvalidArgument,
                    "The dataset key must be 32 bytes (256 bits); this one has " +
                        std::to_string(key.size()) + ".");
    return key;
}

std::string checksumHex(const Hash32& checksum) {
    return eth::toHex(checksum);
}

struct DatasetEncryptor::State {
    State(const crypto::SecretBytes& key, Sink sink, Bytes iv)
        : digester(std::move(sink)), cipher(key, iv), ivBytes(std::move(iv)) {
        if (std::thread::hardware_concurrency() >= 2)
            worker = std::make_unique<DigestThread>(digester);
    }
    void hand(Bytes& buffer) {
        if (worker)
            worker->give(std::move(buffer));
        else
            digester.consume(buffer);
    }
    Bytes fresh() { return worker ? worker->take() : Bytes(); }

    Digester digester;
    crypto::Aes256CbcEncryptor cipher;
    Bytes ivBytes;
    std::unique_ptr<DigestThread> worker; // after digester: stopped before it is destroyed
    bool started = false;
    bool finished = false;
};

DatasetEncryptor::DatasetEncryptor(const crypto::SecretBytes& key, Sink sink, Bytes iv) {
    if (iv.empty())
        iv = crypto::randomBytes(kIvSize);
    state_ = std::make_unique<State>(key, std::move(sink), std::move(iv));
}

DatasetEncryptor::~DatasetEncryptor() = default;

void DatasetEncryptor::update(ByteView plaintext) {
    if (state_->finished)
        throw Error(ErrorCode::Internal, "The dataset encryptor is already finished.");
    for (std::size_t at = 0; at < plaintext.size(); at += kPiece) {
        Bytes buffer = state_->fresh();
        if (!state_->started) {
            buffer = state_->ivBytes;
            state_->started = true;
        }
        state_->cipher.update(plaintext.subspan(at, std::min(kPiece, plaintext.size() - at)),
                              buffer);
        state_->hand(buffer);
    }
}

EncryptedDigest DatasetEncryptor::finish() {
    if (state_->finished)
        throw Error(ErrorCode::Internal, "The dataset encryptor is already finished.");
    state_->finished = true;
    Bytes buffer = state_->fresh();
    if (!state_->started)
        buffer = state_->ivBytes;
    state_->cipher.final(buffer);
    state_->hand(buffer);
    if (state_->worker)
        state_->worker->drain();
    return state_->digester.result();
}

EncryptedDigest digestEncryptedFile(const std::filesystem::path& path, const CancelToken* cancel) {
    Digester digester(nullptr);
    readPieces(path, cancel, [&](ByteView piece) { digester.consume(piece); });
    return digester.result();
}

EncryptedDigest encryptDatasetFile(const std::filesystem::path& in,
                                   const std::filesystem::path& out, const crypto::SecretBytes& key,
                                   const CancelToken* cancel) {
    PartialOutput output(out);
    std::optional<EncryptedDigest> digest;
    {
        DatasetEncryptor encryptor(key, [&](ByteView piece) { output.write(piece); });
        readPieces(in, cancel, [&](ByteView piece) { encryptor.update(piece); });
        digest = encryptor.finish();
    }
    output.commit();
    return *digest;
}

void decryptDatasetFile(const std::filesystem::path& in, const std::filesystem::path& out,
                        const crypto::SecretBytes& key, const CancelToken* cancel) {
    PartialOutput output(out);
    std::optional<crypto::Aes256CbcDecryptor> decryptor;
    Bytes iv;
    Bytes plain;
    readPieces(in, cancel, [&](ByteView piece) {
        if (!decryptor) {
            const std::size_t need = kIvSize - iv.size();
            const std::size_t take = std::min(need, piece.size());
            iv.insert(iv.end(), piece.begin(), piece.begin() + static_cast<std::ptrdiff_t>(take));
            piece = piece.subspan(take);
            if (iv.size() < kIvSize)
                return;
            decryptor.emplace(key, iv);
        }
        plain.clear();
        decryptor->update(piece, plain);
        output.write(plain);
    });
    if (!decryptor)
        throw Error(ErrorCode::Crypto, "The encrypted file is too short to hold an IV: it is "
                                       "not an iExec dataset, or it is truncated.");
    plain.clear();
    decryptor->final(plain);
    output.write(plain);
    output.commit();
}

} // namespace sr::iexec
