#pragma once

#include "eth/Address.h"
#include "session/Session.h"
#include "widgets/StepDialog.h"

#include <optional>
#include <vector>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;

namespace sr::ui {

class SettingsModel;
class WalletSession;

/// Grants access to a protected data, in three steps on one dialog: the form (data, an approved
/// app or whitelist, a user or anyone, a price per access in RLC, a number of accesses; checked
/// as it is typed, with a warning when the data lacks fields the app needs), a review with the
/// plain-language summary before anything is signed, then the signed order published to the
/// market.
class GrantDialog : public StepDialog {
    Q_OBJECT
public:
    /// `dataset`: the data chosen beforehand (from the Protected data page), if any.
    GrantDialog(SettingsModel& state, WalletSession& session, std::optional<eth::Address> dataset,
                QWidget* parent = nullptr);
    ~GrantDialog() override;

    /// True once the data and apps are loaded.
    bool isReady() const { return ready_; }
    /// The grant published, once it is.
    const std::optional<iexec::GrantedAccess>& result() const { return result_; }

    /// "Anyone may run Web3Mail on my-email up to 10 times for 0 RLC": AccessService's
    /// summary, in the user's language.
    static QString summaryText(const iexec::PreparedGrant& grant);

signals:
    void granted();

private:
    void load();
    void validate();
    void review();
    void confirm();
    std::optional<iexec::GrantRequest> request(QString* error) const;

    SettingsModel& state_;
    WalletSession& session_;
    std::optional<eth::Address> preselected_;
    std::vector<iexec::ProtectedData> data_;
    std::vector<iexec::ApprovedApp> apps_;
    std::optional<iexec::PreparedGrant> prepared_;
    std::optional<iexec::GrantedAccess> result_;
    bool ready_ = false;

    QComboBox* dataCombo_;
    QComboBox* appCombo_;
    QRadioButton* anyone_;
    QRadioButton* oneUser_;
    QLineEdit* user_;
    QLineEdit* price_;
    QLineEdit* volume_;
    QLabel* schemaWarning_;
    QLabel* formError_;
    QLabel* summary_;
    QLabel* details_;
    QLabel* reviewError_;
    QLabel* done_;
};

} // namespace sr::ui
