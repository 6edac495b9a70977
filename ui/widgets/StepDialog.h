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
    void showStep(Step step);
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
    QVBoxLayout* contents_[3] = {};
};

} // namespace sr::ui
