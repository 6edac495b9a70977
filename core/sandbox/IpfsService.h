#pragma once

// The sandbox's IPFS node: the subset of Kubo's RPC API and of its HTTP gateway that iExec
// clients use, on one 127.0.0.1 port, with real CIDs (iexec/UnixFs.h) and the blocks on disk.
//
//     IpfsService ipfs({.stateDir = stateDir / "ipfs"});
//     ipfs.start();
//     profile.ipfsNode = ipfs.apiUrl(); profile.ipfsGateway = ipfs.gatewayUrl();
//
// RPC (POST only, as Kubo; errors are Kubo's {"Message", "Code", "Type": "error"}: 400 with
// Code 1 for bad arguments, 500 with Code 0 otherwise, e.g. an unknown CID answers
// "block was not found locally (offline): ipld: could not find <cid>"):
//   /api/v0/add        multipart/form-data, one or more files; options cid-version (0|1),
//                      raw-leaves, chunker (size-N), hash (sha2-256), only-hash, pin,
//                      progress, quiet, quieter, silent, stream-channels. Answers one JSON
//                      line per file, {"Name","Hash","Size"} as Kubo: Name is the file name,
//                      or the CID when the part has no filename; Size is the DAG's cumulative
//                      size in bytes, as a string. Options that would change the DAG in ways
//                      not supported here (trickle, wrap-with-directory, inline, nocopy,
//                      mode/mtime) are refused with 400 rather than ignored.
//   /api/v0/cat        arg=CID or /ipfs/CID, optional offset and length; streams the content.
//   /api/v0/block/get  arg=CID: the raw block.   /api/v0/block/stat: {"Key","Size"}.
//   /api/v0/version    {"Version": ...}.
// Gateway: GET|HEAD /ipfs/{cid}: 200 with Content-Length (HEAD: no body), Etag "\"{cid}\"",
// X-Ipfs-Path; 304 for a matching If-None-Match; 404 for an unknown or incomplete DAG,
// 400 for a malformed CID (plain-text bodies, as Kubo's gateway).
//
// Storage: one file per block, <stateDir>/blocks/<2 chars>/<CIDv1>, written under a temporary
// name then renamed, flushed once per import (syncfs), checked
// against its hash when read; <stateDir>/roots/<CIDv1> marks a file whose every block is stored
// (written after them), so serving it needs no walk of the DAG. Uploads are chunked into
// blocks as the body arrives (each block's writeback started as it is written); downloads
// stream block by block: memory stays flat whatever the file size.

#include "iexec/Cid.h"
#include "iexec/UnixFs.h"
#include "sandbox/HttpService.h"
#include "util/Bytes.h"

#include <cstdint>
#include <filesystem>
#include <memory>
#include <optional>
#include <string>

namespace sr::sandbox {

class IpfsService : public HttpService {
public:
    struct Options {
        std::filesystem::path stateDir{}; ///< required; created 0700 if missing
        std::uint16_t port = 0;           ///< 0: ephemeral
        std::uint64_t maxUploadBytes = 8ull << 30;
        std::size_t workerThreads = 4;
    };

    /// Creates the folders; nothing listens yet. Throws sr::Error(Io | InvalidArgument).
    explicit IpfsService(Options options);
    ~IpfsService();
    std::string apiUrl() const { return baseUrl(); }     ///< the SDK's ipfsNode
    std::string gatewayUrl() const { return baseUrl(); } ///< the SDK's ipfsGateway

    // Direct access, for the sandbox itself (and tests). Thread-safe.

    /// Imports content as `ipfs add` would and stores its blocks (unless `store` is false).
    iexec::UnixFsResult add(ByteReader& content, const iexec::UnixFsOptions& options = {},
                            bool store = true);
    iexec::UnixFsResult add(ByteView content, const iexec::UnixFsOptions& options = {});
    /// True when the block is stored (not the whole DAG: see fileSize()).
    bool hasBlock(const iexec::Cid& cid) const;
    /// The stored block, hash-checked. Throws sr::Error(NotFound | Corrupt).
    Bytes block(const iexec::Cid& cid) const;
    /// The content size of a file whose whole DAG is stored. Throws sr::Error(NotFound) when a
    /// block is missing, sr::Error(Unsupported) for a directory, sr::Error(Corrupt).
    std::uint64_t fileSize(const iexec::Cid& cid) const;
    /// Reads a stored file's content from the start, block by block (hash-checked).
    std::unique_ptr<ByteReader> open(const iexec::Cid& cid) const;

    std::filesystem::path blockPath(const iexec::Cid& cid) const;

private:
    void addRoutes();
    std::filesystem::path rootMarkerPath(const iexec::Cid& cid) const;
    void markComplete(const iexec::Cid& root) const;
    /// Writes a block file unless an intact copy is there already.
    void storeBlock(const iexec::Cid& cid, ByteView bytes) const;
    void syncBlocks() const;

    Options options_;
};

} // namespace sr::sandbox
