#include "onboarding/WizardSupport.h"

#include "wallet/Bip39Wordlist.h"

#include <QLabel>

namespace sr::ui {

QStringList englishWords() {
    static const QStringList words = [] {
        QStringList all;
        const auto& list = wallet::Bip39Wordlist::english();
        for (std::size_t i = 0; i < wallet::Bip39Wordlist::kSize; ++i)
            all << QString::fromLatin1(list.word(i).data(), qsizetype(list.word(i).size()));
        return all;
    }();
    return words;
}

QLabel* feedbackLabel(QWidget* parent, const char* name) {
    auto* label = new QLabel(parent);
    label->setObjectName(QLatin1String(name));
    label->setWordWrap(true);
    label->setMinimumHeight(label->fontMetrics().height() * 2);
    return label;
}

// Progress ("Checking…") is neither good nor bad: it keeps the text colour.
void setFeedback(QLabel* label, const QString& text, Tone tone) {
    label->setText(text);
    label->setProperty("state", tone == Tone::Good    ? QStringLiteral("good")
                                : tone == Tone::Error ? QStringLiteral("bad")
                                                      : QStringLiteral("neutral"));
    setTone(label, tone);
}

void setFeedback(QLabel* label, const QString& text, bool good) {
    setFeedback(label, text, good ? Tone::Good : Tone::Error);
}

} // namespace sr::ui
