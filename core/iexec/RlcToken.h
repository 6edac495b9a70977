#pragma once

#include "eth/Address.h"
#include "eth/ContractCall.h"
#include "eth/TransactionRequest.h"
#include "eth/U256.h"
#include "util/Bytes.h"

#include <string_view>

namespace sr::iexec {

/// The RLC token (ERC-20, 9 decimals, with approveAndCall), at the address the hub's token()
/// gives. Amounts are in nRLC.
class RlcToken {
public:
    explicit RlcToken(eth::Address token) : token_(token) {}
    const eth::Address& address() const { return token_; }

    eth::ContractCall<eth::U256> balanceOf(const eth::Address& account) const;
    eth::ContractCall<eth::U256> allowance(const eth::Address& owner,
                                           const eth::Address& spender) const;
    eth::ContractCall<eth::U256> decimals() const;
    eth::ContractCall<eth::U256> totalSupply() const;

    eth::TransactionRequest transfer(const eth::Address& to, const eth::U256& amount) const;
    eth::TransactionRequest approve(const eth::Address& spender, const eth::U256& amount) const;
    /// approve + spender.receiveApproval(...) in one transaction: how RLC is deposited to the
    /// hub (spender = hub, extraData empty).
    eth::TransactionRequest approveAndCall(const eth::Address& spender, const eth::U256& amount,
                                           const Bytes& extraData = {}) const;

    static constexpr std::string_view kTransfer =
        "Transfer(address indexed from, address indexed to, uint256 value)";
    static constexpr std::string_view kApproval =
        "Approval(address indexed owner, address indexed spender, uint256 value)";

private:
    eth::Address token_;
};

} // namespace sr::iexec
