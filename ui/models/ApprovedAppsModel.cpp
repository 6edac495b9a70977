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
    if (index.column() == Tee && (role == Qt::DisplayRole || role == Qt::ToolTipRole))
        return describeRuntime(app, role == Qt::ToolTipRole);
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        switch (index.column()) {
        case Name:
            return QString::fromStdString(app.name);
        case Kind:
            return app.kind == iexec::AppKind::Whitelist ? tr("App whitelist") : tr("App");
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

QString ApprovedAppsModel::describeRuntime(const iexec::ApprovedApp& app, bool details) {
    if (app.kind == iexec::AppKind::Whitelist)
        return details ? tr("Each app of the whitelist runs where it was built to run; the grant "
                            "itself asks for a confidential computer.")
                       : tr("Depends on the app");
    const QString framework = QString::fromStdString(app.teeFramework);
    if (!framework.isEmpty()) {
        const QString chip = framework.compare(QLatin1String("TDX"), Qt::CaseInsensitive) == 0
                                 ? QStringLiteral("Intel TDX")
                                 : QStringLiteral("Intel SGX");
        return details ? tr("The app runs only inside a trusted execution environment (TEE: %1, "
                            "framework %2): your data is decrypted only there, where neither the "
                            "worker's owner nor iExec can read it.")
                             .arg(chip, framework)
                       : tr("Confidential computer (%1)").arg(chip);
    }
    // A known app from the profile was never read from the chain: say so.
    if (app.preloaded && app.multiaddr.empty())
        return details ? tr("Strongroom has not read this app from the chain yet, so it does not "
                            "know where it runs. Edit it to read it.")
                       : tr("Not checked yet");
    // An app tells it runs in a TEE through its orders on the market: none were there.
    if (!app.teeKnown)
        return details ? tr("When Strongroom read this app, the marketplace showed no order of "
                            "it (where an app says it runs in a trusted execution environment) "
                            "or could not be read, so where it runs is unknown. Edit it to read "
                            "it again.")
                       : tr("Unknown");
    return details ? tr("The app is not built for a trusted execution environment (TEE): it "
                        "cannot run on protected data.")
                   : tr("Not confidential");
}

QVariant ApprovedAppsModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation == Qt::Horizontal && role == Qt::ToolTipRole && section == Tee)
        return tr("Where the app runs: a confidential computer keeps your data hidden from the "
                  "computer's owner while the app uses it.");
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name:
        return tr("Name");
    case Kind:
        return tr("Type");
    case Tee:
        return tr("Runs in");
    case Schema:
        return tr("Data it needs");
    case Address:
        return tr("Address");
    default:
        return {};
    }
}

} // namespace sr::ui
