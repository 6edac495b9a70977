#pragma once

#include "iexec/Earnings.h"
#include "models/KeyedTableModel.h"
#include "models/TextFilter.h"

#include <map>
#include <optional>

namespace sr::ui {

/// The rewards of the account as data or app owner, newest first: date, data, app, requester,
/// amount (RLC), task, transaction. Display roles are formatted here; SortRole gives what a
/// column sorts by (the time, the amount in nRLC, the full hex), AddressRole the full address
/// or hash of a cell.
class EarningsModel : public KeyedTableModel<iexec::Earning> {
    Q_OBJECT
public:
    enum Column { Date, Data, App, Requester, Amount, Task, Transaction, ColumnCount };
    enum Role { SortRole = Qt::UserRole + 1, AddressRole };
    using KeyedTableModel::KeyedTableModel;

    /// Keeps the rewards of the Data and App roles (others are not the page's), newest first.
    void setEarnings(std::vector<iexec::Earning> earnings);
    /// Brings the rows up to date with the rewards of blocks `fromBlock` and later (chain
    /// order; fromBlock 0: all of them): the rows of those blocks that the update holds again
    /// stay (updated in place if they changed), the others go, the new ones come in on top.
    /// Rows below `fromBlock` are left untouched, so a view keeps its selection and scroll.
    void updateFrom(std::uint64_t fromBlock, std::vector<iexec::Earning> earnings);
    /// The names this computer knows for data and apps (else their shortened addresses);
    /// true when they changed.
    bool setNames(std::map<eth::Address, QString> data, std::map<eth::Address, QString> apps);
    QString dataName(const eth::Address& dataset) const;
    QString appName(const eth::Address& app) const;

    int columnCount(const QModelIndex& parent = {}) const override {
        return parent.isValid() ? 0 : ColumnCount;
    }
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

protected:
    QStringList columnTitles() const override;

private:
    std::map<eth::Address, QString> dataNames_, appNames_;
};

/// The rewards the filters let through: one data, one app (none: all), and a text that any
/// column may hold (a name, an address, a hash, a date), sorted by SortRole.
class EarningsFilter : public TextFilter {
    Q_OBJECT
public:
    explicit EarningsFilter(QObject* parent = nullptr);
    void setDataFilter(std::optional<eth::Address> dataset);
    void setAppFilter(std::optional<eth::Address> app);
    /// The rewards shown, in the order shown.
    std::vector<iexec::Earning> shown() const;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    std::optional<eth::Address> data_, app_;
};

} // namespace sr::ui
