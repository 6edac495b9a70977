#include "onboarding/PhrasePage.h"

#include "onboarding/OnboardingWizard.h"

#include <QCheckBox>
#include <QGridLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace sr::ui {

PhrasePage::PhrasePage(OnboardingWizard* wizard) : QWizardPage(wizard), wizard_(wizard) {
    setTitle(tr("Your recovery phrase"));
    setSubTitle(tr("These 12 words are your wallet. Write them on paper, in order, and keep "
                   "them somewhere safe and private."));
    auto* layout = new QVBoxLayout(this);
    auto* warning = new QLabel(
        tr("Anyone who sees these words can take everything in this wallet. Do not copy them, "
           "photograph them or store them on a computer. They are shown only this once; "
           "without them a lost password or computer cannot be recovered."),
        this);
    warning->setObjectName(QStringLiteral("phraseWarning"));
    warning->setWordWrap(true);
    layout->addWidget(warning);
    auto* box = new QWidget(this);
    box->setObjectName(QStringLiteral("phraseBox"));
    grid_ = new QGridLayout(box);
    grid_->setHorizontalSpacing(24);
    for (int i = 0; i < 12; ++i) {
        auto* word = new QLabel(box);
        word->setObjectName(QStringLiteral("phraseWord%1").arg(i + 1));
        word->setTextInteractionFlags(Qt::NoTextInteraction); // not selectable: no copying
        word->setMinimumWidth(150);
        QFont mono = word->font();
        mono.setFamily(QStringLiteral("monospace"));
        mono.setPointSizeF(mono.pointSizeF() * 1.15);
        word->setFont(mono);
        grid_->addWidget(word, i % 6, i / 6);
        words_ << word;
    }
    layout->addWidget(box);
    reveal_ = new QPushButton(tr("Show the words"), this);
    reveal_->setObjectName(QStringLiteral("revealButton"));
    reveal_->setToolTip(tr("Make sure nobody can see your screen."));
    layout->addWidget(reveal_, 0, Qt::AlignLeft);
    written_ = new QCheckBox(tr("I have written the 12 words down, in order"), this);
    written_->setObjectName(QStringLiteral("writtenCheck"));
    written_->setEnabled(false);
    layout->addWidget(written_);
    layout->addStretch(1);
    connect(reveal_, &QPushButton::clicked, this, [this] { setRevealed(!revealed_); });
    connect(written_, &QCheckBox::toggled, this, &PhrasePage::completeChanged);
}

void PhrasePage::initializePage() {
    setRevealed(false);
}

void PhrasePage::cleanupPage() {
    setRevealed(false);
}

void PhrasePage::setRevealed(bool revealed) {
    revealed_ = revealed;
    const QStringList words =
        revealed ? QString::fromUtf8(wizard_->newPhrase().phrase().data(),
                                     qsizetype(wizard_->newPhrase().phrase().size()))
                       .split(QLatin1Char(' '))
                 : QStringList();
    for (int i = 0; i < words_.size(); ++i)
        words_[i]->setText(QStringLiteral("%1.  %2").arg(i + 1, 2).arg(
            revealed ? words.value(i) : QStringLiteral("•••••••")));
    reveal_->setText(revealed ? tr("Hide the words") : tr("Show the words"));
    if (revealed)
        written_->setEnabled(true);
}

QStringList PhrasePage::shownWords() const {
    QStringList out;
    for (auto* w : words_)
        out << w->text().section(QLatin1Char(' '), -1);
    return out;
}

bool PhrasePage::isComplete() const {
    return written_->isChecked();
}

} // namespace sr::ui
