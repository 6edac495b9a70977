#include "sandbox/DevAccountSender.h"

#include "eth/Hex.h"
#include "util/Error.h"

#include <thread>

namespace sr::sandbox {

DevAccountSender::DevAccountSender(eth::JsonRpcClient& rpc, eth::Address from)
    : rpc_(rpc), from_(from) {}

nlohmann::json DevAccountSender::sendAndWait(nlohmann::json tx, const std::string& what) {
    tx["from"] = from_.toLowerHex();
    std::string hash;
    try {
        hash = rpc_.send("eth_sendTransaction", nlohmann::json::array({tx})).get<std::string>();
    } catch (const eth::RpcError& e) {
        throw Error(ErrorCode::Reverted, what + " was refused: " + e.rpcMessage());
    }
    // anvil mines at once unless a block time is set: poll quickly at first, then less often.
    auto pause = std::chrono::milliseconds(1);
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(30);
    while (std::chrono::steady_clock::now() < deadline) {
        nlohmann::json receipt =
            rpc_.call("eth_getTransactionReceipt", nlohmann::json::array({hash}));
        if (!receipt.is_null()) {
            if (receipt.value("status", "") != "0x1")
                throw Error(ErrorCode::Reverted, what + " reverted (transaction " + hash + ").");
            return receipt;
        }
        std::this_thread::sleep_for(pause);
        pause = std::min(pause * 2, std::chrono::milliseconds(50));
    }
    throw Error(ErrorCode::Network, what + ": no receipt after 30 s (transaction " + hash + ").");
}

eth::Address DevAccountSender::deploy(const Bytes& creationCode, const Bytes& constructorArgs) {
    Bytes data = creationCode;
    data.insert(data.end(), constructorArgs.begin(), constructorArgs.end());
    const auto receipt =
        sendAndWait({{"data", eth::toHex(data)}, {"gas", "0x1c9c380"}}, "A contract deployment");
    return eth::Address::fromHex(receipt.at("contractAddress").get<std::string>());
}

nlohmann::json DevAccountSender::transact(const eth::Address& to, std::string_view signature,
                                          const std::vector<eth::AbiValue>& args,
                                          const eth::U256& value) {
    nlohmann::json tx = {{"to", to.toLowerHex()},
                         {"data", eth::toHex(eth::Abi::encodeCall(signature, args))}};
    if (!value.isZero())
        tx["value"] = value.toHex();
    return sendAndWait(std::move(tx), std::string(signature));
}

nlohmann::json DevAccountSender::send(const eth::TransactionRequest& request,
                                      const std::string& what) {
    nlohmann::json tx = {{"data", eth::toHex(request.data)}};
    if (request.to)
        tx["to"] = request.to->toLowerHex();
    if (!request.value.isZero())
        tx["value"] = request.value.toHex();
    return sendAndWait(std::move(tx), what);
}

std::vector<eth::AbiValue> DevAccountSender::call(const eth::Address& to,
                                                  std::string_view signature,
                                                  const std::vector<eth::AbiValue>& args,
                                                  const std::vector<eth::AbiType>& outputs) {
    const nlohmann::json result = rpc_.call(
        "eth_call",
        nlohmann::json::array(
            {{{"to", to.toLowerHex()}, {"data", eth::toHex(eth::Abi::encodeCall(signature, args))}},
             "latest"}));
    if (!result.is_string())
        throw Error(ErrorCode::Corrupt, "eth_call returned something other than hex data.");
    return eth::Abi::decode(outputs, eth::fromHex(result.get<std::string>()));
}

} // namespace sr::sandbox
