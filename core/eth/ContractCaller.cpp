#include "eth/ContractCaller.h"

namespace sr::eth {

ContractCaller::ContractCaller(JsonRpcClient& rpc, const RevertDecoder& decoder)
    : rpc_(rpc), decoder_(decoder) {}

nlohmann::json ContractCaller::runOne(const RpcCall& request, const std::string& what,
                                      const CancelToken* cancel) {
    try {
        return rpc_.call(request.method, request.params, cancel);
    } catch (const RpcError& e) {
        if (auto reverted = decoder_.explain(e, what))
            throw *reverted;
        throw;
    }
}

std::vector<RpcOutcome> ContractCaller::run(const std::vector<RpcCall>& calls,
                                            const std::vector<RpcCall>& alongside,
                                            std::vector<RpcOutcome>* alongsideOut,
                                            const CancelToken* cancel) {
    // A single call gains nothing from packing.
    const bool pack = packing_ && calls.size() > 1;
    std::optional<PackedCalls> packed;
    if (pack)
        packed.emplace(calls, packedPerRequest_);
    std::vector<RpcCall> requests = pack ? packed->requests() : calls;
    const std::size_t own = requests.size();
    requests.insert(requests.end(), alongside.begin(), alongside.end());
    auto replies = rpc_.batch(requests, cancel);
    if (alongsideOut)
        alongsideOut->assign(replies.begin() + static_cast<std::ptrdiff_t>(own), replies.end());
    replies.resize(own);
    if (!pack)
        return replies;
    auto outcomes = packed->unpack(replies);
    const auto& again = packed->unanswered();
    if (!again.empty()) {
        // The node would not run those packed: the same reads one by one.
        std::vector<RpcCall> retry;
        retry.reserve(again.size());
        for (const std::size_t i : again)
            retry.push_back(calls[i]);
        auto more = rpc_.batch(retry, cancel);
        for (std::size_t k = 0; k < again.size(); ++k)
            outcomes[again[k]] = std::move(more[k]);
    }
    return outcomes;
}

nlohmann::json ContractCaller::unwrap(const RpcOutcome& outcome, const std::string& what) const {
    if (!outcome.error)
        return outcome.result;
    if (auto reverted = decoder_.explain(*outcome.error, what))
        throw *reverted;
    throw *outcome.error;
}

} // namespace sr::eth
