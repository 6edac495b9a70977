#include "wallet/ActivityModel.h"

#include "Format.h"
#include "eth/Hex.h"
#include "widgets/AddressLabel.h"

#include <QDateTime>
#include <QLocale>
#include <algorithm>

namespace sr::ui {

namespace {

QString address(const eth::Address& a) {
    return QString::fromStdString(a.toChecksumHex());
}

} // namespace

ActivityModel::ActivityModel(QObject* parent) : KeyedTableModel(parent) {}

int ActivityModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

bool ActivityModel::isActive(TxStatus status) {
    return status == TxStatus::Signed || status == TxStatus::Pending || status == TxStatus::Mined;
}

int ActivityModel::activeCount() const {
    return int(std::count_if(rows_.begin(), rows_.end(),
                             [](const TxRecord& r) { return isActive(r.status); }));
}

QString ActivityModel::statusText(TxStatus status) {
    switch (status) {
    case TxStatus::Signed:
        return tr("Signed, not sent yet");
    case TxStatus::Pending:
        return tr("Pending");
    case TxStatus::Mined:
        return tr("Confirming");
    case TxStatus::Confirmed:
        return tr("Confirmed");
    case TxStatus::Failed:
        return tr("Failed");
    case TxStatus::Replaced:
        return tr("Replaced");
    case TxStatus::Dropped:
        return tr("Dropped");
    case TxStatus::Rejected:
        return tr("Rejected");
    case TxStatus::Cancelled:
        return tr("Cancelled");
    }
    return {};
}

QVariant ActivityModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= int(rows_.size()))
        return {};
    const TxRecord& r = rows_[std::size_t(index.row())];
    if (role == RecordIdRole)
        return qlonglong(r.id);
    if (role == ActiveRole)
        return isActive(r.status);
    if (role == Qt::ToolTipRole) {
        QString tip = QString::fromStdString(eth::toHex(r.hash));
        if (!r.error.empty())
            tip += QStringLiteral("\n") + QString::fromStdString(r.error);
        return tip;
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case WhenColumn:
        return QLocale().toString(QDateTime::fromSecsSinceEpoch(r.createdAt), QLocale::ShortFormat);
    case WhatColumn: {
        return describe(r);
    }
    case StatusColumn: {
        QString text = statusText(r.status);
        if (r.blockNumber && !isActive(r.status))
            text += tr(" · block %1").arg(*r.blockNumber);
        return text;
    }
    case HashColumn:
        return AddressLabel::shorten(QString::fromStdString(eth::toHex(r.hash)));
    }
    return {};
}

QStringList ActivityModel::columnTitles() const {
    return {tr("When"), tr("What"), tr("Status"), tr("Transaction")};
}

void ActivityModel::setRecords(std::vector<TxRecord> records, const QString& problem) {
    replaceRows(std::move(records), [](const TxRecord& r) { return r.id; });
    setProblem(problem);
}

void ActivityModel::setProblem(const QString& problem) {
    problem_ = problem;
    emit refreshed();
}

QString ActivityModel::describeDetails(eth::TxPurpose purpose, const eth::TxDetails& d) {
    using eth::TxPurpose;
    QString amount;
    if (d.amount && d.token)
        if (const auto decimals = eth::tokenDecimals(*d.token))
            amount = exactAmount(*d.amount, *decimals) + QLatin1Char(' ') +
                     QString::fromStdString(*d.token);
    const QString name = d.name ? QString::fromStdString(*d.name) : QString();
    switch (purpose) {
    case TxPurpose::SendEth:
    case TxPurpose::SendRlc:
        if (!amount.isEmpty() && d.recipient)
            return tr("Send %1 to %2").arg(amount, address(*d.recipient));
        break;
    case TxPurpose::ApproveRlc:
        if (!amount.isEmpty() && d.recipient)
            return tr("Allow %1 to spend %2").arg(address(*d.recipient), amount);
        break;
    case TxPurpose::Deposit:
        if (!amount.isEmpty())
            return tr("Deposit %1 to the iExec account").arg(amount);
        break;
    case TxPurpose::Withdraw:
        if (!amount.isEmpty())
            return tr("Withdraw %1 from the iExec account").arg(amount);
        break;
    case TxPurpose::RegisterDataset:
        if (d.name)
            return tr("Register protected data “%1”").arg(name);
        break;
    case TxPurpose::TransferDataset:
        if (d.recipient && d.name)
            return tr("Transfer protected data “%1” to %2").arg(name, address(*d.recipient));
        if (d.recipient && d.dataset)
            return tr("Transfer protected data %1 to %2")
                .arg(address(*d.dataset), address(*d.recipient));
        break;
    case TxPurpose::RevokeAccess:
        if (d.dataset && d.app && d.recipient)
            return tr("Revoke access to %1 for %2 with app %3")
                .arg(address(*d.dataset), address(*d.recipient), address(*d.app));
        if (d.dataset && d.app)
            return tr("Revoke access to %1 for anyone with app %2")
                .arg(address(*d.dataset), address(*d.app));
        break;
    case TxPurpose::PresignOrder:
        if (d.dataset)
            return tr("Presign an order of protected data %1").arg(address(*d.dataset));
        if (d.app)
            return tr("Presign an order of app %1").arg(address(*d.app));
        return tr("Presign an order");
    case TxPurpose::CloseOrder:
        if (d.dataset)
            return tr("Close an order of protected data %1").arg(address(*d.dataset));
        if (d.app)
            return tr("Close an order of app %1").arg(address(*d.app));
        return tr("Close an order");
    case TxPurpose::RunApp:
        if (d.app)
            return tr("Run app %1").arg(address(*d.app));
        break;
    case TxPurpose::Cancel:
    case TxPurpose::Other:
        break;
    }
    return {};
}

QString ActivityModel::describe(const TxRecord& r) const {
    if (r.kind == TxKind::Cancel) {
        // What the cancel stops: the transaction it replaces, as that one is described.
        const auto original = std::find_if(rows_.begin(), rows_.end(), [&](const TxRecord& o) {
            return r.replaces && o.id == *r.replaces && o.kind != TxKind::Cancel;
        });
        const QString what =
            original != rows_.end() ? describe(*original) : QString::fromStdString(r.label);
        return tr("Cancellation: %1").arg(what);
    }
    QString what = describeDetails(r.purpose, r.details);
    if (what.isEmpty())
        what = QString::fromStdString(r.label);
    return r.kind == TxKind::SpeedUp ? tr("Speed-up: %1").arg(what) : what;
}

} // namespace sr::ui
