#include "iexec/RlcToken.h"

namespace sr::iexec {

using eth::AbiValue;

eth::ContractCall<eth::U256> RlcToken::balanceOf(const eth::Address& account) const {
    return eth::calls::uintCall(token_, "balanceOf(address)", {AbiValue::address(account)},
                                "Reading the RLC balance");
}

eth::ContractCall<eth::U256> RlcToken::allowance(const eth::Address& owner,
                                                 const eth::Address& spender) const {
    return eth::calls::uintCall(token_, "allowance(address,address)",
                                {AbiValue::address(owner), AbiValue::address(spender)},
                                "Reading the RLC allowance");
}

eth::ContractCall<eth::U256> RlcToken::decimals() const {
    return eth::calls::abiCall(token_, "decimals()", {}, {eth::AbiType::uint(8)},
                               "Reading the RLC decimals")
        .then([](const std::vector<AbiValue>& v) { return v.at(0).asNumber(); });
}

eth::ContractCall<eth::U256> RlcToken::totalSupply() const {
    return eth::calls::uintCall(token_, "totalSupply()", {}, "Reading the RLC supply");
}

namespace {

/// A call of `signature(address,uint256)` on the token that moves or allows `amount` nRLC
/// for `party`.
eth::TransactionRequest amountCall(const eth::Address& token, const char* signature,
                                   eth::TxPurpose purpose, const eth::Address& party,
                                   const eth::U256& amount) {
    eth::TransactionRequest r;
    r.to = token;
    r.data = eth::Abi::encodeCall(signature, {AbiValue::address(party), AbiValue::number(amount)});
    r.purpose = purpose;
    r.details.recipient = party;
    r.details.amount = amount;
    r.details.token = eth::kTokenRlc;
    return r;
}

} // namespace

eth::TransactionRequest RlcToken::transfer(const eth::Address& to, const eth::U256& amount) const {
    return amountCall(token_, "transfer(address,uint256)", eth::TxPurpose::SendRlc, to, amount);
}

eth::TransactionRequest RlcToken::approve(const eth::Address& spender,
                                          const eth::U256& amount) const {
    return amountCall(token_, "approve(address,uint256)", eth::TxPurpose::ApproveRlc, spender,
                      amount);
}

eth::TransactionRequest RlcToken::approveAndCall(const eth::Address& spender,
                                                 const eth::U256& amount,
                                                 const Bytes& extraData) const {
    eth::TransactionRequest r;
    r.to = token_;
    r.data = eth::Abi::encodeCall(
        "approveAndCall(address,uint256,bytes)",
        {AbiValue::address(spender), AbiValue::number(amount), AbiValue::bytes(extraData)});
    r.purpose = eth::TxPurpose::Deposit;
    r.details.amount = amount;
    r.details.token = eth::kTokenRlc;
    return r;
}

} // namespace sr::iexec
