#include "onboarding/WatchPage.h"

#include "ErrorText.h"
#include "onboarding/OnboardingWizard.h"
#include "onboarding/WizardSupport.h"
#include "util/Error.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace sr::ui {

WatchPage::WatchPage(OnboardingWizard* wizard) : QWizardPage(wizard), wizard_(wizard) {
    setTitle(tr("Watch an address"));
    setSubTitle(tr("Its balances and protected data are shown; nothing can be signed for it."));
    auto* layout = new QVBoxLayout(this);
    auto* form = new QFormLayout;
    addressEdit_ = new QLineEdit(this);
    addressEdit_->setObjectName(QStringLiteral("watchAddress"));
    addressEdit_->setPlaceholderText(QStringLiteral("0x…"));
    label_ = new QLineEdit(this);
    label_->setObjectName(QStringLiteral("watchLabel"));
    form->addRow(tr("Address"), addressEdit_);
    form->addRow(tr("Label (optional)"), label_);
    layout->addLayout(form);
    feedback_ = feedbackLabel(this, "watchFeedback");
    layout->addWidget(feedback_);
    layout->addStretch(1);
    connect(addressEdit_, &QLineEdit::textChanged, this, &WatchPage::check);
}

void WatchPage::check() {
    const bool was = address_.has_value();
    address_.reset();
    const QString text = addressEdit_->text().trimmed();
    if (text.isEmpty()) {
        feedback_->clear();
    } else {
        try {
            const auto a = eth::Address::fromHex(text.toStdString());
            if (a.isZero()) {
                setFeedback(feedback_, tr("The zero address belongs to nobody."), false);
            } else {
                address_ = a;
                setFeedback(feedback_,
                            tr("Watch %1.").arg(QString::fromStdString(a.toChecksumHex())), true);
            }
        } catch (const Error& e) {
            setFeedback(feedback_, errorParticulars(e), false);
        }
    }
    if (was != address_.has_value())
        emit completeChanged();
}

bool WatchPage::isComplete() const {
    return address_.has_value();
}

bool WatchPage::validatePage() {
    if (!address_)
        return false;
    auto& fields = wizard_->fields();
    fields.watchAddress = address_;
    fields.watchLabel = label_->text().trimmed();
    return true;
}

} // namespace sr::ui
