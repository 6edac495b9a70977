#include "data/ProtectedDataModel.h"

#include <QDateTime>
#include <QFontDatabase>
#include <QLocale>
#include <set>

namespace sr::ui {

void ProtectedDataModel::setListing(std::vector<iexec::ProtectedData> all) {
    beginResetModel();
    all_ = std::move(all);
    applyFilter();
    endResetModel();
}

void ProtectedDataModel::setQuery(const iexec::ProtectedDataQuery& query) {
    beginResetModel();
    query_ = query;
    applyFilter();
    endResetModel();
}

void ProtectedDataModel::applyFilter() {
    shown_ = iexec::filterProtectedData(all_, query_);
}

std::optional<int> ProtectedDataModel::rowOf(const eth::Address& address) const {
    for (size_t i = 0; i < shown_.size(); ++i)
        if (shown_[i].address == address)
            return static_cast<int>(i);
    return std::nullopt;
}

QStringList ProtectedDataModel::schemaFields() const {
    std::set<std::string> fields;
    for (const auto& d : all_)
        for (auto& f : iexec::schemaFields(d.schema))
            fields.insert(std::move(f));
    QStringList out;
    for (const auto& f : fields)
        out << QString::fromStdString(f);
    return out;
}

QString ProtectedDataModel::describeSchema(const iexec::ProtectedData& data) {
    if (data.schema.empty())
        return tr("Unknown");
    QStringList parts;
    for (const auto& f : iexec::schemaFields(data.schema)) {
        QString field = QString::fromStdString(f);
        parts << field.replace(field.lastIndexOf(QLatin1Char(':')), 1, QStringLiteral(": "));
    }
    return parts.isEmpty() ? tr("None") : parts.join(QStringLiteral(", "));
}

QString ProtectedDataModel::describeCreated(const iexec::ProtectedData& data) {
    if (!data.createdAt)
        return tr("Unknown");
    return QLocale().toString(QDateTime::fromSecsSinceEpoch(*data.createdAt), QLocale::ShortFormat);
}

int ProtectedDataModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(shown_.size());
}

int ProtectedDataModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ProtectedDataModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const auto& d = at(index.row());
    if (role == AddressRole)
        return QString::fromStdString(d.address.toChecksumHex());
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        switch (index.column()) {
        case Name:
            return QString::fromStdString(d.name);
        case Schema:
            return describeSchema(d);
        case Created:
            return describeCreated(d);
        case Address:
            return QString::fromStdString(d.address.toChecksumHex());
        default:
            return {};
        }
    }
    if (role == Qt::FontRole && index.column() == Address)
        return QFontDatabase::systemFont(QFontDatabase::FixedFont);
    return {};
}

QVariant ProtectedDataModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name:
        return tr("Name");
    case Schema:
        return tr("Fields");
    case Created:
        return tr("Created");
    case Address:
        return tr("Address");
    default:
        return {};
    }
}

} // namespace sr::ui
