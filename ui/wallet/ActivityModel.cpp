#include "wallet/ActivityModel.h"

#include "eth/Hex.h"
#include "widgets/AddressLabel.h"

#include <QDateTime>
#include <QLocale>

namespace sr::ui {

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
        QString what = QString::fromStdString(r.label);
        if (r.kind == TxKind::SpeedUp)
            what = tr("Speed-up: %1").arg(what);
        else if (r.kind == TxKind::Cancel)
            what = tr("Cancellation: %1").arg(what);
        return what;
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

} // namespace sr::ui
