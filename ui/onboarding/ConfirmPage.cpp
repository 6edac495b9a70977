#include "onboarding/ConfirmPage.h"

#include "onboarding/OnboardingWizard.h"
#include "onboarding/WizardSupport.h"
#include "widgets/SecretText.h"

#include <QCompleter>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QRandomGenerator>
#include <QVBoxLayout>
#include <algorithm>

namespace sr::ui {

ConfirmPage::ConfirmPage(OnboardingWizard* wizard) : QWizardPage(wizard), wizard_(wizard) {
    setTitle(tr("Check your copy"));
    setSubTitle(tr("Type these three words from your paper copy, to be sure it is right."));
    auto* layout = new QVBoxLayout(this);
    auto* form = new QFormLayout;
    auto* completer = new QCompleter(englishWords(), this);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    for (int i = 0; i < 3; ++i) {
        auto* label = new QLabel(this);
        auto* field = new QLineEdit(this);
        field->setObjectName(QStringLiteral("confirmWord%1").arg(i + 1));
        field->setCompleter(completer);
        connect(field, &QLineEdit::textChanged, this, &ConfirmPage::completeChanged);
        form->addRow(label, field);
        labels_ << label;
        fields_ << field;
    }
    layout->addLayout(form);
    feedback_ = feedbackLabel(this, "confirmFeedback");
    layout->addWidget(feedback_);
    layout->addStretch(1);
}

void ConfirmPage::initializePage() {
    // Three distinct positions, in order, new each time the page is shown.
    positions_.clear();
    while (positions_.size() < 3) {
        const int p = int(QRandomGenerator::global()->bounded(12)) + 1;
        if (!positions_.contains(p))
            positions_ << p;
    }
    std::sort(positions_.begin(), positions_.end());
    for (int i = 0; i < 3; ++i) {
        labels_[i]->setText(tr("Word %1").arg(positions_[i]));
        wipeLineEdit(fields_[i]);
    }
    feedback_->clear();
}

bool ConfirmPage::isComplete() const {
    for (auto* f : fields_)
        if (f->text().trimmed().isEmpty())
            return false;
    return true;
}

bool ConfirmPage::validatePage() {
    const QStringList words = QString::fromUtf8(wizard_->newPhrase().phrase().data(),
                                                qsizetype(wizard_->newPhrase().phrase().size()))
                                  .split(QLatin1Char(' '));
    QStringList wrong;
    for (int i = 0; i < 3; ++i)
        if (fields_[i]->text().trimmed().toLower() != words.value(positions_[i] - 1))
            wrong << QString::number(positions_[i]);
    if (wrong.isEmpty())
        return true;
    setFeedback(feedback_,
                tr("Word %1 does not match your phrase. Check your paper copy, or go back to "
                   "see the words again.",
                   nullptr, int(wrong.size()))
                    .arg(wrong.join(QStringLiteral(", "))),
                false);
    return false;
}

} // namespace sr::ui
