#include "eth/Log.h"

#include "eth/RpcJson.h"
#include "util/Error.h"

namespace sr::eth {

Log Log::fromJson(const nlohmann::json& json) {
    namespace j = rpcjson;
    if (!json.is_object())
        throw Error(ErrorCode::Corrupt, "The node sent a log that is not an object.");
    Log log;
    log.address = j::address(j::member(json, "address", "log address"), "log address");
    const auto& topics = j::member(json, "topics", "log topics");
    if (!topics.is_array() || topics.size() > 4)
        throw Error(ErrorCode::Corrupt, "The node sent a log with an invalid topic list.");
    for (const auto& topic : topics)
        log.topics.push_back(j::hash32(topic, "log topic"));
    log.data = j::bytes(j::member(json, "data", "log data"), "log data");
    log.blockNumber =
        j::quantity(j::member(json, "blockNumber", "log block number"), "log block number");
    log.blockHash = j::hash32(j::member(json, "blockHash", "log block hash"), "log block hash");
    log.transactionHash = j::hash32(j::member(json, "transactionHash", "log transaction hash"),
                                    "log transaction hash");
    log.transactionIndex = j::quantity(j::member(json, "transactionIndex", "log transaction index"),
                                       "log transaction index");
    log.logIndex = j::quantity(j::member(json, "logIndex", "log index"), "log index");
    if (auto removed = json.find("removed"); removed != json.end()) {
        if (!removed->is_boolean())
            throw Error(ErrorCode::Corrupt, "The node sent a log whose \"removed\" is not a bool.");
        log.removed = removed->get<bool>();
    }
    if (auto time = json.find("blockTimestamp"); time != json.end() && !time->is_null())
        log.blockTimestamp = j::quantity(*time, "log block timestamp");
    return log;
}

} // namespace sr::eth
