#include "access/GrantsModel.h"

#include "Format.h"
#include "access/GrantListing.h"
#include "eth/Hex.h"
#include "eth/U256.h"
#include "widgets/AddressLabel.h"

#include <QFontDatabase>

namespace sr::ui {

void GrantsModel::setGrants(std::vector<iexec::GrantedAccess> grants,
                            std::map<eth::Address, QString> dataNames,
                            std::map<eth::Address, QString> appNames) {
    all_ = std::move(grants);
    dataNames_ = std::move(dataNames);
    appNames_ = std::move(appNames);
    std::vector<iexec::GrantedAccess> shown;
    for (const auto& g : all_)
        if (filter_.matches(g))
            shown.push_back(g);
    replaceRows(std::move(shown), [](const iexec::GrantedAccess& g) { return g.orderHash; });
}

void GrantsModel::setFilter(const iexec::AccessFilter& filter) {
    filter_ = filter;
    setGrants(std::move(all_), std::move(dataNames_), std::move(appNames_));
}

QString GrantsModel::dataName(const eth::Address& a) const {
    return nameOrAddress(dataNames_, a);
}

QString GrantsModel::appName(const eth::Address& a) const {
    return nameOrAddress(appNames_, a);
}

int GrantsModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant GrantsModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const auto& g = at(index.row());
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Data:
            return dataName(g.dataset());
        case App:
            return appName(g.app());
        case User:
            return g.user().isZero()
                       ? tr("Anyone")
                       : AddressLabel::shorten(QString::fromStdString(g.user().toChecksumHex()));
        case Price:
            return tr("%1 RLC").arg(exactAmount(g.order.order.datasetprice, eth::kRlcDecimals));
        case Remaining:
            return tr("%1 of %2")
                .arg(displayCount(g.remaining), displayCount(g.order.order.volume));
        case Order:
            return AddressLabel::shorten(QString::fromStdString(eth::toHex(g.orderHash)));
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (index.column()) {
        case Data:
            return QString::fromStdString(g.dataset().toChecksumHex());
        case App:
            return QString::fromStdString(g.app().toChecksumHex());
        case User:
            return g.user().isZero() ? tr("Anyone may use it")
                                     : QString::fromStdString(g.user().toChecksumHex());
        case Order:
            return QString::fromStdString(eth::toHex(g.orderHash));
        default:
            return {};
        }
    }
    if (role == Qt::FontRole && index.column() == Order)
        return QFontDatabase::systemFont(QFontDatabase::FixedFont);
    return {};
}

QStringList GrantsModel::columnTitles() const {
    return {tr("Data"),          tr("App"),  tr("User"), tr("Price per access"),
            tr("Accesses left"), tr("Order")};
}

} // namespace sr::ui
