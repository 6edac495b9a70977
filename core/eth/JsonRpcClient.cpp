#include "eth/JsonRpcClient.h"

#include "util/JsonDepth.h"

#include <algorithm>
#include <thread>

namespace sr::eth {
namespace {

std::string describeRpcError(long long code, const std::string& message) {
    return "The node refused the request: " + message + " (code " + std::to_string(code) + ").";
}

bool transient(long status) {
    return status == 429 || status >= 500;
}

} // namespace

RpcError::RpcError(long long rpcCode, std::string rpcMessage, nlohmann::json data,
                   const std::string& userMessage)
    : Error(ErrorCode::Network, userMessage), rpcCode_(rpcCode), rpcMessage_(std::move(rpcMessage)),
      data_(std::move(data)) {}

JsonRpcClient::JsonRpcClient(std::vector<std::string> urls) : JsonRpcClient(std::move(urls), {}) {}

JsonRpcClient::JsonRpcClient(std::vector<std::string> urls, Options options)
    : urls_(std::move(urls)), options_(options), http_(std::make_unique<HttpClient>()) {
    if (urls_.empty())
        throw Error(ErrorCode::InvalidArgument, "No RPC URL: the network profile needs one.");
    if (options_.maxAttempts < 1)
        options_.maxAttempts = 1;
    if (options_.maxBatch < 1)
        options_.maxBatch = 1;
}

JsonRpcClient::~JsonRpcClient() = default;

nlohmann::json JsonRpcClient::exchange(const nlohmann::json& body, bool retry,
                                       const CancelToken* cancel, std::string* node) {
    if (!cancel)
        cancel = options_.cancel;
    const int attempts = retry ? options_.maxAttempts : 1;
    auto backoff = options_.initialBackoff;
    using Clock = std::chrono::steady_clock;
    const bool bounded = options_.totalTimeout.count() > 0;
    const auto deadline = Clock::now() + options_.totalTimeout;
    const auto noAnswer = [&] {
        const std::string seconds = std::to_string(options_.totalTimeout.count() / 1000);
        return TimeoutError({{"host", *node}, {"seconds", seconds}},
                            "No answer from " + *node + " after " + seconds + " s.");
    };
    std::string lastFailure;
    // The reason and parameters of the last failure, for the front ends' own words.
    ErrorReason lastReason = ErrorReason::Unspecified;
    ErrorParams lastParams;
    // What the last attempt ended with, when every attempt fails: a timeout stays a
    // TimeoutError (callers may ask for less), a non-JSON reply stays Corrupt.
    enum class Failure { Other, Timeout, NotJson } lastKind = Failure::Other;
    for (int attempt = 0; attempt < attempts; ++attempt) {
        if (cancel)
            cancel->throwIfCancelled();
        const std::string& url =
            urls_[(preferred_ + static_cast<std::size_t>(attempt)) % urls_.size()];
        *node = HttpClient::hostOf(url);
        HttpRequest request;
        request.method = "POST";
        request.url = url;
        request.headers = {{"Content-Type", "application/json"}, {"Accept", "application/json"}};
        request.body = body.dump();
        request.timeout = options_.timeout;
        if (bounded) {
            const auto left =
                std::chrono::duration_cast<std::chrono::milliseconds>(deadline - Clock::now());
            if (left.count() <= 0)
                throw noAnswer();
            request.timeout = std::min(request.timeout, left);
        }
        HttpResponse response;
        try {
            response = http_->send(request, cancel);
        } catch (const Error& e) {
            if (e.code() != ErrorCode::Network || !retry)
                throw;
            if (bounded && Clock::now() >= deadline)
                throw noAnswer();
            lastFailure = e.what();
            lastReason = e.reason();
            lastParams = e.params();
            lastKind = dynamic_cast<const TimeoutError*>(&e) ? Failure::Timeout : Failure::Other;
            response.status = -1;
        }
        if (response.ok()) {
            // Nested past any real reply, it would exhaust the stack when copied: refused
            // before it is parsed, like a reply that is not JSON.
            const bool tooDeep = jsonDeeperThan(response.body, kMaxJsonReplyDepth);
            nlohmann::json reply = tooDeep ? nlohmann::json(nlohmann::json::value_t::discarded)
                                           : nlohmann::json::parse(response.body, nullptr, false);
            if (!reply.is_discarded()) {
                preferred_ = (preferred_ + static_cast<std::size_t>(attempt)) % urls_.size();
                return reply;
            }
            // A captive portal or a broken proxy: for a read, another endpoint (or a later
            // try) may do better; a write is never sent twice.
            lastFailure =
                *node +
                (tooDeep ? " sent a reply nested too deeply" : " sent a reply that is not JSON") +
                "; it was ignored";
            lastKind = Failure::NotJson;
            lastReason = ErrorReason::Unspecified;
            lastParams.clear();
            if (!retry)
                throw Error(ErrorCode::Corrupt, lastFailure + ".");
        } else if (response.status > 0) {
            lastKind = Failure::Other;
            lastFailure = *node + " answered HTTP " + std::to_string(response.status);
            lastReason = ErrorReason::HttpStatus;
            lastParams = {{"host", *node}, {"status", std::to_string(response.status)}};
            if (!transient(response.status) || !retry)
                throw Error(ErrorCode::Network, lastReason, lastParams, lastFailure + ".");
            if (auto after = response.header("retry-after")) {
                // Honour a short Retry-After; a long one is the provider telling us to stop.
                try {
                    const long seconds = std::stol(*after);
                    if (seconds > 0 && seconds <= 10)
                        backoff = std::max(backoff, std::chrono::milliseconds(seconds * 1000));
                } catch (const std::exception&) {
                }
            }
        }
        if (attempt + 1 < attempts) {
            // Sleep in small steps so that cancelling is prompt.
            auto until = std::chrono::steady_clock::now() + backoff;
            if (bounded && until >= deadline)
                until = deadline; // the next attempt then reports the bound
            while (std::chrono::steady_clock::now() < until) {
                if (cancel)
                    cancel->throwIfCancelled();
                std::this_thread::sleep_for(std::chrono::milliseconds(20));
            }
            backoff *= 2;
        }
    }
    const std::string message =
        lastFailure.empty() ? "The node could not be reached."
                            : lastFailure + " (after " + std::to_string(attempts) + " attempts).";
    if (lastKind == Failure::Timeout)
        throw TimeoutError(std::move(lastParams), message);
    throw Error(lastKind == Failure::NotJson ? ErrorCode::Corrupt : ErrorCode::Network, lastReason,
                std::move(lastParams), message);
}

RpcOutcome JsonRpcClient::readReply(const nlohmann::json& reply, std::uint64_t id,
                                    const std::string& node) {
    auto corrupt = [&](const std::string& what) {
        return Error(ErrorCode::Corrupt, node + " sent a malformed JSON-RPC reply (" + what + ").");
    };
    if (!reply.is_object())
        throw corrupt("not an object");
    auto version = reply.find("jsonrpc");
    if (version == reply.end() || *version != "2.0")
        throw corrupt("not JSON-RPC 2.0");
    auto idIt = reply.find("id");
    if (idIt == reply.end() || !idIt->is_number_unsigned() || idIt->get<std::uint64_t>() != id)
        throw corrupt("the id does not match the request");
    const bool hasResult = reply.contains("result");
    const bool hasError = reply.contains("error") && !reply["error"].is_null();
    if (hasResult == hasError)
        throw corrupt("it must hold exactly one of result and error");
    RpcOutcome outcome;
    if (hasResult) {
        outcome.result = reply["result"];
        return outcome;
    }
    const auto& error = reply["error"];
    if (!error.is_object() || !error.contains("code") || !error["code"].is_number_integer() ||
        !error.contains("message") || !error["message"].is_string())
        throw corrupt("the error object is malformed");
    const long long code = error["code"].get<long long>();
    const std::string message = error["message"].get<std::string>();
    outcome.error = RpcError(code, message, error.value("data", nlohmann::json()),
                             describeRpcError(code, message));
    return outcome;
}

std::vector<RpcOutcome> JsonRpcClient::readBatchReply(const nlohmann::json& reply,
                                                      std::uint64_t firstId, std::size_t count,
                                                      const std::string& node) {
    if (!reply.is_array() || reply.size() != count)
        throw Error(ErrorCode::Corrupt, node + " sent a malformed batch reply (expected " +
                                            std::to_string(count) + " answers).");
    // Replies may come in any order: match them by id, each exactly once.
    std::vector<std::optional<RpcOutcome>> slot(count);
    for (const auto& item : reply) {
        if (!item.is_object() || !item.contains("id") || !item["id"].is_number_unsigned())
            throw Error(ErrorCode::Corrupt, node + " sent a batch answer without a valid id.");
        const std::uint64_t id = item["id"].get<std::uint64_t>();
        if (id < firstId || id - firstId >= slot.size() || slot[id - firstId])
            throw Error(ErrorCode::Corrupt,
                        node + " sent a batch answer for a request it was not asked.");
        slot[id - firstId] = readReply(item, id, node);
    }
    std::vector<RpcOutcome> outcomes;
    outcomes.reserve(count);
    for (auto& outcome : slot)
        outcomes.push_back(std::move(*outcome));
    return outcomes;
}

void JsonRpcClient::verifyChain(const CancelToken* cancel) {
    if (!options_.chainId || chainVerified_)
        return;
    const std::uint64_t id = nextId_++;
    const nlohmann::json body = {{"jsonrpc", "2.0"},
                                 {"id", id},
                                 {"method", "eth_chainId"},
                                 {"params", nlohmann::json::array()}};
    std::string node;
    const RpcOutcome outcome = readReply(exchange(body, true, cancel, &node), id, node);
    if (outcome.error)
        throw *outcome.error;
    checkChainId(outcome.result, *options_.chainId);
    chainVerified_ = true;
}

nlohmann::json JsonRpcClient::single(const std::string& method, nlohmann::json params, bool retry,
                                     const CancelToken* cancel) {
    std::lock_guard lock(mutex_);
    verifyChain(cancel);
    const std::uint64_t id = nextId_++;
    const nlohmann::json body = {
        {"jsonrpc", "2.0"}, {"id", id}, {"method", method}, {"params", std::move(params)}};
    std::string node;
    const nlohmann::json reply = exchange(body, retry, cancel, &node);
    RpcOutcome outcome = readReply(reply, id, node);
    if (outcome.error)
        throw *outcome.error;
    return std::move(outcome.result);
}

nlohmann::json JsonRpcClient::call(const std::string& method, nlohmann::json params,
                                   const CancelToken* cancel) {
    return single(method, std::move(params), true, cancel);
}

nlohmann::json JsonRpcClient::send(const std::string& method, nlohmann::json params,
                                   const CancelToken* cancel) {
    return single(method, std::move(params), false, cancel);
}

std::vector<RpcOutcome> JsonRpcClient::batch(const std::vector<RpcCall>& calls,
                                             const CancelToken* cancel) {
    std::vector<RpcOutcome> outcomes;
    outcomes.reserve(calls.size());
    std::lock_guard lock(mutex_);
    if (!calls.empty())
        verifyChain(cancel);
    for (std::size_t start = 0; start < calls.size(); start += options_.maxBatch) {
        const std::size_t end = std::min(calls.size(), start + options_.maxBatch);
        nlohmann::json body = nlohmann::json::array();
        const std::uint64_t firstId = nextId_;
        for (std::size_t i = start; i < end; ++i)
            body.push_back({{"jsonrpc", "2.0"},
                            {"id", nextId_++},
                            {"method", calls[i].method},
                            {"params", calls[i].params}});
        std::string node;
        const nlohmann::json reply = exchange(body, true, cancel, &node);
        for (auto& outcome : readBatchReply(reply, firstId, end - start, node))
            outcomes.push_back(std::move(outcome));
    }
    return outcomes;
}

std::uint64_t JsonRpcClient::parseQuantity(const nlohmann::json& value, const std::string& what) {
    if (!value.is_string())
        throw Error(ErrorCode::Corrupt, what + " is not a hex quantity.");
    const std::string& s = value.get_ref<const std::string&>();
    if (s.size() < 3 || s[0] != '0' || s[1] != 'x' || s.size() > 18 ||
        (s.size() > 3 && s[2] == '0'))
        throw Error(ErrorCode::Corrupt, what + " is not a valid hex quantity: " + s.substr(0, 24));
    std::uint64_t v = 0;
    for (std::size_t i = 2; i < s.size(); ++i) {
        const char c = s[i];
        int digit;
        if (c >= '0' && c <= '9')
            digit = c - '0';
        else if (c >= 'a' && c <= 'f')
            digit = c - 'a' + 10;
        else if (c >= 'A' && c <= 'F')
            digit = c - 'A' + 10;
        else
            throw Error(ErrorCode::Corrupt,
                        what + " is not a valid hex quantity: " + s.substr(0, 24));
        v = (v << 4) | static_cast<std::uint64_t>(digit);
    }
    return v;
}

std::uint64_t JsonRpcClient::chainId(const CancelToken* cancel) {
    return parseQuantity(call("eth_chainId", nlohmann::json::array(), cancel), "The chain id");
}

void JsonRpcClient::requireChainId(std::uint64_t expected, const CancelToken* cancel) {
    checkChainId(call("eth_chainId", nlohmann::json::array(), cancel), expected);
}

void JsonRpcClient::checkChainId(const nlohmann::json& result, std::uint64_t expected) const {
    const std::uint64_t actual = parseQuantity(result, "The chain id");
    if (actual != expected)
        throw Error(ErrorCode::ChainMismatch, ErrorReason::WrongChain,
                    {{"host", HttpClient::hostOf(urls_[preferred_])},
                     {"actual", std::to_string(actual)},
                     {"expected", std::to_string(expected)}},
                    "The node at " + HttpClient::hostOf(urls_[preferred_]) + " serves chain " +
                        std::to_string(actual) + ", but the network profile expects chain " +
                        std::to_string(expected) + ". Check the RPC URL in Settings.");
}

std::uint64_t JsonRpcClient::blockNumber(const CancelToken* cancel) {
    return parseQuantity(call("eth_blockNumber", nlohmann::json::array(), cancel),
                         "The block number");
}

} // namespace sr::eth
