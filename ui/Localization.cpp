#include "Localization.h"

#include <QCoreApplication>
#include <QEvent>
#include <QLocale>

namespace sr::ui {

QList<Localization::Language> Localization::languages() {
    return {{QStringLiteral("en"), QStringLiteral("English")},
            {QStringLiteral("fr"), QStringLiteral("Français")}};
}

Localization::Localization(QObject* parent) : QObject(parent) {}

QString Localization::apply(const QString& language) {
    QString code = language;
    if (code.isEmpty()) {
        code = QLocale::system().name().section(QLatin1Char('_'), 0, 0);
        bool known = false;
        for (const auto& l : languages())
            known = known || l.code == code;
        if (!known)
            code = QStringLiteral("en");
    }
    QCoreApplication::removeTranslator(&app_);
    QCoreApplication::removeTranslator(&qt_);
    if (app_.load(QStringLiteral(":/i18n/strongroom_%1.qm").arg(code)))
        QCoreApplication::installTranslator(&app_);
    // Qt's own strings (standard buttons, file dialogs) from the system's Qt translations.
    if (code != QLatin1String("en") && qt_.load(QStringLiteral("qtbase_%1").arg(code),
                                                QStringLiteral(STRONGROOM_QT_TRANSLATIONS_DIR)))
        QCoreApplication::installTranslator(&qt_);
    current_ = code;
    // Numbers, sizes and dates follow the language: the system's own locale when it speaks it
    // (its country's formats), the language's otherwise ("35 octets", "24 nov. 2026" in French).
    static const QLocale original = QLocale();
    const bool originalSpeaks = original.language() == QLocale::C
                                    ? code == QLatin1String("en")
                                    : original.name().section(QLatin1Char('_'), 0, 0) == code;
    QLocale::setDefault(originalSpeaks ? original : QLocale(code));
    // Qt only announces a translator change once the event loop runs; widgets built before
    // that (and tests, which have no loop) must hear about it too.
    QEvent change(QEvent::LanguageChange);
    QCoreApplication::sendEvent(QCoreApplication::instance(), &change);
    return code;
}

} // namespace sr::ui
