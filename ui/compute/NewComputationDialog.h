#pragma once

#include "compute/ComputePlan.h"
#include "compute/ComputeTypes.h"
#include "eth/Address.h"
#include "iexec/AppTypes.h"
#include "iexec/Balances.h"
#include "iexec/ProtectedData.h"
#include "util/CancelToken.h"

#include <QDialog>
#include <QString>
#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <vector>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QStackedWidget;
class QTimer;
class QToolButton;
class QWidget;

namespace sr::wallet {
class UnlockedAccount;
}

namespace sr::ui {

class SettingsModel;
class StepList;
class WalletSession;
class WrapLabel;

/// New computation: run an app on a protected data, in two steps on one dialog.
/// 1. The form: the protected data (the account's own, or any address typed: a data granted
///    to it), the app (the approved apps, or an address typed), the app's arguments, requester
///    secrets (each a file, numbered from 1), input file URLs, and under "Advanced" a maximum
///    price, a workerpool and whether the result is encrypted (yes by default). Once data and
///    app are set, the order books are read off the GUI thread (compute::ComputePipeline::plan):
///    the cost (app + data + workerpool, in RLC) and a plain-language summary before anything
///    is signed, or why nothing matches. When the iExec account's stake is below the cost,
///    the missing amount is said and its deposit offered (the Wallet's deposit dialog).
/// 2. The run: the wallet password, then the journaled request (ComputeJournal) step by step;
///    Cancel before anything reached the chain, Retry after a failure (the journal keeps the
///    operation, the Computations page can resume it), requested() at the end.
/// Return runs the step's action (Check price, Run, Close); Escape closes and loses nothing: a
/// request already under way goes on, and the Computations page finds it.
class NewComputationDialog : public QDialog {
    Q_OBJECT
public:
    NewComputationDialog(SettingsModel& state, WalletSession& wallet, QWidget* parent = nullptr);
    ~NewComputationDialog() override;

    /// Preselects the protected data (one of the account's, or a typed address).
    void setData(const eth::Address& dataset);
    /// Preselects the app (an approved one, or a typed address).
    void setApp(const eth::Address& app);

    enum class Phase {
        Loading,  ///< reading the account's data and the approved apps
        Form,     ///< data or app missing, or changed since the last plan
        Planning, ///< reading the order books
        Refused,  ///< nothing matches: the reason is said
        Planned,  ///< the cost is known
        Running,
        Failed,
        Cancelled,
        Done
    };
    Phase phase() const { return phase_; }
    /// The last plan, when the form has not changed since.
    const std::optional<compute::Plan>& plan() const { return plan_; }
    /// The operation once journaled; 0 before.
    std::int64_t operationId() const { return id_; }
    /// How much the iExec account lacks for the planned cost (zero when it has enough).
    eth::U256 missingStake() const;

public slots:
    /// Reads the order books for what the form says now (off the GUI thread).
    void checkPrice();
    /// Escape and the close button: closes at any time; what runs goes on.
    void reject() override;

signals:
    /// The request went through: the deal is on chain (operation of the ComputeJournal).
    void requested(std::int64_t operationId);
    /// The market is being read for a plan (its answer comes with planFinished()).
    void planStarted();
    /// A plan ended (a cost, or a reason why not): for the tests and the accessibility tools.
    void planFinished();
    /// The data and apps to choose from were read.
    void loaded();

protected:
    void keyPressEvent(QKeyEvent* event) override;

private:
    struct Credentials {
        std::shared_ptr<const wallet::UnlockedAccount> signer;
        std::string resultPublicKeyPem;
    };
    struct Quote;

    void load();
    void formChanged();
    /// The operation the form describes, or nothing with `error` said.
    std::optional<compute::ComputeOperation> operationFromForm(QString* error) const;
    std::optional<eth::Address> chosenData() const;
    std::optional<eth::Address> chosenApp() const;
    QString dataName(const eth::Address& dataset) const;
    QString appName(const eth::Address& app) const;
    QString summaryText(const compute::ComputeOperation& op, const compute::Plan& plan) const;
    void showQuote(const compute::ComputeOperation& op, const Quote& quote);
    void showRefusal(const QString& why);
    void addSecret();
    void removeSecret();
    void deposit();
    void primaryAction();
    void run();
    void startRun(std::int64_t id);
    void retry();
    void cancelRun();
    bool ensureCredentials();
    void onStep(compute::ComputeStep step);
    void onRunEnded(std::optional<compute::ComputeOperation> op, const QString& error,
                    bool cancelled);
    void renderSteps(compute::ComputeStep current, bool failed, bool done);
    void setStatus(const QString& text, int tone);
    void updateButtons();
    static QString stepText(compute::ComputeStep step);

    SettingsModel& state_;
    WalletSession& wallet_;
    Phase phase_ = Phase::Loading;
    std::vector<iexec::ProtectedData> data_;
    std::vector<iexec::ApprovedApp> apps_;
    std::optional<eth::Address> wantedData_;
    std::optional<eth::Address> wantedApp_;
    std::map<std::uint64_t, QString> secrets_;
    std::optional<compute::Plan> plan_;
    std::optional<compute::ComputeOperation> planned_; ///< what the plan was made for
    std::optional<iexec::Balances> balances_;
    int generation_ = 0;
    std::int64_t id_ = 0;
    std::optional<Credentials> credentials_;
    CancelToken runToken_;
    bool cancelWanted_ = false;
    compute::ComputeStep lastStep_ = compute::ComputeStep::Plan;

    QStackedWidget* pages_;
    QComboBox* dataCombo_;
    QComboBox* appCombo_;
    QLineEdit* args_;
    QPlainTextEdit* inputFiles_;
    QListWidget* secretList_;
    QPushButton* addSecret_;
    QPushButton* removeSecret_;
    QToolButton* advancedToggle_;
    QWidget* advanced_;
    QLineEdit* maxPrice_;
    QLineEdit* workerpool_;
    QCheckBox* encrypt_;
    QLabel* encryptWarning_;
    WrapLabel* summary_;
    QLabel* cost_;
    WrapLabel* planStatus_;
    WrapLabel* stake_;
    QPushButton* deposit_;
    QPushButton* cancel_;
    QPushButton* checkPrice_;
    QPushButton* run_;
    QTimer* autoPlan_;

    QLabel* heading_;
    StepList* steps_;
    WrapLabel* runStatus_;
    QPushButton* cancelRun_;
    QPushButton* retry_;
    QPushButton* close_;
};

} // namespace sr::ui
