#include "sandbox/ServiceChainReader.h"

#include "eth/Abi.h"
#include "eth/Hex.h"
#include "eth/Log.h"
#include "util/Error.h"

namespace sr::sandbox {

namespace {

using eth::AbiType;
using eth::AbiValue;
using eth::Address;

eth::RpcCall ethCall(const Address& to, std::string_view signature,
                     const std::vector<AbiValue>& args) {
    return {"eth_call",
            nlohmann::json::array({{{"to", to.toLowerHex()},
                                    {"data", eth::toHex(eth::Abi::encodeCall(signature, args))}},
                                   "latest"})};
}

std::vector<AbiValue> decodeResult(const nlohmann::json& result,
                                   const std::vector<AbiType>& outputs, std::string_view what) {
    if (!result.is_string())
        throw Error(ErrorCode::Corrupt, std::string(what) + ": eth_call returned no hex data.");
    const Bytes data = eth::fromHex(result.get<std::string>());
    if (data.empty())
        throw Error(ErrorCode::NotFound, std::string(what) + ": no contract answered.");
    return eth::Abi::decode(outputs, data);
}

Hash32 toHash(const AbiValue& value) {
    Hash32 out{};
    const Bytes& bytes = value.asBytes();
    if (bytes.size() != out.size())
        throw Error(ErrorCode::Corrupt, "A bytes32 value has the wrong size.");
    std::copy(bytes.begin(), bytes.end(), out.begin());
    return out;
}

} // namespace

ServiceChainReader::ServiceChainReader(std::string rpcUrl, PocoDeployment deployment)
    : rpc_(std::vector<std::string>{std::move(rpcUrl)}), deployment_(std::move(deployment)) {}

std::vector<AbiValue> ServiceChainReader::call(const Address& to, std::string_view signature,
                                               const std::vector<AbiValue>& args,
                                               const std::vector<AbiType>& outputs) {
    const auto request = ethCall(to, signature, args);
    return decodeResult(rpc_.call(request.method, request.params), outputs, signature);
}

std::uint64_t ServiceChainReader::chainId() {
    {
        std::lock_guard lock(mutex_);
        if (chainId_)
            return *chainId_;
    }
    const std::uint64_t id = rpc_.chainId();
    std::lock_guard lock(mutex_);
    chainId_ = id;
    return id;
}

iexec::OrderDomain ServiceChainReader::domain() {
    {
        std::lock_guard lock(mutex_);
        if (domain_)
            return *domain_;
    }
    const auto values =
        call(deployment_.hub, "domain()", {}, {AbiType::parse("(string,string,uint256,address)")});
    const auto& fields = values.at(0).asList();
    iexec::OrderDomain domain;
    domain.name = fields.at(0).asString();
    domain.version = fields.at(1).asString();
    domain.chainId = fields.at(2).asNumber().toUint64();
    domain.verifyingContract = fields.at(3).asAddress();
    std::lock_guard lock(mutex_);
    domain_ = domain;
    return domain;
}

std::optional<Address> ServiceChainReader::registeredOwner(Registry registry,
                                                           const Address& entry) {
    const Address& registryAddress = registry == Registry::App ? deployment_.appRegistry
                                     : registry == Registry::Dataset
                                         ? deployment_.datasetRegistry
                                         : deployment_.workerpoolRegistry;
    const auto outcomes =
        rpc_.batch({ethCall(registryAddress, "isRegistered(address)", {AbiValue::address(entry)}),
                    ethCall(entry, "owner()", {})});
    if (outcomes.at(0).error)
        throw Error(ErrorCode::Network,
                    "The registry did not answer isRegistered: " + outcomes[0].error->rpcMessage());
    if (!decodeResult(outcomes[0].result, {AbiType::boolean()}, "isRegistered(address)")
             .at(0)
             .asBool())
        return std::nullopt;
    if (outcomes.at(1).error)
        throw Error(ErrorCode::Network, "A registered entry did not answer owner(): " +
                                            outcomes[1].error->rpcMessage());
    return decodeResult(outcomes[1].result, {AbiType::address()}, "owner()").at(0).asAddress();
}

std::vector<eth::U256> ServiceChainReader::consumed(const std::vector<Hash32>& orderHashes) {
    std::vector<eth::RpcCall> calls;
    calls.reserve(orderHashes.size());
    for (const auto& hash : orderHashes)
        calls.push_back(ethCall(deployment_.hub, "viewConsumed(bytes32)",
                                {AbiValue::bytes(Bytes(hash.begin(), hash.end()))}));
    const auto outcomes = rpc_.batch(calls);
    std::vector<eth::U256> out;
    out.reserve(outcomes.size());
    for (const auto& outcome : outcomes) {
        if (outcome.error)
            throw Error(ErrorCode::Network,
                        "The hub did not answer viewConsumed: " + outcome.error->rpcMessage());
        out.push_back(decodeResult(outcome.result, {AbiType::uint()}, "viewConsumed(bytes32)")
                          .at(0)
                          .asNumber());
    }
    return out;
}

bool ServiceChainReader::verifySignature(const Address& signer, const Hash32& hash, ByteView sign) {
    const auto request =
        ethCall(deployment_.hub, "verifySignature(address,bytes32,bytes)",
                {AbiValue::address(signer), AbiValue::bytes(Bytes(hash.begin(), hash.end())),
                 AbiValue::bytes(Bytes(sign.begin(), sign.end()))});
    try {
        return decodeResult(rpc_.call(request.method, request.params), {AbiType::boolean()},
                            "verifySignature")
            .at(0)
            .asBool();
    } catch (const eth::RpcError&) {
        return false; // the contract reverted on a malformed signature
    }
}

eth::U256 ServiceChainReader::stake(const Address& account) {
    const auto values = call(deployment_.hub, "viewAccount(address)", {AbiValue::address(account)},
                             {AbiType::parse("(uint256,uint256)")});
    return values.at(0).asList().at(0).asNumber();
}

bool ServiceChainReader::wasClosed(std::string_view closedEvent, const Hash32& orderHash) {
    const Hash32 topic = eth::Abi::eventTopic(closedEvent);
    const nlohmann::json filter = {{"address", deployment_.hub.toLowerHex()},
                                   {"fromBlock", "0x0"},
                                   {"toBlock", "latest"},
                                   {"topics", nlohmann::json::array({eth::toHex(topic)})}};
    const nlohmann::json logs = rpc_.call("eth_getLogs", nlohmann::json::array({filter}));
    if (!logs.is_array())
        throw Error(ErrorCode::Corrupt, "eth_getLogs did not return a list.");
    const std::string wanted = eth::toHex(orderHash);
    for (const auto& log : logs) {
        const auto data = log.find("data");
        if (data != log.end() && data->is_string() && *data == wanted)
            return true;
    }
    return false;
}

ServiceChainReader::Task ServiceChainReader::task(const Hash32& taskId) {
    const auto values = call(
        deployment_.hub, "viewTask(bytes32)",
        {AbiValue::bytes(Bytes(taskId.begin(), taskId.end()))},
        {AbiType::parse("(uint8,bytes32,uint256,uint256,uint256,uint256,uint256,bytes32,uint256,"
                        "uint256,address[],bytes32,bytes,uint256,bytes)")});
    const auto& fields = values.at(0).asList();
    Task task;
    task.status = static_cast<std::uint8_t>(fields.at(0).asNumber().toUint64());
    task.dealId = toHash(fields.at(1));
    return task;
}

ServiceChainReader::Deal ServiceChainReader::deal(const Hash32& dealId) {
    return deals({dealId}).at(0);
}

std::vector<ServiceChainReader::Deal>
ServiceChainReader::deals(const std::vector<Hash32>& dealIds) {
    static const std::vector<AbiType> outputs = {
        AbiType::parse("((address,address,uint256),(address,address,uint256),(address,address,"
                       "uint256),uint256,uint256,bytes32,address,address,address,string,uint256,"
                       "uint256,uint256,uint256,uint256,address)")};
    std::vector<eth::RpcCall> calls;
    for (const auto& id : dealIds)
        calls.push_back(ethCall(deployment_.hub, "viewDeal(bytes32)",
                                {AbiValue::bytes(Bytes(id.begin(), id.end()))}));
    const auto outcomes = rpc_.batch(calls);
    std::vector<Deal> out;
    for (const auto& outcome : outcomes) {
        if (outcome.error)
            throw Error(ErrorCode::Network,
                        "The hub did not answer viewDeal: " + outcome.error->rpcMessage());
        const auto values = decodeResult(outcome.result, outputs, "viewDeal(bytes32)");
        const auto& f = values.at(0).asList();
        const auto resource = [](const AbiValue& value) {
            const auto& r = value.asList();
            return Resource{r.at(0).asAddress(), r.at(1).asAddress(), r.at(2).asNumber()};
        };
        Deal deal;
        deal.app = resource(f.at(0));
        deal.dataset = resource(f.at(1));
        deal.workerpool = resource(f.at(2));
        deal.trust = f.at(3).asNumber();
        deal.category = f.at(4).asNumber();
        deal.tag = toHash(f.at(5));
        deal.requester = f.at(6).asAddress();
        deal.beneficiary = f.at(7).asAddress();
        deal.callback = f.at(8).asAddress();
        deal.params = f.at(9).asString();
        deal.startTime = f.at(10).asNumber();
        deal.botFirst = f.at(11).asNumber();
        deal.botSize = f.at(12).asNumber();
        deal.workerStake = f.at(13).asNumber();
        deal.schedulerRewardRatio = f.at(14).asNumber();
        deal.sponsor = f.at(15).asAddress();
        if (deal.app.pointer.isZero())
            throw Error(ErrorCode::NotFound, "No such deal on chain.");
        out.push_back(std::move(deal));
    }
    return out;
}

std::vector<ServiceChainReader::Match> ServiceChainReader::ordersMatched(std::uint64_t fromBlock,
                                                                         std::uint64_t toBlock) {
    static const eth::AbiSignature event = eth::AbiSignature::parse(
        "OrdersMatched(bytes32 dealid, bytes32 appHash, bytes32 datasetHash, bytes32 "
        "workerpoolHash, bytes32 requestHash, uint256 volume)");
    const auto quantity = [](std::uint64_t n) { return eth::U256(n).toHex(); };
    const nlohmann::json filter = {
        {"address", deployment_.hub.toLowerHex()},
        {"fromBlock", quantity(fromBlock)},
        {"toBlock", quantity(toBlock)},
        {"topics", nlohmann::json::array({eth::toHex(eth::Abi::eventTopic(event.canonical()))})}};
    const nlohmann::json logs = rpc_.call("eth_getLogs", nlohmann::json::array({filter}));
    if (!logs.is_array())
        throw Error(ErrorCode::Corrupt, "eth_getLogs did not return a list.");
    std::vector<Match> out;
    for (const auto& json : logs) {
        const eth::Log log = eth::Log::fromJson(json);
        if (log.removed)
            continue;
        const auto values = eth::Abi::decodeEvent(event, log.topics, log.data);
        Match match;
        match.dealId = toHash(values.at(0));
        match.appHash = toHash(values.at(1));
        match.datasetHash = toHash(values.at(2));
        match.workerpoolHash = toHash(values.at(3));
        match.requestHash = toHash(values.at(4));
        match.volume = values.at(5).asNumber();
        match.blockNumber = log.blockNumber;
        match.transactionHash = log.transactionHash;
        out.push_back(match);
    }
    return out;
}

std::vector<std::uint64_t>
ServiceChainReader::blockTimestamps(const std::vector<std::uint64_t>& blocks) {
    std::vector<eth::RpcCall> calls;
    for (const auto block : blocks)
        calls.push_back(
            {"eth_getBlockByNumber", nlohmann::json::array({eth::U256(block).toHex(), false})});
    const auto outcomes = rpc_.batch(calls);
    std::vector<std::uint64_t> out;
    for (const auto& outcome : outcomes) {
        if (outcome.error || !outcome.result.is_object() || !outcome.result.contains("timestamp"))
            throw Error(ErrorCode::Corrupt, "A block was not returned with its timestamp.");
        out.push_back(
            eth::JsonRpcClient::parseQuantity(outcome.result.at("timestamp"), "A block timestamp"));
    }
    return out;
}

} // namespace sr::sandbox
