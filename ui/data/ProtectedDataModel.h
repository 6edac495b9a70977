#pragma once

#include "models/KeyedTableModel.h"
#include "session/Session.h"

#include <map>
#include <optional>
#include <vector>

namespace sr::ui {

/// The account's protected data as the Protected data page lists them, filtered by the
/// search box and the schema-field filter (iexec::filterProtectedData).
class ProtectedDataModel : public KeyedTableModel<iexec::ProtectedData> {
    Q_OBJECT
public:
    enum Column { Name, Schema, Created, State, Address, ColumnCount };
    /// The data this computer protected, with how far each operation got.
    using MadeHere = std::map<eth::Address, iexec::ProtectState>;
    /// Qt::UserRole of any column: the data's checksummed address.
    static constexpr int AddressRole = Qt::UserRole;

    using KeyedTableModel::KeyedTableModel;

    /// Replaces the whole listing (the filter is kept), row by row (KeyedTableModel).
    void setListing(std::vector<iexec::ProtectedData> all, MadeHere madeHere);
    void setQuery(const iexec::ProtectedDataQuery& query);

    const std::vector<iexec::ProtectedData>& all() const { return all_; }
    /// The row showing `address`, if it passes the filter.
    std::optional<int> rowOf(const eth::Address& address) const;
    /// Every schema field of the listing ("email:string"), for the filter's suggestions.
    QStringList schemaFields() const;

    /// "email: string, profile.age: f64"; "Unknown" for data made without a schema.
    static QString describeSchema(const iexec::ProtectedData& data);
    /// The creation time in the user's locale, or "Unknown".
    static QString describeCreated(const iexec::ProtectedData& data);
    /// "Ready" (protected here, its key in the SMS), "Key not delivered yet" (protected here,
    /// the operation unfinished: resume it), or "Made elsewhere" (by the SDK, another computer:
    /// whether its key reached the SMS is not known here).
    QString describeState(const iexec::ProtectedData& data) const;
    /// True for data protected here whose operation did not finish.
    bool isUnfinished(const iexec::ProtectedData& data) const;

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

protected:
    QStringList columnTitles() const override;

private:
    void applyFilter();
    std::vector<iexec::ProtectedData> all_;
    MadeHere madeHere_;
    iexec::ProtectedDataQuery query_;
};

} // namespace sr::ui
