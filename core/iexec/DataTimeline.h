#pragma once

#include "eth/Address.h"
#include "eth/JsonRpcClient.h"
#include "iexec/DataTimelineTypes.h"
#include "iexec/HubLedger.h"
#include "iexec/IexecOrders.h"
#include "iexec/NetworkProfile.h"
#include "util/Bytes.h"
#include "util/CancelToken.h"

#include <cstdint>
#include <optional>

namespace sr::iexec {

class MarketClient;

/// Reads the timeline of one protected data: its creation and transfers (the dataset
/// registry's ERC-721 Transfer logs of its token), the grants published on the market (open
/// ones, and the ones runs used or that were closed, with their publication time when the
/// market still has them), the revokes (the hub's ClosedDatasetOrder logs, each tied to its data
/// by the order its transaction closed), and the runs (the deals the HubLogReader read, with
/// the rewards paid for them). Merged in chain order; a grant is placed at its publication
/// time, never after what used or closed it.
class DataTimelineReader {
public:
    struct Options {
        /// Blocks read again at each read of a kept scan, to follow reorganisations.
        std::uint64_t reorgDepth = 64;
        /// Transactions and headers per JSON-RPC batch.
        std::size_t batchSize = 100;
    };

    /// `hubLogs` is synced by read(); `market` may be null (no market: no grant events).
    DataTimelineReader(eth::JsonRpcClient& rpc, const NetworkProfile& profile,
                       HubLogReader& hubLogs, MarketClient* market);
    DataTimelineReader(eth::JsonRpcClient& rpc, const NetworkProfile& profile,
                       HubLogReader& hubLogs, MarketClient* market, Options options);

    /// The timeline of `dataset`. `createdBlock` (DataProtector's event, when known) is where
    /// the logs are read from; else the hub's deployment (or block 0). `scan`, when given,
    /// is what an earlier read of the same data kept: only the blocks since are read, and it is
    /// brought up to date. Throws Error(Network, Corrupt, Cancelled); a market that can't be
    /// read is told in marketProblem instead.
    DataTimeline read(const eth::Address& dataset, std::optional<std::uint64_t> createdBlock,
                      DataTimelineScan* scan = nullptr, const CancelToken* cancel = nullptr);

    /// The order a manageDatasetOrder call closes, from its calldata; nothing for another
    /// call (or a close sent through a contract).
    static std::optional<DatasetOrder> closedOrderOf(ByteView calldata);

private:
    void scanLogs(const eth::Address& dataset, DataTimelineScan& scan, std::uint64_t head,
                  const CancelToken* cancel);

    eth::JsonRpcClient& rpc_;
    NetworkProfile profile_;
    HubLogReader& hubLogs_;
    MarketClient* market_;
    Options options_;
};

} // namespace sr::iexec
