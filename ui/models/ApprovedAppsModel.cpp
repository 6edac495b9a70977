#include "models/ApprovedAppsModel.h"

#include "models/KnownAppsModel.h"

#include <QFontDatabase>

namespace sr::ui {

void ApprovedAppsModel::setApps(std::vector<iexec::ApprovedApp> apps) {
    beginResetModel();
    apps_ = std::move(apps);
    endResetModel();
}

std::optional<int> ApprovedAppsModel::rowOf(const eth::Address& address) const {
    for (size_t i = 0; i < apps_.size(); ++i)
        if (apps_[i].address == address)
            return static_cast<int>(i);
    return std::nullopt;
}

int ApprovedAppsModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(apps_.size());
}

int ApprovedAppsModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ApprovedAppsModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const auto& app = at(index.row());
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        switch (index.column()) {
        case Name:
            return QString::fromStdString(app.name);
        case Kind:
            return app.kind == iexec::AppKind::Whitelist ? tr("App whitelist") : tr("App");
        case Tee:
            if (app.kind == iexec::AppKind::Whitelist)
                return tr("Per member");
            if (!app.teeFramework.empty())
                return QString::fromStdString(app.teeFramework);
            // A known app from the profile was never read from the chain: say so.
            return app.preloaded && app.multiaddr.empty() ? tr("Not read") : tr("None");
        case Schema: {
            const QString schema = KnownAppsModel::describeSchema(app.schema);
            return schema.isEmpty() ? tr("Any") : schema;
        }
        case Address:
            return QString::fromStdString(app.address.toChecksumHex());
        default:
            return {};
        }
    }
    if (role == Qt::FontRole && index.column() == Address)
        return QFontDatabase::systemFont(QFontDatabase::FixedFont);
    return {};
}

QVariant ApprovedAppsModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name:
        return tr("Name");
    case Kind:
        return tr("Type");
    case Tee:
        return tr("TEE");
    case Schema:
        return tr("Data it needs");
    case Address:
        return tr("Address");
    default:
        return {};
    }
}

} // namespace sr::ui
