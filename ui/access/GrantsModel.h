#pragma once

#include "models/KeyedTableModel.h"
#include "session/Session.h"

#include <map>
#include <vector>

namespace sr::ui {

/// The grants of the account's data (AccessService::list), with data and app names where they
/// are known, filtered by data, app and user.
class GrantsModel : public KeyedTableModel<iexec::GrantedAccess> {
    Q_OBJECT
public:
    enum Column { Data, App, User, Price, Remaining, Order, ColumnCount };
    using KeyedTableModel::KeyedTableModel;

    /// Replaces the listing, row by row (KeyedTableModel); `dataNames` and `appNames` name
    /// the addresses they know.
    void setGrants(std::vector<iexec::GrantedAccess> grants,
                   std::map<eth::Address, QString> dataNames,
                   std::map<eth::Address, QString> appNames);
    void setFilter(const iexec::AccessFilter& filter);

    const std::vector<iexec::GrantedAccess>& all() const { return all_; }
    const std::vector<iexec::GrantedAccess>& shown() const { return rows_; }
    /// The name of a data or app address, or the shortened address.
    QString dataName(const eth::Address& a) const;
    QString appName(const eth::Address& a) const;

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

protected:
    QStringList columnTitles() const override;

private:
    std::vector<iexec::GrantedAccess> all_;
    std::map<eth::Address, QString> dataNames_;
    std::map<eth::Address, QString> appNames_;
    iexec::AccessFilter filter_;
};

} // namespace sr::ui
