#include "widgets/StepDialog.h"

#include "Theme.h"
#include "widgets/WrapLabel.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace sr::ui {

StepDialog::StepDialog(const QString& confirmText, const ButtonNames& names, QWidget* parent)
    : QDialog(parent) {
    auto* layout = new QVBoxLayout(this);
    steps_ = new QStackedWidget(this);
    layout->addWidget(steps_);
    QHBoxLayout* buttons[3] = {};
    for (int i = 0; i < 3; ++i) {
        auto* page = new QWidget(steps_);
        auto* pageLayout = new QVBoxLayout(page);
        contents_[i] = new QVBoxLayout;
        contents_[i]->setContentsMargins(0, 0, 0, 0);
        pageLayout->addLayout(contents_[i]);
        pageLayout->addStretch(1);
        buttons[i] = new QHBoxLayout;
        buttons[i]->addStretch(1);
        pageLayout->addLayout(buttons[i]);
        steps_->addWidget(page);
    }
    const auto button = [&](Step step, const QString& text, const QString& name) {
        auto* b = new QPushButton(text, page(step));
        b->setObjectName(name);
        buttons[step]->addWidget(b);
        return b;
    };
    cancelButton_ = button(Form, tr("Cancel"), {});
    reviewButton_ = button(Form, tr("Review"), names.review);
    reviewButton_->setProperty("primary", true);
    reviewButton_->setDefault(true);
    backButton_ = button(Review, tr("Back"), {});
    confirmButton_ = button(Review, confirmText, names.confirm);
    confirmButton_->setProperty("primary", true);
    closeButton_ = button(Done, tr("Close"), names.close);
    closeButton_->setProperty("primary", true);

    connect(cancelButton_, &QPushButton::clicked, this, &QDialog::reject);
    connect(backButton_, &QPushButton::clicked, this, [this] { showStep(Form); });
    connect(closeButton_, &QPushButton::clicked, this, &QDialog::accept);
}

int StepDialog::step() const {
    return steps_->currentIndex();
}

QWidget* StepDialog::page(Step step) const {
    return steps_->widget(step);
}

void StepDialog::showStep(Step step) {
    steps_->setCurrentIndex(step);
    QPushButton* primary = step == Form     ? reviewButton_
                           : step == Review ? confirmButton_
                                            : closeButton_;
    for (auto* b : {reviewButton_, confirmButton_, closeButton_})
        b->setDefault(b == primary);
    // The button that had the focus may be hidden now: Qt would hand the focus to the next
    // one (Back, on the review step), which a Return would then press.
    auto* focused = focusWidget();
    if (step != Form || !focused || !focused->isVisible())
        primary->setFocus();
}

void StepDialog::setBusy(bool busy) {
    busy_ = busy;
    auto* shown = page(Step(step()));
    for (auto* b : shown->findChildren<QPushButton*>())
        b->setEnabled(!busy);
    if (busy)
        steps_->setFocus(); // off the buttons; Return then finds only the (disabled) default
}

void StepDialog::reject() {
    if (busy_)
        return;
    QDialog::reject();
}

void StepDialog::setMinimumContentWidth(int width) {
    steps_->setMinimumWidth(width);
}

QLabel* StepDialog::addErrorLabel(QVBoxLayout* layout, const QString& objectName) {
    auto* label = new WrapLabel(layout->parentWidget());
    label->setObjectName(objectName);
    setTone(label, Tone::Error);
    layout->addWidget(label);
    return label;
}

} // namespace sr::ui
