#include "iexec/DataTimeline.h"

#include "eth/Abi.h"
#include "eth/BlockTimes.h"
#include "eth/ContractCaller.h"
#include "eth/Hex.h"
#include "eth/LogScanner.h"
#include "eth/Receipt.h"
#include "iexec/MarketClient.h"
#include "iexec/PocoHub.h"
#include "iexec/Registry.h"
#include "util/Error.h"

#include <algorithm>
#include <cstdio>
#include <limits>
#include <map>
#include <set>

namespace sr::iexec {
namespace {

using eth::Address;
using eth::U256;

const Hash32& transferTopic() {
    static const Hash32 t = eth::Abi::eventTopic(Registry::kTransfer);
    return t;
}
const Hash32& closedTopic() {
    static const Hash32 t = eth::Abi::eventTopic(PocoHub::kClosedDatasetOrder);
    return t;
}
const Hash32& matchedTopic() {
    static const Hash32 t = eth::Abi::eventTopic(PocoHub::kOrdersMatched);
    return t;
}

Hash32 word(const Address& a) {
    Hash32 h{};
    std::copy(a.bytes().begin(), a.bytes().end(), h.begin() + 12);
    return h;
}
Address addressOfWord(const Hash32& h) {
    for (std::size_t i = 0; i < 12; ++i)
        if (h[i] != 0)
            throw Error(ErrorCode::Corrupt, "A Transfer log holds an address wider than 20 bytes");
    return Address::fromBytes(ByteView(h.data() + 12, 20));
}
Hash32 hashOfBytes(const Bytes& b) {
    return eth::bytes32Of(b, "A hub log");
}

/// "2026-12-07T18:00:00.123Z" (the market's publication time) in milliseconds since 1970.
std::optional<std::uint64_t> isoMillis(const std::string& text) {
    if (text.size() < 20 || text[10] != 'T')
        return std::nullopt;
    const auto day = parseUtcDate(std::string_view(text).substr(0, 10));
    unsigned hh = 0, mm = 0, ss = 0;
    if (!day || std::sscanf(text.c_str() + 11, "%2u:%2u:%2u", &hh, &mm, &ss) != 3 || hh > 23 ||
        mm > 59 || ss > 60)
        return std::nullopt;
    std::uint64_t ms = 0;
    std::size_t at = 19;
    if (at < text.size() && text[at] == '.') {
        std::uint64_t scale = 100;
        for (++at; at < text.size() && text[at] >= '0' && text[at] <= '9'; ++at) {
            ms += static_cast<std::uint64_t>(text[at] - '0') * scale;
            scale /= 10;
        }
    }
    if (at + 1 != text.size() || text[at] != 'Z')
        return std::nullopt;
    return (*day + hh * 3600ull + mm * 60ull + ss) * 1000 + ms;
}

/// The chain's events in chain order.
bool chainOrder(const TimelineEvent& a, const TimelineEvent& b) {
    if (*a.block != *b.block)
        return *a.block < *b.block;
    return a.logIndex < b.logIndex;
}

} // namespace

std::string_view timelineKindName(TimelineKind kind) noexcept {
    switch (kind) {
    case TimelineKind::Created:
        return "created";
    case TimelineKind::Granted:
        return "granted";
    case TimelineKind::Revoked:
        return "revoked";
    case TimelineKind::Run:
        return "run";
    case TimelineKind::Transferred:
        break;
    }
    return "transferred";
}

nlohmann::json DataTimeline::toJson() const {
    nlohmann::json list = nlohmann::json::array();
    for (const auto& e : events) {
        nlohmann::json j = {{"kind", std::string(timelineKindName(e.kind))}};
        j["timestamp"] = e.timestamp ? nlohmann::json(*e.timestamp) : nlohmann::json();
        j["date"] = e.timestamp ? nlohmann::json(utcDateTime(*e.timestamp)) : nlohmann::json();
        if (e.block) {
            j["block"] = *e.block;
            j["transaction"] = eth::toHex(e.transaction);
        }
        switch (e.kind) {
        case TimelineKind::Created:
            j["owner"] = e.to.toChecksumHex();
            break;
        case TimelineKind::Transferred:
            j["from"] = e.from.toChecksumHex();
            j["to"] = e.to.toChecksumHex();
            break;
        case TimelineKind::Granted:
        case TimelineKind::Revoked:
            j["orderHash"] = eth::toHex(e.orderHash);
            if (e.order) {
                j["app"] = e.order->apprestrict.toChecksumHex();
                j["requester"] = e.order->requesterrestrict.toChecksumHex();
                j["workerpool"] = e.order->workerpoolrestrict.toChecksumHex();
                j["datasetprice"] = e.order->datasetprice.toDecimal();
                j["volume"] = e.order->volume.toDecimal();
            }
            if (e.remaining)
                j["remaining"] = *e.remaining;
            break;
        case TimelineKind::Run:
            if (e.deal) {
                const HubDeal& d = *e.deal;
                j["dealid"] = eth::toHex(d.dealId);
                j["app"] = d.app.toChecksumHex();
                j["requester"] = d.requester.toChecksumHex();
                j["workerpool"] = d.workerpool.toChecksumHex();
                j["datasetOwner"] = d.datasetOwner.toChecksumHex();
                j["datasetPrice"] = d.datasetPrice.toDecimal();
                j["tasks"] = d.botSize;
                j["completed"] = d.tasksCompleted;
                j["failed"] = d.tasksFailed;
            }
            j["orderHash"] = eth::toHex(e.orderHash);
            j["earned"] = e.earned.toDecimal();
            break;
        }
        list.push_back(std::move(j));
    }
    nlohmann::json out = {{"dataset", dataset.toChecksumHex()},
                          {"block", block},
                          {"count", events.size()},
                          {"events", list}};
    if (marketProblem)
        out["marketProblem"] = *marketProblem;
    return out;
}

DataTimelineReader::DataTimelineReader(eth::JsonRpcClient& rpc, const NetworkProfile& profile,
                                       HubLogReader& hubLogs, MarketClient* market)
    : DataTimelineReader(rpc, profile, hubLogs, market, Options{}) {}

DataTimelineReader::DataTimelineReader(eth::JsonRpcClient& rpc, const NetworkProfile& profile,
                                       HubLogReader& hubLogs, MarketClient* market, Options options)
    : rpc_(rpc), profile_(profile), hubLogs_(hubLogs), market_(market), options_(options) {
    if (options_.batchSize == 0)
        options_.batchSize = 1;
}

std::optional<DatasetOrder> DataTimelineReader::closedOrderOf(ByteView calldata) {
    static const std::string signature =
        "manageDatasetOrder((" + PocoHub::datasetOrderType().canonical() + ",uint8,bytes))";
    static const auto selector = eth::Abi::selector(signature);
    if (calldata.size() < 4 || !std::equal(selector.begin(), selector.end(), calldata.begin()))
        return std::nullopt;
    const auto args = eth::Abi::decodeCall(signature, calldata);
    const auto& operation = args.at(0).asList();
    if (operation.at(1).asNumber() != U256(static_cast<unsigned>(OrderOperation::Close)))
        return std::nullopt;
    const auto& f = operation.at(0).asList();
    DatasetOrder o;
    o.dataset = f.at(0).asAddress();
    o.datasetprice = f.at(1).asNumber();
    o.volume = f.at(2).asNumber();
    o.tag = hashOfBytes(f.at(3).asBytes());
    o.apprestrict = f.at(4).asAddress();
    o.workerpoolrestrict = f.at(5).asAddress();
    o.requesterrestrict = f.at(6).asAddress();
    o.salt = hashOfBytes(f.at(7).asBytes());
    return o;
}

void DataTimelineReader::scanLogs(const Address& dataset, DataTimelineScan& scan,
                                  std::uint64_t head, const CancelToken* cancel) {
    eth::ContractCaller caller(rpc_);
    const PocoHub hub(profile_.hubAddress());
    const Address registry = caller.call(hub.datasetRegistry(), cancel);
    const OrderDomain domain = caller.call(hub.domain(), cancel);

    // Only the blocks after the last read, and the last few again (a reorganisation).
    std::uint64_t from = scan.fromBlock;
    if (scan.toBlock)
        from = std::max(scan.fromBlock, *scan.toBlock + 1 > options_.reorgDepth
                                            ? *scan.toBlock + 1 - options_.reorgDepth
                                            : std::uint64_t(0));
    std::erase_if(scan.transfers, [&](const eth::Log& l) { return l.blockNumber >= from; });
    std::erase_if(scan.closes, [&](const auto& c) { return c.first.blockNumber >= from; });
    if (from > head) {
        scan.toBlock = head;
        return;
    }

    eth::LogScanner scanner(rpc_);
    eth::LogFilter transfers;
    transfers.addresses = {registry};
    transfers.topics = {{transferTopic()}, {}, {}, {word(dataset)}};
    for (auto& log : scanner.scan(transfers, from, head, cancel))
        scan.transfers.push_back(std::move(log));

    // ClosedDatasetOrder names only the order's hash: the transaction that closed it says
    // which data's order it was.
    eth::LogFilter closes;
    closes.addresses = {profile_.hubAddress()};
    closes.topics = {{closedTopic()}};
    const auto closed = scanner.scan(closes, from, head, cancel);
    std::vector<Hash32> txs;
    for (const auto& log : closed)
        if (txs.empty() || txs.back() != log.transactionHash)
            txs.push_back(log.transactionHash);
    std::map<Hash32, std::optional<DatasetOrder>> orderOfTx;
    for (std::size_t at = 0; at < txs.size(); at += options_.batchSize) {
        std::vector<eth::RpcCall> calls;
        const std::size_t end = std::min(txs.size(), at + options_.batchSize);
        for (std::size_t i = at; i < end; ++i)
            calls.push_back({"eth_getTransactionByHash", {eth::toHex(txs[i])}});
        const auto out = rpc_.batch(calls, cancel);
        for (std::size_t i = at; i < end; ++i) {
            const auto& o = out[i - at];
            if (o.error)
                throw *o.error;
            if (!o.result.is_object() || !o.result.contains("input"))
                throw Error(ErrorCode::Network, "The node does not know transaction " +
                                                    eth::toHex(txs[i]) + "; try again");
            std::optional<DatasetOrder> order;
            try {
                order = closedOrderOf(eth::fromHex(o.result.at("input").get<std::string>()));
            } catch (const Error&) {
                // Not a close of ours: another call whose logs hold a close.
            }
            orderOfTx[txs[i]] = order;
        }
    }
    for (const auto& log : closed) {
        const auto& order = orderOfTx[log.transactionHash];
        if (!order || order->dataset != dataset || log.data.size() != 32)
            continue;
        if (orderHash(domain, *order) != hashOfBytes(log.data))
            continue; // the transaction closed another order in the same call
        scan.closes.emplace_back(log, *order);
    }
    scan.toBlock = head;
}

DataTimeline DataTimelineReader::read(const Address& dataset,
                                      std::optional<std::uint64_t> createdBlock,
                                      DataTimelineScan* kept, const CancelToken* cancel) {
    const auto synced = hubLogs_.sync(cancel);
    const std::uint64_t head = synced.toBlock;
    const std::uint64_t start =
        createdBlock ? *createdBlock
                     : HubLogReader::hubDeploymentBlock(profile_.chainId).value_or(0);
    DataTimelineScan local;
    DataTimelineScan& scan = kept ? *kept : local;
    if (scan.dataset != dataset || scan.fromBlock != start) {
        scan = DataTimelineScan{};
        scan.dataset = dataset;
        scan.fromBlock = start;
    }
    scanLogs(dataset, scan, head, cancel);

    DataTimeline timeline;
    timeline.dataset = dataset;
    timeline.block = head;
    std::vector<TimelineEvent> chain;

    for (const auto& log : scan.transfers) {
        if (log.topics.size() != 4)
            continue;
        TimelineEvent e;
        e.from = addressOfWord(log.topics[1]);
        e.to = addressOfWord(log.topics[2]);
        e.kind = e.from.isZero() ? TimelineKind::Created : TimelineKind::Transferred;
        e.block = log.blockNumber;
        e.logIndex = log.logIndex;
        e.transaction = log.transactionHash;
        e.timestamp = log.blockTimestamp;
        chain.push_back(std::move(e));
    }
    for (const auto& [log, order] : scan.closes) {
        TimelineEvent e;
        e.kind = TimelineKind::Revoked;
        e.block = log.blockNumber;
        e.logIndex = log.logIndex;
        e.transaction = log.transactionHash;
        e.timestamp = log.blockTimestamp;
        e.orderHash = hashOfBytes(log.data);
        e.order = order;
        chain.push_back(std::move(e));
    }

    // The runs, with the grant each one used (its OrdersMatched log) and what it paid.
    const auto deals = hubLogs_.dealsOf(dataset);
    std::map<Hash32, Hash32> grantOfDeal;
    {
        std::vector<Hash32> txs;
        for (const auto& d : deals)
            if (std::find(txs.begin(), txs.end(), d.transaction) == txs.end())
                txs.push_back(d.transaction);
        for (std::size_t at = 0; at < txs.size(); at += options_.batchSize) {
            std::vector<eth::RpcCall> calls;
            const std::size_t end = std::min(txs.size(), at + options_.batchSize);
            for (std::size_t i = at; i < end; ++i)
                calls.push_back({"eth_getTransactionReceipt", {eth::toHex(txs[i])}});
            const auto out = rpc_.batch(calls, cancel);
            for (const auto& o : out) {
                if (o.error)
                    throw *o.error;
                if (!o.result.is_object())
                    continue; // a node behind: the grant stays unknown
                const auto receipt = eth::Receipt::fromJson(o.result);
                for (const auto& log : receipt.logs) {
                    if (log.address != profile_.hubAddress() || log.topics.empty() ||
                        log.topics[0] != matchedTopic() || log.data.size() < 6 * 32)
                        continue;
                    // OrdersMatched(dealid, appHash, datasetHash, workerpoolHash, ...)
                    Hash32 deal{}, grant{};
                    std::copy(log.data.begin(), log.data.begin() + 32, deal.begin());
                    std::copy(log.data.begin() + 64, log.data.begin() + 96, grant.begin());
                    grantOfDeal[deal] = grant;
                }
            }
        }
    }
    std::map<Address, std::vector<Earning>> rewardsOf;
    for (const auto& d : deals) {
        auto paid = rewardsOf.find(d.datasetOwner);
        if (paid == rewardsOf.end())
            paid = rewardsOf.emplace(d.datasetOwner, hubLogs_.rewardsTo(d.datasetOwner)).first;
        TimelineEvent e;
        e.kind = TimelineKind::Run;
        e.block = d.block;
        e.logIndex = 0;
        e.transaction = d.transaction;
        e.timestamp = d.timestamp;
        if (const auto g = grantOfDeal.find(d.dealId); g != grantOfDeal.end())
            e.orderHash = g->second;
        for (const auto& r : paid->second)
            if (r.deal == d.dealId && r.role == EarningRole::Data) {
                e.earned += r.amount;
                ++e.rewards;
            }
        e.deal = d;
        chain.push_back(std::move(e));
    }
    // The deal's log index is not kept: a run sorts after the other events of its block.
    for (auto& e : chain)
        if (e.kind == TimelineKind::Run)
            e.logIndex = std::numeric_limits<std::uint64_t>::max();

    // Block times the logs did not carry.
    std::set<std::uint64_t> missing;
    for (const auto& e : chain)
        if (!e.timestamp)
            missing.insert(*e.block);
    const auto times = eth::readBlockTimes(rpc_, missing, options_.batchSize, cancel);
    for (auto& e : chain)
        if (!e.timestamp)
            e.timestamp = times.at(*e.block);
    std::stable_sort(chain.begin(), chain.end(), chainOrder);

    // The grants: open ones from the market's book, and those the chain names (used by a run,
    // closed) asked one by one; a close tells the order even when the market forgot it.
    struct Grant {
        TimelineEvent event;
        std::optional<std::uint64_t> millis; ///< publication time
    };
    std::map<Hash32, Grant> grants;
    if (market_) {
        try {
            DatasetOrderbookQuery query;
            query.dataset = dataset;
            for (const auto& m : market_->allDatasetOrders(query, cancel)) {
                if (m.order.order.dataset != dataset)
                    continue;
                Grant g;
                g.event.orderHash = m.orderHash;
                g.event.order = m.order.order;
                g.event.remaining = m.remaining;
                g.millis = isoMillis(m.publicationTimestamp);
                grants[m.orderHash] = std::move(g);
            }
            std::vector<Hash32> named;
            for (const auto& e : chain)
                if ((e.kind == TimelineKind::Run || e.kind == TimelineKind::Revoked) &&
                    e.orderHash != Hash32{} && !grants.count(e.orderHash) &&
                    std::find(named.begin(), named.end(), e.orderHash) == named.end())
                    named.push_back(e.orderHash);
            for (const auto& hash : named) {
                const auto m = market_->datasetOrder(hash, cancel);
                if (!m || m->order.order.dataset != dataset)
                    continue;
                Grant g;
                g.event.orderHash = hash;
                g.event.order = m->order.order;
                g.millis = isoMillis(m->publicationTimestamp);
                grants[hash] = std::move(g);
            }
        } catch (const Error& e) {
            if (e.code() == ErrorCode::Cancelled)
                throw;
            timeline.marketProblem = e.what();
        }
    }
    for (const auto& e : chain)
        if (e.kind == TimelineKind::Revoked && !grants.count(e.orderHash)) {
            Grant g;
            g.event.orderHash = e.orderHash;
            g.event.order = e.order;
            grants[e.orderHash] = std::move(g);
        }

    // Each grant at its publication time, but never after what used or closed it, nor before
    // the data's creation.
    std::vector<std::pair<std::size_t, Grant>> placed;
    for (auto& [hash, g] : grants) {
        std::size_t firstUse = chain.size();
        for (std::size_t i = 0; i < chain.size(); ++i)
            if ((chain[i].kind == TimelineKind::Run || chain[i].kind == TimelineKind::Revoked) &&
                chain[i].orderHash == hash) {
                firstUse = i;
                break;
            }
        std::size_t at = firstUse;
        if (g.millis) {
            std::size_t byTime = 0;
            while (byTime < chain.size() && *chain[byTime].timestamp * 1000 <= *g.millis)
                ++byTime;
            at = std::min(at, byTime);
        }
        std::size_t created = 0;
        for (std::size_t i = 0; i < chain.size(); ++i)
            if (chain[i].kind == TimelineKind::Created)
                created = i + 1;
        at = std::max(at, std::min(created, firstUse));
        g.event.kind = TimelineKind::Granted;
        if (g.millis)
            g.event.timestamp = *g.millis / 1000;
        placed.emplace_back(at, std::move(g));
    }
    std::stable_sort(placed.begin(), placed.end(), [](const auto& a, const auto& b) {
        if (a.first != b.first)
            return a.first < b.first;
        return a.second.millis.value_or(0) < b.second.millis.value_or(0);
    });
    std::size_t next = 0;
    for (std::size_t i = 0; i <= chain.size(); ++i) {
        while (next < placed.size() && placed[next].first == i)
            timeline.events.push_back(std::move(placed[next++].second.event));
        if (i < chain.size())
            timeline.events.push_back(std::move(chain[i]));
    }
    return timeline;
}

} // namespace sr::iexec
