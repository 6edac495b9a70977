#pragma once

#include "pages/Page.h"

#include <functional>

class QLabel;

namespace sr::ui {

class Card;

/// A page whose feature is not in this version yet: it says plainly what will appear there
/// and what the user can do meanwhile. No made-up data.
class InfoPage : public Page {
    Q_OBJECT
public:
    struct Texts {
        QString title;
        QString subtitle;
        QString headline;
        QString body;
    };
    /// `texts` is called again on every language change, so it must call tr() itself.
    InfoPage(const QString& iconName, std::function<Texts()> texts, QWidget* parent = nullptr);

protected:
    void retranslate() override;
    void changeEvent(QEvent* event) override;

private:
    QString iconName_;
    std::function<Texts()> texts_;
    QLabel* icon_;
    QLabel* headline_;
    QLabel* body_;
};

} // namespace sr::ui
