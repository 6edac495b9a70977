#include "iexec/DatasetCipher.h"

#include "crypto/Aes256Cbc.h"
#include "crypto/SecureRandom.h"
#include "crypto/Sha256.h"
#include "eth/Hex.h"
#include "util/Base64.h"
#include "util/Error.h"
#include "util/FileStream.h"

#include <array>
#include <atomic>
#include <condition_variable>
#include <exception>
#include <mutex>
#include <optional>
#include <thread>

namespace sr::iexec {

namespace {

constexpr std::size_t kIvSize = 16;
constexpr std::size_t kPiece = 1u << 20;
constexpr std::size_t kSlots = 4; // bounds memory: a few MiB whatever the size

// Feeds the encrypted bytes to the checksum, the CID and the sink, in order. The work is in
// two lanes that can run on two threads: the checksum and the sink, and the CID (its own
// SHA-256 over every block).
struct Digester {
    explicit Digester(DatasetEncryptor::Sink s) : sink(std::move(s)) {}
    void checksumLane(ByteView piece) {
        sha.update(piece);
        if (sink)
            sink(piece);
        size += piece.size();
    }
    void cidLane(ByteView piece) { unixfs.update(piece); }
    void consume(ByteView piece) {
        checksumLane(piece);
        cidLane(piece);
    }
    EncryptedDigest result() { return EncryptedDigest{sha.finalize(), unixfs.finish(), size}; }
    DatasetEncryptor::Sink sink;
    crypto::Sha256 sha;
    UnixFsBuilder unixfs;
    std::uint64_t size = 0;
};

// Two hashing threads, one per lane of the Digester, so that encryption, the checksum (with
// the writing) and the CID overlap. Encrypted pieces go through a ring of kSlots buffers:
// the encrypting thread fills slot n % kSlots once both lanes are done with its previous
// piece, and each lane takes the pieces in order.
class DigestThreads {
public:
    explicit DigestThreads(Digester& digester) : digester_(digester) {
        lanes_[0] = std::thread([this] { run(0); });
        lanes_[1] = std::thread([this] { run(1); });
    }
    ~DigestThreads() { stop(); }

    // The buffer of the next piece, empty, once both lanes are done with what it held.
    Bytes& take() {
        std::unique_lock lock(mutex_);
        Slot& slot = slots_[published_ % kSlots];
        changed_.wait(lock, [&] { return slot.pending == 0 || error_; });
        rethrowLocked();
        slot.bytes.clear();
        return slot.bytes;
    }
    // Hands the buffer take() gave over to both lanes.
    void give() {
        std::lock_guard lock(mutex_);
        slots_[published_ % kSlots].pending = 2;
        ++published_;
        changed_.notify_all();
    }
    // Waits until every piece handed over is consumed, then stops the threads.
    void drain() {
        stop();
        std::lock_guard lock(mutex_);
        rethrowLocked();
    }

private:
    struct Slot {
        Bytes bytes;
        int pending = 0; // lanes still to consume it
    };

    void run(int lane) {
        for (std::uint64_t next = 0;; ++next) {
            Slot* slot = nullptr;
            {
                std::unique_lock lock(mutex_);
                changed_.wait(lock, [&] { return next < published_ || stopping_; });
                if (next >= published_)
                    return;
                slot = &slots_[next % kSlots];
            }
            try {
                if (!failed_.load()) {
                    if (lane == 0)
                        digester_.checksumLane(slot->bytes);
                    else
                        digester_.cidLane(slot->bytes);
                }
            } catch (...) {
                std::lock_guard lock(mutex_);
                if (!error_)
                    error_ = std::current_exception();
                failed_.store(true);
            }
            std::lock_guard lock(mutex_);
            --slot->pending;
            changed_.notify_all();
        }
    }
    void stop() {
        {
            std::lock_guard lock(mutex_);
            stopping_ = true;
            changed_.notify_all();
        }
        for (std::thread& lane : lanes_)
            if (lane.joinable())
                lane.join();
    }
    void rethrowLocked() {
        if (error_)
            std::rethrow_exception(error_);
    }

    Digester& digester_;
    std::mutex mutex_;
    std::condition_variable changed_;
    std::array<Slot, kSlots> slots_;
    std::uint64_t published_ = 0; // pieces handed over so far
    std::exception_ptr error_;
    std::atomic<bool> failed_{false};
    bool stopping_ = false;
    std::array<std::thread, 2> lanes_;
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
            workers = std::make_unique<DigestThreads>(digester);
    }
    // The buffer the next encrypted piece goes to.
    Bytes& fresh() {
        if (workers)
            return workers->take();
        inline_.clear();
        return inline_;
    }
    // Hands the piece fresh() gave over to the hashing.
    void hand() {
        if (workers)
            workers->give();
        else
            digester.consume(inline_);
    }

    Digester digester;
    crypto::Aes256CbcEncryptor cipher;
    Bytes ivBytes;
    Bytes inline_;                          // one core: the only buffer
    std::unique_ptr<DigestThreads> workers; // after digester: stopped before it is destroyed
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
        Bytes& buffer = state_->fresh();
        if (!state_->started) {
            buffer = state_->ivBytes;
            state_->started = true;
        }
        state_->cipher.update(plaintext.subspan(at, std::min(kPiece, plaintext.size() - at)),
                              buffer);
        state_->hand();
    }
}

EncryptedDigest DatasetEncryptor::finish() {
    if (state_->finished)
        throw Error(ErrorCode::Internal, "The dataset encryptor is already finished.");
    state_->finished = true;
    Bytes& buffer = state_->fresh();
    if (!state_->started)
        buffer = state_->ivBytes;
    state_->cipher.final(buffer);
    state_->hand();
    if (state_->workers)
        state_->workers->drain();
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
