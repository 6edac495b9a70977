#include "earnings/EarningsModel.h"

#include "Format.h"
#include "access/GrantListing.h"
#include "models/CellText.h"
#include "widgets/AddressLabel.h"

#include <QDateTime>
#include <QLocale>
#include <algorithm>
#include <iterator>

namespace sr::ui {

namespace {

std::pair<Hash32, int> keyOf(const iexec::Earning& e) {
    return std::make_pair(e.task, static_cast<int>(e.role));
}

bool sameEarning(const iexec::Earning& a, const iexec::Earning& b) {
    return a.task == b.task && a.deal == b.deal && a.dataset == b.dataset && a.app == b.app &&
           a.requester == b.requester && a.role == b.role && a.amount == b.amount &&
           a.block == b.block && a.timestamp == b.timestamp && a.transaction == b.transaction &&
           a.logIndex == b.logIndex;
}

/// The rewards of the Data and App roles (others are not the page's), newest first.
std::vector<iexec::Earning> shownOf(std::vector<iexec::Earning> earnings) {
    std::vector<iexec::Earning> kept;
    for (auto& e : earnings)
        if (e.role != iexec::EarningRole::Other)
            kept.push_back(std::move(e));
    std::reverse(kept.begin(), kept.end()); // chain order: the newest last
    return kept;
}

} // namespace

void EarningsModel::setEarnings(std::vector<iexec::Earning> earnings) {
    // A task pays its data owner and its app owner once each: (task, role) is a row's key.
    replaceRows(shownOf(std::move(earnings)), keyOf);
}

void EarningsModel::updateFrom(std::uint64_t fromBlock, std::vector<iexec::Earning> earnings) {
    if (fromBlock == 0) {
        setEarnings(std::move(earnings));
        return;
    }
    std::vector<iexec::Earning> next = shownOf(std::move(earnings));
    // The rows of the blocks read again are the first ones (newest first).
    std::size_t top = 0;
    while (top < rows_.size() && rows_[top].block >= fromBlock)
        ++top;
    // They stay when the update ends with them, in the same order (the usual case: nothing
    // was taken back); else they go, and the update's rows come in.
    bool kept = top <= next.size();
    for (std::size_t i = 0; kept && i < top; ++i)
        kept = keyOf(rows_[i]) == keyOf(next[next.size() - top + i]);
    if (kept) {
        for (std::size_t i = 0; i < top; ++i) {
            auto& now = next[next.size() - top + i];
            if (sameEarning(rows_[i], now))
                continue;
            rows_[i] = std::move(now);
            emit dataChanged(index(int(i), 0), index(int(i), ColumnCount - 1));
        }
        next.resize(next.size() - top);
    } else if (top > 0) {
        beginRemoveRows({}, 0, int(top) - 1);
        rows_.erase(rows_.begin(), rows_.begin() + std::ptrdiff_t(top));
        endRemoveRows();
    }
    if (next.empty())
        return;
    beginInsertRows({}, 0, int(next.size()) - 1);
    rows_.insert(rows_.begin(), std::make_move_iterator(next.begin()),
                 std::make_move_iterator(next.end()));
    endInsertRows();
}

bool EarningsModel::setNames(std::map<eth::Address, QString> data,
                             std::map<eth::Address, QString> apps) {
    if (data == dataNames_ && apps == appNames_)
        return false;
    dataNames_ = std::move(data);
    appNames_ = std::move(apps);
    if (rowCount() > 0)
        emit dataChanged(index(0, Data), index(rowCount() - 1, App));
    return true;
}

QString EarningsModel::dataName(const eth::Address& dataset) const {
    return nameOrAddress(dataNames_, dataset);
}

QString EarningsModel::appName(const eth::Address& app) const {
    return nameOrAddress(appNames_, app);
}

QStringList EarningsModel::columnTitles() const {
    return {tr("Date"),   tr("Data"), tr("App"),        tr("Requester"),
            tr("Amount"), tr("Task"), tr("Transaction")};
}

QVariant EarningsModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const iexec::Earning& e = at(index.row());
    const auto column = static_cast<Column>(index.column());
    if (role == SortRole) {
        switch (column) {
        case Date:
            return QVariant::fromValue<qulonglong>(e.timestamp);
        case Amount:
            return amountSortKey(e.amount);
        default:
            return data(index, AddressRole);
        }
    }
    if (role == AddressRole) {
        switch (column) {
        case Data:
            return addressText(e.dataset);
        case App:
            return addressText(e.app);
        case Requester:
            return addressText(e.requester);
        case Task:
            return hashText(e.task);
        case Transaction:
            return hashText(e.transaction);
        default:
            return data(index, Qt::DisplayRole);
        }
    }
    if (role == Qt::DisplayRole) {
        switch (column) {
        case Date: {
            // Short, to keep the column narrow (the tooltip has it in full): the locale's
            // short date and the minute.
            const QLocale locale;
            return locale.toString(
                QDateTime::fromSecsSinceEpoch(static_cast<qint64>(e.timestamp)).toLocalTime(),
                locale.dateFormat(QLocale::ShortFormat) + QStringLiteral(" HH:mm"));
        }
        case Amount:
            return rlcAmount(e.amount);
        case Data:
            return dataName(e.dataset);
        case App:
            return appName(e.app);
        case ColumnCount:
            return {};
        default:
            return AddressLabel::shorten(data(index, AddressRole).toString(), 13);
        }
    }
    if (role == Qt::ToolTipRole) {
        if (column == Date)
            return QLocale().toString(
                QDateTime::fromSecsSinceEpoch(static_cast<qint64>(e.timestamp)).toLocalTime(),
                QLocale::LongFormat);
        if (column == Amount)
            return exactAmount(e.amount, eth::kRlcDecimals) + QStringLiteral(" RLC");
        if (column == Data)
            return tr("%1 (as data owner)").arg(addressText(e.dataset));
        if (column == App)
            return e.role == iexec::EarningRole::App
                       ? tr("%1 (as app owner)").arg(addressText(e.app))
                       : addressText(e.app);
        return data(index, AddressRole);
    }
    if (role == Qt::TextAlignmentRole && column == Amount)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

EarningsFilter::EarningsFilter(QObject* parent)
    : TextFilter(EarningsModel::SortRole, EarningsModel::AddressRole, parent) {}

void EarningsFilter::setDataFilter(std::optional<eth::Address> dataset) {
    data_ = dataset;
    invalidateRowsFilter();
}

void EarningsFilter::setAppFilter(std::optional<eth::Address> app) {
    app_ = app;
    invalidateRowsFilter();
}

std::vector<iexec::Earning> EarningsFilter::shown() const {
    std::vector<iexec::Earning> out;
    const auto* model = static_cast<const EarningsModel*>(sourceModel());
    for (int row = 0; row < rowCount(); ++row)
        out.push_back(model->at(mapToSource(index(row, 0)).row()));
    return out;
}

bool EarningsFilter::filterAcceptsRow(int sourceRow, const QModelIndex&) const {
    const auto* model = static_cast<const EarningsModel*>(sourceModel());
    const iexec::Earning& e = model->at(sourceRow);
    if ((data_ && e.dataset != *data_) || (app_ && e.app != *app_))
        return false;
    return matchesText(sourceRow);
}

} // namespace sr::ui
