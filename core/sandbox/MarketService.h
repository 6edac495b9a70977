#pragma once

// The sandbox's market API: the off-chain order book of iExec (iexec-market-api), with the
// same routes, checks, reply shapes and status codes, so that the iexec SDK and Strongroom's
// own client talk to it as to the real one. One chain: the sandbox's (its id is the only
// `chainId` accepted; another gets 400 "chainId N is not supported").
//
// Endpoints (base URL = baseUrl(); replies are JSON with "ok"):
//   GET  /version                          {ok, version}
//   GET  /challenge?chainId=&address=      {ok, data: EIP-712 typed data}: domain {name:
//        "iExec Gateway", version: "1", chainId: "<id>"}, primaryType "Challenge", message
//        {challenge: "Sign this message to log into iExec Gateway: <random>"}. The same
//        challenge is returned until used or 5 minutes old.
//   Authenticated calls carry `authorization: <typedDataHash>_<signature>_<address>`: the hash
//   must be that of the address's outstanding challenge and the signature must recover the
//   address; a challenge serves once. Failure: 403 {ok:false, error:"invalid authorization"}.
//   POST /{kind}orders?chainId=  (kind = app, dataset, workerpool, request), authenticated, body
//        {"order": signedOrder}: the order is validated (addresses, integers <= 2^53-1,
//        volume >= 1, bytes32), hashed under the hub's domain(), its resource must be registered
//        and owned by the authenticated address (the requester for request orders), the hub's
//        verifySignature must accept `sign`, it must not be published already nor consumed;
//        workerpool orders need the owner's stake >= 30% of price x remaining; request orders
//        need the requester's stake for the total and a matching published app (and dataset)
//        order. 200 {ok, published: entry}; 400 invalid; 403 refused, with the reason.
//   GET  /{kind}orders/{orderHash}?chainId=  {ok, orderHash, chainId, order, remaining, status,
//        publicationTimestamp, signer}; 404 {ok:false, error:"<kind>order not found"}.
//   GET  /{kind}orders?chainId=&...      {ok, orders: [entry], count, nextPage?} with the real
//        filters: app|dataset|workerpool|requester|beneficiary (an address or "any"), the
//        *Owner filters, is*Strict, category, minTag, maxTag, minVolume, minTrust, maxTrust,
//        bulkOnly (dataset orders), page (legacy offset), pageIndex, pageSize (10..1000,
//        default 20). A restriction filter left out matches only unrestricted orders.
//        Sorted by price (request orders: workerpoolmaxprice, descending), then publication
//        time, then hash.
//   PUT  /{kind}orders?chainId=          authenticated, body {"target": "unpublish_orderHash",
//        "orderHash"} | {"target": "unpublish_last"|"unpublish_all", "<app|dataset|workerpool|
//        requester>": address}: only the signer's open orders. {ok, unpublished: [orderHash]}.
//   GET  /deals?chainId=&...              {ok, deals: [deal], count, nextPage?}, newest first,
//        filtered by category, requester, beneficiary, app, dataset, workerpool, appOwner,
//        datasetOwner, workerpoolOwner, apporderHash, datasetorderHash, workerpoolorderHash,
//        requestorderHash; paged as the orderbooks.
//   GET  /deals/{dealid}?chainId=        {ok, ...deal}; 404 "deal not found".
//        A deal is {dealid, chainId, app|dataset|workerpool: {pointer, price, owner},
//        requester, beneficiary, callback, appHash, datasetHash, workerpoolHash, requestHash,
//        params, volume, category, tag, trust, startTime, botFirst, botSize,
//        schedulerRewardRatio, workerStake, blockNumber, blockTimestamp, transactionHash}:
//        the hub's OrdersMatched events joined with viewDeal, indexed on demand.
//   An entry is {orderHash, order, chainId, remaining, status, publicationTimestamp, signer}
//   (+ "bulk" for dataset orders); status is "open", "filled" (consumed on chain) or
//   "canceled" (closed on chain by manage*Order); remaining = volume - viewConsumed(orderHash),
//   read from the chain (batched) whenever orders are served. Only open orders are listed.
//
// Orders and indexed deals live in an SQLite database in the state folder and survive
// restarts; challenges are kept in memory only (a restart asks clients for a new one, as an
// expiry would).

#include "sandbox/HttpService.h"
#include "sandbox/PocoDeployer.h"

#include <chrono>
#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <memory>
#include <string>

namespace sr::sandbox {

class MarketService : public HttpService {
public:
    struct Options {
        std::string rpcUrl{};
        PocoDeployment deployment{};
        std::filesystem::path stateDir{};               ///< holds market.sqlite (created 0700)
        std::uint16_t port = 0;                         ///< 0: ephemeral
        std::size_t maxOpenOrdersPerSigner = 50;        ///< per kind, as the real API
        std::chrono::seconds challengeLifetime{5 * 60}; ///< as the real API
    };

    /// Opens (or creates) the store and reads the chain id and the hub's domain. Does not
    /// listen yet. Throws sr::Error (Io, Corrupt, Network).
    explicit MarketService(Options options);
    ~MarketService();
    std::uint64_t chainId() const;

private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

} // namespace sr::sandbox
