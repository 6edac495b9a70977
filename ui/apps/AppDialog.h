#pragma once

#include "session/Session.h"

#include <QDialog>
#include <optional>

class QLabel;
class QLineEdit;
class QPushButton;

namespace sr::ui {

class SettingsModel;
class WalletSession;

/// Approves an app or app whitelist by its address: the chain is read first (name, owner,
/// multiaddr and checksum of an app, and its TEE framework from its orders on the market; the
/// members of a whitelist) and shown before anything is kept. Given an approved app instead, edits
/// its name and the data schema it needs, and can read it again from the chain (a known app of the
/// profile was never read).
class AppDialog : public QDialog {
    Q_OBJECT
public:
    /// Adds a new app.
    AppDialog(SettingsModel& state, WalletSession& session, QWidget* parent = nullptr);
    /// Edits `app`.
    AppDialog(SettingsModel& state, WalletSession& session, const iexec::ApprovedApp& app,
              QWidget* parent = nullptr);

    bool isEditing() const { return editing_.has_value(); }
    /// What the chain said about the address, once read.
    const std::optional<iexec::AppDetails>& details() const { return details_; }

public slots:
    /// Escape, Cancel, the close button: refused while the approval is being written.
    void reject() override;

private:
    void build();
    void inspect();
    void save();
    void showDetails();
    /// Where an app runs and how that is known, for the details (HTML).
    static QString teeText(const iexec::AppTee& tee);

    SettingsModel& state_;
    WalletSession& session_;
    std::optional<iexec::ApprovedApp> editing_;
    std::optional<iexec::AppDetails> details_;

    QLineEdit* address_;
    QPushButton* inspect_;
    QLabel* detailsText_;
    QLineEdit* name_;
    QLineEdit* schema_;
    QLabel* error_;
    QPushButton* save_;
    bool saving_ = false;
};

} // namespace sr::ui
