#pragma once

#include "access/GrantListing.h"
#include "eth/Address.h"
#include "iexec/DataTimelineTypes.h"

#include <QWidget>
#include <cstdint>
#include <map>
#include <memory>
#include <optional>

class QLabel;
class QVBoxLayout;

namespace sr::ui {

class WalletSession;
class WrapLabel;

/// The timeline of the protected data in the detail pane: created, grants given and revoked,
/// runs (by whom, with which app, what they earned) and transfers, oldest first, each with an
/// icon, its time and a plain sentence. Read off the GUI thread (ChainSession::dataTimeline) when a
/// data is shown, and again, reading only the new blocks, on refresh().
class DataTimelineView : public QWidget {
    Q_OBJECT
public:
    DataTimelineView(WalletSession& session, const std::filesystem::path& database,
                     QWidget* parent = nullptr);

    /// Shows the timeline of `dataset` (made at `createdBlock` when known), read at once.
    void show(const eth::Address& dataset, std::optional<std::uint64_t> createdBlock);
    /// Reads the shown data's timeline again (a new block): quietly, the view kept meanwhile.
    void refresh();
    /// Forgets the data shown and what was read (another account or network).
    void clear();

    /// The sentences shown, oldest first (for tests).
    QStringList sentences() const;

signals:
    /// A read ended (shown, or failed).
    void loaded();

protected:
    void changeEvent(QEvent* event) override;

private:
    struct Reading {
        iexec::DataTimeline timeline;
        iexec::DataTimelineScan scan;
        std::map<eth::Address, QString> appNames;
    };
    void read(bool quiet);
    void paint();
    QString sentence(const iexec::TimelineEvent& event) const;
    QString who(const eth::Address& address) const;
    void retranslate();

    WalletSession& session_;
    std::filesystem::path database_;
    std::optional<eth::Address> dataset_;
    std::optional<std::uint64_t> createdBlock_;
    std::optional<Reading> shown_;
    /// What was read of each data this session: a new block reads only what came after.
    std::map<eth::Address, iexec::DataTimelineScan> scans_;
    int generation_ = 0;
    bool busy_ = false;
    bool again_ = false; ///< a refresh came while reading
    bool repaintPending_ = false;

    QLabel* caption_;
    WrapLabel* status_;
    QWidget* rows_;
    QVBoxLayout* rowsLayout_;
};

} // namespace sr::ui
