#include "iexec/FundsService.h"

#include "iexec/RlcToken.h"
#include "util/Error.h"

namespace sr::iexec {

using eth::U256;

namespace {

std::string ethText(const U256& wei) {
    return eth::formatUnits(wei, eth::kEthDecimals) + " ETH";
}

std::string rlcText(const U256& nrlc) {
    return eth::formatUnits(nrlc, eth::kRlcDecimals) + " RLC";
}

void requirePositive(const U256& amount) {
    if (amount.isZero())
        throw Error(ErrorCode::InvalidArgument, "The amount must be more than 0.");
}

/// `asset` is the reason's stable name of what is short ("eth", "rlc", "rlc-wallet",
/// "rlc-stake"), `what` the same in the English message.
[[noreturn]] void notEnough(const eth::Address& who, const std::string& asset,
                            const std::string& what, const std::string& have,
                            const std::string& need, const std::string& missing) {
    throw Error(ErrorCode::InvalidArgument, ErrorReason::NotEnoughFunds,
                {{"account", who.toChecksumHex()},
                 {"asset", asset},
                 {"has", have},
                 {"needs", need},
                 {"missing", missing}},
                "Not enough " + what + ": " + who.toChecksumHex() + " has " + have +
                    ", this needs " + need + " (" + missing + " more).");
}

} // namespace

FundsService::FundsService(eth::JsonRpcClient& rpc, const NetworkProfile& profile)
    : rpc_(rpc), caller_(rpc), hub_(profile.hubAddress()) {}

eth::Address FundsService::rlcToken(const CancelToken* cancel) {
    {
        std::lock_guard lock(mutex_);
        if (token_)
            return *token_;
    }
    const eth::Address token = caller_.call(hub_.token(), cancel);
    std::lock_guard lock(mutex_);
    token_ = token;
    return token;
}

Balances FundsService::balances(const eth::Address& account, const CancelToken* cancel) {
    const RlcToken token(rlcToken(cancel));
    Balances b;
    b.account = account;
    b.block = rpc_.blockNumber(cancel);
    // Pinned to one block so that the four numbers describe the same moment.
    eth::ContractCaller pinned(rpc_);
    pinned.setBlockTag(U256(b.block).toHex());
    const auto [wei, rlc, iexecAccount] = pinned.callTogether(
        eth::calls::etherBalance(account), token.balanceOf(account), hub_.viewAccount(account));
    b.eth = wei;
    b.rlc = rlc;
    b.stake = iexecAccount.stake;
    b.locked = iexecAccount.locked;
    return b;
}

eth::TransactionRequest FundsService::sendEth(const eth::Address& from, const eth::Address& to,
                                              const U256& wei, const CancelToken* cancel) {
    requirePositive(wei);
    const Balances b = balances(from, cancel);
    if (b.eth < wei)
        notEnough(from, "eth", "ETH", ethText(b.eth), ethText(wei), ethText(wei - b.eth));
    eth::TransactionRequest r;
    r.to = to;
    r.value = wei;
    r.purpose = eth::TxPurpose::SendEth;
    r.details.recipient = to;
    r.details.amount = wei;
    r.details.token = eth::kTokenEth;
    return r;
}

eth::TransactionRequest FundsService::sendRlc(const eth::Address& from, const eth::Address& to,
                                              const U256& nrlc, const CancelToken* cancel) {
    requirePositive(nrlc);
    const Balances b = balances(from, cancel);
    if (b.rlc < nrlc)
        notEnough(from, "rlc", "RLC", rlcText(b.rlc), rlcText(nrlc), rlcText(nrlc - b.rlc));
    return RlcToken(rlcToken(cancel)).transfer(to, nrlc);
}

eth::TransactionRequest FundsService::deposit(const eth::Address& from, const U256& nrlc,
                                              const CancelToken* cancel) {
    requirePositive(nrlc);
    const Balances b = balances(from, cancel);
    if (b.rlc < nrlc)
        notEnough(from, "rlc-wallet", "RLC in the wallet", rlcText(b.rlc), rlcText(nrlc),
                  rlcText(nrlc - b.rlc));
    return RlcToken(rlcToken(cancel)).approveAndCall(hub_.address(), nrlc);
}

eth::TransactionRequest FundsService::withdraw(const eth::Address& from, const U256& nrlc,
                                               const CancelToken* cancel) {
    requirePositive(nrlc);
    const Balances b = balances(from, cancel);
    if (b.stake < nrlc) {
        std::string have = rlcText(b.stake);
        if (!b.locked.isZero())
            have += " free (" + rlcText(b.locked) + " more are locked in running deals)";
        notEnough(from, "rlc-stake", "RLC in the iExec account", have, rlcText(nrlc),
                  rlcText(nrlc - b.stake));
    }
    return hub_.withdraw(nrlc);
}

} // namespace sr::iexec
