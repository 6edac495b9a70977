#pragma once

#include "compute/ComputeTypes.h"
#include "compute/TaskState.h"
#include "iexec/Earnings.h"
#include "models/KeyedTableModel.h"
#include "models/TextFilter.h"

#include <map>
#include <optional>
#include <utility>

namespace sr::ui {

/// The names this computer knows for data and apps (else their shortened addresses).
struct ComputeNames {
    std::map<eth::Address, QString> data, apps;
    QString dataName(const eth::Address& dataset) const;
    QString appName(const eth::Address& app) const;
};

/// A table of computations, `columns` wide, whose cells name data and apps by `names()`.
template <typename Row> class ComputeTableModel : public KeyedTableModel<Row> {
public:
    ComputeTableModel(int columns, QObject* parent)
        : KeyedTableModel<Row>(parent), columns_(columns) {}

    int columnCount(const QModelIndex& parent = {}) const override {
        return parent.isValid() ? 0 : columns_;
    }
    const ComputeNames& names() const { return names_; }

protected:
    /// Takes `names`; the cells of columns `first` to `last` show them.
    void takeNames(ComputeNames names, int first, int last) {
        names_ = std::move(names);
        if (this->rowCount() > 0)
            emit this->dataChanged(this->index(0, first), this->index(this->rowCount() - 1, last));
    }

    ComputeNames names_;

private:
    int columns_;
};

/// One request of the account: its journal row and, once it has a deal, its task as the
/// chain says it (or why the chain could not be read).
struct RequestRow {
    compute::ComputeOperation op;
    std::optional<compute::TaskState> task;
    QString taskError;
};

/// Where a request is, in one word for filters and tests: the task's status name (UNSET,
/// ACTIVE, REVEALING, COMPLETED, FAILED, TIMEOUT), or REQUESTING, STOPPED, CANCELLED,
/// UNKNOWN before the chain says it.
QString requestStatusKey(const RequestRow& row);
/// What the request costs (app + data + workerpool, nRLC): from its deal, else from the orders
/// it chose; nothing before it planned.
std::optional<eth::U256> requestCost(const RequestRow& row);

/// The requests of the account, newest first: date, app, data, status, cost, task. SortRole
/// gives what a column sorts by, AddressRole the full address or hash of a cell.
class RequestsModel : public ComputeTableModel<RequestRow> {
    Q_OBJECT
public:
    enum Column { Date, App, Data, Status, Cost, Task, ColumnCount };
    enum Role { SortRole = Qt::UserRole + 1, AddressRole, StatusKeyRole };
    explicit RequestsModel(QObject* parent = nullptr) : ComputeTableModel(ColumnCount, parent) {}

    void setRows(std::vector<RequestRow> rows);
    void setNames(ComputeNames names) { takeNames(std::move(names), App, Data); }
    /// Where a request is in the interface's language ("Running", "Completed", "Signing the
    /// request…").
    static QString statusText(const RequestRow& row);
    /// A request step as a person reads it.
    static QString stepText(compute::ComputeStep step);
    /// The row of journal operation `id`, or -1.
    int rowOf(std::int64_t id) const;

    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

protected:
    QStringList columnTitles() const override;
};

/// The deals on the account's data (newest first): date, data, app, requester, price paid for
/// the data, status.
class OnMyDataModel : public ComputeTableModel<iexec::HubDeal> {
    Q_OBJECT
public:
    enum Column { Date, Data, App, Requester, Price, Status, ColumnCount };
    explicit OnMyDataModel(QObject* parent = nullptr) : ComputeTableModel(ColumnCount, parent) {}

    void setDeals(std::vector<iexec::HubDeal> deals);
    void setNames(ComputeNames names) { takeNames(std::move(names), Data, App); }

    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

protected:
    QStringList columnTitles() const override;
};

/// Rows holding a text (case ignored) in any column, shown or full (a name, an address, a
/// hash, a status); sorted by RequestsModel::SortRole (both models answer it).
class ComputationsFilter : public TextFilter {
    Q_OBJECT
public:
    explicit ComputationsFilter(QObject* parent = nullptr);
};

} // namespace sr::ui
