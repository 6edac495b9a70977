#pragma once

#include "eth/Abi.h"
#include "eth/Address.h"
#include "eth/JsonRpcClient.h"
#include "eth/Log.h"
#include "util/CancelToken.h"

#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

namespace sr::eth {

/// What eth_getLogs should match: contracts and topics (per position: any of the hashes,
/// or anything when empty).
struct LogFilter {
    std::vector<Address> addresses;
    std::vector<std::vector<Hash32>> topics;

    /// The filter object of eth_getLogs for [fromBlock, toBlock].
    nlohmann::json toJson(std::uint64_t fromBlock, std::uint64_t toBlock) const;
};

/// Reads the logs of a block range of any size: eth_getLogs in chunks the provider accepts.
/// Providers limit ranges and result counts, each with its own message; a refused chunk is
/// halved (or cut to the range the provider suggests) until it passes, and so is one that
/// times out (TimeoutError); the chunk size then grows back. The size learned is kept for the next
/// scan.
class LogScanner {
public:
    struct Options {
        std::uint64_t initialChunk = 2000; ///< blocks per eth_getLogs to start with
        std::uint64_t maxChunk = 10000;    ///< never ask for more
        /// Chunks that pass in a row before the size doubles again.
        unsigned growAfter = 4;
    };

    /// Called after each chunk, in block order, with the logs of [from, to]: persist them and
    /// the scanned range here to resume a long scan later.
    using ChunkSink =
        std::function<void(const std::vector<Log>& logs, std::uint64_t from, std::uint64_t to)>;

    explicit LogScanner(JsonRpcClient& rpc);
    LogScanner(JsonRpcClient& rpc, Options options);

    /// Scans [fromBlock, toBlock] (inclusive) and returns every matching log, in chain order.
    std::vector<Log> scan(const LogFilter& filter, std::uint64_t fromBlock, std::uint64_t toBlock,
                          const CancelToken* cancel = nullptr);
    /// The same, handing each chunk to `sink` instead of keeping them all in memory.
    void scan(const LogFilter& filter, std::uint64_t fromBlock, std::uint64_t toBlock,
              const ChunkSink& sink, const CancelToken* cancel = nullptr);

    /// One eth_getLogs of [fromBlock, toBlock], to send in a batch with other reads.
    static RpcCall request(const LogFilter& filter, std::uint64_t fromBlock, std::uint64_t toBlock);
    /// The logs of an eth_getLogs result for `filter` over [fromBlock, toBlock], checked as
    /// scan() checks them (Error(Corrupt) for a log outside what was asked), removed ones left
    /// out, in chain order.
    static std::vector<Log> parse(const nlohmann::json& result, const LogFilter& filter,
                                  std::uint64_t fromBlock, std::uint64_t toBlock);
    /// The logs a batched request(filter, fromBlock, toBlock) answered. When the node refused
    /// the range as too large, it is scanned in chunks instead; another node error is thrown.
    std::vector<Log> fromOutcome(const RpcOutcome& outcome, const LogFilter& filter,
                                 std::uint64_t fromBlock, std::uint64_t toBlock,
                                 const CancelToken* cancel = nullptr);

    /// The chunk size the next request will use.
    std::uint64_t chunkSize() const { return chunk_; }
    /// eth_getLogs requests made so far (refused ones included).
    std::uint64_t requestCount() const { return requests_; }

    /// True when a node error means "ask for fewer blocks or fewer results" (geth, Erigon,
    /// Nethermind, Infura, Alchemy, QuickNode, Ankr, Chainstack, dRPC, BlastAPI, Arbitrum...).
    static bool isRangeTooLarge(long long code, const std::string& message);
    /// The block range a provider says would work ("this block range should work: [0x1, 0x2]"),
    /// or the block count it allows ("maximum block range: 5000", "up to a 2K block range").
    static std::optional<std::uint64_t> suggestedChunk(const std::string& message,
                                                       std::uint64_t from);
    /// How much of a node's error message suggestedChunk() reads (its start): the wordings it
    /// knows are short, and a reply can hold megabytes.
    static constexpr std::size_t kMaxErrorTextRead = 4096;

private:
    std::vector<Log> fetch(const LogFilter& filter, std::uint64_t from, std::uint64_t to,
                           const CancelToken* cancel);

    JsonRpcClient& rpc_;
    Options options_;
    std::uint64_t chunk_;
    unsigned successes_ = 0;
    std::uint64_t requests_ = 0;
};

/// Decodes logs by ABI: events are registered by signature or from a JSON ABI, and a log is
/// matched on its topic 0 and its number of topics. Events that share a topic 0 are told
/// apart that way: ERC-20's Transfer(address indexed, address indexed, uint256) and ERC-721's
/// Transfer(address indexed, address indexed, uint256 indexed) both stay decodable.
class EventDecoder {
public:
    struct Decoded {
        std::string event; ///< "Transfer"
        std::shared_ptr<const AbiSignature> signature;
        std::vector<AbiValue> values; ///< one per parameter, declaration order
        /// The value of the parameter named `name`. Throws Error(NotFound).
        const AbiValue& operator[](std::string_view name) const;
    };

    /// "Transfer(address indexed from, address indexed to, uint256 value)" ("event " optional).
    void add(std::string_view eventSignature);
    /// Every {"type": "event"} of a JSON ABI (anonymous events are skipped: nothing identifies
    /// their logs).
    void addAbi(const nlohmann::json& abi);

    /// Decodes a log of a known event; nothing for an unknown topic 0 (or a known one with a
    /// topic count no registered event has). A log that matches but does not decode throws
    /// Error(Corrupt).
    std::optional<Decoded> decode(const Log& log) const;
    /// The topic 0 of a registered event by name. Throws Error(NotFound).
    Hash32 topic(std::string_view eventName) const;

private:
    void insert(AbiSignature signature);
    std::map<Hash32, std::vector<std::shared_ptr<const AbiSignature>>> events_;
};

} // namespace sr::eth
