#include "protect/ProtectOperationsModel.h"

#include "ErrorText.h"
#include "protect/ProtectController.h"

#include <QLocale>
#include <QTimer>

namespace sr::ui {

ProtectOperationsModel::ProtectOperationsModel(ProtectController& service, QObject* parent)
    : KeyedTableModel(parent), service_(service) {
    connect(&service_, &ProtectController::operationsChanged, this,
            &ProtectOperationsModel::rebuild);
    lingerTimer_.setSingleShot(true);
    lingerTimer_.setTimerType(Qt::PreciseTimer);
    connect(&lingerTimer_, &QTimer::timeout, this, &ProtectOperationsModel::rebuild);
    connect(&service_, &ProtectController::progressed, this, [this](qint64 id) {
        const int row = rowOf(id);
        if (row >= 0)
            emit dataChanged(index(row, State), index(row, State));
    });
    rebuild();
}

void ProtectOperationsModel::rebuild() {
    std::vector<iexec::ProtectOperation> rows;
    for (const auto& op : service_.operations()) {
        if (service_.isRunning(op.id))
            seenThisRun_.insert(op.id);
        if (!op.finished()) { // running, or left unfinished (the journal's)
            seenThisRun_.insert(op.id);
            rows.push_back(op);
            continue;
        }
        if (!seenThisRun_.count(op.id))
            continue; // finished in an earlier run of the app
        // Just finished: shown done for a while, then left to the data list.
        if (!finishedSince_.count(op.id))
            finishedSince_[op.id] = QDeadlineTimer(kFinishedLinger, Qt::PreciseTimer);
        const QDeadlineTimer& until = finishedSince_.at(op.id);
        if (!until.hasExpired()) {
            rows.push_back(op);
            // Read again once it is due (the soonest of those shown).
            const auto left = std::chrono::milliseconds(until.remainingTime() + 20);
            if (!lingerTimer_.isActive() ||
                left < std::chrono::milliseconds(lingerTimer_.remainingTime()))
                lingerTimer_.start(left);
        }
    }
    replaceRows(std::move(rows), [](const iexec::ProtectOperation& op) { return op.id; });
    emit rebuilt();
}

void ProtectOperationsModel::retranslate() {
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!rows_.empty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int ProtectOperationsModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

int ProtectOperationsModel::rowOf(std::int64_t id) const {
    for (std::size_t i = 0; i < rows_.size(); ++i)
        if (rows_[i].id == id)
            return int(i);
    return -1;
}

std::vector<iexec::ProtectOperation> ProtectOperationsModel::interrupted() const {
    std::vector<iexec::ProtectOperation> out;
    for (const auto& op : rows_)
        if (!op.finished() && !service_.isRunning(op.id))
            out.push_back(op);
    return out;
}

QString ProtectOperationsModel::stateText(const iexec::ProtectOperation& op) const {
    if (service_.isRunning(op.id)) {
        const auto p = service_.progress(op.id);
        if (!p)
            return tr("Starting…");
        QString text = ProtectController::stepText(p->step);
        if (p->total > 0) {
            text += tr(" · %1%").arg(int(100.0 * double(p->done) / double(p->total)));
            if (p->bytesPerSecond > 0)
                text += QStringLiteral(" · ") +
                        tr("%1/s").arg(QLocale().formattedDataSize(qint64(p->bytesPerSecond)));
        }
        return text;
    }
    switch (op.state) {
    case iexec::ProtectState::Done:
    case iexec::ProtectState::Cancelled:
        return ProtectController::stateText(op.state);
    case iexec::ProtectState::Failed:
        return tr("Stopped at “%1”: %2")
            .arg(ProtectController::stepText(op.step),
                 op.failure ? errorParticulars(op.failure->toError()) : QString());
    case iexec::ProtectState::Active:
        return tr("Interrupted at “%1”").arg(ProtectController::stepText(op.step));
    }
    return {};
}

QVariant ProtectOperationsModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= int(rows_.size()))
        return {};
    const auto& op = rows_[std::size_t(index.row())];
    if (role == IdRole)
        return qint64(op.id);
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        switch (index.column()) {
        case Name:
            return QString::fromStdString(op.name);
        case State:
            return stateText(op);
        case Address:
            return op.dataset ? QString::fromStdString(op.dataset->toChecksumHex()) : QString();
        default:
            break;
        }
    }
    return {};
}

QStringList ProtectOperationsModel::columnTitles() const {
    return {tr("Name"), tr("State"), tr("Address")};
}

} // namespace sr::ui
