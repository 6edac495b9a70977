#pragma once

#include "pages/Page.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace sr::ui {

class SettingsModel;
class Card;
class NetworkSettings;

/// Settings: networks and endpoints, language, theme, data folder.
class SettingsPage : public Page {
    Q_OBJECT
public:
    explicit SettingsPage(SettingsModel& state, QWidget* parent = nullptr);
    NetworkSettings* networkSettings() const { return networks_; }

protected:
    void retranslate() override;

private:
    void chooseDataDir();

    SettingsModel& state_;
    Card* networksCard_;
    Card* appearanceCard_;
    Card* storageCard_;
    NetworkSettings* networks_;
    QLabel* languageLabel_;
    QComboBox* language_;
    QLabel* themeLabel_;
    QComboBox* theme_;
    Card* securityCard_;
    QLabel* autoLockLabel_;
    QComboBox* autoLock_;
    QLabel* autoLockNote_;
    QLineEdit* dataDir_;
    QPushButton* dataDirButton_;
    QPushButton* dataDirDefault_;
    QLabel* dataDirNote_;
};

} // namespace sr::ui
