#include "iexec/Registry.h"

#include "util/Error.h"

namespace sr::iexec {

using eth::AbiValue;

eth::Address Registry::entryOf(const eth::U256& tokenId) {
    if (tokenId.bitLength() > 160)
        throw Error(ErrorCode::Corrupt, "A registry token id is not an address.");
    const auto bytes = tokenId.toBigEndian();
    return eth::Address::fromBytes(ByteView(bytes).subspan(12));
}

eth::U256 Registry::tokenIdOf(const eth::Address& entry) {
    return eth::U256::fromBigEndian(entry.bytes());
}

eth::ContractCall<eth::U256> Registry::balanceOf(const eth::Address& owner) const {
    return eth::calls::uintCall(registry_, "balanceOf(address)", {AbiValue::address(owner)},
                                "Counting the registry entries of an owner");
}

eth::ContractCall<eth::U256> Registry::tokenOfOwnerByIndex(const eth::Address& owner,
                                                           const eth::U256& index) const {
    return eth::calls::uintCall(registry_, "tokenOfOwnerByIndex(address,uint256)",
                                {AbiValue::address(owner), AbiValue::number(index)},
                                "Listing the registry entries of an owner");
}

eth::ContractCall<eth::Address> Registry::ownerOf(const eth::Address& entry) const {
    return eth::calls::addressCall(registry_, "ownerOf(uint256)",
                                   {AbiValue::number(tokenIdOf(entry))},
                                   "Reading the owner of a registry entry");
}

eth::ContractCall<bool> Registry::isRegistered(const eth::Address& entry) const {
    return eth::calls::boolCall(registry_, "isRegistered(address)", {AbiValue::address(entry)},
                                "Checking a registry entry");
}

eth::ContractCall<eth::U256> Registry::totalSupply() const {
    return eth::calls::uintCall(registry_, "totalSupply()", {}, "Counting the registry entries");
}

std::vector<eth::Address> Registry::entriesOf(eth::ContractCaller& caller,
                                              const eth::Address& owner,
                                              const CancelToken* cancel) const {
    const eth::U256 count = caller.call(balanceOf(owner), cancel);
    // A registry claiming millions of entries for one owner is not one we can list.
    if (count > eth::U256(1000000))
        throw Error(ErrorCode::Corrupt, "The registry reports an impossible number of entries.");
    std::vector<eth::ContractCall<eth::U256>> calls;
    for (std::uint64_t i = 0; i < count.toUint64(); ++i)
        calls.push_back(tokenOfOwnerByIndex(owner, eth::U256(i)));
    std::vector<eth::Address> out;
    for (const auto& id : caller.callAll(calls, cancel))
        out.push_back(entryOf(id));
    return out;
}

} // namespace sr::iexec
