#include "sandbox/IpfsService.h"

#include "crypto/Sha256.h"
#include "sandbox/Multipart.h"
#include "store/AtomicFile.h"
#include "util/Error.h"

#include <algorithm>
#include <atomic>
#include <cerrno>
#include <condition_variable>
#include <cstring>
#include <deque>
#include <exception>
#include <fcntl.h>
#include <functional>
#include <mutex>
#include <optional>
#include <sys/stat.h>
#include <thread>
#include <unistd.h>

namespace sr::sandbox {

using iexec::Cid;
using iexec::Multicodec;
using iexec::UnixFsBuilder;
using iexec::UnixFsNode;
using iexec::UnixFsOptions;
using iexec::UnixFsResult;

namespace {

// Kubo refuses blocks over 2 MiB (bitswap's limit); nothing we write comes close.
constexpr std::size_t kMaxBlockBytes = 2u << 20;
constexpr std::size_t kMaxDagDepth = 64;
constexpr std::size_t kReadPiece = 256u << 10;

// Kubo's RPC errors: {"Message", "Code": 0 normal / 1 client error, "Type": "error"}.
class RpcError : public std::runtime_error {
public:
    RpcError(int status, const std::string& message)
        : std::runtime_error(message), status_(status) {}
    int status() const { return status_; }

private:
    int status_;
};

ServerResponse rpcError(int status, const std::string& message) {
    nlohmann::ordered_json body;
    body["Message"] = message;
    body["Code"] = status < 500 ? 1 : 0;
    body["Type"] = "error";
    ServerResponse response;
    response.status = status;
    response.body = body.dump() + "\n";
    response.headers.emplace_back("Content-Type", "application/json");
    response.headers.emplace_back("Vary", "Origin");
    return response;
}

std::string notFoundMessage(const Cid& cid) {
    return "block was not found locally (offline): ipld: could not find " + cid.toString();
}

// Kubo's booleans: "true"/"false" ("1"/"0" too); a bare flag counts as true.
bool flag(const ServerRequest& request, std::string_view name, bool fallback) {
    auto value = request.queryParam(name);
    if (!value)
        return fallback;
    if (value->empty() || *value == "true" || *value == "1")
        return true;
    if (*value == "false" || *value == "0")
        return false;
    throw RpcError(400, "invalid value for option \"" + std::string(name) + "\": " + *value);
}

// "/ipfs/<cid>" or "<cid>"; a sub-path is not supported (files only).
Cid cidArgument(std::string_view arg) {
    if (arg.starts_with("/ipfs/"))
        arg.remove_prefix(6);
    while (arg.ends_with("/"))
        arg.remove_suffix(1);
    if (arg.find('/') != std::string_view::npos)
        throw RpcError(400, "paths inside a file are not supported: " + std::string(arg));
    auto cid = Cid::tryParse(arg);
    if (!cid)
        throw RpcError(400, "invalid path \"" + std::string(arg) + "\": invalid cid");
    return *cid;
}

std::string sanitizedFilename(const std::string& name) {
    std::string out;
    for (char c : name)
        out.push_back(
            static_cast<unsigned char>(c) < 0x20 || c == '"' || c == '\\' || c == 0x7f ? '_' : c);
    return out;
}

Bytes readBlockFile(const std::filesystem::path& path) {
    int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) {
        if (errno == ENOENT)
            throw sr::Error(ErrorCode::NotFound, "block not found");
        throw sr::Error(ErrorCode::Io,
                        "cannot read block " + path.string() + ": " + std::strerror(errno));
    }
    struct stat info {};
    if (::fstat(fd, &info) != 0 || info.st_size < 0 ||
        static_cast<std::uint64_t>(info.st_size) > kMaxBlockBytes) {
        ::close(fd);
        throw sr::Error(ErrorCode::Corrupt, "block file too large: " + path.string());
    }
    Bytes out(static_cast<std::size_t>(info.st_size));
    std::size_t done = 0;
    while (done < out.size()) {
        auto n = ::read(fd, out.data() + done, out.size() - done);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0) {
            ::close(fd);
            throw sr::Error(ErrorCode::Io, "cannot read block " + path.string());
        }
        done += static_cast<std::size_t>(n);
    }
    ::close(fd);
    return out;
}

// Blocks are written to a temporary name and renamed, so a block file is never seen half
// written; their writeback starts at once and they are flushed together by syncBlocks() (one
// fsync per 256 KiB block made a 1 GiB upload take a minute). A block lost in a crash before that
// flush belongs to a DAG without a root marker, and reading checks every block's hash anyway.
void writeBlockFile(const std::filesystem::path& path, ByteView bytes) {
    ensureDirectory(path.parent_path());
    static std::atomic<std::uint64_t> counter{0};
    auto tmp = path.parent_path() /
               ("." + path.filename().string() + ".tmp-" + std::to_string(::getpid()) + "-" +
                std::to_string(counter.fetch_add(1)));
    int fd = ::open(tmp.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
    if (fd < 0)
        throw sr::Error(ErrorCode::Io,
                        "cannot write block " + tmp.string() + ": " + std::strerror(errno));
    std::size_t done = 0;
    while (done < bytes.size()) {
        auto n = ::write(fd, bytes.data() + done, bytes.size() - done);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0) {
            int err = errno;
            ::close(fd);
            ::unlink(tmp.c_str());
            throw sr::Error(ErrorCode::Io,
                            "cannot write block " + path.string() + ": " + std::strerror(err));
        }
        done += static_cast<std::size_t>(n);
    }
    // Handed to the disk now, so that the flush at the end of the import waits only for the
    // last blocks (errors, e.g. a file system without it, are the flush's to report).
    (void)::sync_file_range(fd, 0, 0, SYNC_FILE_RANGE_WRITE);
    if (::close(fd) != 0 || ::rename(tmp.c_str(), path.c_str()) != 0) {
        int err = errno;
        ::unlink(tmp.c_str());
        throw sr::Error(ErrorCode::Io,
                        "cannot store block " + path.string() + ": " + std::strerror(err));
    }
}

// Stores blocks on a thread of its own, in order, through a bounded queue (a few blocks of
// memory). The first error is thrown by the next put() or by finish(); a writer destroyed
// without finish() (the upload failed) stops after the block in hand.
class BlockWriter {
public:
    using Store = std::function<void(const Cid&, ByteView)>;
    explicit BlockWriter(Store store) : store_(std::move(store)), thread_([this] { run(); }) {}
    ~BlockWriter() {
        {
            std::lock_guard lock(mutex_);
            abandoned_ = true;
            done_ = true;
            changed_.notify_all();
        }
        thread_.join();
    }
    BlockWriter(const BlockWriter&) = delete;
    BlockWriter& operator=(const BlockWriter&) = delete;

    void put(const Cid& cid, ByteView bytes) {
        std::unique_lock lock(mutex_);
        changed_.wait(lock, [&] { return queue_.size() < kQueuedBlocks || error_; });
        if (error_)
            std::rethrow_exception(error_);
        queue_.push_back({cid, Bytes(bytes.begin(), bytes.end())});
        changed_.notify_all();
    }
    void finish() {
        std::unique_lock lock(mutex_);
        done_ = true;
        changed_.notify_all();
        changed_.wait(lock, [&] { return (queue_.empty() && idle_) || error_; });
        if (error_)
            std::rethrow_exception(error_);
    }

private:
    static constexpr std::size_t kQueuedBlocks = 8;
    struct Pending {
        Cid cid;
        Bytes bytes;
    };
    void run() {
        std::unique_lock lock(mutex_);
        while (true) {
            changed_.wait(lock, [&] { return !queue_.empty() || done_; });
            if (abandoned_ || (queue_.empty() && done_) || error_)
                return;
            Pending next = std::move(queue_.front());
            queue_.pop_front();
            idle_ = false;
            lock.unlock();
            std::exception_ptr failed;
            try {
                store_(next.cid, next.bytes);
            } catch (...) {
                failed = std::current_exception();
            }
            lock.lock();
            idle_ = true;
            if (failed)
                error_ = failed;
            changed_.notify_all();
        }
    }

    Store store_;
    std::mutex mutex_;
    std::condition_variable changed_;
    std::deque<Pending> queue_;
    std::exception_ptr error_;
    bool idle_ = true;
    bool done_ = false;
    bool abandoned_ = false;
    std::thread thread_; // last: started once the rest is ready
};

} // namespace

// ---------------------------------------------------------------------------------------------
// Reading a file back: a depth-first walk keeping one block per level.

class IpfsFileReader final : public ByteReader {
public:
    IpfsFileReader(const IpfsService& service, const Cid& root) : service_(service) { enter(root); }

    std::size_t read(char* buffer, std::size_t capacity) override {
        while (offset_ >= current_.size()) {
            if (!advance()) {
                if (emitted_ != expected_)
                    throw sr::Error(ErrorCode::Corrupt, "the file's blocks disagree on its size");
                return 0;
            }
        }
        auto n = std::min(capacity, current_.size() - offset_);
        std::memcpy(buffer, current_.data() + offset_, n);
        offset_ += n;
        emitted_ += n;
        return n;
    }

private:
    struct Frame {
        UnixFsNode node;
        std::size_t next = 0;
    };

    void enter(const Cid& cid) {
        auto bytes = service_.block(cid);
        current_.clear();
        offset_ = 0;
        if (cid.codec() == Multicodec::Raw) {
            current_ = std::move(bytes);
            if (stack_.empty())
                expected_ = current_.size();
            return;
        }
        if (stack_.size() >= kMaxDagDepth)
            throw sr::Error(ErrorCode::Corrupt, "DAG too deep");
        auto node = iexec::decodeUnixFsNode(bytes);
        if (stack_.empty())
            expected_ = node.fileSize;
        current_ = std::move(node.data); // a node's own bytes come before its children's
        node.data.clear();
        stack_.push_back({std::move(node), 0});
    }

    bool advance() {
        while (!stack_.empty()) {
            auto& top = stack_.back();
            if (top.next < top.node.links.size()) {
                auto child = top.node.links[top.next++].cid;
                enter(child);
                return true;
            }
            stack_.pop_back();
        }
        return false;
    }

    const IpfsService& service_;
    std::vector<Frame> stack_;
    Bytes current_;
    std::size_t offset_ = 0;
    std::uint64_t emitted_ = 0;
    std::uint64_t expected_ = 0;
};

// ---------------------------------------------------------------------------------------------

IpfsService::IpfsService(Options options)
    : HttpService([&] {
          if (options.stateDir.empty())
              throw sr::Error(ErrorCode::InvalidArgument, "the IPFS service needs a state folder");
          ensureDirectory(options.stateDir / "blocks");
          ensureDirectory(options.stateDir / "roots");
          ensureDirectory(options.stateDir / "tmp");
          HttpServer::Options http;
          http.port = options.port;
          http.workerThreads = options.workerThreads;
          http.spoolDir = options.stateDir / "tmp"; // same disk as the blocks, never RAM
          return http;
      }()),
      options_(std::move(options)) {
    addRoutes();
}

IpfsService::~IpfsService() {
    stop();
}

std::filesystem::path IpfsService::blockPath(const Cid& cid) const {
    // One name per block whatever CID version asks for it; sharded like Kubo's flatfs.
    auto name = cid.toV1().toString();
    return options_.stateDir / "blocks" / name.substr(name.size() - 3, 2) / name;
}

bool IpfsService::hasBlock(const Cid& cid) const {
    std::error_code ec;
    return std::filesystem::is_regular_file(blockPath(cid), ec);
}

Bytes IpfsService::block(const Cid& cid) const {
    Bytes bytes = readBlockFile(blockPath(cid));
    const auto& multihash = cid.multihash();
    if (multihash.size() != 34 || multihash[0] != iexec::kSha256Multihash)
        throw sr::Error(ErrorCode::Unsupported, "only sha2-256 blocks are stored here");
    auto digest = crypto::sha256(bytes);
    if (!std::equal(digest.begin(), digest.end(), multihash.begin() + 2))
        throw sr::Error(ErrorCode::Corrupt, "stored block " + cid.toString() + " is damaged");
    return bytes;
}

std::filesystem::path IpfsService::rootMarkerPath(const Cid& cid) const {
    return options_.stateDir / "roots" / cid.toV1().toString();
}

std::uint64_t IpfsService::fileSize(const Cid& cid) const {
    auto sizeOfRoot = [&]() -> std::uint64_t {
        if (cid.codec() == Multicodec::Raw)
            return block(cid).size();
        return iexec::decodeUnixFsNode(block(cid)).fileSize;
    };
    std::error_code ec;
    // A DAG this service imported is complete: its root marker is written after its blocks.
    if (std::filesystem::is_regular_file(rootMarkerPath(cid), ec)) {
        try {
            return sizeOfRoot();
        } catch (const sr::Error& e) {
            if (e.code() == ErrorCode::NotFound)
                throw sr::Error(ErrorCode::NotFound, notFoundMessage(cid));
            throw;
        }
    }
    // Otherwise (a sub-DAG, an interrupted import): walk every block once.
    struct Walker {
        const IpfsService& service;
        std::uint64_t visit(const Cid& node, std::size_t depth) {
            if (depth > kMaxDagDepth)
                throw sr::Error(ErrorCode::Corrupt, "DAG too deep");
            Bytes bytes;
            try {
                bytes = service.block(node);
            } catch (const sr::Error& e) {
                if (e.code() == ErrorCode::NotFound)
                    throw sr::Error(ErrorCode::NotFound, notFoundMessage(node));
                throw;
            }
            if (node.codec() == Multicodec::Raw)
                return bytes.size();
            auto decoded = iexec::decodeUnixFsNode(bytes);
            for (std::size_t i = 0; i < decoded.links.size(); ++i)
                if (visit(decoded.links[i].cid, depth + 1) != decoded.blockSizes[i])
                    throw sr::Error(ErrorCode::Corrupt, "a block's size disagrees with its parent");
            return decoded.fileSize;
        }
    };
    auto size = Walker{*this}.visit(cid, 0);
    markComplete(cid);
    return size;
}

void IpfsService::syncBlocks() const {
    int fd = ::open((options_.stateDir / "blocks").c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0 || ::syncfs(fd) != 0) {
        int err = errno;
        if (fd >= 0)
            ::close(fd);
        throw sr::Error(ErrorCode::Io,
                        std::string("cannot flush the IPFS blocks: ") + std::strerror(err));
    }
    ::close(fd);
}

void IpfsService::markComplete(const Cid& root) const {
    auto path = rootMarkerPath(root);
    std::error_code ec;
    if (!std::filesystem::is_regular_file(path, ec))
        writeFileAtomic(path, "");
}

std::unique_ptr<ByteReader> IpfsService::open(const Cid& cid) const {
    return std::make_unique<IpfsFileReader>(*this, cid);
}

UnixFsResult IpfsService::add(ByteReader& content, const UnixFsOptions& options, bool store) {
    // The blocks are stored by a thread of their own (a file each: creating them costs as much
    // as hashing), so that receiving and hashing go on meanwhile.
    std::optional<BlockWriter> writer;
    UnixFsBuilder::BlockSink sink;
    if (store) {
        writer.emplace([this](const Cid& cid, ByteView bytes) { storeBlock(cid, bytes); });
        sink = [&writer](const Cid& cid, ByteView bytes) { writer->put(cid, bytes); };
    }
    UnixFsBuilder builder(options, std::move(sink));
    std::vector<char> buffer(kReadPiece);
    while (auto n = content.read(buffer.data(), buffer.size()))
        builder.update(ByteView(reinterpret_cast<const std::uint8_t*>(buffer.data()), n));
    auto result = builder.finish();
    if (store) {
        writer->finish(); // every block on disk, or its error thrown
        // One flush for all the blocks, then the marker that says the DAG is whole.
        syncBlocks();
        markComplete(result.cid);
    }
    return result;
}

void IpfsService::storeBlock(const Cid& cid, ByteView bytes) const {
    auto path = blockPath(cid);
    std::error_code ec;
    if (std::filesystem::is_regular_file(path, ec)) {
        try {
            block(cid); // content-addressed: an intact copy is the same block
            return;
        } catch (const sr::Error&) {
            // damaged: written again below
        }
    }
    writeBlockFile(path, bytes);
}

UnixFsResult IpfsService::add(ByteView content, const UnixFsOptions& options) {
    class SpanReader final : public ByteReader {
    public:
        explicit SpanReader(ByteView data) : data_(data) {}
        std::size_t read(char* buffer, std::size_t capacity) override {
            auto n = std::min(capacity, data_.size());
            std::memcpy(buffer, data_.data(), n);
            data_ = data_.subspan(n);
            return n;
        }

    private:
        ByteView data_;
    } reader(content);
    return add(reader, options, true);
}

// ---------------------------------------------------------------------------------------------
// HTTP

void IpfsService::addRoutes() {
    // Every RPC answer, errors included, looks like Kubo's.
    auto rpc = [](std::function<ServerResponse(const ServerRequest&)> handler) {
        return [handler = std::move(handler)](const ServerRequest& request) {
            try {
                return handler(request);
            } catch (const RpcError& e) {
                return rpcError(e.status(), e.what());
            } catch (const HttpError& e) {
                return rpcError(e.status(), e.what());
            } catch (const sr::Error& e) {
                int status = (e.code() == ErrorCode::InvalidArgument) ? 400 : 500;
                return rpcError(status, e.what());
            }
        };
    };

    server().route(
        "POST", "/api/v0/add", rpc([this](const ServerRequest& request) {
            // Options that would change the DAG in ways this node does not implement.
            for (const char* unsupported :
                 {"trickle", "wrap-with-directory", "w", "inline", "nocopy", "fscache",
                  "preserve-mode", "preserve-mtime", "to-files"})
                if (flag(request, unsupported, false))
                    throw RpcError(400, std::string("option \"") + unsupported +
                                            "\" is not supported by the sandbox's IPFS node");
            for (const char* unsupported : {"mode", "mtime", "mtime-nsecs"})
                if (request.queryParam(unsupported))
                    throw RpcError(400, std::string("option \"") + unsupported +
                                            "\" is not supported by the sandbox's IPFS node");
            UnixFsOptions options;
            if (auto version = request.queryParam("cid-version")) {
                if (*version == "0")
                    options.cidVersion = 0;
                else if (*version == "1")
                    options.cidVersion = 1;
                else
                    throw RpcError(400, "unknown CID version: " + *version);
            }
            if (request.queryParam("raw-leaves")) {
                options.rawLeaves = flag(request, "raw-leaves", false);
                options.rawLeavesSet = true;
                if (options.rawLeaves && options.cidVersion == 0)
                    options.cidVersion = 1; // as Kubo: raw leaves imply CIDv1
            }
            if (auto chunker = request.queryParam("chunker")) {
                std::uint64_t size = 0;
                if (chunker->empty() || *chunker == "default") {
                    size = 262144;
                } else if (chunker->starts_with("size-") && chunker->size() > 5 &&
                           chunker->size() <= 12 &&
                           std::all_of(chunker->begin() + 5, chunker->end(),
                                       [](char c) { return c >= '0' && c <= '9'; })) {
                    size = std::stoull(chunker->substr(5));
                } else {
                    throw RpcError(400, "unsupported chunker: " + *chunker);
                }
                if (size == 0 || size > (1u << 20))
                    throw RpcError(400, "chunker size must be between 1 and 1048576 bytes");
                options.chunkSize = static_cast<std::size_t>(size);
            }
            if (auto hash = request.queryParam("hash"); hash && *hash != "sha2-256")
                throw RpcError(400, "unsupported hash function: " + *hash);
            bool onlyHash = flag(request, "only-hash", false) || flag(request, "n", false);
            bool progress = flag(request, "progress", false);
            bool quiet = flag(request, "quiet", false) || flag(request, "q", false);
            bool quieter = flag(request, "quieter", false) || flag(request, "Q", false);
            bool silent = flag(request, "silent", false);
            (void)flag(request, "pin", true); // everything stored here stays
            (void)quiet;                      // one event per file either way

            auto contentType = request.header("Content-Type");
            if (!contentType)
                throw RpcError(400, "file argument 'path' is required");
            auto body = request.body.reader();
            MultipartReader parts(*body, multipartBoundary(*contentType));
            std::string out;
            std::size_t files = 0;
            while (auto part = parts.next()) {
                auto type = part->contentType;
                if (type == "application/x-directory" || type == "application/symlink")
                    throw RpcError(400, "directories and symlinks are not supported by the "
                                        "sandbox's IPFS node");
                auto result = add(parts.partReader(), options, !onlyHash);
                ++files;
                if (silent)
                    continue;
                nlohmann::ordered_json event;
                event["Name"] = part->filename.empty() ? result.cid.toString() : part->filename;
                if (progress) {
                    nlohmann::ordered_json tick;
                    tick["Name"] = event["Name"];
                    tick["Bytes"] = result.fileSize;
                    out += tick.dump() + "\n";
                }
                event["Hash"] = result.cid.toString();
                event["Size"] = std::to_string(result.dagSize);
                if (!quieter || files == 1)
                    out += event.dump() + "\n";
            }
            if (files == 0)
                throw RpcError(400, "file argument 'path' is required");
            ServerResponse response = ServerResponse::text(200, std::move(out), "application/json");
            response.setHeader("X-Chunked-Output", "1");
            response.setHeader("Vary", "Origin");
            return response;
        }),
        // Streamed: the blocks are made as the upload arrives, not from a spooled copy.
        {.maxBodyBytes = options_.maxUploadBytes, .streamBody = true});

    auto requiredCid = [](const ServerRequest& request) {
        auto arg = request.queryParam("arg");
        if (!arg || arg->empty())
            throw RpcError(400, "argument \"ipfs-path\" is required");
        return cidArgument(*arg);
    };

    server().route(
        "POST", "/api/v0/cat", rpc([this, requiredCid](const ServerRequest& request) {
            auto cid = requiredCid(request);
            auto number = [&](const char* name) -> std::uint64_t {
                auto value = request.queryParam(name);
                if (!value)
                    return 0;
                if (value->empty() || value->size() > 19 ||
                    !std::all_of(value->begin(), value->end(),
                                 [](char c) { return c >= '0' && c <= '9'; }))
                    throw RpcError(400, std::string("invalid ") + name + ": " + *value);
                return std::stoull(*value);
            };
            std::uint64_t offset = number("offset");
            std::optional<std::uint64_t> length;
            if (request.queryParam("length"))
                length = number("length");
            std::uint64_t size = 0;
            try {
                size = fileSize(cid);
            } catch (const sr::Error& e) {
                if (e.code() == ErrorCode::NotFound)
                    throw RpcError(500, notFoundMessage(cid));
                if (e.code() == ErrorCode::Unsupported)
                    throw RpcError(500, "this dag node is a directory");
                throw;
            }
            offset = std::min(offset, size);
            std::uint64_t count = size - offset;
            if (length)
                count = std::min(count, *length);
            std::shared_ptr<ByteReader> reader = open(cid);
            auto skip = std::make_shared<std::uint64_t>(offset);
            auto left = std::make_shared<std::uint64_t>(count);
            auto response = ServerResponse::stream(
                200, count,
                [reader, skip, left](char* buffer, std::size_t capacity) -> std::size_t {
                    while (*skip > 0) {
                        auto n = reader->read(
                            buffer,
                            static_cast<std::size_t>(std::min<std::uint64_t>(*skip, capacity)));
                        if (n == 0)
                            return 0;
                        *skip -= n;
                    }
                    if (*left == 0)
                        return 0;
                    auto n = reader->read(
                        buffer, static_cast<std::size_t>(std::min<std::uint64_t>(*left, capacity)));
                    *left -= n;
                    return n;
                },
                "text/plain");
            response.setHeader("X-Stream-Output", "1");
            response.setHeader("X-Content-Length", std::to_string(count));
            return response;
        }));

    server().route("POST", "/api/v0/block/get",
                   rpc([this, requiredCid](const ServerRequest& request) {
                       auto cid = requiredCid(request);
                       try {
                           auto bytes = block(cid);
                           return ServerResponse::text(200, std::string(bytes.begin(), bytes.end()),
                                                       "text/plain");
                       } catch (const sr::Error& e) {
                           if (e.code() == ErrorCode::NotFound)
                               throw RpcError(500, notFoundMessage(cid));
                           throw;
                       }
                   }));

    server().route("POST", "/api/v0/block/stat",
                   rpc([this, requiredCid](const ServerRequest& request) {
                       auto cid = requiredCid(request);
                       std::error_code ec;
                       auto size = std::filesystem::file_size(blockPath(cid), ec);
                       if (ec)
                           throw RpcError(500, notFoundMessage(cid));
                       nlohmann::ordered_json body;
                       body["Key"] = cid.toString();
                       body["Size"] = size;
                       return ServerResponse::json(200, body);
                   }));

    server().route("POST", "/api/v0/version", rpc([](const ServerRequest&) {
                       nlohmann::ordered_json body;
                       body["Version"] = "0.0.0-strongroom-sandbox";
                       body["Commit"] = "";
                       body["Repo"] = "16";
                       body["System"] = "amd64/linux";
                       body["Golang"] = "none";
                       return ServerResponse::json(200, body);
                   }));

    // The gateway: plain-text errors, as Kubo's.
    server().routePrefix("GET", "/ipfs/", [this](const ServerRequest& request) {
        std::string_view rest = request.pathRest();
        while (rest.ends_with("/"))
            rest.remove_suffix(1);
        auto slash = rest.find('/');
        auto cidText = rest.substr(0, slash);
        auto cid = Cid::tryParse(cidText);
        if (!cid)
            return ServerResponse::text(400, "invalid path \"/ipfs/" + std::string(rest) +
                                                 "\": invalid cid\n");
        if (slash != std::string_view::npos)
            return ServerResponse::text(404, "no link named \"" +
                                                 std::string(rest.substr(slash + 1)) + "\" under " +
                                                 cid->toString() + "\n");
        std::uint64_t size = 0;
        try {
            size = fileSize(*cid);
        } catch (const sr::Error& e) {
            if (e.code() == ErrorCode::NotFound)
                return ServerResponse::text(404, "ipfs resolve -r /ipfs/" + cid->toString() + ": " +
                                                     notFoundMessage(*cid) + "\n");
            if (e.code() == ErrorCode::Unsupported)
                return ServerResponse::text(501, "directory listings are not supported\n");
            return ServerResponse::text(500, std::string(e.what()) + "\n");
        }
        auto etag = "\"" + cid->toString() + "\"";
        if (auto match = request.header("If-None-Match"); match && *match == etag) {
            ServerResponse notModified;
            notModified.status = 304;
            notModified.setHeader("Etag", etag);
            return notModified;
        }
        std::shared_ptr<ByteReader> reader = open(*cid);
        auto response =
            ServerResponse::stream(200, size, [reader](char* buffer, std::size_t capacity) {
                return reader->read(buffer, capacity);
            });
        response.setHeader("Etag", etag);
        response.setHeader("X-Ipfs-Path", "/ipfs/" + cid->toString());
        response.setHeader("X-Ipfs-Roots", cid->toString());
        response.setHeader("Cache-Control", "public, max-age=29030400, immutable");
        if (auto filename = request.queryParam("filename")) {
            bool download = request.queryParam("download").value_or("") == "true";
            response.setHeader("Content-Disposition",
                               std::string(download ? "attachment" : "inline") + "; filename=\"" +
                                   sanitizedFilename(*filename) + "\"");
        }
        return response;
    });
}

} // namespace sr::sandbox
