#include "compute/ComputationsModel.h"

#include "ErrorText.h"
#include "Format.h"
#include "access/GrantListing.h"
#include "models/CellText.h"
#include "widgets/AddressLabel.h"

#include <QDateTime>
#include <QLocale>

namespace sr::ui {
namespace {

/// The locale's short date and the minute (the tooltip has it in full).
QString shortTime(std::int64_t seconds) {
    const QLocale locale;
    return locale.toString(QDateTime::fromSecsSinceEpoch(seconds).toLocalTime(),
                           locale.dateFormat(QLocale::ShortFormat) + QStringLiteral(" HH:mm"));
}

QString longTime(std::int64_t seconds) {
    return QLocale().toString(QDateTime::fromSecsSinceEpoch(seconds).toLocalTime(),
                              QLocale::LongFormat);
}

} // namespace

QString RequestsModel::stepText(compute::ComputeStep step) {
    switch (step) {
    case compute::ComputeStep::Plan:
        return tr("Choosing the orders");
    case compute::ComputeStep::PushKey:
        return tr("Writing the result key");
    case compute::ComputeStep::PushSecrets:
        return tr("Writing the secrets");
    case compute::ComputeStep::Sign:
        return tr("Signing the request");
    case compute::ComputeStep::Match:
        return tr("Sending the request");
    case compute::ComputeStep::Confirm:
        return tr("Waiting for the deal");
    case compute::ComputeStep::Done:
        return tr("Requested");
    }
    return {};
}

QString ComputeNames::dataName(const eth::Address& dataset) const {
    return nameOrAddress(data, dataset);
}

QString ComputeNames::appName(const eth::Address& app) const {
    return nameOrAddress(apps, app);
}

QString requestStatusKey(const RequestRow& row) {
    if (row.task)
        return QString::fromStdString(row.task->statusName);
    switch (row.op.state) {
    case compute::ComputeState::Cancelled:
        return QStringLiteral("CANCELLED");
    case compute::ComputeState::Failed:
        return QStringLiteral("STOPPED");
    case compute::ComputeState::Active:
        return QStringLiteral("REQUESTING");
    case compute::ComputeState::Done:
        break;
    }
    return QStringLiteral("UNKNOWN");
}

QString RequestsModel::statusText(const RequestRow& row) {
    const QString key = requestStatusKey(row);
    if (key == QLatin1String("UNSET"))
        return tr("Waiting for a worker");
    if (key == QLatin1String("ACTIVE"))
        return tr("Running");
    if (key == QLatin1String("REVEALING"))
        return tr("Revealing");
    if (key == QLatin1String("COMPLETED"))
        return tr("Completed");
    if (key == QLatin1String("FAILED"))
        return tr("Failed, refunded");
    if (key == QLatin1String("TIMEOUT"))
        return tr("Failed, claimable");
    if (key == QLatin1String("CANCELLED"))
        return tr("Cancelled");
    if (key == QLatin1String("STOPPED"))
        return tr("Stopped: %1").arg(stepText(row.op.step));
    if (key == QLatin1String("REQUESTING"))
        return stepText(row.op.step) + QStringLiteral("…");
    return tr("Status unknown");
}

std::optional<eth::U256> requestCost(const RequestRow& row) {
    if (row.task)
        return row.task->deal.app.price + row.task->deal.dataset.price +
               row.task->deal.workerpool.price;
    if (row.op.orders.is_object() && row.op.orders.contains("total"))
        try {
            return eth::U256::fromDecimal(row.op.orders.at("total").get<std::string>());
        } catch (const std::exception&) {
        }
    return std::nullopt;
}

void RequestsModel::setRows(std::vector<RequestRow> rows) {
    replaceRows(std::move(rows), [](const RequestRow& r) { return r.op.id; });
}

int RequestsModel::rowOf(std::int64_t id) const {
    for (int row = 0; row < rowCount(); ++row)
        if (at(row).op.id == id)
            return row;
    return -1;
}

QStringList RequestsModel::columnTitles() const {
    return {tr("Date"), tr("App"), tr("Data"), tr("Status"), tr("Cost"), tr("Task")};
}

QVariant RequestsModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const RequestRow& r = at(index.row());
    const auto column = static_cast<Column>(index.column());
    if (role == StatusKeyRole)
        return requestStatusKey(r);
    if (role == SortRole) {
        if (column == Date)
            return QVariant::fromValue<qlonglong>(r.op.createdAt);
        if (column == Cost)
            return amountSortKey(requestCost(r).value_or(eth::U256()));
        return data(index, Qt::DisplayRole);
    }
    if (role == AddressRole) {
        switch (column) {
        case App:
            return addressText(r.op.app);
        case Data:
            return addressText(r.op.dataset);
        case Task:
            return r.op.taskId ? hashText(*r.op.taskId) : QString();
        case Status:
            return requestStatusKey(r);
        default:
            return data(index, Qt::DisplayRole);
        }
    }
    if (role == Qt::DisplayRole) {
        switch (column) {
        case Date:
            return shortTime(r.op.createdAt);
        case App:
            return names_.appName(r.op.app);
        case Data:
            return names_.dataName(r.op.dataset);
        case Status:
            return statusText(r);
        case Cost: {
            const auto cost = requestCost(r);
            return cost ? rlcAmount(*cost) : QStringLiteral("—");
        }
        case Task:
            return r.op.taskId ? AddressLabel::shorten(hashText(*r.op.taskId), 13)
                               : QStringLiteral("—");
        case ColumnCount:
            break;
        }
        return {};
    }
    if (role == Qt::ToolTipRole) {
        if (column == Date)
            return longTime(r.op.createdAt);
        if (column == Cost) {
            const auto cost = requestCost(r);
            return cost ? exactAmount(*cost, eth::kRlcDecimals) + QStringLiteral(" RLC")
                        : QVariant();
        }
        if (column == Status && r.op.failure && r.op.state == compute::ComputeState::Failed)
            return errorParticulars(r.op.failure->toError());
        if (column == Status && !r.taskError.isEmpty())
            return r.taskError;
        return data(index, AddressRole);
    }
    if (role == Qt::TextAlignmentRole && column == Cost)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

void OnMyDataModel::setDeals(std::vector<iexec::HubDeal> deals) {
    replaceRows(std::move(deals), [](const iexec::HubDeal& d) { return d.dealId; });
}

QStringList OnMyDataModel::columnTitles() const {
    return {tr("Date"), tr("Data"), tr("App"), tr("Requester"), tr("Price"), tr("Status")};
}

QVariant OnMyDataModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const iexec::HubDeal& d = at(index.row());
    const auto column = static_cast<Column>(index.column());
    if (role == RequestsModel::SortRole) {
        if (column == Date)
            return QVariant::fromValue<qulonglong>(d.timestamp);
        if (column == Price)
            return amountSortKey(d.datasetPrice);
        return data(index, Qt::DisplayRole);
    }
    if (role == RequestsModel::AddressRole) {
        switch (column) {
        case Data:
            return addressText(d.dataset);
        case App:
            return addressText(d.app);
        case Requester:
            return addressText(d.requester);
        default:
            return hashText(d.dealId);
        }
    }
    if (role == Qt::DisplayRole) {
        switch (column) {
        case Date:
            return shortTime(static_cast<std::int64_t>(d.timestamp));
        case Data:
            return names_.dataName(d.dataset);
        case App:
            return names_.appName(d.app);
        case Requester:
            return AddressLabel::shorten(addressText(d.requester));
        case Price:
            return rlcAmount(d.datasetPrice);
        case Status:
            if (d.tasksPending() > 0)
                return tr("Under way");
            if (d.tasksFailed > 0 && d.tasksCompleted == 0)
                return tr("Failed");
            return tr("Completed");
        case ColumnCount:
            break;
        }
        return {};
    }
    if (role == Qt::ToolTipRole) {
        if (column == Date)
            return longTime(static_cast<std::int64_t>(d.timestamp));
        if (column == Price)
            return tr("%1 RLC for the data, per run")
                .arg(exactAmount(d.datasetPrice, eth::kRlcDecimals));
        if (column == Status)
            return tr("Deal %1").arg(hashText(d.dealId));
        return data(index, RequestsModel::AddressRole);
    }
    if (role == Qt::TextAlignmentRole && column == Price)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

ComputationsFilter::ComputationsFilter(QObject* parent)
    : TextFilter(RequestsModel::SortRole, RequestsModel::AddressRole, parent) {}

} // namespace sr::ui
