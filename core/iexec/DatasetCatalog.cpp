#include "iexec/DatasetCatalog.h"

#include "crypto/Sha256.h"
#include "eth/Abi.h"
#include "eth/BlockTimes.h"
#include "eth/Hex.h"
#include "eth/LogScanner.h"
#include "iexec/DataProtectorContract.h"
#include "iexec/DatasetView.h"
#include "iexec/Multiaddr.h"
#include "iexec/PocoHub.h"
#include "iexec/Registry.h"
#include "util/Error.h"
#include "util/HttpClient.h"

#include <algorithm>
#include <map>
#include <set>

namespace sr::iexec {

namespace {

/// An address as an indexed event topic: right-aligned in 32 bytes.
Hash32 addressTopic(const eth::Address& a) {
    Hash32 t{};
    std::copy(a.bytes().begin(), a.bytes().end(), t.begin() + 12);
    return t;
}

eth::Address addressOfTopic(const Hash32& t) {
    return eth::Address::fromBytes(ByteView(t).subspan(12));
}

using eth::blockTag;

/// Logs may cover the whole history in one request where the provider allows it; the scanner
/// cuts the range down when a provider refuses.
eth::LogScanner wideScanner(eth::JsonRpcClient& rpc, std::uint64_t toBlock) {
    eth::LogScanner::Options o;
    o.initialChunk = toBlock + 1;
    o.maxChunk = toBlock + 1;
    return eth::LogScanner(rpc, o);
}

// Topic OR lists this long pass on the nodes we know; longer lists are split.
constexpr std::size_t kTopicsPerFilter = 1000;

} // namespace

DatasetCatalog::DatasetCatalog(eth::JsonRpcClient& rpc, const NetworkProfile& profile,
                               const std::filesystem::path& databaseFile)
    : rpc_(rpc), profile_(profile), hub_(profile.hubAddress()),
      dataProtector_(profile.dataProtectorAddress()), cache_(databaseFile) {}

std::uint64_t DatasetCatalog::latestBlock(const CancelToken* cancel) {
    const bool readRegistry = !registry_;
    const auto registryCall = PocoHub(hub_).datasetRegistry();
    std::vector<eth::RpcCall> calls = {{"eth_blockNumber", nlohmann::json::array()}};
    if (readRegistry)
        calls.push_back(registryCall.request("latest"));
    const auto outcomes = rpc_.batch(calls, cancel);
    if (outcomes[0].error)
        throw *outcomes[0].error;
    const std::uint64_t block =
        eth::JsonRpcClient::parseQuantity(outcomes[0].result, "The block number");
    if (readRegistry)
        registry_ = eth::ContractCaller(rpc_).decode(registryCall, outcomes[1]);
    return block;
}

eth::Address DatasetCatalog::datasetRegistry(const CancelToken* cancel) {
    if (!registry_)
        (void)latestBlock(cancel);
    return *registry_;
}

std::vector<ProtectedData> DatasetCatalog::cached(const eth::Address& owner) const {
    return cache_.list(profile_.chainId, owner);
}

std::optional<ProtectedData> DatasetCatalog::cachedData(const eth::Address& dataset) const {
    return cache_.find(profile_.chainId, dataset);
}

bool DatasetCatalog::isCached(const eth::Address& owner) const {
    return cache_.syncedBlock(profile_.chainId, owner).has_value();
}

std::vector<ProtectedData>
readProtectedData(eth::JsonRpcClient& rpc, const eth::Address& dataProtector,
                  const std::vector<eth::Address>& datasets, std::uint64_t block,
                  const std::optional<eth::Address>& owner, const CancelToken* cancel) {
    std::vector<ProtectedData> out;
    if (datasets.empty())
        return out;

    // Schemas: DataProtector's DatasetSchema(address indexed dataset, string schema) events,
    // asked in the same batch as the records.
    static const eth::AbiSignature event =
        eth::AbiSignature::parse(DataProtectorContract::kDatasetSchema);
    static const Hash32 topic = eth::Abi::eventTopic(DataProtectorContract::kDatasetSchema);
    std::vector<eth::LogFilter> filters;
    std::vector<eth::RpcCall> logRequests;
    for (std::size_t start = 0; start < datasets.size(); start += kTopicsPerFilter) {
        eth::LogFilter filter;
        filter.addresses = {dataProtector};
        filter.topics = {{topic}, {}};
        for (std::size_t i = start; i < std::min(datasets.size(), start + kTopicsPerFilter); ++i)
            filter.topics[1].push_back(addressTopic(datasets[i]));
        logRequests.push_back(eth::LogScanner::request(filter, 0, block));
        filters.push_back(std::move(filter));
    }

    eth::ContractCaller caller(rpc);
    caller.setBlockTag(blockTag(block));
    caller.setPacking(true);
    std::vector<eth::RpcOutcome> logReplies;
    const auto records =
        DatasetView::readMany(caller, datasets, owner, logRequests, &logReplies, cancel);
    for (std::size_t i = 0; i < records.size(); ++i) {
        if (!records[i].ok())
            throw Error(records[i].error->code(),
                        "Protected data " + datasets[i].toChecksumHex() +
                            " could not be read: " + records[i].error->what());
        const DatasetInfo& info = *records[i].value;
        ProtectedData d;
        d.address = info.address;
        d.owner = info.owner;
        d.name = info.name;
        d.multiaddr = info.multiaddr;
        d.checksum = info.checksum;
        out.push_back(std::move(d));
    }

    std::map<eth::Address, eth::Log> schemaLogs;
    for (std::size_t k = 0; k < filters.size(); ++k) {
        // A node that refuses the whole history in one request gets it in chunks.
        auto scanner = wideScanner(rpc, block);
        for (auto& log : scanner.fromOutcome(logReplies.at(k), filters[k], 0, block, cancel))
            if (log.topics.size() == 2)
                schemaLogs.insert_or_assign(addressOfTopic(log.topics[1]), std::move(log));
    }
    std::set<std::uint64_t> blocks; // whose time the logs did not carry
    std::map<std::uint64_t, std::int64_t> times;
    for (auto& d : out) {
        const auto it = schemaLogs.find(d.address);
        if (it == schemaLogs.end())
            continue;
        const eth::Log& log = it->second;
        const auto values = eth::Abi::decodeEvent(event, log.topics, log.data);
        d.schema = values.at(1).asString();
        d.createdBlock = log.blockNumber;
        if (log.blockTimestamp)
            times[log.blockNumber] = static_cast<std::int64_t>(*log.blockTimestamp);
        else
            blocks.insert(log.blockNumber);
    }

    // Other creation times: one block header per distinct block, in one batch.
    std::vector<eth::RpcCall> headers;
    for (const auto b : blocks)
        headers.push_back({"eth_getBlockByNumber", {blockTag(b), false}});
    const auto replies = rpc.batch(headers, cancel);
    std::size_t index = 0;
    for (const auto b : blocks) {
        const auto& reply = replies.at(index++);
        if (reply.error || !reply.result.is_object() || !reply.result.contains("timestamp"))
            throw Error(ErrorCode::Corrupt, "The node did not return block " + std::to_string(b) +
                                                " of a protected data.");
        times[b] = static_cast<std::int64_t>(
            eth::JsonRpcClient::parseQuantity(reply.result["timestamp"], "block timestamp"));
    }
    for (auto& d : out)
        if (d.createdBlock)
            d.createdAt = times.at(*d.createdBlock);
    return out;
}

std::vector<ProtectedData> DatasetCatalog::refresh(const eth::Address& owner,
                                                   const CancelToken* cancel) {
    const std::uint64_t latest = latestBlock(cancel);
    const eth::Address registry = *registry_;
    const auto synced = cache_.syncedBlock(profile_.chainId, owner);
    if (synced && *synced >= latest)
        return cached(owner);

    eth::ContractCaller caller(rpc_);
    caller.setBlockTag(blockTag(latest));
    caller.setPacking(true);
    const Registry reg(registry);

    if (synced) {
        // What changed since: the registry's Transfer events from or to the owner.
        static const Hash32 transfer = eth::Abi::eventTopic(Registry::kTransfer);
        const Hash32 ownerTopic = addressTopic(owner);
        std::vector<eth::LogFilter> filters(2);
        std::vector<eth::RpcCall> requests;
        for (std::size_t side = 1; side <= 2; ++side) {
            eth::LogFilter& filter = filters[side - 1];
            filter.addresses = {registry};
            filter.topics = {{transfer}, {}, {}};
            filter.topics[side] = {ownerTopic};
            requests.push_back(eth::LogScanner::request(filter, *synced + 1, latest));
        }
        const auto replies = rpc_.batch(requests, cancel); // both sides in one request
        std::set<eth::Address> touched;
        for (std::size_t k = 0; k < filters.size(); ++k) {
            auto scanner = wideScanner(rpc_, latest);
            for (const auto& log :
                 scanner.fromOutcome(replies.at(k), filters[k], *synced + 1, latest, cancel))
                if (log.topics.size() == 4)
                    touched.insert(Registry::entryOf(eth::U256::fromBigEndian(log.topics[3])));
        }
        if (touched.size() <= kIncrementalLimit) {
            const std::vector<eth::Address> list(touched.begin(), touched.end());
            std::vector<eth::ContractCall<eth::Address>> owners;
            for (const auto& a : list)
                owners.push_back(reg.ownerOf(a));
            const auto current = caller.tryAll(owners, cancel);
            std::vector<eth::Address> kept, removed;
            for (std::size_t i = 0; i < list.size(); ++i) {
                if (current[i].ok() && *current[i].value == owner)
                    kept.push_back(list[i]);
                else
                    removed.push_back(list[i]); // transferred away (or burnt)
            }
            cache_.apply(profile_.chainId, owner, readFull(kept, latest, owner, cancel), removed,
                         latest);
            return cached(owner);
        }
    }
    const auto entries = reg.entriesOf(caller, owner, cancel);
    cache_.replaceAll(profile_.chainId, owner, readFull(entries, latest, owner, cancel), latest);
    return cached(owner);
}

ProtectedData DatasetCatalog::read(const eth::Address& dataset, const CancelToken* cancel) {
    const std::uint64_t latest = latestBlock(cancel);
    eth::ContractCaller caller(rpc_);
    caller.setBlockTag(blockTag(latest));
    if (!caller.call(Registry(*registry_).isRegistered(dataset), cancel))
        throw Error(ErrorCode::NotFound,
                    "No protected data is registered at " + dataset.toChecksumHex() + ".");
    return readFull({dataset}, latest, std::nullopt, cancel).at(0);
}

eth::TransactionRequest DatasetCatalog::transfer(const eth::Address& from,
                                                 const eth::Address& dataset,
                                                 const eth::Address& to,
                                                 const CancelToken* cancel) {
    if (to.isZero())
        throw Error(ErrorCode::InvalidArgument,
                    "The new owner can't be the zero address: the protected data would be lost.");
    // Whose it is comes first: giving someone else's data to oneself is not "already yours".
    const ProtectedData data = read(dataset, cancel);
    if (data.owner != from)
        throw Error(ErrorCode::InvalidArgument, "Protected data " + dataset.toChecksumHex() +
                                                    " belongs to " + data.owner.toChecksumHex() +
                                                    ", not to " + from.toChecksumHex() + ".");
    if (to == from)
        throw Error(ErrorCode::InvalidArgument, "The new owner is already the owner.");
    eth::TransactionRequest r;
    r.to = datasetRegistry(cancel);
    r.data = eth::Abi::encodeCall("safeTransferFrom(address,address,uint256)",
                                  {eth::AbiValue::address(from), eth::AbiValue::address(to),
                                   eth::AbiValue::number(Registry::tokenIdOf(dataset))});
    r.purpose = eth::TxPurpose::TransferDataset;
    r.details.recipient = to;
    r.details.dataset = dataset;
    r.details.name = data.name;
    return r;
}

std::string DatasetCatalog::transferConfirmation(const ProtectedData& data,
                                                 const eth::Address& to) {
    return "Transfer \"" + data.name + "\" (" + data.address.toChecksumHex() + ") to " +
           to.toChecksumHex() +
           "? The new owner alone will control it: grant, revoke and transfer it. This can't "
           "be undone from this account.";
}

std::string DatasetCatalog::contentUrl(const ProtectedData& data) const {
    std::string gateway = profile_.ipfsGateway;
    while (!gateway.empty() && gateway.back() == '/')
        gateway.pop_back();
    try {
        return gateway + "/ipfs/" + cidFromP2pMultiaddr(data.multiaddr).toString();
    } catch (const Error&) {
    }
    const std::string text(data.multiaddr.begin(), data.multiaddr.end());
    if (text.starts_with("https://") || text.starts_with("http://"))
        return text;
    if (text.starts_with("/ipfs/"))
        return gateway + text;
    throw Error(ErrorCode::Unsupported, "The location of protected data " +
                                            data.address.toChecksumHex() +
                                            " is neither an IPFS address nor a URL.");
}

bool DatasetCatalog::onOwnGateway(const ProtectedData& data) {
    try {
        (void)cidFromP2pMultiaddr(data.multiaddr);
        return true;
    } catch (const Error&) {
    }
    const std::string text(data.multiaddr.begin(), data.multiaddr.end());
    return text.starts_with("/ipfs/");
}

std::optional<std::uint64_t> DatasetCatalog::contentSize(const ProtectedData& data,
                                                         const CancelToken* cancel,
                                                         Hosts hosts) const {
    HttpRequest request;
    request.method = "HEAD";
    request.url = contentUrl(data);
    if (hosts == Hosts::OwnGatewayOnly && !onOwnGateway(data))
        throw Error(ErrorCode::InvalidArgument,
                    "The content of " + data.address.toChecksumHex() + " is held at " +
                        HttpClient::hostOf(request.url) +
                        ", a server its owner chose, not the network's IPFS gateway: it is "
                        "asked only when you ask for it.");
    request.timeout = std::chrono::seconds(30);
    const HttpResponse response = HttpClient().send(request, cancel);
    if (!response.ok())
        throw Error(ErrorCode::Network, HttpClient::hostOf(request.url) + " does not serve the " +
                                            "content of " + data.address.toChecksumHex() +
                                            " (HTTP " + std::to_string(response.status) + ").");
    const auto length = response.header("content-length");
    if (!length || length->empty() ||
        length->find_first_not_of("0123456789") != std::string::npos || length->size() > 19)
        return std::nullopt;
    return std::stoull(*length);
}

VerifyResult DatasetCatalog::verify(const eth::Address& dataset, const CancelToken* cancel) {
    const ProtectedData data = read(dataset, cancel);
    VerifyResult result;
    result.url = contentUrl(data);
    result.expected = data.checksum;
    // Hashed as it arrives: memory stays the same whatever the size, so there is no cap.
    crypto::Sha256 hash;
    HttpRequest request;
    request.url = result.url;
    request.timeout = std::chrono::milliseconds(0); // a large content takes what it takes...
    request.idleTimeout = kVerifyIdleTimeout;       // ...as long as it keeps coming
    request.bodySink = [&](std::string_view piece) {
        hash.update(asBytes(piece));
        result.size += piece.size();
    };
    HttpClient http;
    HttpResponse response;
    try {
        response = http.send(request, cancel);
    } catch (const Error& e) {
        if (e.code() != ErrorCode::Network)
            throw;
        throw Error(ErrorCode::Network, "The content of " + dataset.toChecksumHex() +
                                            " could not be downloaded: " + e.what());
    }
    if (!response.ok())
        throw Error(ErrorCode::Network, "The content of " + dataset.toChecksumHex() +
                                            " could not be downloaded from " +
                                            HttpClient::hostOf(result.url) + " (HTTP " +
                                            std::to_string(response.status) + ").");
    result.actual = hash.finalize();
    return result;
}

} // namespace sr::iexec
