#include "eth/TransactionManager.h"

#include "eth/Hex.h"
#include "eth/RpcJson.h"
#include "util/Error.h"

#include <algorithm>
#include <cctype>
#include <chrono>
#include <thread>

namespace sr::eth {
namespace {

std::int64_t nowSeconds() {
    return std::chrono::duration_cast<std::chrono::seconds>(
               std::chrono::system_clock::now().time_since_epoch())
        .count();
}

std::string lower(std::string_view text) {
    std::string out(text);
    std::transform(out.begin(), out.end(), out.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return out;
}

std::string eth(const U256& wei) {
    return formatUnits(wei, kEthDecimals) + " ETH";
}

std::string shortHash(const Hash32& hash) {
    return toHex(hash);
}

bool settled(TxStatus s) {
    return !isActive(s);
}

std::string cancelledBy(const TxRecord& cancel) {
    return "Cancelled: transaction " + shortHash(cancel.hash) +
           " (a 0 ETH transfer to itself) took its place, so it never ran.";
}

/// Thrown by broadcastNew when the node says the nonce is already used: the caller decides
/// (a new send tries a fresh nonce once; a replacement means the original got mined).
struct NonceTaken {
    std::string message;
};

} // namespace

TransactionManager::Refusal TransactionManager::classifyRefusal(const std::string& message) {
    const std::string m = lower(message);
    auto has = [&](std::string_view s) { return m.find(s) != std::string::npos; };
    if (has("already known") || has("known transaction") || has("already imported") ||
        has("alreadyknown") || has("already in the pool") || has("already exists"))
        return Refusal::AlreadyKnown;
    if (has("nonce too low") || has("nonce is too low") || has("oldnonce") ||
        has("nonce has already been used") || has("invalid nonce") || has("nonce too small"))
        return Refusal::NonceTooLow;
    if (has("underpriced") || has("replacement fee too low") || has("fee too low to replace"))
        return Refusal::Underpriced;
    if (has("insufficient funds") || has("insufficient balance") || has("not enough funds") ||
        has("lack of funds"))
        return Refusal::InsufficientFunds;
    return Refusal::Other;
}

TransactionManager::TransactionManager(JsonRpcClient& rpc, TransactionJournal& journal,
                                       std::uint64_t chainId)
    : TransactionManager(rpc, journal, chainId, Options{}) {}

TransactionManager::TransactionManager(JsonRpcClient& rpc, TransactionJournal& journal,
                                       std::uint64_t chainId, Options options)
    : rpc_(rpc), journal_(journal), chainId_(chainId), options_(options), fees_(rpc, options.fees) {
    options_.confirmations = std::max(options_.confirmations, 1u);
    options_.bumpPercent = std::max(options_.bumpPercent, 10u);
    options_.maxBroadcasts = std::max(options_.maxBroadcasts, 1);
}

void TransactionManager::requireChain(const CancelToken* cancel) {
    {
        std::lock_guard lock(mutex_);
        if (chainChecked_)
            return;
    }
    // Never sign for a chain the profile does not name: the signature would be valid there.
    rpc_.requireChainId(chainId_, cancel);
    std::lock_guard lock(mutex_);
    chainChecked_ = true;
}

std::uint64_t TransactionManager::nextNonce(const Address& account, const CancelToken* cancel) {
    const std::uint64_t pending = JsonRpcClient::parseQuantity(
        rpc_.call("eth_getTransactionCount",
                  nlohmann::json::array({account.toLowerHex(), "pending"}), cancel),
        "The account's nonce");
    // Same rule as insertWithNonce, read-only.
    std::uint64_t nonce = pending;
    std::vector<std::uint64_t> held;
    for (const auto& r : journal_.active(chainId_, account))
        if (r.nonce >= pending)
            held.push_back(r.nonce);
    std::sort(held.begin(), held.end());
    for (std::uint64_t n : held) {
        if (n == nonce)
            ++nonce;
        else if (n > nonce)
            break;
    }
    return nonce;
}

TransactionPlan TransactionManager::plan(const TransactionRequest& request, const Address& from,
                                         const CancelToken* cancel) {
    requireChain(cancel);
    TransactionPlan plan;
    plan.request = request;
    plan.from = from;
    plan.fees = fees_.estimate(cancel);

    if (request.gasLimit) {
        plan.gasLimit = *request.gasLimit;
    } else {
        nlohmann::json call = {{"from", from.toLowerHex()}, {"value", request.value.toHex()}};
        if (request.to)
            call["to"] = request.to->toLowerHex();
        if (!request.data.empty())
            call["data"] = toHex(request.data);
        U256 estimate;
        try {
            estimate = rpcjson::bigQuantity(
                rpc_.call("eth_estimateGas", nlohmann::json::array({call}), cancel),
                "gas estimate");
        } catch (const RpcError& e) {
            if (classifyRefusal(e.rpcMessage()) == Refusal::InsufficientFunds)
                throw Error(ErrorCode::InvalidArgument,
                            request.description() + ": the account " + from.toChecksumHex() +
                                " does not have enough ETH (" + e.rpcMessage() + ").");
            if (auto reverted = RevertDecoder::standard().explain(e, request.description()))
                throw *reverted;
            throw;
        }
        // A plain transfer costs exactly 21000; anything running code gets a margin, because
        // the state can change between estimation and inclusion.
        if (request.data.empty() && estimate == U256(21000))
            plan.gasLimit = estimate;
        else
            plan.gasLimit = estimate * U256(100 + options_.gasMarginPercent) / U256(100);
    }
    plan.maxCost = request.value + plan.gasLimit * plan.fees.perGasCap();
    checkFeeCap(plan);

    const U256 balance = rpcjson::bigQuantity(
        rpc_.call("eth_getBalance", nlohmann::json::array({from.toLowerHex(), "pending"}), cancel),
        "balance");
    if (balance < plan.maxCost)
        throw Error(
            ErrorCode::InvalidArgument, ErrorReason::NotEnoughFunds,
            {{"account", from.toChecksumHex()},
             {"asset", "eth"},
             {"has", eth(balance)},
             {"needs", eth(plan.maxCost)},
             {"missing", eth(plan.maxCost - balance)}},
            request.description() + ": not enough ETH. It needs up to " + eth(plan.maxCost) +
                (request.value.isZero() ? " for gas" : " (" + eth(request.value) + " plus gas)") +
                ", and " + from.toChecksumHex() + " has " + eth(balance) + ".");
    return plan;
}

void TransactionManager::checkFeeCap(const TransactionPlan& plan) const {
    if (options_.maxFee && plan.maxFee() > *options_.maxFee)
        throw Error(ErrorCode::InvalidArgument,
                    plan.request.description() + ": the fee could reach " + eth(plan.maxFee()) +
                        " (" + plan.gasLimit.toDecimal() + " gas at up to " +
                        formatUnits(plan.fees.perGasCap(), 9) +
                        " gwei), above the most you allowed, " + eth(*options_.maxFee) +
                        "; nothing was signed.");
}

TxRecord TransactionManager::send(const TransactionRequest& request, const Signer& signer,
                                  const CancelToken* cancel) {
    return send(plan(request, signer.address(), cancel), signer, cancel);
}

TxRecord TransactionManager::send(const TransactionPlan& plan, const Signer& signer,
                                  const CancelToken* cancel) {
    if (plan.from != signer.address())
        throw Error(ErrorCode::InvalidArgument, "The transaction was planned for " +
                                                    plan.from.toChecksumHex() +
                                                    " but is signed by another account.");
    requireChain(cancel);
    checkFeeCap(plan);
    // Every nonce taken here is this manager's until its broadcast is over (see refreshRecord).
    std::vector<std::uint64_t> ours;
    struct Release {
        TransactionManager& m;
        const Address& from;
        std::vector<std::uint64_t>& nonces;
        ~Release() {
            const std::lock_guard lock(m.sendingMutex_);
            for (const auto n : nonces)
                m.sendingNonces_.erase({from, n});
        }
    } release{*this, plan.from, ours};
    // A nonce race with another wallet of the same account shows as "nonce too low": try once
    // more with a fresh nonce.
    for (int attempt = 0;; ++attempt) {
        const std::uint64_t pending = JsonRpcClient::parseQuantity(
            rpc_.call("eth_getTransactionCount",
                      nlohmann::json::array({plan.from.toLowerHex(), "pending"}), cancel),
            "The account's nonce");
        TxRecord record =
            journal_.insertWithNonce(chainId_, plan.from, pending, [&](std::uint64_t nonce) {
                {
                    const std::lock_guard lock(sendingMutex_);
                    if (sendingNonces_.insert({plan.from, nonce}).second)
                        ours.push_back(nonce);
                }
                Transaction tx;
                tx.chainId = chainId_;
                tx.nonce = nonce;
                tx.gasLimit = plan.gasLimit;
                tx.to = plan.request.to;
                tx.value = plan.request.value;
                tx.data = plan.request.data;
                plan.fees.applyTo(tx);
                signTransaction(tx, signer);
                TxRecord r = TxRecord::fromTransaction(tx, plan.from);
                r.purpose = plan.request.purpose;
                r.details = plan.request.details;
                r.label = plan.request.description();
                r.status = TxStatus::Signed;
                return r;
            });
        try {
            return broadcastNew(std::move(record), cancel);
        } catch (const NonceTaken& taken) {
            if (attempt == 0)
                continue;
            throw Error(ErrorCode::Network, plan.request.description() + ": " + taken.message);
        }
    }
}

TxRecord TransactionManager::broadcastNew(TxRecord record, const CancelToken* cancel) {
    {
        const std::lock_guard lock(sendingMutex_);
        sending_.insert(record.id);
    }
    struct Done {
        TransactionManager& m;
        std::int64_t id;
        ~Done() {
            const std::lock_guard lock(m.sendingMutex_);
            m.sending_.erase(id);
        }
    } done{*this, record.id};
    if (options_.beforeBroadcast)
        options_.beforeBroadcast(record);
    try {
        const nlohmann::json result =
            rpc_.send("eth_sendRawTransaction", nlohmann::json::array({toHex(record.raw)}), cancel);
        if (result.is_string() && rpcjson::hash32(result, "transaction hash") != record.hash)
            throw Error(ErrorCode::Corrupt, "The node acknowledged transaction " +
                                                result.get<std::string>() + " but we sent " +
                                                shortHash(record.hash) + ".");
    } catch (const RpcError& e) {
        switch (classifyRefusal(e.rpcMessage())) {
        case Refusal::AlreadyKnown:
            break;
        case Refusal::NonceTooLow: {
            // Ours may be the transaction that used it: sent by another process sharing this
            // journal (a CLI next to the GUI), then mined. Then it is sent, not refused.
            const nlohmann::json known = rpc_.call(
                "eth_getTransactionByHash", nlohmann::json::array({toHex(record.hash)}), cancel);
            if (!known.is_null())
                break;
            record.status = TxStatus::Rejected;
            record.error = "Nonce " + std::to_string(record.nonce) +
                           " was used by another transaction meanwhile.";
            journal_.update(record);
            throw NonceTaken{record.error};
        }
        case Refusal::Underpriced:
            record.status = TxStatus::Rejected;
            record.error = "Another transaction with nonce " + std::to_string(record.nonce) +
                           " is already waiting in the node's pool (" + e.rpcMessage() +
                           "). Wait for it, or speed it up or cancel it where it was sent.";
            journal_.update(record);
            throw Error(ErrorCode::Network, record.error);
        case Refusal::InsufficientFunds:
            record.status = TxStatus::Rejected;
            record.error = "Not enough ETH to pay for this transaction (" + e.rpcMessage() + ").";
            journal_.update(record);
            throw Error(ErrorCode::InvalidArgument, record.label + ": " + record.error);
        case Refusal::Other:
            record.status = TxStatus::Rejected;
            record.error = "The node refused the transaction: " + e.rpcMessage() + ".";
            journal_.update(record);
            throw Error(ErrorCode::Network, record.label + ": " + record.error);
        }
    } catch (const Error& e) {
        if (e.code() != ErrorCode::Network)
            throw;
        // The node may or may not have it: the row stays Signed and is sent again later.
        record.error = e.what();
        journal_.update(record);
        return record;
    }
    record.status = TxStatus::Pending;
    record.error.clear();
    ++record.broadcastCount;
    record.broadcastAt = record.broadcastAt.value_or(nowSeconds());
    journal_.update(record);
    return record;
}

TxRecord TransactionManager::replace(std::int64_t id, const Signer& signer, bool cancelIt,
                                     const CancelToken* cancel) {
    auto found = journal_.find(id);
    if (!found || found->chainId != chainId_)
        throw Error(ErrorCode::NotFound,
                    "Transaction " + std::to_string(id) + " is not in the journal of this chain.");
    TxRecord original = refresh(id, cancel);
    if (original.status != TxStatus::Signed && original.status != TxStatus::Pending)
        throw Error(ErrorCode::InvalidArgument,
                    "Transaction " + shortHash(original.hash) + " is " +
                        std::string(txStatusName(original.status)) +
                        ": only a transaction still waiting to be mined can be " +
                        (cancelIt ? "cancelled." : "sped up."));
    if (signer.address() != original.account)
        throw Error(ErrorCode::InvalidArgument,
                    "Transaction " + shortHash(original.hash) + " was sent by " +
                        original.account.toChecksumHex() + "; unlock that account to replace it.");
    // Bump from the highest fees already sent for this nonce, so that every sibling is beaten.
    Transaction tx = original.transaction();
    FeeQuote previous = FeeQuote::of(tx);
    for (const auto& sibling : journal_.siblings(original)) {
        if (!isActive(sibling.status))
            continue;
        previous.maxFeePerGas = std::max(previous.maxFeePerGas, sibling.maxFeePerGas);
        previous.maxPriorityFeePerGas =
            std::max(previous.maxPriorityFeePerGas, sibling.maxPriorityFeePerGas);
        previous.gasPrice = std::max(previous.gasPrice, sibling.gasPrice);
    }
    const FeeQuote fees =
        FeeEstimator::bumped(previous, fees_.estimate(cancel), options_.bumpPercent);
    tx.signature.reset();
    fees.applyTo(tx);
    if (cancelIt) {
        tx.to = original.account;
        tx.value = U256();
        tx.data.clear();
        tx.accessList.clear();
        tx.gasLimit = U256(21000);
    }
    signTransaction(tx, signer);
    TxRecord record = TxRecord::fromTransaction(tx, original.account);
    record.kind = cancelIt ? TxKind::Cancel : TxKind::SpeedUp;
    record.replaces = original.id;
    record.purpose = cancelIt ? TxPurpose::Cancel : original.purpose;
    record.details = original.details; // a cancel is about the transaction it stops
    record.label = cancelIt ? "Cancel: " + original.label : original.label;
    record.status = TxStatus::Signed;
    record = journal_.insert(std::move(record));
    try {
        return broadcastNew(std::move(record), cancel);
    } catch (const NonceTaken&) {
        throw Error(ErrorCode::InvalidArgument,
                    "Transaction " + shortHash(original.hash) +
                        " (or another with its nonce) was mined before it could be replaced.");
    }
}

TxRecord TransactionManager::speedUp(std::int64_t id, const Signer& signer,
                                     const CancelToken* cancel) {
    return replace(id, signer, false, cancel);
}

TxRecord TransactionManager::cancel(std::int64_t id, const Signer& signer,
                                    const CancelToken* cancel) {
    return replace(id, signer, true, cancel);
}

std::optional<Receipt> TransactionManager::fetchReceipt(const Hash32& hash,
                                                        const CancelToken* cancel) {
    const nlohmann::json json =
        rpc_.call("eth_getTransactionReceipt", nlohmann::json::array({toHex(hash)}), cancel);
    if (json.is_null())
        return std::nullopt;
    Receipt r = Receipt::fromJson(json);
    if (r.transactionHash != hash)
        throw Error(ErrorCode::Corrupt, "The node sent the receipt of another transaction.");
    return r;
}

void TransactionManager::markMined(TxRecord& record, const Receipt& receipt, std::uint64_t latest,
                                   const CancelToken* cancel) {
    const bool moved = !record.blockHash || *record.blockHash != receipt.blockHash;
    record.blockNumber = receipt.blockNumber;
    record.blockHash = receipt.blockHash;
    record.gasUsed = receipt.gasUsed;
    record.effectiveGasPrice = receipt.effectiveGasPrice;
    if (!record.minedAt)
        record.minedAt = nowSeconds();
    const std::uint64_t confirmations =
        latest >= receipt.blockNumber ? latest - receipt.blockNumber + 1 : 0;
    if (confirmations < options_.confirmations) {
        record.status = TxStatus::Mined;
        record.error.clear();
    } else if (receipt.succeeded) {
        record.status = TxStatus::Confirmed;
        record.error.clear();
    } else {
        if (record.status != TxStatus::Failed || moved) {
            try {
                record.error = failureReason(record, cancel);
            } catch (const Error& e) {
                record.error =
                    "it reverted (the reason could not be read: " + std::string(e.what()) + ")";
            }
        }
        record.status = TxStatus::Failed;
    }
}

void TransactionManager::settleSiblings(const TxRecord& winner) {
    for (auto sibling : journal_.siblings(winner)) {
        if (!isActive(sibling.status) && sibling.status != TxStatus::Dropped)
            continue;
        sibling.status = winner.kind == TxKind::Cancel ? TxStatus::Cancelled : TxStatus::Replaced;
        sibling.replacedBy = winner.id;
        sibling.blockNumber.reset();
        sibling.blockHash.reset();
        sibling.error = winner.kind == TxKind::Cancel ? cancelledBy(winner) : "";
        journal_.update(sibling);
    }
}

TxRecord TransactionManager::refresh(std::int64_t id, const CancelToken* cancel) {
    auto record = journal_.find(id);
    if (!record)
        throw Error(ErrorCode::NotFound,
                    "Transaction " + std::to_string(id) + " is not in the journal.");
    if (record->chainId != chainId_)
        throw Error(ErrorCode::InvalidArgument, "Transaction " + std::to_string(id) +
                                                    " belongs to chain " +
                                                    std::to_string(record->chainId) + ".");
    return refreshRecord(std::move(*record), cancel, 0);
}

TxRecord TransactionManager::refreshRecord(TxRecord record, const CancelToken* cancel, int depth) {
    const bool watchable = isActive(record.status) || record.status == TxStatus::Confirmed ||
                           record.status == TxStatus::Failed;
    if (!watchable)
        return record;
    {
        const std::lock_guard lock(sendingMutex_);
        if (sending_.count(record.id) || sendingNonces_.count({record.account, record.nonce}))
            return record; // send() is broadcasting it and will record the outcome
    }
    const std::uint64_t latest = rpc_.blockNumber(cancel);
    const TxRecord before = record;

    if (record.status == TxStatus::Confirmed || record.status == TxStatus::Failed ||
        record.status == TxStatus::Mined) {
        if (record.status != TxStatus::Mined && record.blockNumber &&
            latest >= *record.blockNumber + options_.reorgDepth)
            return record; // deep enough: final
        if (auto receipt = fetchReceipt(record.hash, cancel)) {
            markMined(record, *receipt, latest, cancel);
            if (record.status != before.status || record.blockHash != before.blockHash ||
                record.error != before.error)
                journal_.update(record);
            return record;
        }
        // The block that held it is gone (a reorg): it is pending again, or lost.
        record.status = TxStatus::Pending;
        record.blockNumber.reset();
        record.blockHash.reset();
        record.gasUsed.reset();
        record.effectiveGasPrice.reset();
        record.minedAt.reset();
        record.error = "Its block was reorganised away; waiting to be mined again.";
        journal_.update(record);
        if (depth > 0)
            return record;
        return refreshRecord(std::move(record), cancel, depth + 1);
    }

    // Signed or Pending.
    if (auto receipt = fetchReceipt(record.hash, cancel)) {
        {
            const std::lock_guard lock(sendingMutex_);
            spentSince_.erase(record.id);
        }
        markMined(record, *receipt, latest, cancel);
        journal_.update(record);
        settleSiblings(record);
        return record;
    }
    // One of our own replacements mined?
    for (const auto& sibling : journal_.siblings(record)) {
        if (sibling.status == TxStatus::Mined || sibling.status == TxStatus::Confirmed ||
            sibling.status == TxStatus::Failed) {
            record.status =
                sibling.kind == TxKind::Cancel ? TxStatus::Cancelled : TxStatus::Replaced;
            record.replacedBy = sibling.id;
            record.error = sibling.kind == TxKind::Cancel ? cancelledBy(sibling) : "";
            journal_.update(record);
            return record;
        }
    }
    const std::uint64_t used = JsonRpcClient::parseQuantity(
        rpc_.call("eth_getTransactionCount",
                  nlohmann::json::array({record.account.toLowerHex(), "latest"}), cancel),
        "The account's nonce");
    if (used > record.nonce) {
        // The nonce is spent. By a sibling of ours whose row is not up to date yet?
        for (const auto& sibling : journal_.siblings(record)) {
            if (auto receipt = fetchReceipt(sibling.hash, cancel)) {
                TxRecord winner = sibling;
                markMined(winner, *receipt, latest, cancel);
                journal_.update(winner);
                settleSiblings(winner);
                return *journal_.find(record.id);
            }
        }
        // Mined between our two looks?
        if (auto receipt = fetchReceipt(record.hash, cancel)) {
            markMined(record, *receipt, latest, cancel);
            journal_.update(record);
            settleSiblings(record);
            return record;
        }
        // Believed only once it lasts (Options::replacedAfter): until then, unchanged.
        {
            const std::lock_guard lock(sendingMutex_);
            const auto now = std::chrono::steady_clock::now();
            const auto since = spentSince_.try_emplace(record.id, now).first->second;
            if (now - since < options_.replacedAfter)
                return record;
            spentSince_.erase(record.id);
        }
        record.status = TxStatus::Replaced;
        record.error = "Nonce " + std::to_string(record.nonce) +
                       " was used by another transaction of this account (sent from another "
                       "wallet?).";
        journal_.update(record);
        return record;
    }

    const nlohmann::json known =
        rpc_.call("eth_getTransactionByHash", nlohmann::json::array({toHex(record.hash)}), cancel);
    if (!known.is_null()) {
        if (record.status == TxStatus::Signed) {
            record.status = TxStatus::Pending;
            record.broadcastAt = record.broadcastAt.value_or(nowSeconds());
            record.error.clear();
            journal_.update(record);
        }
        return record;
    }
    // The node does not know it and its nonce is free: lost (dropped from the pool, a node
    // restart, a reorg, or never sent before a crash).
    const bool mustSend = record.status == TxStatus::Signed;
    if (!mustSend &&
        (!options_.rebroadcastLost || record.broadcastCount >= options_.maxBroadcasts)) {
        record.status = TxStatus::Dropped;
        record.error = "The node dropped it and its nonce is still free; send it again or "
                       "send a new transaction.";
        journal_.update(record);
        return record;
    }
    try {
        rpc_.send("eth_sendRawTransaction", nlohmann::json::array({toHex(record.raw)}), cancel);
    } catch (const RpcError& e) {
        switch (classifyRefusal(e.rpcMessage())) {
        case Refusal::AlreadyKnown:
            break;
        case Refusal::NonceTooLow:
            if (depth == 0)
                return refreshRecord(std::move(record), cancel, depth + 1);
            return record;
        case Refusal::Underpriced: {
            // Our own replacement may be the one in the pool: then this one simply waits.
            const auto siblings = journal_.siblings(record);
            const bool ours = std::any_of(siblings.begin(), siblings.end(),
                                          [](const auto& s) { return isActive(s.status); });
            if (ours)
                return record;
            [[fallthrough]];
        }
        case Refusal::InsufficientFunds:
        case Refusal::Other:
            record.status = TxStatus::Dropped;
            record.error = "The node dropped it and refuses it again: " + e.rpcMessage() + ".";
            journal_.update(record);
            return record;
        }
    }
    record.status = TxStatus::Pending;
    ++record.broadcastCount;
    record.broadcastAt = record.broadcastAt.value_or(nowSeconds());
    record.error.clear();
    journal_.update(record);
    return record;
}

std::vector<TxRecord> TransactionManager::poll(const CancelToken* cancel) {
    std::vector<TxRecord> out;
    const std::uint64_t latest = rpc_.blockNumber(cancel);
    std::vector<TxRecord> rows = journal_.active(chainId_);
    const auto recent = journal_.settledSince(
        chainId_, latest > options_.reorgDepth ? latest - options_.reorgDepth : 0);
    rows.insert(rows.end(), recent.begin(), recent.end());
    for (const auto& row : rows) {
        if (cancel)
            cancel->throwIfCancelled();
        // Re-read: refreshing a sibling may have settled this one already.
        auto current = journal_.find(row.id);
        if (current)
            out.push_back(refreshRecord(std::move(*current), cancel, 0));
    }
    return out;
}

TxRecord TransactionManager::wait(std::int64_t id, std::chrono::milliseconds timeout,
                                  const CancelToken* cancel) {
    const auto deadline = std::chrono::steady_clock::now() + timeout;
    std::int64_t current = id;
    std::string lastProblem;
    while (true) {
        if (cancel)
            cancel->throwIfCancelled();
        try {
            TxRecord record = refresh(current, cancel);
            lastProblem.clear();
            if ((record.status == TxStatus::Replaced || record.status == TxStatus::Cancelled) &&
                record.replacedBy) {
                current = *record.replacedBy;
                continue;
            }
            if (settled(record.status)) {
                // A cancel of ours that took the nonce is the outcome of the asked transaction,
                // never its success: what it was to do did not happen.
                if (current != id && record.kind == TxKind::Cancel) {
                    if (record.status != TxStatus::Confirmed)
                        return record; // the cancel itself did not go through
                    TxRecord asked = *journal_.find(id);
                    if (asked.status != TxStatus::Cancelled) {
                        asked.status = TxStatus::Cancelled;
                        asked.replacedBy = record.id;
                        asked.blockNumber.reset();
                        asked.blockHash.reset();
                        asked.error = cancelledBy(record);
                        journal_.update(asked);
                    }
                    return asked;
                }
                return record;
            }
        } catch (const Error& e) {
            // The node going away (restart, network) is waited out; anything else is not.
            if (e.code() != ErrorCode::Network || dynamic_cast<const RpcError*>(&e))
                throw;
            lastProblem = e.what();
        }
        if (std::chrono::steady_clock::now() >= deadline) {
            const auto record = journal_.find(current);
            throw Error(ErrorCode::Network,
                        "Transaction " + (record ? shortHash(record->hash) : std::to_string(id)) +
                            " is not settled yet" +
                            (lastProblem.empty() ? "" : " (" + lastProblem + ")") +
                            ". It is saved and will be followed at the next start.");
        }
        const auto until =
            std::min(deadline, std::chrono::steady_clock::now() + options_.pollInterval);
        while (std::chrono::steady_clock::now() < until) {
            if (cancel)
                cancel->throwIfCancelled();
            std::this_thread::sleep_for(std::chrono::milliseconds(20));
        }
    }
}

TxRecord TransactionManager::waitForSuccess(std::int64_t id, std::chrono::milliseconds timeout,
                                            const CancelToken* cancel) {
    TxRecord record = wait(id, timeout, cancel);
    switch (record.status) {
    case TxStatus::Confirmed:
        return record;
    case TxStatus::Failed:
        throw Error(ErrorCode::Reverted, record.label + " failed on chain: " + record.error +
                                             " (transaction " + shortHash(record.hash) + ").");
    case TxStatus::Replaced:
        throw Error(ErrorCode::Network, record.label + " was replaced: " + record.error);
    case TxStatus::Cancelled:
        throw Error(ErrorCode::Cancelled,
                    record.label + " was cancelled on chain: " + record.error);
    case TxStatus::Dropped:
    case TxStatus::Rejected:
        throw Error(ErrorCode::Network, record.label + " was not mined: " + record.error);
    default:
        throw Error(ErrorCode::Internal, "wait() returned an unsettled transaction.");
    }
}

Receipt TransactionManager::receipt(const TxRecord& record, const CancelToken* cancel) {
    auto r = fetchReceipt(record.hash, cancel);
    if (!r)
        throw Error(ErrorCode::NotFound,
                    "Transaction " + shortHash(record.hash) + " is not mined (no receipt).");
    return *r;
}

std::string TransactionManager::failureReason(const TxRecord& record, const CancelToken* cancel) {
    if (record.gasUsed && *record.gasUsed == record.gasLimit)
        return "it ran out of gas (all " + record.gasLimit.toDecimal() + " were used)";
    if (!record.blockNumber || *record.blockNumber == 0)
        return "it reverted";
    nlohmann::json call = {{"from", record.account.toLowerHex()},
                           {"value", record.value.toHex()},
                           {"gas", record.gasLimit.toHex()}};
    const Transaction tx = record.transaction();
    if (tx.to)
        call["to"] = tx.to->toLowerHex();
    if (!tx.data.empty())
        call["data"] = toHex(tx.data);
    try {
        // Replayed on the state before its block: other transactions of that block may have
        // changed things, so this is the likely reason, not a certainty.
        rpc_.call("eth_call", nlohmann::json::array({call, U256(*record.blockNumber - 1).toHex()}),
                  cancel);
    } catch (const RpcError& e) {
        if (auto data = RevertDecoder::revertData(e))
            return RevertDecoder::standard().decode(*data).message;
        return "it reverted (" + e.rpcMessage() + ")";
    }
    return "it reverted (no reason could be found by replaying it)";
}

} // namespace sr::eth
