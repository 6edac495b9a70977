#pragma once

// Talks to an IPFS node the way the protect pipeline needs: `add` through Kubo's RPC API (a
// multipart upload streamed from a file or from the sealing itself, so a gigabyte costs no
// memory) and the gateway check that the content is served. The pipeline computes the CID
// itself (DatasetCipher, as it seals) and insists the node agrees: a node that stores the
// bytes under another CID (other chunking, CIDv1, a proxy that altered the upload) would make
// the multiaddr on chain point nowhere.

#include "iexec/Cid.h"
#include "util/CancelToken.h"
#include "util/HttpClient.h"

#include <cstdint>
#include <filesystem>
#include <functional>
#include <string>

namespace sr::iexec {

class IpfsClient {
public:
    /// (bytes sent, total).
    using Progress = std::function<void(std::uint64_t sent, std::uint64_t total)>;

    /// `apiUrl`: the Kubo RPC endpoint (profile.ipfsNode); `gatewayUrl`: profile.ipfsGateway.
    IpfsClient(std::string apiUrl, std::string gatewayUrl);

    /// POST {api}/api/v0/add with the file as the one part of a multipart body, Kubo's
    /// default DAG (CIDv0, 256 KiB chunks), pinned. Returns the CID the node answered.
    /// Throws sr::Error(NotFound|Io) for the file, Error(Network) when the node is unreachable
    /// or refuses (its message quoted), Error(Corrupt) for a reply without a CID,
    /// Error(Cancelled).
    Cid add(const std::filesystem::path& file, const Progress& progress = {},
            const CancelToken* cancel = nullptr);

    /// Content that is not a file (the protect pipeline seals straight into the upload):
    /// `size` bytes, read in pieces as the upload goes (0 before `size`: Error(Io)).
    struct Content {
        std::string name; ///< the part's file name, a label for the node
        std::uint64_t size = 0;
        std::function<std::size_t(char* buffer, std::size_t capacity)> read;
    };
    /// add() of streamed content: the same request, the errors `read` throws besides.
    Cid add(const Content& content, const Progress& progress = {},
            const CancelToken* cancel = nullptr);

    /// add(), then Error(Corrupt) naming both CIDs when the node's differs from `expected`.
    void addExpecting(const std::filesystem::path& file, const Cid& expected,
                      const Progress& progress = {}, const CancelToken* cancel = nullptr);
    /// Error(Corrupt) naming both CIDs when the node stored the content as `got`, not as
    /// `expected` (another DAG layout than Kubo's defaults, or altered bytes).
    void expectSame(const Cid& got, const Cid& expected) const;

    /// HEAD {gateway}/ipfs/{cid}: true for 200 (or any 2xx), false for 404, Error(Network)
    /// for an unreachable gateway or another status.
    bool gatewayHas(const Cid& cid, const CancelToken* cancel = nullptr);

private:
    /// http_.send, a transport failure named after the service (`what`) and its URL.
    HttpResponse sendTo(const char* what, const std::string& base, const HttpRequest& request,
                        const CancelToken* cancel);

    std::string apiUrl_;
    std::string gatewayUrl_;
    HttpClient http_;
};

} // namespace sr::iexec
