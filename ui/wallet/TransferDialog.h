#pragma once

#include "session/Session.h"
#include "util/CancelToken.h"
#include "widgets/StepDialog.h"

#include <memory>
#include <optional>

class QCheckBox;
class QComboBox;
class QCompleter;
class QLabel;
class QLineEdit;
class QPushButton;

namespace sr::session {
class ChainSession;
} // namespace sr::session

namespace sr::ui {

/// The active network's session (see wallet/WalletSession.h).
using ChainContext = session::ChainSession;
class WalletSession;

/// Moves money, in three steps on one dialog: the form (checked as it is typed), a review that
/// restates everything with the fee before anything is signed, then the transaction followed
/// until it is confirmed (closing the dialog leaves it to the Activity list).
/// - Send: ETH or RLC to an address (EIP-55 checked; a warning for an address never sent to).
/// - Deposit: RLC from the wallet into the iExec account; Withdraw: back.
class TransferDialog : public StepDialog {
    Q_OBJECT
public:
    enum class Kind { Send, Deposit, Withdraw };
    TransferDialog(WalletSession& session, Kind kind, QWidget* parent = nullptr);
    ~TransferDialog() override;

    Kind kind() const { return kind_; }
    /// The transaction sent, once sent.
    std::optional<TxRecord> sent() const { return sent_; }
    /// Fills the amount in (a withdrawal of earnings); checked as if typed.
    void setAmount(const eth::U256& value);

signals:
    /// The transaction reached a final state (confirmed, failed, ...).
    void finishedTransaction(const TxRecord& record);

private:
    struct KnownRecipients;
    /// Reads the address book and the history off the GUI thread, then completes and checks
    /// the recipient from that copy.
    void loadKnownRecipients();
    void validate();
    void review();
    void confirm();
    void follow(std::int64_t id);
    void saveContactIfAsked();
    void fillMax();
    unsigned decimals() const;
    bool isRlc() const;
    QString unitName() const;
    /// An engine message with the wallet's own addresses named ("Account 2") instead of
    /// spelled out in hex.
    QString withAccountNames(const QString& message) const;

    WalletSession& session_;
    Kind kind_;
    std::shared_ptr<ChainContext> chain_;
    std::optional<iexec::Balances> balances_;
    std::optional<eth::TransactionPlan> plan_;
    std::optional<TxRecord> sent_;
    std::shared_ptr<const KnownRecipients> known_; ///< until read: null
    /// Cancelled when the dialog goes: its jobs stop (the Activity list keeps following).
    CancelToken cancel_;

    QComboBox* token_ = nullptr;
    QLineEdit* to_ = nullptr;
    QCompleter* completer_ = nullptr;
    QLabel* toFeedback_ = nullptr;
    QCheckBox* saveContact_ = nullptr;
    QLineEdit* contactName_ = nullptr;
    QLineEdit* amount_;
    QPushButton* max_;
    QLabel* available_;
    QLabel* formError_;
    QLabel* summary_;
    QLabel* progress_;
};

} // namespace sr::ui
