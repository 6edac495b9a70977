#pragma once

#include "models/KeyedTableModel.h"
#include "session/Session.h"

#include <QDeadlineTimer>
#include <QTimer>
#include <chrono>
#include <map>
#include <set>
#include <vector>

namespace sr::ui {

class ProtectController;

/// The protect operations worth showing: those running, those a crash or an error left
/// unfinished (the journal's), and those that ended during this run of the app for a few
/// seconds (so that the user sees them done; the data list shows them after that). Columns: name,
/// state (with the step, bytes and throughput of a running one, or the error of a stopped one),
/// protected data address.
class ProtectOperationsModel : public KeyedTableModel<iexec::ProtectOperation> {
    Q_OBJECT
public:
    enum Column { Name, State, Address, ColumnCount };
    static constexpr int IdRole = Qt::UserRole + 1;

    explicit ProtectOperationsModel(ProtectController& service, QObject* parent = nullptr);

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;

    const iexec::ProtectOperation& operation(int row) const { return rows_.at(std::size_t(row)); }
    /// -1 when the operation is not listed.
    int rowOf(std::int64_t id) const;
    /// The language changed: headers and texts are asked again.
    void retranslate();
    /// Listed and neither running nor finished: what "Resume" applies to.
    std::vector<iexec::ProtectOperation> interrupted() const;
    /// How long a finished operation stays listed.
    static constexpr std::chrono::milliseconds kFinishedLinger{15000};

signals:
    /// The rows were read again from the service (added, removed or changed).
    void rebuilt();

protected:
    QStringList columnTitles() const override;

private:
    void rebuild();
    QString stateText(const iexec::ProtectOperation& op) const;

    ProtectController& service_;
    std::set<std::int64_t> seenThisRun_;
    /// When each operation seen this run was first seen finished.
    std::map<std::int64_t, QDeadlineTimer> finishedSince_;
    QTimer lingerTimer_; ///< reads the list again when a finished one is due to leave
};

} // namespace sr::ui
