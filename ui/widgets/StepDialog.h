#pragma once

#include <QDialog>

class QLabel;
class QPushButton;
class QStackedWidget;
class QVBoxLayout;

namespace sr::ui {

/// A dialog in three steps on one window, for anything that signs: the form (Cancel, Review),
/// a review that restates everything before it is signed (Back, the confirm button), then
/// what happened (Close). The subclass fills each step's content and wires review and confirm;
/// the buttons sit at the bottom of each step, the primary one on the right.
class StepDialog : public QDialog {
    Q_OBJECT
public:
    enum Step { Form = 0, Review = 1, Done = 2 };
    /// The step shown.
    int step() const;
    /// Whether the dialog is signing, sending or publishing (it cannot be closed meanwhile).
    bool isBusy() const { return busy_; }

public slots:
    /// Escape, Cancel and the window's close button: refused while busy, so that what follows
    /// the work (a contact saved, a list refreshed) is never lost with the dialog.
    void reject() override;

protected:
    /// Object names of the buttons (tests and accessibility find them by name).
    struct ButtonNames {
        QString review;
        QString confirm;
        QString close;
    };
    StepDialog(const QString& confirmText, const ButtonNames& names, QWidget* parent);

    QVBoxLayout* formLayout() const { return contents_[Form]; }
    QVBoxLayout* reviewLayout() const { return contents_[Review]; }
    QVBoxLayout* doneLayout() const { return contents_[Done]; }
    QWidget* page(Step step) const;
    /// Shows `step` with its primary button (Review, the confirm button, Close) as the one
    /// that Return presses, and the focus on it unless a field of the step should have it.
    void showStep(Step step);
    /// Signing, sending or publishing: the step's buttons wait, the focus leaves them (so that
    /// no key press lands on a button that becomes enabled or default meanwhile), and the
    /// dialog cannot be closed. Back to normal with setBusy(false).
    void setBusy(bool busy);
    /// An error line in red, word-wrapped (as tall as its text needs), added to `layout`.
    static QLabel* addErrorLabel(QVBoxLayout* layout, const QString& objectName);
    /// The width the steps need at least. Set on the steps, not the dialog: a minimum size of
    /// its own would stop the dialog from growing when an error line takes more room, and its
    /// fields would be squashed.
    void setMinimumContentWidth(int width);

    QPushButton* cancelButton_;
    QPushButton* reviewButton_;
    QPushButton* backButton_;
    QPushButton* confirmButton_;
    QPushButton* closeButton_;

private:
    QStackedWidget* steps_;
    bool busy_ = false;
    QVBoxLayout* contents_[3] = {};
};

} // namespace sr::ui
