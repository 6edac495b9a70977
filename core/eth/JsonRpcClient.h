#pragma once

#include "util/CancelToken.h"
#include "util/Error.h"
#include "util/HttpClient.h"

#include <chrono>
#include <cstdint>
#include <memory>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

namespace sr::eth {

/// An error object returned by the node ({"code","message","data"}), e.g. a revert.
class RpcError : public Error {
public:
    RpcError(long long rpcCode, std::string rpcMessage, nlohmann::json data,
             const std::string& userMessage);
    long long rpcCode() const noexcept { return rpcCode_; }
    const std::string& rpcMessage() const noexcept { return rpcMessage_; }
    /// Revert data as sent by the node (usually a 0x-hex string), or null.
    const nlohmann::json& data() const noexcept { return data_; }

private:
    long long rpcCode_;
    std::string rpcMessage_;
    nlohmann::json data_;
};

struct RpcCall {
    std::string method;
    nlohmann::json params = nlohmann::json::array();
};

/// The outcome of one call of a batch: a result or the node's error.
struct RpcOutcome {
    nlohmann::json result;
    std::optional<RpcError> error;
};

/// JSON-RPC 2.0 over HTTP(S) to an Ethereum node. Reads are retried with backoff on transport
/// failures, HTTP 429 and 5xx, moving to the next URL of the profile; writes are sent once.
/// Every reply is checked strictly: a malformed, truncated or mismatched reply is
/// sr::Error(Corrupt) naming the node, never a wrong value.
class JsonRpcClient {
public:
    struct Options {
        int maxAttempts = 4;                           ///< for reads
        std::chrono::milliseconds initialBackoff{250}; ///< doubled after each failure
        std::chrono::milliseconds timeout{20000};      ///< per HTTP exchange
        std::size_t maxBatch = 100;                    ///< calls per HTTP request
        /// All the attempts of one call together (retries and backoff included): past it the
        /// call ends with a TimeoutError saying so. 0: only `timeout` per exchange bounds it.
        std::chrono::milliseconds totalTimeout{0};
        /// Used by every call given no token of its own (e.g. a process's Ctrl-C), so that
        /// reads made deep inside services are cancelled too. Must outlive the client.
        const CancelToken* cancel = nullptr;
        /// The chain the node must serve: asked once (eth_chainId), before the first call
        /// this client makes, which fails with Error(ChainMismatch) instead of reading another
        /// chain; asked again after a failure. Unset: the caller checks (requireChainId).
        std::optional<std::uint64_t> chainId;
    };

    explicit JsonRpcClient(std::vector<std::string> urls);
    JsonRpcClient(std::vector<std::string> urls, Options options);
    ~JsonRpcClient();

    /// A read (eth_call, eth_getBalance, ...): retried. Throws RpcError for a node error.
    nlohmann::json call(const std::string& method, nlohmann::json params = nlohmann::json::array(),
                        const CancelToken* cancel = nullptr);
    /// A write (eth_sendRawTransaction, anvil_*): sent once, never retried.
    nlohmann::json send(const std::string& method, nlohmann::json params = nlohmann::json::array(),
                        const CancelToken* cancel = nullptr);
    /// Many reads in as few HTTP requests as `maxBatch` allows; outcomes in call order.
    std::vector<RpcOutcome> batch(const std::vector<RpcCall>& calls,
                                  const CancelToken* cancel = nullptr);

    /// eth_chainId as a number.
    std::uint64_t chainId(const CancelToken* cancel = nullptr);
    /// Throws sr::Error(ChainMismatch) if the node serves another chain than `expected`.
    void requireChainId(std::uint64_t expected, const CancelToken* cancel = nullptr);
    /// The same check on an eth_chainId result read by other means (in a batch): throws
    /// sr::Error(ChainMismatch), or Error(Corrupt) for a result that is not a quantity.
    void checkChainId(const nlohmann::json& result, std::uint64_t expected) const;
    /// eth_blockNumber.
    std::uint64_t blockNumber(const CancelToken* cancel = nullptr);

    const std::vector<std::string>& urls() const { return urls_; }
    /// What the client was made with (to make another one alike, for requests in parallel).
    const Options& options() const { return options_; }

    /// One JSON-RPC 2.0 reply object checked against the id sent: its result, or the node's
    /// error. Throws Error(Corrupt) naming `node` for anything else. (Exposed for the fuzzer.)
    static RpcOutcome readReply(const nlohmann::json& reply, std::uint64_t id,
                                const std::string& node);
    /// A batch reply to `count` requests numbered from `firstId`, in any order, each answered
    /// exactly once: the outcomes in request order. Throws Error(Corrupt).
    static std::vector<RpcOutcome> readBatchReply(const nlohmann::json& reply,
                                                  std::uint64_t firstId, std::size_t count,
                                                  const std::string& node);

    /// Parses a quantity ("0x1a") strictly: no leading zeros, at most 64 bits.
    static std::uint64_t parseQuantity(const nlohmann::json& value, const std::string& what);

private:
    nlohmann::json exchange(const nlohmann::json& body, bool retry, const CancelToken* cancel,
                            std::string* node);
    nlohmann::json single(const std::string& method, nlohmann::json params, bool retry,
                          const CancelToken* cancel);
    /// Options::chainId checked, once; with mutex_ held.
    void verifyChain(const CancelToken* cancel);

    std::vector<std::string> urls_;
    Options options_;
    std::size_t preferred_ = 0; ///< the URL that last answered
    std::uint64_t nextId_ = 1;
    bool chainVerified_ = false;
    std::unique_ptr<HttpClient> http_;
    std::mutex mutex_;
};

} // namespace sr::eth
