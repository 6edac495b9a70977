#include "data/ProtectedDataModel.h"

#include "Theme.h"
#include "widgets/AddressLabel.h"

#include <QColor>
#include <QDateTime>
#include <QFontDatabase>
#include <QLocale>
#include <set>

namespace sr::ui {

void ProtectedDataModel::setListing(std::vector<iexec::ProtectedData> all, MadeHere madeHere) {
    all_ = std::move(all);
    madeHere_ = std::move(madeHere);
    applyFilter();
}

void ProtectedDataModel::setQuery(const iexec::ProtectedDataQuery& query) {
    query_ = query;
    applyFilter();
}

void ProtectedDataModel::applyFilter() {
    replaceRows(iexec::filterProtectedData(all_, query_),
                [](const iexec::ProtectedData& d) { return d.address; });
}

std::optional<int> ProtectedDataModel::rowOf(const eth::Address& address) const {
    for (size_t i = 0; i < rows_.size(); ++i)
        if (rows_[i].address == address)
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
    const auto fields = iexec::readSchemaFields(data.schema);
    if (!fields)
        return tr("Unreadable schema");
    QStringList parts;
    for (const auto& f : *fields) {
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

QString ProtectedDataModel::describeState(const iexec::ProtectedData& data) const {
    const auto it = madeHere_.find(data.address);
    if (it == madeHere_.end())
        return tr("Made elsewhere");
    return it->second == iexec::ProtectState::Done ? tr("Ready") : tr("Key not delivered yet");
}

bool ProtectedDataModel::isUnfinished(const iexec::ProtectedData& data) const {
    const auto it = madeHere_.find(data.address);
    return it != madeHere_.end() && it->second != iexec::ProtectState::Done;
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
    if (index.column() == State) {
        if (role == Qt::DisplayRole)
            return describeState(d);
        if (role == Qt::ToolTipRole)
            return isUnfinished(d)
                       ? tr("Protecting it on this computer did not finish: the app can't "
                            "read it until its key reaches the Secret Management Service. "
                            "Resume it above.")
                   : madeHere_.count(d.address)
                       ? tr("Protected on this computer: on chain, on IPFS, its key in the "
                            "Secret Management Service.")
                       : tr("Made outside this computer's Strongroom (with the SDK, or on "
                            "another computer): whether its key reached the Secret Management "
                            "Service is not known here.");
        if (role == Qt::ForegroundRole && isUnfinished(d))
            return toneColor(Tone::Warning);
        return {};
    }
    if (role == Qt::DisplayRole && index.column() == Address)
        return AddressLabel::shorten(QString::fromStdString(d.address.toChecksumHex()));
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

QStringList ProtectedDataModel::columnTitles() const {
    return {tr("Name"), tr("Fields"), tr("Created"), tr("State"), tr("Address")};
}

} // namespace sr::ui
