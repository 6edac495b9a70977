#pragma once

#include "pages/Page.h"

class QLabel;
class QTableView;

namespace sr::ui {

class AppState;
class Card;
class KnownAppsModel;

/// Apps the user trusts. For now: the apps and whitelists the active network profile knows.
class AppsPage : public Page {
    Q_OBJECT
public:
    explicit AppsPage(AppState& state, QWidget* parent = nullptr);

protected:
    void retranslate() override;

private:
    void refresh();

    AppState& state_;
    KnownAppsModel* model_;
    Card* knownCard_;
    Card* approvedCard_;
    QLabel* knownIntro_;
    QTableView* table_;
    QLabel* approvedText_;
};

} // namespace sr::ui
