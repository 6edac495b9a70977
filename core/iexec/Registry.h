#pragma once

#include "eth/Address.h"
#include "eth/ContractCall.h"
#include "eth/ContractCaller.h"
#include "eth/U256.h"
#include "util/CancelToken.h"

#include <vector>

namespace sr::iexec {

/// One of PoCo's three registries (apps, datasets, workerpools): an enumerable ERC-721 whose
/// token ids are the uint160 of the registered contracts' addresses.
class Registry {
public:
    explicit Registry(eth::Address registry) : registry_(registry) {}
    const eth::Address& address() const { return registry_; }

    eth::ContractCall<eth::U256> balanceOf(const eth::Address& owner) const;
    eth::ContractCall<eth::U256> tokenOfOwnerByIndex(const eth::Address& owner,
                                                     const eth::U256& index) const;
    eth::ContractCall<eth::Address> ownerOf(const eth::Address& entry) const;
    eth::ContractCall<bool> isRegistered(const eth::Address& entry) const;
    eth::ContractCall<eth::U256> totalSupply() const;

    /// Every entry `owner` holds: balanceOf, then all tokenOfOwnerByIndex in batches.
    std::vector<eth::Address> entriesOf(eth::ContractCaller& caller, const eth::Address& owner,
                                        const CancelToken* cancel = nullptr) const;

    /// The registered contract's address of a token id, and back.
    static eth::Address entryOf(const eth::U256& tokenId);
    static eth::U256 tokenIdOf(const eth::Address& entry);

    /// "createDataset(...)" etc. are the registries' own writes; Strongroom creates datasets
    /// through the DataProtector contract instead.
    static constexpr std::string_view kTransfer =
        "Transfer(address indexed from, address indexed to, uint256 indexed tokenId)";

private:
    eth::Address registry_;
};

} // namespace sr::iexec
