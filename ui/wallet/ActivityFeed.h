#pragma once

#include <QObject>

namespace sr::ui {

class ActivityModel;
class WalletSession;

/// Keeps the Activity list up to date: on refresh() (a new block, a sent transaction, another
/// account or network) it lets the TransactionManager follow what is pending (resending what
/// the node lost, noticing reorgs) and reads the journal, off the GUI thread, then hands the
/// rows to the model. The model itself never reaches the node or the disk.
class ActivityFeed : public QObject {
    Q_OBJECT
public:
    ActivityFeed(WalletSession& session, ActivityModel& model, QObject* parent = nullptr);

public slots:
    void refresh();

private:
    WalletSession& session_;
    ActivityModel& model_;
    bool busy_ = false;
    bool again_ = false;
    int generation_ = 0; ///< results for an earlier account or network are dropped
};

} // namespace sr::ui
