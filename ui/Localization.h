#pragma once

#include <QList>
#include <QObject>
#include <QString>
#include <QTranslator>

namespace sr::ui {

/// Loads Strongroom's and Qt's translations and switches them at run time; every widget
/// retranslates itself on QEvent::LanguageChange.
class Localization : public QObject {
    Q_OBJECT
public:
    struct Language {
        QString code;       ///< "en", "fr"
        QString nativeName; ///< "English", "Français" (not translated on purpose)
    };
    static QList<Language> languages();

    explicit Localization(QObject* parent = nullptr);

    /// "" means the system language (falling back to English). Returns the code in use.
    QString apply(const QString& language);
    QString current() const { return current_; }

private:
    QTranslator app_;
    QTranslator qt_;
    QString current_;
};

} // namespace sr::ui
