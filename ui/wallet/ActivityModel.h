#pragma once

#include "models/KeyedTableModel.h"
#include "session/Session.h"

#include <vector>

namespace sr::ui {

/// The Activity list: the transactions Strongroom sent from the current account on the active
/// network, newest first, as the journal holds them (ActivityFeed reads it and follows the
/// chain, then calls setRecords). Each row says what the transaction is from its recorded
/// purpose and details, in the user's language; a row journaled before those were recorded is
/// shown by its English label. Rows change one by one (KeyedTableModel): the row selected
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

    /// What a transaction does, in the user's language ("Send 1.5 RLC to 0x…").
    QString describe(const TxRecord& record) const;

    static QString statusText(TxStatus status);
    static bool isActive(TxStatus status);

signals:
    void refreshed();

protected:
    QStringList columnTitles() const override;

private:
    /// From the purpose and details; empty when they do not say enough (an older row).
    static QString describeDetails(eth::TxPurpose purpose, const eth::TxDetails& details);

    QString problem_;
};

} // namespace sr::ui
