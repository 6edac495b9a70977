#pragma once

// UnixFS files in dag-pb, built exactly as Kubo's `ipfs add` does by default, so a CID
// computed here equals the one an IPFS node returns:
//   - fixed-size chunks of 262144 bytes;
//   - CIDv0 with dag-pb leaves (UnixFS type File holding the chunk), or with
//     cidVersion 1: CIDv1 and raw leaves (Kubo's `--cid-version=1` default);
//   - a balanced DAG of at most 174 links per node, each parent a UnixFS File with
//     filesize and blocksizes, each link {Hash, Name "", Tsize = cumulative size};
//   - a one-chunk file is its leaf (no parent); an empty file is one empty leaf
//     (QmbFMke1KXqnYyBBWxB74N4c5SBnJMVAiMNRcGu6x1AwQH).
// Streaming: memory is one chunk plus the open frontier of the tree, whatever the size.

#include "iexec/Cid.h"
#include "util/Bytes.h"
#include "util/CancelToken.h"

#include <cstdint>
#include <filesystem>
#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace sr::iexec {

struct UnixFsOptions {
    std::size_t chunkSize = 262144;
    std::size_t maxLinksPerNode = 174;
    int cidVersion = 0;     ///< 0: "Qm..."; 1: base32 "bafy..."
    bool rawLeaves = false; ///< forced on by cidVersion 1 unless `rawLeavesSet`
    bool rawLeavesSet = false;
};

struct UnixFsResult {
    Cid cid;
    std::uint64_t fileSize = 0; ///< bytes of content
    /// The root's cumulative DAG size (block bytes of the whole tree): Kubo's "Size" in
    /// `/api/v0/add` answers and the Tsize a parent would give the link.
    std::uint64_t dagSize = 0;
};

/// Builds a UnixFS file DAG from content fed in pieces of any size.
class UnixFsBuilder {
public:
    /// Receives every block once, children before parents, the root last.
    using BlockSink = std::function<void(const Cid& cid, ByteView block)>;

    explicit UnixFsBuilder(UnixFsOptions options = {}, BlockSink sink = {});

    void update(ByteView data);
    /// Ends the file and returns its root. The builder cannot be reused.
    UnixFsResult finish();

private:
    struct Link {
        Cid cid;
        std::uint64_t tsize;    // cumulative block bytes below and including the child
        std::uint64_t fileSize; // content bytes under the child
    };
    void flushChunk();
    void addLeaf(ByteView data);
    Link makeLeaf(ByteView data);
    Link makeParent(const std::vector<Link>& children);
    void push(std::size_t level, Link link);

    UnixFsOptions options_;
    BlockSink sink_;
    Bytes chunk_;
    std::vector<std::vector<Link>> levels_; // levels_[0]: leaves waiting for a parent
    std::uint64_t leaves_ = 0;
    std::optional<Link> firstLeaf_; // kept aside: a one-chunk file is its leaf
    bool finished_ = false;
};

/// The CID Kubo gives `data` by default.
UnixFsResult unixFsFile(ByteView data, const UnixFsOptions& options = {});
/// The same for a file on disk, read in pieces (constant memory). Throws sr::Error(Io|NotFound)
/// or sr::Error(Cancelled).
UnixFsResult unixFsFileAt(const std::filesystem::path& path, const UnixFsOptions& options = {},
                          const CancelToken* cancel = nullptr);

/// A decoded dag-pb UnixFS file node, for reading content back block by block.
struct UnixFsNode {
    struct Link {
        Cid cid;
        std::string name;
        std::uint64_t tsize = 0;
    };
    std::vector<Link> links;
    int type = 2;                          ///< UnixFS Data.Type (2: File, 0: Raw)
    Bytes data;                            ///< this node's own content bytes
    std::uint64_t fileSize = 0;            ///< content bytes under this node
    std::vector<std::uint64_t> blockSizes; ///< content bytes under each link
};

/// Strictly decodes a dag-pb block holding a UnixFS File (or Raw) node: every field's wire
/// type and length is checked, and blocksizes must match the links and add up to filesize.
/// Directories and other UnixFS types give sr::Error(Unsupported); malformed bytes
/// sr::Error(Corrupt).
UnixFsNode decodeUnixFsNode(ByteView block);

} // namespace sr::iexec
