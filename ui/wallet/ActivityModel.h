#pragma once

#include "models/KeyedTableModel.h"
#include "store/PendingTransactions.h"

#include <memory>
#include <vector>

namespace sr::ui {

class WalletSession;

/// The Activity list: every transaction Strongroom sent from the current account on the active
/// network, newest first, from the transaction journal (so it survives restarts). refresh()
/// first lets the TransactionManager follow what is pending (resending what the node lost,
/// noticing reorgs), off the GUI thread. Rows change one by one (KeyedTableModel): the row
/// selected stays selected while the list follows the chain.
class ActivityModel : public KeyedTableModel<TxRecord> {
    Q_OBJECT
public:
    enum Column { WhenColumn, WhatColumn, StatusColumn, HashColumn, ColumnCount };
    enum Role { RecordIdRole = Qt::UserRole + 1, ActiveRole };

    explicit ActivityModel(WalletSession& session, QObject* parent = nullptr);

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;

    const TxRecord& record(int row) const { return rows_[std::size_t(row)]; }
    /// The number of transactions still on their way (signed, pending, mined).
    int activeCount() const;
    /// The last problem following the transactions (the node unreachable...), or "".
    QString problem() const { return problem_; }

    static QString statusText(TxStatus status);
    static bool isActive(TxStatus status);

public slots:
    void refresh();

signals:
    void refreshed();

protected:
    QStringList columnTitles() const override;

private:
    WalletSession& session_;
    QString problem_;
    bool busy_ = false;
    bool again_ = false;
    int generation_ = 0;
};

} // namespace sr::ui
