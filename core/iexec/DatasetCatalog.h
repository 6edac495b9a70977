#pragma once

#include "eth/Address.h"
#include "eth/ContractCaller.h"
#include "eth/JsonRpcClient.h"
#include "eth/TransactionRequest.h"
#include "iexec/NetworkProfile.h"
#include "iexec/ProtectedData.h"
#include "iexec/ProtectedDataCache.h"
#include "util/CancelToken.h"

#include <chrono>
#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace sr::iexec {

/// What `verify` found: the content at the dataset's location against its on-chain checksum.
struct VerifyResult {
    std::string url; ///< where the content was downloaded from
    std::uint64_t size = 0;
    Hash32 expected{}; ///< the checksum on chain
    Hash32 actual{};   ///< SHA-256 of what was downloaded
    bool matches() const { return expected == actual; }
};

/// The records, schemas and creation times of `datasets`, read at `block`: the records packed
/// into a few eth_calls and the schemas (`dataProtector`'s DatasetSchema events) in the same
/// JSON-RPC batch, then the creation blocks' times where the logs don't carry them. When
/// `owner` is given (the datasets were listed as that account's at `block`), owner() is not
/// read. Throws the first dataset's error.
std::vector<ProtectedData>
readProtectedData(eth::JsonRpcClient& rpc, const eth::Address& dataProtector,
                  const std::vector<eth::Address>& datasets, std::uint64_t block,
                  const std::optional<eth::Address>& owner, const CancelToken* cancel = nullptr);

/// Every protected data an account owns on a network, whoever made it: the DatasetRegistry is
/// enumerated (balanceOf, tokenOfOwnerByIndex), each dataset's records are read, and its schema
/// comes from DataProtector's DatasetSchema events, all at one pinned block. A cold listing of
/// 1,000 costs four HTTP requests: block number and registry in one batch; balanceOf;
/// the token ids (packed eth_calls); the records (packed) with the schema logs. A fifth reads
/// the creation times on a node whose logs don't carry their block's time. The
/// listing is cached in the data folder's database; later refreshes only follow the registry's
/// Transfer events since the cached block. The chain is the truth: nothing here is trusted from a
/// third party. The node's chain id is checked by the session that hands the catalog out
/// (session::ChainSession), not here.
///
/// Not thread-safe: one catalog per worker thread (it holds a database connection).
class DatasetCatalog {
public:
    /// Throws Error(InvalidArgument) for a profile without a valid hub or DataProtector address.
    DatasetCatalog(eth::JsonRpcClient& rpc, const NetworkProfile& profile,
                   const std::filesystem::path& databaseFile);

    /// The cached listing, without touching the network (empty if never refreshed).
    std::vector<ProtectedData> cached(const eth::Address& owner) const;
    /// True when the owner's listing was read at least once.
    bool isCached(const eth::Address& owner) const;
    /// The cached row of `dataset`, whoever's listing read it, without touching the network;
    /// nullopt when no listing read here holds it.
    std::optional<ProtectedData> cachedData(const eth::Address& dataset) const;
    /// Brings the owner's listing up to date with the chain and returns it: a full read the
    /// first time (or when many transfers happened), else only what the Transfer events since
    /// the cached block touched. Throws Error(Network, Corrupt, Cancelled); the cache is left as it
    /// was on failure.
    std::vector<ProtectedData> refresh(const eth::Address& owner,
                                       const CancelToken* cancel = nullptr);
    /// One dataset read from the chain now (any owner), with its schema. Throws
    /// Error(NotFound) when no dataset is registered at that address.
    ProtectedData read(const eth::Address& dataset, const CancelToken* cancel = nullptr);

    /// The transfer of `dataset` from `from` to `to` (ERC-721 safeTransferFrom on the
    /// DatasetRegistry), checked first: Error(InvalidArgument) for the zero address, `to` ==
    /// `from`, or a dataset `from` does not own.
    eth::TransactionRequest transfer(const eth::Address& from, const eth::Address& dataset,
                                     const eth::Address& to, const CancelToken* cancel = nullptr);
    /// What the user confirms before a transfer, naming the new owner.
    static std::string transferConfirmation(const ProtectedData& data, const eth::Address& to);

    /// Downloads the content from the network's IPFS gateway (or the URL the multiaddr holds)
    /// and compares its SHA-256 with the on-chain checksum. The content is hashed as it
    /// arrives: any size, in constant memory, cancellable at any time (Error(Cancelled)).
    /// Error(Network) when it can't be fetched, the connection breaks off or nothing arrives
    /// for kVerifyIdleTimeout; Error(Unsupported) for a location it can't read.
    VerifyResult verify(const eth::Address& dataset, const CancelToken* cancel = nullptr);
    /// How long verify waits for the next byte of the content.
    static constexpr std::chrono::seconds kVerifyIdleTimeout{60};
    /// Where a dataset's content is read from: {gateway}/ipfs/{cid} or the URL itself.
    std::string contentUrl(const ProtectedData& data) const;
    /// True when the content is read from the profile's own IPFS gateway (an IPFS location);
    /// false for a URL of any other server, which the dataset's owner chose: anyone can
    /// transfer data to you that points at a tracker or at a machine of your network.
    static bool onOwnGateway(const ProtectedData& data);
    /// Whether contentSize may ask a server other than the profile's gateway.
    enum class Hosts { OwnGatewayOnly, AnyAfterAClick };
    /// The size of the (encrypted) content, as its location says without sending it (HTTP
    /// HEAD); nullopt when the server does not say. Error(Network) when it can't be asked or
    /// does not serve it; Error(Unsupported) for a location it can't read. With
    /// OwnGatewayOnly, a location elsewhere (onOwnGateway false) is not asked:
    /// Error(InvalidArgument) naming the host, and nothing is sent.
    std::optional<std::uint64_t> contentSize(const ProtectedData& data,
                                             const CancelToken* cancel = nullptr,
                                             Hosts hosts = Hosts::OwnGatewayOnly) const;

    /// The DatasetRegistry (read from the hub once).
    eth::Address datasetRegistry(const CancelToken* cancel = nullptr);

    /// Largest change set a refresh applies incrementally; more means a full read.
    static constexpr std::size_t kIncrementalLimit = 200;

private:
    std::vector<ProtectedData> readFull(const std::vector<eth::Address>& datasets,
                                        std::uint64_t block,
                                        const std::optional<eth::Address>& owner,
                                        const CancelToken* cancel) {
        return readProtectedData(rpc_, dataProtector_, datasets, block, owner, cancel);
    }
    /// The latest block number, in one batch with the DatasetRegistry the first time.
    std::uint64_t latestBlock(const CancelToken* cancel);

    eth::JsonRpcClient& rpc_;
    NetworkProfile profile_;
    eth::Address hub_;
    eth::Address dataProtector_;
    ProtectedDataCache cache_;
    std::optional<eth::Address> registry_;
};

} // namespace sr::iexec
