#include "eth/TransactionRequest.h"

#include "util/EnumNames.h"

namespace sr::eth {
namespace {

constexpr EnumName<TxPurpose> kPurposeNames[] = {
    {TxPurpose::Other, "other"},
    {TxPurpose::SendEth, "send-eth"},
    {TxPurpose::SendRlc, "send-rlc"},
    {TxPurpose::ApproveRlc, "approve-rlc"},
    {TxPurpose::Deposit, "deposit"},
    {TxPurpose::Withdraw, "withdraw"},
    {TxPurpose::RegisterDataset, "create-dataset"},
    {TxPurpose::TransferDataset, "transfer-dataset"},
    {TxPurpose::RevokeAccess, "revoke-access"},
    {TxPurpose::PresignOrder, "presign-order"},
    {TxPurpose::CloseOrder, "close-order"},
    {TxPurpose::RunApp, "match-orders"},
    {TxPurpose::Cancel, "cancel"},
};

std::string amountText(const TxDetails& d) {
    const auto decimals = tokenDecimals(d.token.value_or(""));
    return decimals ? formatUnits(*d.amount, *decimals) + " " + *d.token : std::string();
}

std::string orderOf(const TxDetails& d) {
    if (d.dataset)
        return "an order of protected data " + d.dataset->toChecksumHex();
    if (d.app)
        return "an order of app " + d.app->toChecksumHex();
    return "an order";
}

} // namespace

std::string_view txPurposeName(TxPurpose purpose) noexcept {
    return enumName(kPurposeNames, purpose, "other");
}

TxPurpose txPurposeFromName(std::string_view name) noexcept {
    return enumFromName(kPurposeNames, name).value_or(TxPurpose::Other);
}

std::optional<unsigned> tokenDecimals(std::string_view token) noexcept {
    if (token == kTokenEth)
        return kEthDecimals;
    if (token == kTokenRlc)
        return kRlcDecimals;
    return std::nullopt;
}

std::string describeTransaction(TxPurpose purpose, const TxDetails& d) {
    const bool amount = d.amount && !amountText(d).empty();
    switch (purpose) {
    case TxPurpose::SendEth:
    case TxPurpose::SendRlc:
        if (amount && d.recipient)
            return "Send " + amountText(d) + " to " + d.recipient->toChecksumHex();
        break;
    case TxPurpose::ApproveRlc:
        if (amount && d.recipient)
            return "Allow " + d.recipient->toChecksumHex() + " to spend " + amountText(d);
        break;
    case TxPurpose::Deposit:
        if (amount)
            return "Deposit " + amountText(d) + " to the iExec account";
        break;
    case TxPurpose::Withdraw:
        if (amount)
            return "Withdraw " + amountText(d) + " from the iExec account";
        break;
    case TxPurpose::RegisterDataset:
        if (d.name)
            return "Register protected data \"" + *d.name + "\"";
        break;
    case TxPurpose::TransferDataset:
        if (d.dataset && d.recipient)
            return "Transfer protected data " +
                   (d.name ? "\"" + *d.name + "\"" : d.dataset->toChecksumHex()) + " to " +
                   d.recipient->toChecksumHex();
        break;
    case TxPurpose::RevokeAccess:
        if (d.dataset && d.app)
            return "Revoke access to " + d.dataset->toChecksumHex() + " for " +
                   (d.recipient ? d.recipient->toChecksumHex() : std::string("anyone")) +
                   " with app " + d.app->toChecksumHex();
        break;
    case TxPurpose::PresignOrder:
        return "Presign " + orderOf(d);
    case TxPurpose::CloseOrder:
        return "Close " + orderOf(d);
    case TxPurpose::RunApp:
        if (d.app)
            return "Run app " + d.app->toChecksumHex();
        break;
    case TxPurpose::Cancel:
        return "Cancel a transaction";
    case TxPurpose::Other:
        break;
    }
    return {};
}

std::string TransactionRequest::description() const {
    if (!label.empty())
        return label;
    std::string text = describeTransaction(purpose, details);
    return text.empty() ? "Transaction" : text;
}

} // namespace sr::eth
