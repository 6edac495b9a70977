#include "SettingsPage.h"

#include "Localization.h"
#include "settings/NetworkSettings.h"
#include "settings/SettingsModel.h"
#include "widgets/Card.h"
#include "widgets/FileDialog.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace sr::ui {

SettingsPage::SettingsPage(SettingsModel& state, QWidget* parent) : Page(parent), state_(state) {
    networksCard_ = new Card(this);
    networksCard_->setObjectName(QStringLiteral("networksCard"));
    networks_ = new NetworkSettings(state_, networksCard_);
    networksCard_->body()->addWidget(networks_);

    appearanceCard_ = new Card(this);
    appearanceCard_->setObjectName(QStringLiteral("appearanceCard"));
    auto* form = new QFormLayout;
    languageLabel_ = new QLabel(appearanceCard_);
    language_ = new QComboBox(appearanceCard_);
    language_->setObjectName(QStringLiteral("languageCombo"));
    language_->addItem(QString(), QString()); // system language
    for (const auto& l : Localization::languages())
        language_->addItem(l.nativeName, l.code);
    themeLabel_ = new QLabel(appearanceCard_);
    theme_ = new QComboBox(appearanceCard_);
    theme_->setObjectName(QStringLiteral("themeCombo"));
    for (const char* code : {"system", "light", "dark"})
        theme_->addItem(QString(), QLatin1String(code));
    form->addRow(languageLabel_, language_);
    form->addRow(themeLabel_, theme_);
    appearanceCard_->body()->addLayout(form);

    securityCard_ = new Card(this);
    securityCard_->setObjectName(QStringLiteral("securityCard"));
    auto* securityForm = new QFormLayout;
    autoLockLabel_ = new QLabel(securityCard_);
    autoLock_ = new QComboBox(securityCard_);
    autoLock_->setObjectName(QStringLiteral("autoLockCombo"));
    for (const int minutes : {1, 5, 10, 30, 60, 0})
        autoLock_->addItem(QString(), minutes);
    securityForm->addRow(autoLockLabel_, autoLock_);
    securityCard_->body()->addLayout(securityForm);
    autoLockNote_ = new QLabel(securityCard_);
    autoLockNote_->setWordWrap(true);
    autoLockNote_->setProperty("muted", true);
    securityCard_->body()->addWidget(autoLockNote_);

    storageCard_ = new Card(this);
    storageCard_->setObjectName(QStringLiteral("dataFolderCard"));
    auto* row = new QHBoxLayout;
    dataDir_ = new QLineEdit(storageCard_);
    dataDir_->setObjectName(QStringLiteral("dataDirEdit"));
    dataDir_->setReadOnly(true);
    dataDir_->setProperty("mono", true);
    dataDirButton_ = new QPushButton(storageCard_);
    dataDirButton_->setObjectName(QStringLiteral("dataDirButton"));
    dataDirDefault_ = new QPushButton(storageCard_);
    dataDirDefault_->setObjectName(QStringLiteral("dataDirDefaultButton"));
    row->addWidget(dataDir_, 1);
    row->addWidget(dataDirButton_);
    row->addWidget(dataDirDefault_);
    dataDirNote_ = new QLabel(storageCard_);
    dataDirNote_->setObjectName(QStringLiteral("dataDirNote"));
    dataDirNote_->setWordWrap(true);
    dataDirNote_->setProperty("muted", true);
    storageCard_->body()->addLayout(row);
    storageCard_->body()->addWidget(dataDirNote_);

    content()->addWidget(networksCard_);
    content()->addWidget(appearanceCard_);
    content()->addWidget(securityCard_);
    content()->addWidget(storageCard_);

    const bool portable = state_.paths().portable;
    dataDirButton_->setEnabled(!portable);
    dataDirDefault_->setEnabled(!portable && !state_.settings().dataDir.empty());

    connect(language_, &QComboBox::activated, this,
            [this] { state_.setLanguage(language_->currentData().toString()); });
    connect(theme_, &QComboBox::activated, this,
            [this] { state_.setTheme(theme_->currentData().toString()); });
    connect(autoLock_, &QComboBox::activated, this,
            [this] { state_.setAutoLockMinutes(autoLock_->currentData().toInt()); });
    connect(dataDirButton_, &QPushButton::clicked, this, &SettingsPage::chooseDataDir);
    connect(dataDirDefault_, &QPushButton::clicked, this, [this] {
        state_.setDataDir(QString());
        retranslate();
    });
    retranslate();
}

void SettingsPage::retranslate() {
    setHeading(tr("Settings"),
               tr("Networks and endpoints, language, theme, security, data folder."));
    networksCard_->setTitle(tr("Networks"));
    appearanceCard_->setTitle(tr("Appearance"));
    storageCard_->setTitle(tr("Data folder"));
    languageLabel_->setText(tr("Language"));
    themeLabel_->setText(tr("Theme"));
    language_->setItemText(0, tr("System language"));
    theme_->setItemText(0, tr("Same as the system"));
    theme_->setItemText(1, tr("Light"));
    theme_->setItemText(2, tr("Dark"));
    language_->setCurrentIndex(
        std::max(0, language_->findData(QString::fromStdString(state_.settings().language))));
    theme_->setCurrentIndex(
        std::max(0, theme_->findData(QString::fromStdString(state_.settings().theme))));
    securityCard_->setTitle(tr("Security"));
    autoLockLabel_->setText(tr("Lock the wallet after"));
    for (int i = 0; i < autoLock_->count(); ++i) {
        const int minutes = autoLock_->itemData(i).toInt();
        autoLock_->setItemText(i, minutes == 0 ? tr("Never")
                                               : tr("%n minute(s) without use", nullptr, minutes));
    }
    const int chosenMinutes = state_.settings().autoLockMinutes;
    int lockIndex = autoLock_->findData(chosenMinutes);
    if (lockIndex < 0) {
        autoLock_->addItem(tr("%n minute(s) without use", nullptr, chosenMinutes), chosenMinutes);
        lockIndex = autoLock_->count() - 1;
    }
    autoLock_->setCurrentIndex(lockIndex);
    autoLockNote_->setText(tr("The wallet also locks when the screen locks. Once locked, its "
                              "password is asked before anything is signed."));
    dataDirButton_->setText(tr("Choose…"));
    dataDirDefault_->setText(tr("Use the default"));

    const QString inUse = QString::fromStdString(state_.paths().dataDir.string());
    const QString chosen = QString::fromStdString(state_.settings().dataDir);
    if (state_.paths().portable) {
        dataDir_->setText(inUse);
        dataDirNote_->setText(tr("Set by --data-dir for this run: settings and data live in "
                                 "this folder. Start Strongroom without it to choose another."));
    } else {
        dataDir_->setText(chosen.isEmpty() ? inUse : chosen);
        dataDirNote_->setText(
            chosen.isEmpty() || chosen == inUse
                ? tr("Keystores, the local database and caches live here. A new folder is used "
                     "from the next start; existing files are not moved.")
                : tr("Strongroom will use this folder from the next start. It still uses %1 "
                     "until then; existing files are not moved.")
                      .arg(inUse));
    }
    dataDirDefault_->setEnabled(!state_.paths().portable && !chosen.isEmpty());
}

void SettingsPage::chooseDataDir() {
    const QString dir = FileDialog::chooseOne(this, FileDialog::Mode::Folder,
                                              tr("Choose the data folder"), {}, dataDir_->text());
    if (dir.isEmpty())
        return;
    state_.setDataDir(dir);
    retranslate();
}

} // namespace sr::ui
