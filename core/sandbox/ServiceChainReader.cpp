#include "sandbox/ServiceChainReader.h"

#include "eth/Abi.h"
#include "eth/Hex.h"
#include "eth/Log.h"
#include "iexec/Registry.h"
#include "util/Error.h"

namespace sr::sandbox {

namespace {

Hash32 toHash(const eth::AbiValue& value) {
    Hash32 out{};
    const Bytes& bytes = value.asBytes();
    if (bytes.size() != out.size())
        throw Error(ErrorCode::Corrupt, "A bytes32 value has the wrong size.");
    std::copy(bytes.begin(), bytes.end(), out.begin());
    return out;
}

nlohmann::json getLogs(eth::JsonRpcClient& rpc, const eth::Address& address, const Hash32& topic,
                       std::uint64_t fromBlock, std::optional<std::uint64_t> toBlock) {
    const nlohmann::json filter = {
        {"address", address.toLowerHex()},
        {"fromBlock", eth::U256(fromBlock).toHex()},
        {"toBlock", toBlock ? eth::U256(*toBlock).toHex() : std::string("latest")},
        {"topics", nlohmann::json::array({eth::toHex(topic)})}};
    nlohmann::json logs = rpc.call("eth_getLogs", nlohmann::json::array({filter}));
    if (!logs.is_array())
        throw Error(ErrorCode::Corrupt, "eth_getLogs did not return a list.");
    return logs;
}

} // namespace

ServiceChainReader::ServiceChainReader(std::string rpcUrl, PocoDeployment deployment)
    : rpc_(std::vector<std::string>{std::move(rpcUrl)}), caller_(rpc_),
      deployment_(std::move(deployment)), hub_(deployment_.hub) {}

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
    const iexec::OrderDomain domain = caller_.call(hub_.domain());
    std::lock_guard lock(mutex_);
    domain_ = domain;
    return domain;
}

std::optional<eth::Address> ServiceChainReader::registeredOwner(Registry registry,
                                                                const eth::Address& entry) {
    const iexec::Registry binding(registry == Registry::App       ? deployment_.appRegistry
                                  : registry == Registry::Dataset ? deployment_.datasetRegistry
                                                                  : deployment_.workerpoolRegistry);
    if (!caller_.call(binding.isRegistered(entry)))
        return std::nullopt;
    // A registered entry's owner() is the registry's owner of its token.
    return caller_.call(binding.ownerOf(entry));
}

std::vector<eth::U256> ServiceChainReader::consumed(const std::vector<Hash32>& orderHashes) {
    std::vector<eth::ContractCall<eth::U256>> calls;
    calls.reserve(orderHashes.size());
    for (const auto& hash : orderHashes)
        calls.push_back(hub_.viewConsumed(hash));
    return caller_.callAll(calls);
}

bool ServiceChainReader::verifySignature(const eth::Address& signer, const Hash32& hash,
                                         ByteView sign) {
    try {
        return caller_.call(hub_.verifySignature(signer, hash, Bytes(sign.begin(), sign.end())));
    } catch (const Error& e) {
        if (e.code() == ErrorCode::Reverted)
            return false; // the contract refuses to parse it ("invalid-signature-format")
        throw;
    }
}

eth::U256 ServiceChainReader::stake(const eth::Address& account) {
    return caller_.call(hub_.viewAccount(account)).stake;
}

bool ServiceChainReader::wasClosed(std::string_view closedEvent, const Hash32& orderHash) {
    const auto logs = getLogs(rpc_, deployment_.hub, eth::Abi::eventTopic(closedEvent), 0, {});
    for (const auto& json : logs) {
        const eth::Log log = eth::Log::fromJson(json);
        if (!log.removed && log.data.size() == 32 &&
            std::equal(log.data.begin(), log.data.end(), orderHash.begin()))
            return true;
    }
    return false;
}

iexec::Task ServiceChainReader::task(const Hash32& taskId) {
    return caller_.call(hub_.viewTask(taskId));
}

iexec::Deal ServiceChainReader::deal(const Hash32& dealId) {
    return deals({dealId}).at(0);
}

std::vector<iexec::Deal> ServiceChainReader::deals(const std::vector<Hash32>& dealIds) {
    std::vector<eth::ContractCall<iexec::Deal>> calls;
    calls.reserve(dealIds.size());
    for (const auto& id : dealIds)
        calls.push_back(hub_.viewDeal(id));
    auto out = caller_.callAll(calls);
    for (const auto& deal : out)
        if (!deal.exists())
            throw Error(ErrorCode::NotFound, "No such deal on chain.");
    return out;
}

std::vector<ServiceChainReader::Match> ServiceChainReader::ordersMatched(std::uint64_t fromBlock,
                                                                         std::uint64_t toBlock) {
    static const eth::AbiSignature event = eth::AbiSignature::parse(
        "OrdersMatched(bytes32 dealid, bytes32 appHash, bytes32 datasetHash, bytes32 "
        "workerpoolHash, bytes32 requestHash, uint256 volume)");
    const auto logs =
        getLogs(rpc_, deployment_.hub, eth::Abi::eventTopic(event.canonical()), fromBlock, toBlock);
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
    calls.reserve(blocks.size());
    for (const auto block : blocks)
        calls.push_back(
            {"eth_getBlockByNumber", nlohmann::json::array({eth::U256(block).toHex(), false})});
    const auto outcomes = rpc_.batch(calls);
    std::vector<std::uint64_t> out;
    out.reserve(outcomes.size());
    for (const auto& outcome : outcomes) {
        if (outcome.error || !outcome.result.is_object() || !outcome.result.contains("timestamp"))
            throw Error(ErrorCode::Corrupt, "A block was not returned with its timestamp.");
        out.push_back(
            eth::JsonRpcClient::parseQuantity(outcome.result.at("timestamp"), "A block timestamp"));
    }
    return out;
}

} // namespace sr::sandbox
