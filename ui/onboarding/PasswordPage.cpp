#include "onboarding/PasswordPage.h"

#include "Theme.h"
#include "onboarding/OnboardingWizard.h"
#include "onboarding/WizardSupport.h"
#include "wallet/PasswordStrength.h"
#include "wallet/WalletSession.h"
#include "widgets/SecretText.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QVBoxLayout>
#include <algorithm>

namespace sr::ui {
namespace {

QString hintText(wallet::PasswordHint hint) {
    using wallet::PasswordHint;
    switch (hint) {
    case PasswordHint::None:
        return QString();
    case PasswordHint::Empty:
        return PasswordPage::tr("Choose a password for this wallet.");
    case PasswordHint::TooShort:
        return PasswordPage::tr("Too short: use at least 10 characters, or a few words.");
    case PasswordHint::Common:
        return PasswordPage::tr("This is one of the most used passwords: it is guessed first.");
    case PasswordHint::Repeats:
        return PasswordPage::tr("Repeated characters or blocks add little: vary them.");
    case PasswordHint::Sequence:
        return PasswordPage::tr("Sequences like abcd, 1234 or qwerty are easy to guess.");
    case PasswordHint::OneKind:
        return PasswordPage::tr("Mix kinds of characters, or use more words.");
    }
    return QString();
}

} // namespace

PasswordPage::PasswordPage(OnboardingWizard* wizard) : QWizardPage(wizard), wizard_(wizard) {
    setTitle(tr("Wallet password"));
    auto* layout = new QVBoxLayout(this);
    intro_ = new QLabel(this);
    intro_->setWordWrap(true);
    layout->addWidget(intro_);
    auto* form = new QFormLayout;
    password_ = new QLineEdit(this);
    password_->setObjectName(QStringLiteral("newPassword"));
    password_->setEchoMode(QLineEdit::Password);
    repeat_ = new QLineEdit(this);
    repeat_->setObjectName(QStringLiteral("repeatPassword"));
    repeat_->setEchoMode(QLineEdit::Password);
    repeatLabel_ = new QLabel(tr("Type it again"), this);
    form->addRow(tr("Password"), password_);
    form->addRow(repeatLabel_, repeat_);
    layout->addLayout(form);
    meter_ = new QProgressBar(this);
    meter_->setObjectName(QStringLiteral("strengthMeter"));
    meter_->setRange(0, 4);
    meter_->setTextVisible(true);
    meter_->setMaximumHeight(18);
    layout->addWidget(meter_);
    hint_ = feedbackLabel(this, "passwordHint");
    layout->addWidget(hint_);
    layout->addStretch(1);
    connect(password_, &QLineEdit::textChanged, this, &PasswordPage::check);
    connect(repeat_, &QLineEdit::textChanged, this, &PasswordPage::check);
}

void PasswordPage::initializePage() {
    existing_ = wizard_->session().hasAccounts();
    if (existing_) {
        setSubTitle(tr("Type your wallet's password: the new account is protected by the same "
                       "one."));
        intro_->setText(tr("One password protects every account of this wallet."));
    } else {
        setSubTitle(tr("It protects your keys on this computer. It cannot be recovered: if you "
                       "forget it, only your recovery phrase brings the wallet back."));
        intro_->setText(tr("Choose a long password you do not use anywhere else: a few "
                           "unrelated words are easy to remember and hard to guess."));
    }
    repeat_->setVisible(!existing_);
    repeatLabel_->setVisible(!existing_);
    meter_->setVisible(!existing_);
    check();
}

void PasswordPage::cleanupPage() {
    wipeLineEdit(password_);
    wipeLineEdit(repeat_);
    wizard_->fields().password = {};
}

// Too weak to be accepted in the error colour, acceptable in the good one, the step between in
// the warning colour: the theme's tones. The words sit on the filled part (it starts at a
// quarter), so they take ink or white, whichever reads on that tone.
void PasswordPage::paintMeter() {
    const int score = meter_->property("score").toInt();
    const Tone tone = score >= wallet::kMinimumPasswordScore       ? Tone::Good
                      : score + 1 >= wallet::kMinimumPasswordScore ? Tone::Warning
                                                                   : Tone::Error;
    const QColor fill = toneColor(tone);
    const QColor words = fill.lightnessF() > 0.55 ? brand::ink : brand::onBadge;
    meter_->setStyleSheet(
        QStringLiteral("QProgressBar { color: %1; } QProgressBar::chunk { background: %2; }")
            .arg(words.name(), fill.name()));
}

void PasswordPage::check() {
    if (existing_) {
        hint_->clear();
        emit completeChanged();
        return;
    }
    const auto s = wallet::estimatePasswordStrength(secretUtf8(password_->text()).text());
    meter_->setValue(password_->text().isEmpty() ? 0 : std::max(1, s.score));
    const QString names[] = {tr("Very weak"), tr("Weak"), tr("Fair"), tr("Strong"),
                             tr("Very strong")};
    meter_->setFormat(password_->text().isEmpty() ? QString() : names[s.score]);
    meter_->setProperty("score", s.score);
    paintMeter();
    QString text = hintText(s.hint);
    bool good = s.score >= wallet::kMinimumPasswordScore;
    if (!good && !password_->text().isEmpty()) {
        text = tr("Too easy to guess. %1").arg(text);
    } else if (!repeat_->text().isEmpty() && repeat_->text() != password_->text()) {
        text = tr("The two passwords differ.");
        good = false;
    }
    setFeedback(hint_, text, good);
    emit completeChanged();
}

bool PasswordPage::isComplete() const {
    if (existing_)
        return !password_->text().isEmpty();
    return wallet::estimatePasswordStrength(secretUtf8(password_->text()).text()).score >=
               wallet::kMinimumPasswordScore &&
           repeat_->text() == password_->text();
}

bool PasswordPage::validatePage() {
    if (!isComplete())
        return false;
    wizard_->fields().password = secretUtf8(password_->text());
    return true;
}

} // namespace sr::ui
