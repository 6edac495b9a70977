#include "eth/Receipt.h"

#include "eth/RpcJson.h"
#include "util/Error.h"

namespace sr::eth {

Receipt Receipt::fromJson(const nlohmann::json& json) {
    using namespace rpcjson;
    if (!json.is_object())
        throw Error(ErrorCode::Corrupt, "The node sent a receipt that is not an object.");
    Receipt r;
    r.transactionHash = hash32(member(json, "transactionHash", "receipt"), "receipt hash");
    r.blockNumber = quantity(member(json, "blockNumber", "receipt"), "receipt block number");
    r.blockHash = hash32(member(json, "blockHash", "receipt"), "receipt block hash");
    r.transactionIndex =
        quantity(member(json, "transactionIndex", "receipt"), "receipt transaction index");
    r.from = address(member(json, "from", "receipt"), "receipt sender");
    if (auto to = json.find("to"); to != json.end() && !to->is_null())
        r.to = address(*to, "receipt recipient");
    if (auto created = json.find("contractAddress"); created != json.end() && !created->is_null())
        r.contractAddress = address(*created, "receipt contract address");
    const std::uint64_t status = quantity(member(json, "status", "receipt"), "receipt status");
    if (status > 1)
        throw Error(ErrorCode::Corrupt, "The node sent a receipt with an unknown status.");
    r.succeeded = status == 1;
    r.gasUsed = bigQuantity(member(json, "gasUsed", "receipt"), "receipt gas used");
    if (auto price = json.find("effectiveGasPrice"); price != json.end() && !price->is_null())
        r.effectiveGasPrice = bigQuantity(*price, "receipt gas price");
    const auto& logs = member(json, "logs", "receipt");
    if (!logs.is_array())
        throw Error(ErrorCode::Corrupt, "The node sent a receipt whose logs are not a list.");
    for (const auto& log : logs)
        r.logs.push_back(Log::fromJson(log));
    return r;
}

} // namespace sr::eth
