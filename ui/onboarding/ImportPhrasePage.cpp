#include "onboarding/ImportPhrasePage.h"

#include "onboarding/OnboardingWizard.h"
#include "onboarding/WizardSupport.h"
#include "wallet/Mnemonic.h"
#include "widgets/SecretText.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QStringListModel>
#include <QVBoxLayout>

namespace sr::ui {

ImportPhrasePage::ImportPhrasePage(OnboardingWizard* wizard)
    : QWizardPage(wizard), wizard_(wizard) {
    setTitle(tr("Import a recovery phrase"));
    setSubTitle(tr("Type the words of your phrase in order, separated by spaces. Suggestions "
                   "appear as you type."));
    auto* layout = new QVBoxLayout(this);
    phrase_ = new QLineEdit(this);
    phrase_->setObjectName(QStringLiteral("importPhraseEdit"));
    phrase_->setEchoMode(QLineEdit::PasswordEchoOnEdit);
    phrase_->setPlaceholderText(tr("word1 word2 word3 ..."));
    layout->addWidget(phrase_);
    // Completion of the word being typed, the words before it kept.
    auto* completer = new QCompleter(this);
    auto* model = new QStringListModel(englishWords(), completer);
    completer->setModel(model);
    completer->setWidget(phrase_);
    completer->setCompletionMode(QCompleter::PopupCompletion);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->popup()->setObjectName(QStringLiteral("phraseCompletions"));
    connect(phrase_, &QLineEdit::textEdited, this, [this, completer](const QString& text) {
        const QString last = text.section(QLatin1Char(' '), -1);
        if (last.size() < 2) {
            completer->popup()->hide();
            return;
        }
        completer->setCompletionPrefix(last);
        if (completer->completionCount() > 0 && completer->currentCompletion() != last)
            completer->complete();
        else
            completer->popup()->hide();
    });
    connect(completer, qOverload<const QString&>(&QCompleter::activated), this,
            [this](const QString& word) {
                QString text = phrase_->text();
                const int cut = text.lastIndexOf(QLatin1Char(' '));
                text = text.left(cut + 1) + word + QLatin1Char(' ');
                phrase_->setText(text);
            });
    auto* row = new QFormLayout;
    index_ = new QSpinBox(this);
    index_->setObjectName(QStringLiteral("accountIndex"));
    index_->setRange(0, 1000);
    index_->setToolTip(tr("0 is the first account of the phrase (m/44'/60'/0'/0/0), as in "
                          "MetaMask."));
    row->addRow(tr("Account number"), index_);
    layout->addLayout(row);
    feedback_ = feedbackLabel(this, "importPhraseFeedback");
    layout->addWidget(feedback_);
    layout->addStretch(1);
    connect(phrase_, &QLineEdit::textChanged, this, &ImportPhrasePage::check);
}

void ImportPhrasePage::check() {
    // Every keystroke: the phrase is read straight into memory that is wiped.
    const crypto::SecretBytes text = secretUtf8(phrase_->text());
    const wallet::MnemonicCheck c = wallet::Mnemonic::check(text.text());
    const bool was = valid_;
    valid_ = c.ok();
    if (phrase_->text().trimmed().isEmpty()) {
        feedback_->clear();
    } else if (c.ok()) {
        setFeedback(feedback_, tr("A valid phrase of %n words.", nullptr, int(c.wordCount)), true);
    } else {
        using P = wallet::MnemonicCheck::Problem;
        QString message;
        switch (c.problem) {
        case P::WrongWordCount:
            message = tr("%n word(s) so far: a phrase has 12, 15, 18, 21 or 24.", nullptr,
                         int(c.wordCount));
            break;
        case P::UnknownWord:
            message =
                tr("Word %1 is not a recovery phrase word: check its spelling.").arg(c.wordIndex);
            break;
        case P::BadChecksum:
            message = tr("Every word is known, but they do not form a valid phrase (the "
                         "checksum does not match): a word is wrong or out of order.");
            break;
        case P::InvalidText:
        case P::None:
            message = QString::fromStdString(c.message());
            break;
        }
        setFeedback(feedback_, message, false);
    }
    if (was != valid_)
        emit completeChanged();
}

bool ImportPhrasePage::isComplete() const {
    return valid_;
}

bool ImportPhrasePage::validatePage() {
    if (!valid_)
        return false;
    auto& fields = wizard_->fields();
    fields.phrase = secretUtf8(phrase_->text());
    fields.accountIndex = std::uint32_t(index_->value());
    return true;
}

void ImportPhrasePage::cleanupPage() {
    wipeLineEdit(phrase_);
    wizard_->fields().phrase = {};
}

} // namespace sr::ui
