#pragma once

#include <QDialog>
#include <QPointer>
#include <any>
#include <functional>
#include <optional>

class QLabel;
class QLineEdit;
class QPushButton;
class QThreadPool;

namespace sr {
namespace crypto {
class SecretBytes;
}
namespace wallet {
struct AccountInfo;
}
} // namespace sr

namespace sr::ui {

/// The one dialog that asks for the wallet password, whatever it is for (unlocking to sign,
/// protecting, adding an account, exporting a keystore, showing the recovery phrase, removing
/// an account). It runs the purpose's `check` off the GUI thread with the typed password (a
/// KDF, then whatever the password opens) and closes with its result only when it succeeded.
///
/// Keys behave as people expect: Return confirms (the confirm button is the only default and
/// nothing else becomes one), Escape cancels. While the check runs, the field is read-only (not
/// disabled, so focus never jumps to a button that the same key press would then click) and
/// the confirm button waits. A wrong password keeps the dialog open, says so, and gives the
/// field the focus again. The typed password is copied once into wiped memory and the field
/// is emptied at once.
class PasswordDialog : public QDialog {
    Q_OBJECT
public:
    /// Runs on a worker thread; returns what the password opened, or throws sr::Error
    /// (ErrorCode::WrongPassword: "does not unlock", said in the dialog).
    using Check = std::function<std::any(const crypto::SecretBytes& password)>;

    struct Texts {
        QString title;
        /// What the password is for, as a sentence.
        QString text;
        /// The confirm button ("Unlock", "Continue", "Add account", ...).
        QString confirm;
    };

    PasswordDialog(const Texts& texts, Check check, QThreadPool* pool, QWidget* parent);

    /// Shows the account the password is for (identicon and name) above the text.
    void showAccount(const wallet::AccountInfo& account);
    /// Whether Cancel, Escape and the close button end the dialog while the check runs. Yes
    /// by default (the check's result is then dropped); no when the check changes something
    /// that the caller must follow up (adding an account, removing one).
    void setCancellableWhileChecking(bool cancellable) { cancellableWhileChecking_ = cancellable; }
    bool isChecking() const { return checking_; }

    /// What `check` returned, once the dialog was accepted.
    const std::any& result() const { return result_; }

    /// Modal: the check's result once a right password was typed; nothing if the user gave up.
    template <typename T>
    static std::optional<T> ask(QWidget* parent, QThreadPool* pool, const Texts& texts,
                                std::function<T(const crypto::SecretBytes&)> check,
                                bool cancellableWhileChecking = true) {
        // On the heap and watched: what opened it may go away during exec() (a window closed
        // by the program, a lock), taking the dialog with it.
        QPointer<PasswordDialog> dialog = new PasswordDialog(
            texts,
            [check = std::move(check)](const crypto::SecretBytes& p) { return std::any(check(p)); },
            pool, parent);
        dialog->setCancellableWhileChecking(cancellableWhileChecking);
        const bool accepted = dialog->exec() == QDialog::Accepted;
        if (!dialog)
            return std::nullopt;
        std::optional<T> result;
        if (accepted)
            result = std::any_cast<T>(dialog->result());
        delete dialog.data();
        return result;
    }

public slots:
    void reject() override;

private:
    void confirm();
    void setChecking(bool checking);

    Check check_;
    QThreadPool* pool_;
    std::any result_;
    bool checking_ = false;
    bool cancellableWhileChecking_ = true;
    QLabel* icon_;
    QLabel* text_;
    QLineEdit* password_;
    QLabel* status_;
    QPushButton* confirm_;
    QPushButton* cancel_;
};

} // namespace sr::ui
