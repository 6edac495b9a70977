#pragma once

#include "session/Session.h"

#include <QAbstractTableModel>
#include <optional>
#include <vector>

namespace sr::ui {

/// The apps and app whitelists approved on the active network (iexec::ApprovedApps).
class ApprovedAppsModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Name, Kind, Tee, Schema, Address, ColumnCount };
    using QAbstractTableModel::QAbstractTableModel;

    void setApps(std::vector<iexec::ApprovedApp> apps);
    const std::vector<iexec::ApprovedApp>& apps() const { return apps_; }
    const iexec::ApprovedApp& at(int row) const { return apps_[static_cast<size_t>(row)]; }
    std::optional<int> rowOf(const eth::Address& address) const;
    /// Where `app` runs, in plain words ("Confidential computer (Intel TDX)"), or with the
    /// technical details for a tooltip.
    static QString describeRuntime(const iexec::ApprovedApp& app, bool details);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    std::vector<iexec::ApprovedApp> apps_;
};

} // namespace sr::ui
