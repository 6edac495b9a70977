#pragma once

#include "eth/Address.h"
#include "eth/ContractCall.h"
#include "eth/U256.h"

namespace sr::iexec {

/// An ERC-734 key manager used as a whitelist of apps: an app is a member when
/// keyHasPurpose(bytes32(uint256(uint160(app))), 4) is true (PoCo's GROUP_MEMBER purpose).
class Erc734 {
public:
    static constexpr unsigned kGroupMemberPurpose = 4;

    explicit Erc734(eth::Address contract) : contract_(contract) {}
    const eth::Address& address() const { return contract_; }

    eth::ContractCall<bool> keyHasPurpose(const Hash32& key, const eth::U256& purpose) const;
    /// keyHasPurpose(key of `member`, 4).
    eth::ContractCall<bool> isGroupMember(const eth::Address& member) const;

    /// bytes32(uint256(uint160(address))): the address right-aligned in 32 bytes.
    static Hash32 keyOf(const eth::Address& member);

private:
    eth::Address contract_;
};

} // namespace sr::iexec
