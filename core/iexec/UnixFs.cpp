#include "iexec/UnixFs.h"

#include "crypto/Sha256.h"
#include "util/Error.h"

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>

namespace sr::iexec {

namespace {

// UnixFS Data.DataType values.
constexpr std::uint64_t kTypeRaw = 0;
constexpr std::uint64_t kTypeFile = 2;

enum WireType : std::uint64_t { Varint = 0, LengthDelimited = 2 };

void putKey(Bytes& out, std::uint64_t field, WireType wire) {
    appendUvarint(out, (field << 3) | wire);
}

void putVarintField(Bytes& out, std::uint64_t field, std::uint64_t value) {
    putKey(out, field, Varint);
    appendUvarint(out, value);
}

void putBytesField(Bytes& out, std::uint64_t field, ByteView bytes) {
    putKey(out, field, LengthDelimited);
    appendUvarint(out, bytes.size());
    out.insert(out.end(), bytes.begin(), bytes.end());
}

[[noreturn]] void corrupt(const std::string& what) {
    throw sr::Error(ErrorCode::Corrupt, "malformed dag-pb/UnixFS block: " + what);
}

// A protobuf field reader over one message.
class ProtoReader {
public:
    explicit ProtoReader(ByteView bytes) : bytes_(bytes) {}
    bool atEnd() const { return offset_ >= bytes_.size(); }
    // Returns (field number, wire type).
    std::pair<std::uint64_t, std::uint64_t> key() {
        auto k = varint();
        if ((k >> 3) == 0)
            corrupt("field number 0");
        return {k >> 3, k & 7};
    }
    std::uint64_t varint() {
        try {
            return readUvarint(bytes_, offset_);
        } catch (const sr::Error&) {
            corrupt("bad varint");
        }
    }
    ByteView lengthDelimited() {
        auto length = varint();
        if (length > bytes_.size() - offset_)
            corrupt("field runs past the end");
        auto out = bytes_.subspan(offset_, static_cast<std::size_t>(length));
        offset_ += static_cast<std::size_t>(length);
        return out;
    }

private:
    ByteView bytes_;
    std::size_t offset_ = 0;
};

} // namespace

UnixFsBuilder::UnixFsBuilder(UnixFsOptions options, BlockSink sink)
    : options_(options), sink_(std::move(sink)) {
    if (options_.chunkSize == 0 || options_.maxLinksPerNode < 2)
        throw sr::Error(ErrorCode::InvalidArgument, "invalid UnixFS chunk size or fan-out");
    if (options_.cidVersion != 0 && options_.cidVersion != 1)
        throw sr::Error(ErrorCode::InvalidArgument, "CID version must be 0 or 1");
    if (!options_.rawLeavesSet)
        options_.rawLeaves = options_.cidVersion == 1;
    if (options_.rawLeaves && options_.cidVersion == 0)
        throw sr::Error(ErrorCode::InvalidArgument, "raw leaves need CIDv1");
    chunk_.reserve(options_.chunkSize);
}

void UnixFsBuilder::update(ByteView data) {
    if (finished_)
        throw sr::Error(ErrorCode::Internal, "UnixFsBuilder used after finish()");
    while (!data.empty()) {
        if (chunk_.empty() && data.size() >= options_.chunkSize) {
            // A whole chunk in the caller's bytes: made a leaf from there, not copied first.
            addLeaf(data.first(options_.chunkSize));
            data = data.subspan(options_.chunkSize);
            continue;
        }
        auto take = std::min(data.size(), options_.chunkSize - chunk_.size());
        chunk_.insert(chunk_.end(), data.begin(), data.begin() + static_cast<std::ptrdiff_t>(take));
        data = data.subspan(take);
        if (chunk_.size() == options_.chunkSize)
            flushChunk();
    }
}

void UnixFsBuilder::flushChunk() {
    addLeaf(chunk_);
    chunk_.clear();
}

void UnixFsBuilder::addLeaf(ByteView data) {
    auto leaf = makeLeaf(data);
    ++leaves_;
    if (leaves_ == 1) {
        firstLeaf_ = std::move(leaf);
        return;
    }
    if (firstLeaf_) {
        push(0, std::move(*firstLeaf_));
        firstLeaf_.reset();
    }
    push(0, std::move(leaf));
}

UnixFsBuilder::Link UnixFsBuilder::makeLeaf(ByteView data) {
    if (options_.rawLeaves) {
        auto cid = Cid::ofBlock(1, Multicodec::Raw, data);
        if (sink_)
            sink_(cid, data);
        return {cid, data.size(), data.size()};
    }
    // The block is PBNode{Data: UnixFS{Type: File, Data: data, filesize}}: what comes before
    // the content and what comes after are built apart and hashed around it, so the content
    // is not copied (nor, without a sink, the block put together).
    Bytes inner;
    putVarintField(inner, 1, kTypeFile);
    if (!data.empty()) {
        putKey(inner, 2, LengthDelimited);
        appendUvarint(inner, data.size());
    }
    Bytes after;
    putVarintField(after, 3, data.size());
    Bytes before;
    putKey(before, 1, LengthDelimited);
    appendUvarint(before, inner.size() + data.size() + after.size());
    before.insert(before.end(), inner.begin(), inner.end());
    const std::uint64_t blockSize = before.size() + data.size() + after.size();
    crypto::Sha256 hash;
    hash.update(before);
    hash.update(data);
    hash.update(after);
    auto cid = Cid::ofSha256(options_.cidVersion, Multicodec::DagPb, hash.finalize());
    if (sink_) {
        Bytes block;
        block.reserve(blockSize);
        block.insert(block.end(), before.begin(), before.end());
        block.insert(block.end(), data.begin(), data.end());
        block.insert(block.end(), after.begin(), after.end());
        sink_(cid, block);
    }
    return {cid, blockSize, data.size()};
}

UnixFsBuilder::Link UnixFsBuilder::makeParent(const std::vector<Link>& children) {
    std::uint64_t fileSize = 0;
    std::uint64_t tsize = 0;
    for (const auto& child : children) {
        fileSize += child.fileSize;
        tsize += child.tsize;
    }
    Bytes unixfs;
    putVarintField(unixfs, 1, kTypeFile);
    putVarintField(unixfs, 3, fileSize);
    for (const auto& child : children)
        putVarintField(unixfs, 4, child.fileSize);
    // dag-pb's canonical form: the links, then the data.
    Bytes block;
    for (const auto& child : children) {
        Bytes link;
        putBytesField(link, 1, child.cid.bytes());
        putBytesField(link, 2, {}); // Name "": Kubo and the JS importer both write it
        putVarintField(link, 3, child.tsize);
        putBytesField(block, 2, link);
    }
    putBytesField(block, 1, unixfs);
    auto cid = Cid::ofBlock(options_.cidVersion, Multicodec::DagPb, block);
    if (sink_)
        sink_(cid, block);
    return {cid, block.size() + tsize, fileSize};
}

void UnixFsBuilder::push(std::size_t level, Link link) {
    if (levels_.size() <= level)
        levels_.resize(level + 1);
    levels_[level].push_back(std::move(link));
    // A full group becomes a parent at once: the same grouping as the balanced layout's
    // batches, with only the frontier kept in memory.
    if (levels_[level].size() == options_.maxLinksPerNode) {
        auto parent = makeParent(levels_[level]);
        levels_[level].clear();
        push(level + 1, std::move(parent));
    }
}

UnixFsResult UnixFsBuilder::finish() {
    if (finished_)
        throw sr::Error(ErrorCode::Internal, "UnixFsBuilder::finish() called twice");
    finished_ = true;
    if (!chunk_.empty() || leaves_ == 0)
        flushChunk();
    if (firstLeaf_) // one chunk: the leaf is the file
        return {firstLeaf_->cid, firstLeaf_->fileSize, firstLeaf_->tsize};
    for (std::size_t level = 0; level < levels_.size(); ++level) {
        if (levels_[level].empty())
            continue;
        bool higher = false;
        for (std::size_t above = level + 1; above < levels_.size(); ++above)
            higher = higher || !levels_[above].empty();
        if (!higher && levels_[level].size() == 1) {
            const auto& root = levels_[level].front();
            return {root.cid, root.fileSize, root.tsize};
        }
        auto parent = makeParent(levels_[level]);
        levels_[level].clear();
        push(level + 1, std::move(parent));
    }
    throw sr::Error(ErrorCode::Internal, "UnixFS builder lost its root");
}

UnixFsResult unixFsFile(ByteView data, const UnixFsOptions& options) {
    UnixFsBuilder builder(options);
    builder.update(data);
    return builder.finish();
}

UnixFsResult unixFsFileAt(const std::filesystem::path& path, const UnixFsOptions& options,
                          const CancelToken* cancel) {
    int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) {
        auto code = errno == ENOENT ? ErrorCode::NotFound : ErrorCode::Io;
        throw sr::Error(code, "cannot open " + path.string() + ": " + std::strerror(errno));
    }
    UnixFsBuilder builder(options);
    Bytes buffer(1u << 20);
    try {
        while (true) {
            if (cancel)
                cancel->throwIfCancelled();
            auto n = ::read(fd, buffer.data(), buffer.size());
            if (n < 0 && errno == EINTR)
                continue;
            if (n < 0)
                throw sr::Error(ErrorCode::Io,
                                "cannot read " + path.string() + ": " + std::strerror(errno));
            if (n == 0)
                break;
            builder.update(ByteView(buffer.data(), static_cast<std::size_t>(n)));
        }
    } catch (...) {
        ::close(fd);
        throw;
    }
    ::close(fd);
    return builder.finish();
}

UnixFsNode decodeUnixFsNode(ByteView block) {
    UnixFsNode node;
    std::optional<ByteView> data;
    ProtoReader pb(block);
    while (!pb.atEnd()) {
        auto [field, wire] = pb.key();
        if (wire != LengthDelimited)
            corrupt("unexpected wire type in PBNode");
        if (field == 2) {
            if (data)
                corrupt("a link after the data");
            ProtoReader link(pb.lengthDelimited());
            std::optional<ByteView> hash;
            std::optional<ByteView> name;
            std::optional<std::uint64_t> tsize;
            std::uint64_t last = 0;
            while (!link.atEnd()) {
                auto [linkField, linkWire] = link.key();
                if (linkField <= last)
                    corrupt("PBLink fields out of order or repeated");
                last = linkField;
                if (linkField == 1 && linkWire == LengthDelimited)
                    hash = link.lengthDelimited();
                else if (linkField == 2 && linkWire == LengthDelimited)
                    name = link.lengthDelimited();
                else if (linkField == 3 && linkWire == Varint)
                    tsize = link.varint();
                else
                    corrupt("unknown PBLink field");
            }
            if (!hash)
                corrupt("a link without a hash");
            std::optional<Cid> cid;
            try {
                cid = Cid::fromBytes(*hash);
            } catch (const sr::Error& e) {
                corrupt(std::string("bad link CID: ") + e.what());
            }
            UnixFsNode::Link out{*cid, {}, 0};
            if (name)
                out.name.assign(name->begin(), name->end());
            out.tsize = tsize.value_or(0);
            node.links.push_back(std::move(out));
        } else if (field == 1) {
            if (data)
                corrupt("repeated PBNode data");
            data = pb.lengthDelimited();
        } else {
            corrupt("unknown PBNode field");
        }
    }
    if (!data)
        corrupt("a dag-pb node without UnixFS data");

    ProtoReader fs(*data);
    std::optional<std::uint64_t> type;
    std::optional<std::uint64_t> fileSize;
    bool haveData = false;
    while (!fs.atEnd()) {
        auto [field, wire] = fs.key();
        switch (field) {
        case 1:
            if (wire != Varint || type)
                corrupt("bad UnixFS type");
            type = fs.varint();
            break;
        case 2: {
            if (wire != LengthDelimited || haveData)
                corrupt("bad UnixFS data");
            auto bytes = fs.lengthDelimited();
            node.data.assign(bytes.begin(), bytes.end());
            haveData = true;
            break;
        }
        case 3:
            if (wire != Varint || fileSize)
                corrupt("bad UnixFS filesize");
            fileSize = fs.varint();
            break;
        case 4:
            if (wire == Varint) {
                node.blockSizes.push_back(fs.varint());
            } else if (wire == LengthDelimited) { // packed, as some encoders write it
                ProtoReader packed(fs.lengthDelimited());
                while (!packed.atEnd())
                    node.blockSizes.push_back(packed.varint());
            } else {
                corrupt("bad UnixFS blocksizes");
            }
            break;
        case 5:
        case 6:
        case 7:
            if (wire != Varint)
                corrupt("bad UnixFS field");
            fs.varint();
            break;
        case 8:
            if (wire != LengthDelimited)
                corrupt("bad UnixFS mtime");
            fs.lengthDelimited();
            break;
        default:
            corrupt("unknown UnixFS field");
        }
    }
    if (!type)
        corrupt("UnixFS data without a type");
    if (*type != kTypeFile && *type != kTypeRaw)
        throw sr::Error(ErrorCode::Unsupported,
                        "not a UnixFS file (type " + std::to_string(*type) + ")");
    node.type = static_cast<int>(*type);
    if (node.blockSizes.size() != node.links.size())
        corrupt("blocksizes do not match the links");
    std::uint64_t total = node.data.size();
    for (auto size : node.blockSizes) {
        if (size > (std::uint64_t(1) << 62) || total > (std::uint64_t(1) << 62))
            corrupt("sizes out of range");
        total += size;
    }
    if (fileSize && *fileSize != total)
        corrupt("filesize does not match the content");
    node.fileSize = total;
    return node;
}

} // namespace sr::iexec
