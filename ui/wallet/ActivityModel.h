#pragma once

#include "models/KeyedTableModel.h"
#include "store/PendingTransactions.h"

#include <vector>

namespace sr::ui {

/// The Activity list: the transactions Strongroom sent from the current account on the active
/// network, newest first, as the journal holds them (ActivityFeed reads it and follows the
/// chain, then calls setRecords). Rows change one by one (KeyedTableModel): the row selected
/// stays selected while the list follows the chain. Holds data only: no node, no timer.
class ActivityModel : public KeyedTableModel<TxRecord> {
    Q_OBJECT
public:
    enum Column { WhenColumn, WhatColumn, StatusColumn, HashColumn, ColumnCount };
    enum Role { RecordIdRole = Qt::UserRole + 1, ActiveRole };

    explicit ActivityModel(QObject* parent = nullptr);

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;

    const TxRecord& record(int row) const { return rows_[std::size_t(row)]; }
    /// The number of transactions still on their way (signed, pending, mined).
    int activeCount() const;
    /// The last problem following the transactions (the node unreachable...), or "".
    QString problem() const { return problem_; }

    /// Replaces the list (newest first) and the problem, then emits refreshed().
    void setRecords(std::vector<TxRecord> records, const QString& problem);
    /// Keeps the list, sets the problem, then emits refreshed().
    void setProblem(const QString& problem);

    static QString statusText(TxStatus status);
    static bool isActive(TxStatus status);

signals:
    void refreshed();

protected:
    QStringList columnTitles() const override;

private:
    QString problem_;
};

} // namespace sr::ui
