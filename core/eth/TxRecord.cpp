#include "eth/TxRecord.h"

#include "util/Error.h"

namespace sr {

std::string_view txStatusName(TxStatus status) noexcept {
    switch (status) {
    case TxStatus::Signed:
        return "signed";
    case TxStatus::Pending:
        return "pending";
    case TxStatus::Mined:
        return "mined";
    case TxStatus::Confirmed:
        return "confirmed";
    case TxStatus::Failed:
        return "failed";
    case TxStatus::Dropped:
        return "dropped";
    case TxStatus::Replaced:
        return "replaced";
    case TxStatus::Rejected:
        return "rejected";
    case TxStatus::Cancelled:
        return "cancelled";
    }
    return "signed";
}

TxStatus txStatusFromName(std::string_view name) {
    for (TxStatus s : {TxStatus::Signed, TxStatus::Pending, TxStatus::Mined, TxStatus::Confirmed,
                       TxStatus::Failed, TxStatus::Dropped, TxStatus::Replaced, TxStatus::Rejected,
                       TxStatus::Cancelled})
        if (txStatusName(s) == name)
            return s;
    throw Error(ErrorCode::Corrupt,
                "The transaction journal holds an unknown status \"" + std::string(name) + "\".");
}

bool isActive(TxStatus status) noexcept {
    return status == TxStatus::Signed || status == TxStatus::Pending || status == TxStatus::Mined;
}

bool holdsNonce(TxStatus status) noexcept {
    return isActive(status) || status == TxStatus::Confirmed || status == TxStatus::Failed;
}

std::string_view txKindName(TxKind kind) noexcept {
    switch (kind) {
    case TxKind::Original:
        return "original";
    case TxKind::SpeedUp:
        return "speed-up";
    case TxKind::Cancel:
        return "cancel";
    }
    return "original";
}

eth::Transaction TxRecord::transaction() const {
    return eth::Transaction::decode(raw);
}

TxRecord TxRecord::fromTransaction(const eth::Transaction& tx, const eth::Address& account) {
    TxRecord r;
    r.chainId = tx.chainId;
    r.account = account;
    r.nonce = tx.nonce;
    r.raw = tx.serialize();
    r.hash = tx.hash();
    r.to = tx.to;
    r.value = tx.value;
    r.type = tx.type;
    r.gasLimit = tx.gasLimit;
    r.maxFeePerGas = tx.maxFeePerGas;
    r.maxPriorityFeePerGas = tx.maxPriorityFeePerGas;
    r.gasPrice = tx.gasPrice;
    return r;
}

bool leftNothingOnChain(TxStatus status) noexcept {
    return status == TxStatus::Failed || status == TxStatus::Dropped ||
           status == TxStatus::Rejected || status == TxStatus::Replaced ||
           status == TxStatus::Cancelled;
}

} // namespace sr
