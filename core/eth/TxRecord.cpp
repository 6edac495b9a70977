#include "eth/TxRecord.h"

#include "util/EnumNames.h"
#include "util/Error.h"

namespace sr {

namespace {

constexpr EnumName<TxStatus> kStatusNames[] = {
    {TxStatus::Signed, "signed"},       {TxStatus::Pending, "pending"},
    {TxStatus::Mined, "mined"},         {TxStatus::Confirmed, "confirmed"},
    {TxStatus::Failed, "failed"},       {TxStatus::Dropped, "dropped"},
    {TxStatus::Replaced, "replaced"},   {TxStatus::Rejected, "rejected"},
    {TxStatus::Cancelled, "cancelled"},
};

constexpr EnumName<TxKind> kKindNames[] = {
    {TxKind::Original, "original"},
    {TxKind::SpeedUp, "speed-up"},
    {TxKind::Cancel, "cancel"},
};

} // namespace

std::string_view txStatusName(TxStatus status) noexcept {
    return enumName(kStatusNames, status, "signed");
}

TxStatus txStatusFromName(std::string_view name) {
    return storedEnum(kStatusNames, name, "The transaction journal", "status");
}

bool isActive(TxStatus status) noexcept {
    return status == TxStatus::Signed || status == TxStatus::Pending || status == TxStatus::Mined;
}

bool holdsNonce(TxStatus status) noexcept {
    return isActive(status) || status == TxStatus::Confirmed || status == TxStatus::Failed;
}

std::string_view txKindName(TxKind kind) noexcept {
    return enumName(kKindNames, kind, "original");
}

TxKind txKindFromName(std::string_view name) {
    return storedEnum(kKindNames, name, "The transaction journal", "kind");
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
