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

nlohmann::json ContractCaller::unwrap(const RpcOutcome& outcome, const std::string& what) const {
    if (!outcome.error)
        return outcome.result;
    if (auto reverted = decoder_.explain(*outcome.error, what))
        throw *reverted;
    throw *outcome.error;
}

} // namespace sr::eth
