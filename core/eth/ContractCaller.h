#pragma once

#include "eth/ContractCall.h"
#include "eth/JsonRpcClient.h"
#include "eth/PackedCalls.h"
#include "eth/RevertDecoder.h"
#include "util/CancelToken.h"
#include "util/Error.h"

#include <optional>
#include <string>
#include <tuple>
#include <utility>
#include <vector>

namespace sr::eth {

/// The outcome of one call of a tolerant batch: a value or the error that call ended with.
template <typename T> struct CallResult {
    std::optional<T> value;
    std::optional<Error> error;
    bool ok() const { return value.has_value(); }
};

/// Runs prepared reads (ContractCall) against a node: one at a time, or many in one JSON-RPC
/// batch so that a screen listing 1,000 datasets costs a few HTTP requests. A revert becomes
/// Error(Reverted) with the decoded reason; node errors stay RpcError (Network).
/// Thread-safe as far as the JsonRpcClient is (it serialises requests).
class ContractCaller {
public:
    explicit ContractCaller(JsonRpcClient& rpc,
                            const RevertDecoder& decoder = RevertDecoder::standard());

    /// Reads at this block ("latest" by default). Pin a number ("0x1a2b") to read a screen's
    /// data from one consistent state.
    void setBlockTag(std::string tag) { blockTag_ = std::move(tag); }
    const std::string& blockTag() const { return blockTag_; }

    /// When on, the calls of callAll and tryAll are packed into a few eth_calls (PackedCalls),
    /// `perRequest` in each: 1,000 reads cost one small HTTP request whatever the node's batch
    /// limit. The calls of a packed request the node refuses are sent again one by one, so
    /// results never depend on it. Off by default.
    void setPacking(bool on, std::size_t perRequest = PackedCalls::kDefaultPerRequest) {
        packing_ = on;
        packedPerRequest_ = perRequest;
    }
    bool packing() const { return packing_; }

    JsonRpcClient& rpc() { return rpc_; }
    const RevertDecoder& decoder() const { return decoder_; }

    template <typename T> T call(const ContractCall<T>& c, const CancelToken* cancel = nullptr) {
        return c.decode(runOne(c.request(blockTag_), c.what, cancel));
    }

    /// Many calls of one type in as few HTTP requests as possible; throws the first failure.
    template <typename T>
    std::vector<T> callAll(const std::vector<ContractCall<T>>& list,
                           const CancelToken* cancel = nullptr) {
        const auto outcomes = run(requestsOf(list), {}, nullptr, cancel);
        std::vector<T> out;
        out.reserve(list.size());
        for (std::size_t i = 0; i < list.size(); ++i)
            out.push_back(list[i].decode(unwrap(outcomes[i], list[i].what)));
        return out;
    }

    /// Like callAll, but one failing call (a reverting or missing contract) does not fail the
    /// others: each result holds its value or its error.
    template <typename T>
    std::vector<CallResult<T>> tryAll(const std::vector<ContractCall<T>>& list,
                                      const CancelToken* cancel = nullptr) {
        return tryAll(list, {}, nullptr, cancel);
    }

    /// tryAll with other reads (eth_getLogs, eth_getBlockByNumber...) sent in the same JSON-RPC
    /// batch; their outcomes go to `alongsideOut`, in order.
    template <typename T>
    std::vector<CallResult<T>>
    tryAll(const std::vector<ContractCall<T>>& list, const std::vector<RpcCall>& alongside,
           std::vector<RpcOutcome>* alongsideOut, const CancelToken* cancel = nullptr) {
        const auto outcomes = run(requestsOf(list), alongside, alongsideOut, cancel);
        std::vector<CallResult<T>> out(list.size());
        for (std::size_t i = 0; i < list.size(); ++i) {
            try {
                out[i].value = list[i].decode(unwrap(outcomes[i], list[i].what));
            } catch (const Error& e) {
                out[i].error = e;
            }
        }
        return out;
    }

    /// Calls of different types in one batch: auto [eth, rlc] = caller.callTogether(a, b).
    template <typename... T> std::tuple<T...> callTogether(const ContractCall<T>&... list) {
        const std::vector<RpcCall> requests = {list.request(blockTag_)...};
        const auto outcomes = rpc_.batch(requests, nullptr);
        return decodeAll(outcomes, std::index_sequence_for<T...>{}, list...);
    }

    /// The value of a call whose request was sent by other means (in a batch with other
    /// methods): decoded as call() would, a revert explained.
    template <typename T> T decode(const ContractCall<T>& c, const RpcOutcome& outcome) const {
        return c.decode(unwrap(outcome, c.what));
    }

private:
    template <typename T>
    std::vector<RpcCall> requestsOf(const std::vector<ContractCall<T>>& list) const {
        std::vector<RpcCall> requests;
        requests.reserve(list.size());
        for (const auto& c : list)
            requests.push_back(c.request(blockTag_));
        return requests;
    }

    /// Sends `calls` (packed when packing is on) and `alongside` in one batch.
    std::vector<RpcOutcome> run(const std::vector<RpcCall>& calls,
                                const std::vector<RpcCall>& alongside,
                                std::vector<RpcOutcome>* alongsideOut, const CancelToken* cancel);

    template <std::size_t... I, typename... T>
    std::tuple<T...> decodeAll(const std::vector<RpcOutcome>& outcomes, std::index_sequence<I...>,
                               const ContractCall<T>&... list) const {
        return std::tuple<T...>{list.decode(unwrap(outcomes[I], list.what))...};
    }

    nlohmann::json runOne(const RpcCall& request, const std::string& what,
                          const CancelToken* cancel);
    nlohmann::json unwrap(const RpcOutcome& outcome, const std::string& what) const;

    JsonRpcClient& rpc_;
    const RevertDecoder& decoder_;
    std::string blockTag_ = "latest";
    bool packing_ = false;
    std::size_t packedPerRequest_ = PackedCalls::kDefaultPerRequest;
};

} // namespace sr::eth
