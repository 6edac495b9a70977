#include "wallet/ActivityModel.h"

#include "Async.h"
#include "eth/Hex.h"
#include "eth/TransactionManager.h"
#include "wallet/WalletSession.h"
#include "widgets/AddressLabel.h"

#include <QDateTime>
#include <QLocale>

namespace sr::ui {

ActivityModel::ActivityModel(WalletSession& session, QObject* parent)
    : KeyedTableModel(parent), session_(session) {
    connect(&session_, &WalletSession::currentChanged, this, &ActivityModel::refresh);
    connect(&session_, &WalletSession::chainChanged, this, &ActivityModel::refresh);
}

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

void ActivityModel::refresh() {
    if (busy_) {
        again_ = true;
        return;
    }
    const auto account = session_.current();
    auto chain = session_.chain();
    if (!account || !chain || !chain->journal) {
        replaceRows({}, [](const TxRecord& r) { return r.id; });
        problem_ = chain && !chain->journal
                       ? tr("The transaction journal cannot be opened in the data folder.")
                       : QString();
        emit refreshed();
        return;
    }
    busy_ = true;
    const int generation = ++generation_;
    const eth::Address address = account->address;
    struct Outcome {
        std::vector<TxRecord> rows;
        std::string problem;
    };
    runAsync(
        this,
        [chain, address, cancel = session_.shutdownToken()] {
            Outcome out;
            try {
                chain->manager->poll(&cancel);
            } catch (const Error& e) {
                out.problem = e.what(); // the journal still lists everything
            }
            PendingTransactions::HistoryQuery query;
            query.chainId = chain->profile.chainId;
            query.account = address;
            query.limit = 200;
            out.rows = chain->journal->history(query);
            return out;
        },
        [this, generation](AsyncResult<Outcome> result) {
            busy_ = false;
            if (generation == generation_) {
                if (result.ok()) // a failed read keeps what was listed
                    replaceRows(std::move(result.value->rows),
                                [](const TxRecord& r) { return r.id; });
                problem_ = !result.ok() ? QString::fromStdString(result.error->what())
                                        : QString::fromStdString(result.value->problem);
                emit refreshed();
            }
            if (again_) {
                again_ = false;
                refresh();
            }
        },
        session_.pool());
}

} // namespace sr::ui
