#include "KnownAppsModel.h"

#include <QFont>
#include <QFontDatabase>
#include <QRegularExpression>
#include <QStringList>

namespace sr::ui {

void KnownAppsModel::setApps(std::vector<KnownApp> apps) {
    beginResetModel();
    apps_ = std::move(apps);
    endResetModel();
}

int KnownAppsModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(apps_.size());
}

int KnownAppsModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

namespace {
void describe(const nlohmann::json& schema, const QString& prefix, QStringList& out) {
    if (!schema.is_object())
        return;
    for (auto it = schema.begin(); it != schema.end(); ++it) {
        const QString key = prefix + QString::fromStdString(it.key());
        if (it->is_object())
            describe(*it, key + QLatin1Char('.'), out);
        else if (it->is_string())
            out << key + QStringLiteral(": ") + QString::fromStdString(it->get<std::string>());
    }
}
} // namespace

QString KnownAppsModel::describeSchema(const nlohmann::json& schema) {
    QStringList parts;
    describe(schema, {}, parts);
    return parts.join(QStringLiteral(", "));
}

std::optional<nlohmann::json> KnownAppsModel::parseSchema(const QString& text, QString* error) {
    static const QRegularExpression name(QStringLiteral("^[A-Za-z0-9_-]+$"));
    nlohmann::json schema = nlohmann::json::object();
    for (const QString& part : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QString entry = part.trimmed();
        if (entry.isEmpty())
            continue;
        const int colon = entry.indexOf(QLatin1Char(':'));
        const QString path = colon < 0 ? QString() : entry.left(colon).trimmed();
        const QString type = colon < 0 ? QString() : entry.mid(colon + 1).trimmed();
        if (path.isEmpty() || type.isEmpty() || type.contains(QLatin1Char(' '))) {
            *error = tr("“%1” is not a field with its type, like “email: string”.").arg(entry);
            return std::nullopt;
        }
        nlohmann::json* node = &schema;
        const QStringList keys = path.split(QLatin1Char('.'));
        for (int i = 0; i < keys.size(); ++i) {
            if (!name.match(keys[i]).hasMatch()) {
                *error = tr("“%1” is not a valid field name: use letters, digits, - and _, "
                            "with dots between nested fields.")
                             .arg(path);
                return std::nullopt;
            }
            const std::string key = keys[i].toStdString();
            if (i + 1 == keys.size()) {
                if (node->contains(key)) {
                    *error = tr("The field “%1” is given twice.").arg(path);
                    return std::nullopt;
                }
                (*node)[key] = type.toStdString();
            } else {
                if (node->contains(key) && !(*node)[key].is_object()) {
                    *error = tr("The field “%1” is given twice.").arg(path);
                    return std::nullopt;
                }
                node = &(*node)[key];
                if (node->is_null())
                    *node = nlohmann::json::object();
            }
        }
    }
    return schema;
}

QVariant KnownAppsModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const KnownApp& app = apps_[static_cast<size_t>(index.row())];
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        switch (index.column()) {
        case Name:
            return QString::fromStdString(app.name);
        case Type:
            return app.whitelist ? tr("App whitelist") : tr("App");
        case Address:
            return QString::fromStdString(app.address);
        case Schema:
            return describeSchema(app.schema);
        default:
            return {};
        }
    }
    if (role == Qt::FontRole && index.column() == Address)
        return QFontDatabase::systemFont(QFontDatabase::FixedFont);
    return {};
}

QVariant KnownAppsModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name:
        return tr("Name");
    case Type:
        return tr("Type");
    case Address:
        return tr("Address");
    case Schema:
        return tr("Data it needs");
    default:
        return {};
    }
}

} // namespace sr::ui
