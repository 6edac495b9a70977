// Drives the real main window offscreen: navigation, header, language and theme switches,
// settings that survive a restart, network editing, and screenshots of every page.
#include "ChainMonitor.h"
#include "GuiSession.h"
#include "GuiTestSupport.h"
#include "Localization.h"
#include "MainWindow.h"
#include "PublishedSandbox.h"
#include "Timeouts.h"
#include "dialogs/AboutDialog.h"
#include "sandbox/AnvilProcess.h"
#include "sandbox/SandboxNetwork.h"
#include "settings/NetworkSettings.h"
#include "settings/SettingsModel.h"
#include "settings/SettingsPage.h"
#include "util/Error.h"
#include "util/Paths.h"
#include "wallet/AccountStore.h"
#include "wallet/WalletSession.h"
#include "widgets/Card.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QGraphicsEffect>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QScreen>
#include <QStackedWidget>
#include <QStyleOptionButton>
#include <QTemporaryDir>
#include <QToolButton>
#include <QVBoxLayout>
#include <QtTest>
#include <unistd.h>

using namespace sr::test::timeouts;

using sr::ui::GuiSession;
using sr::ui::MainWindow;

namespace {

using sr::test::child;
using sr::test::screenshotDir;
using sr::test::shoot;
using sr::test::type;
using sr::test::whenModal;

void chooseInCombo(QComboBox* combo, const QVariant& data) {
    const int index = combo->findData(data);
    QVERIFY(index >= 0);
    combo->setCurrentIndex(index);
    emit combo->activated(index);      // what a user's pick emits
    QCoreApplication::processEvents(); // language changes reach widgets as posted events
}

void clickSidebarRow(MainWindow& window, int row) {
    auto* sidebar = child<QListWidget>(&window, "sidebar");
    const QRect rect = sidebar->visualItemRect(sidebar->item(row));
    QTest::mouseClick(sidebar->viewport(), Qt::LeftButton, {}, rect.center());
}

} // namespace

class MainWindowTest : public QObject {
    Q_OBJECT
    QTemporaryDir dir_;

    std::unique_ptr<GuiSession> open() {
        auto session = std::make_unique<GuiSession>(
            *qApp, std::filesystem::path(dir_.path().toStdString()), false);
        if (!session->ready())
            return nullptr;
        session->window()->show();
        if (!QTest::qWaitForWindowExposed(session->window()))
            return nullptr;
        return session;
    }

private slots:
    void opensOnTheOverview() {
        auto session = open();
        QVERIFY(session);
        MainWindow& w = *session->window();
        QCOMPARE(w.currentPage(), MainWindow::Overview);
        QCOMPARE(child<QLabel>(&w, "accountLabel")->text(), QStringLiteral("No wallet yet"));
        QVERIFY(child<QToolButton>(&w, "networkBadge")
                    ->text()
                    .contains(QStringLiteral("Arbitrum One")));
        QVERIFY(child<QLabel>(&w, "statusNetwork")->text().contains(QStringLiteral("42161")));
        QVERIFY(child<QLabel>(&w, "overviewNetworkName")->text() == QStringLiteral("Arbitrum One"));
        QCOMPARE(child<QLabel>(&w, "overviewDataDir")->text(), dir_.path());
        // Without a wallet its card says so, and the network's card follows it closely (the
        // dashboard's hidden cards leave no gap).
        sr::test::settle();
        auto* none = child<QWidget>(&w, "overviewNoWallet");
        auto* network = child<QWidget>(&w, "networkCard");
        QVERIFY(none->isVisible() && network->isVisible());
        const int gap =
            network->mapTo(&w, QPoint(0, 0)).y() - none->mapTo(&w, QPoint(0, none->height())).y();
        QVERIFY2(gap >= 0 && gap <= 32, qPrintable(QString::number(gap)));
    }

    void navigationReachesEveryPage() {
        auto session = open();
        QVERIFY(session);
        MainWindow& w = *session->window();
        auto* pages = child<QStackedWidget>(&w, "pages");
        const char* names[] = {"overviewPage", "protectedDataPage", "accessPage",
                               "appsPage",     "computationsPage",  "earningsPage",
                               "walletPage",   "settingsPage"};
        for (int row = MainWindow::PageCount - 1; row >= 0; --row) {
            clickSidebarRow(w, row);
            QCOMPARE(pages->currentWidget()->objectName(), QLatin1String(names[row]));
            QVERIFY(pages->currentWidget()->isVisible());
        }
    }

    void appsPageListsTheProfilesKnownApps() {
        auto session = open();
        QVERIFY(session);
        MainWindow& w = *session->window();
        w.showPage(MainWindow::Apps);
        auto* table = w.findChild<QAbstractItemView*>(QStringLiteral("knownAppsTable"));
        QVERIFY(table);
        QCOMPARE(table->model()->rowCount(), 2);
        QCOMPARE(table->model()->index(0, 0).data().toString(), QStringLiteral("Web3Mail"));
        // The same column order as the approved apps' table above it.
        QCOMPARE(table->model()->index(0, 3).data().toString(),
                 QStringLiteral("0xD5054a18565c4a9E5c1aa3cEB53258bd59d4c78C"));
        QCOMPARE(table->model()->index(0, 2).data().toString(), QStringLiteral("email: string"));
        auto* approved = w.findChild<QAbstractItemView*>(QStringLiteral("approvedAppsTable"));
        QVERIFY(approved);
        QStringList known, mine;
        for (int c = 0; c < table->model()->columnCount(); ++c)
            known << table->model()->headerData(c, Qt::Horizontal).toString();
        for (int c = 0; c < approved->model()->columnCount(); ++c)
            mine << approved->model()->headerData(c, Qt::Horizontal).toString();
        mine.removeAll(QStringLiteral("Runs in")); // only approved apps were read from the chain
        QCOMPARE(known, mine);
    }

    void languageSwitchRetranslatesAtRunTime() {
        auto session = open();
        QVERIFY(session);
        MainWindow& w = *session->window();
        w.showPage(MainWindow::Settings);
        auto* sidebar = child<QListWidget>(&w, "sidebar");
        QCOMPARE(sidebar->item(MainWindow::Overview)->text(), QStringLiteral("Overview"));
        chooseInCombo(child<QComboBox>(&w, "languageCombo"), QStringLiteral("fr"));
        QCOMPARE(session->localization()->current(), QStringLiteral("fr"));
        QVERIFY(QFile::exists(QStringLiteral(":/i18n/strongroom_fr.qm")));
        QCOMPARE(sidebar->item(MainWindow::Overview)->text(), QStringLiteral("Vue d’ensemble"));
        // Sizes and numbers in French too.
        QCOMPARE(QLocale().formattedDataSize(35), QStringLiteral("35 octets"));
        QCOMPARE(sidebar->item(MainWindow::ProtectedData)->text(),
                 QStringLiteral("Données protégées"));
        QCOMPARE(child<QLabel>(&w, "accountLabel")->text(),
                 QStringLiteral("Pas encore de portefeuille"));
        QCOMPARE(child<QPushButton>(&w, "saveNetworkButton")->text(),
                 QStringLiteral("Enregistrer"));
        QCOMPARE(w.windowTitle(), QStringLiteral("Strongroom"));
        chooseInCombo(child<QComboBox>(&w, "languageCombo"), QStringLiteral("en"));
        QCOMPARE(sidebar->item(MainWindow::Overview)->text(), QStringLiteral("Overview"));
        QCOMPARE(child<QPushButton>(&w, "saveNetworkButton")->text(), QStringLiteral("Save"));
        QCOMPARE(QLocale().formattedDataSize(35), QStringLiteral("35 bytes"));
    }

    void themeSwitchChangesThePalette() {
        auto session = open();
        QVERIFY(session);
        MainWindow& w = *session->window();
        w.showPage(MainWindow::Settings);
        chooseInCombo(child<QComboBox>(&w, "themeCombo"), QStringLiteral("dark"));
        QCOMPARE(QApplication::palette().color(QPalette::Window), QColor(0x1D, 0x1D, 0x24));
        chooseInCombo(child<QComboBox>(&w, "themeCombo"), QStringLiteral("light"));
        QCOMPARE(QApplication::palette().color(QPalette::Window), QColor(0xF5, 0xF5, 0xF5));
    }

    // Every page without a wallet, at the window's default size (1180×760) and its minimum
    // (900×600), in English and French: no text cut, nothing pushed out sideways.
    void noPageIsClippedAtDefaultOrMinimumSize() {
        auto session = open();
        QVERIFY(session);
        MainWindow& w = *session->window();
        const char* pageNames[] = {"overview",     "protected-data", "access", "apps",
                                   "computations", "earnings",       "wallet", "settings"};
        for (const char* language : {"en", "fr"}) {
            session->state()->setLanguage(QLatin1String(language));
            for (const char* theme : {"light", "dark"}) {
                session->state()->setTheme(QLatin1String(theme));
                for (int page = 0; page < MainWindow::PageCount; ++page) {
                    w.showPage(static_cast<MainWindow::PageId>(page));
                    sr::test::verifyFitsDefaultAndMinimum(&w, QSize(1180, 760),
                                                          QStringLiteral("fit-%1-%2-%3")
                                                              .arg(QLatin1String(language),
                                                                   QLatin1String(theme),
                                                                   QLatin1String(pageNames[page])));
                    if (QTest::currentTestFailed())
                        return;
                }
            }
        }
        session->state()->setLanguage(QStringLiteral("en"));
        session->state()->setTheme(QStringLiteral("light"));
    }

    // Secondary buttons have room around their text, like the primary ones.
    void buttonsHavePadding() {
        auto session = open();
        QVERIFY(session);
        MainWindow& w = *session->window();
        for (const char* theme : {"light", "dark"}) {
            session->state()->setTheme(QLatin1String(theme));
            for (auto page : {MainWindow::Settings, MainWindow::Wallet}) {
                w.showPage(page);
                sr::test::settle();
                const QStringList bare = sr::test::unpaddedButtons(&w);
                QVERIFY2(bare.isEmpty(), qPrintable(bare.join(QStringLiteral("; "))));
            }
        }
        session->state()->setTheme(QStringLiteral("light"));
    }

    // On the dark theme a radio button's ring stands out from the window, and a chosen one
    // shows its dot.
    void darkRadioButtonsAreVisible() {
        auto session = open();
        QVERIFY(session);
        session->state()->setTheme(QStringLiteral("dark"));
        QWidget host;
        auto* layout = new QVBoxLayout(&host);
        auto* off = new QRadioButton(QStringLiteral("Off"), &host);
        auto* on = new QRadioButton(QStringLiteral("On"), &host);
        layout->addWidget(off);
        layout->addWidget(on);
        on->setChecked(true);
        host.show();
        QVERIFY(QTest::qWaitForWindowExposed(&host));
        shoot(&host, QStringLiteral("dark-radio-buttons"));
        const int window = host.palette().color(QPalette::Window).lightness();
        for (QRadioButton* radio : {off, on}) {
            QStyleOptionButton option;
            option.initFrom(radio);
            const QRect indicator =
                radio->style()->subElementRect(QStyle::SE_RadioButtonIndicator, &option, radio);
            const QImage image = radio->grab().toImage();
            int contrast = 0;
            for (int y = indicator.top(); y <= indicator.bottom(); ++y)
                for (int x = indicator.left(); x <= indicator.right(); ++x)
                    contrast = std::max(
                        contrast,
                        std::abs(QColor(image.pixel(image.rect().contains(x, y) ? QPoint(x, y)
                                                                                : QPoint(0, 0)))
                                     .lightness() -
                                 window));
            QVERIFY2(
                contrast >= 80,
                qPrintable(QStringLiteral("%1: contrast %2").arg(radio->text()).arg(contrast)));
        }
        session->state()->setTheme(QStringLiteral("light"));
    }

    void settingsSurviveARestart() {
        {
            auto session = open();
            QVERIFY(session);
            MainWindow& w = *session->window();
            w.showPage(MainWindow::Settings);
            chooseInCombo(child<QComboBox>(&w, "languageCombo"), QStringLiteral("fr"));
            chooseInCombo(child<QComboBox>(&w, "themeCombo"), QStringLiteral("dark"));

            // Edit an endpoint of Arbitrum Sepolia and make it the active network.
            auto* networks = w.settingsPage()->networkSettings();
            networks->select(QStringLiteral("arbitrum-sepolia"));
            auto* rpc = child<QPlainTextEdit>(&w, "networkRpcUrls");
            rpc->setPlainText(QStringLiteral("https://rpc.example.org/sepolia"));
            QTest::mouseClick(child<QPushButton>(&w, "saveNetworkButton"), Qt::LeftButton);
            QVERIFY(!child<QLabel>(&w, "fieldError")->isVisible());
            QTest::mouseClick(child<QPushButton>(&w, "useNetworkButton"), Qt::LeftButton);
            QVERIFY(child<QToolButton>(&w, "networkBadge")
                        ->text()
                        .contains(QStringLiteral("Arbitrum Sepolia")));
            QCOMPARE(child<QToolButton>(&w, "networkBadge")->property("networkKind").toString(),
                     QStringLiteral("testnet"));

            // Add a custom network through the form.
            QTest::mouseClick(child<QPushButton>(&w, "addNetworkButton"), Qt::LeftButton);
            QTest::keyClicks(child<QLineEdit>(&w, "networkDisplayName"),
                             QStringLiteral("Lab chain"));
            QTest::keyClicks(child<QLineEdit>(&w, "networkName"), QStringLiteral("lab"));
            QTest::keyClicks(child<QLineEdit>(&w, "networkChainId"), QStringLiteral("1337"));
            child<QPlainTextEdit>(&w, "networkRpcUrls")
                ->setPlainText(QStringLiteral("http://127.0.0.1:8545"));
            QTest::keyClicks(child<QLineEdit>(&w, "networkHub"),
                             QStringLiteral("0x00000000000000000000000000000000000000aa"));
            QTest::keyClicks(child<QLineEdit>(&w, "networkDataProtector"),
                             QStringLiteral("0x00000000000000000000000000000000000000bb"));
            for (const char* name :
                 {"networkSms", "networkMarketApi", "networkIpfsNode", "networkIpfsGateway"})
                QTest::keyClicks(child<QLineEdit>(&w, name),
                                 QStringLiteral("http://127.0.0.1:9000"));
            QTest::mouseClick(child<QPushButton>(&w, "saveNetworkButton"), Qt::LeftButton);
            QVERIFY2(!child<QLabel>(&w, "fieldError")->isVisible(),
                     qPrintable(child<QLabel>(&w, "fieldError")->text()));
            QCOMPARE(session->state()->networks().resolve("lab").profile.chainId,
                     std::uint64_t(1337));
            session->state()->waitForWrites();
        }
        auto session = open();
        QVERIFY(session);
        MainWindow& w = *session->window();
        QCOMPARE(session->localization()->current(), QStringLiteral("fr"));
        QCOMPARE(QString::fromStdString(session->state()->settings().theme),
                 QStringLiteral("dark"));
        QCOMPARE(QApplication::palette().color(QPalette::Window), QColor(0x1D, 0x1D, 0x24));
        w.showPage(MainWindow::Settings);
        QCOMPARE(child<QComboBox>(&w, "languageCombo")->currentData().toString(),
                 QStringLiteral("fr"));
        QCOMPARE(child<QComboBox>(&w, "themeCombo")->currentData().toString(),
                 QStringLiteral("dark"));
        const auto active = session->state()->activeNetwork();
        QCOMPARE(active.profile.name, std::string("arbitrum-sepolia"));
        QCOMPARE(active.profile.rpcUrls.front(), std::string("https://rpc.example.org/sepolia"));
        QCOMPARE(active.origin, sr::NetworkOrigin::BuiltinEdited);
        QCOMPARE(session->state()->networks().resolve("lab").profile.displayName,
                 std::string("Lab chain"));

        // Put things back for the other tests (and check reset and remove on the way).
        w.showPage(MainWindow::Settings);
        auto* networks = w.settingsPage()->networkSettings();
        networks->select(QStringLiteral("arbitrum-sepolia"));
        QTest::mouseClick(child<QPushButton>(&w, "resetNetworkButton"), Qt::LeftButton);
        QCOMPARE(session->state()->activeNetwork().origin, sr::NetworkOrigin::Builtin);
        QCOMPARE(session->state()->removeNetwork(QStringLiteral("lab")), QString());
        session->state()->setActiveNetwork(QStringLiteral("arbitrum-mainnet"));
        session->state()->setLanguage(QStringLiteral("en"));
        session->state()->setTheme(QStringLiteral("light"));
        session->state()->waitForWrites();
    }

    void badNetworkValuesAreExplainedAndNotSaved() {
        auto session = open();
        QVERIFY(session);
        MainWindow& w = *session->window();
        w.showPage(MainWindow::Settings);
        w.settingsPage()->networkSettings()->select(QStringLiteral("arbitrum-mainnet"));
        auto* hub = child<QLineEdit>(&w, "networkHub");
        hub->clear();
        QTest::keyClicks(hub, QStringLiteral("0x1234"));
        QVERIFY(child<QPushButton>(&w, "saveNetworkButton")->isEnabled());
        QTest::mouseClick(child<QPushButton>(&w, "saveNetworkButton"), Qt::LeftButton);
        auto* error = child<QLabel>(&w, "fieldError");
        QVERIFY(error->isVisible());
        QVERIFY(error->text().contains(QStringLiteral("PoCo hub")));
        QCOMPARE(session->state()->networks().resolve("arbitrum-mainnet").origin,
                 sr::NetworkOrigin::Builtin);
        auto* sms = child<QLineEdit>(&w, "networkSms");
        QTest::mouseClick(child<QPushButton>(&w, "revertNetworkButton"), Qt::LeftButton);
        QCOMPARE(hub->text(), QStringLiteral("0x098bFCb1E50ebcA0BaA92C12eA0c3F045A1aD9f0"));
        sms->setText(QStringLiteral("not a url"));
        emit sms->textEdited(sms->text());
        QTest::mouseClick(child<QPushButton>(&w, "saveNetworkButton"), Qt::LeftButton);
        QVERIFY(error->text().contains(QStringLiteral("SMS")));
        QVERIFY(!QFileInfo::exists(dir_.path() + QStringLiteral("/networks.json.tmp")));
    }

    void statusBarShowsTheRealConnection() {
        sr::sandbox::AnvilProcess anvil({});
        auto session = open();
        QVERIFY(session);
        MainWindow& w = *session->window();
        w.chainMonitor()->setInterval(200);
        auto* status = child<QLabel>(&w, "statusConnection");

        sr::NetworkProfile local = sr::builtinNetworks()[1];
        local.name = "local-anvil";
        local.displayName = "Local anvil";
        local.chainId = 31337;
        local.rpcUrls = {anvil.rpcUrl()};
        QCOMPARE(session->state()->saveNetwork(local), QString());
        session->state()->setActiveNetwork(QStringLiteral("local-anvil"));
        QTRY_VERIFY_WITH_TIMEOUT(status->text().startsWith(QStringLiteral("Connected · block")),
                                 kUiSettles);

        local.chainId = 42;
        QCOMPARE(session->state()->saveNetwork(local), QString());
        QTRY_COMPARE_WITH_TIMEOUT(status->text(), QStringLiteral("Wrong chain"), kUiSettles);
        QVERIFY(status->toolTip().contains(QStringLiteral("31337")));

        local.rpcUrls = {"http://127.0.0.1:1"};
        QCOMPARE(session->state()->saveNetwork(local), QString());
        QTRY_COMPARE_WITH_TIMEOUT(status->text(), QStringLiteral("Offline"), 15000);
        QVERIFY(status->toolTip().contains(QStringLiteral("127.0.0.1")));

        QCOMPARE(session->state()->removeNetwork(QStringLiteral("local-anvil")), QString());
        session->state()->waitForWrites();
    }

    void opensConnectedToTheSandbox() {
        // What `packaging/dev.sh run` does: a sandbox in the data folder, the app on it.
        QTemporaryDir dir;
        const std::filesystem::path data = dir.path().toStdString();
        sr::test::PublishedSandbox sandbox(data); // withdrawn and stopped at the end
        {
            GuiSession session(*qApp, data, false, std::string("sandbox"));
            QVERIFY(session.ready());
            MainWindow& w = *session.window();
            w.show();
            QVERIFY(QTest::qWaitForWindowExposed(&w));
            auto* badge = child<QToolButton>(&w, "networkBadge");
            QVERIFY(badge->text().contains(QStringLiteral("Sandbox")));
            QCOMPARE(badge->property("networkKind").toString(), QStringLiteral("sandbox"));
            QTRY_VERIFY_WITH_TIMEOUT(child<QLabel>(&w, "statusConnection")
                                         ->text()
                                         .startsWith(QStringLiteral("Connected · block")),
                                     kUiSettles);
            w.showPage(MainWindow::Apps);
            auto* table = w.findChild<QAbstractItemView*>(QStringLiteral("knownAppsTable"));
            QCOMPARE(table->model()->rowCount(), 4); // the whitelist and the three sandbox apps
            QVERIFY(w.grab().save(screenshotDir() + QStringLiteral("/en-light-sandbox-apps.png")));
            w.showPage(MainWindow::Overview);
            QVERIFY(
                w.grab().save(screenshotDir() + QStringLiteral("/en-light-sandbox-overview.png")));
            session.state()->setActiveNetwork(QStringLiteral("arbitrum-mainnet"));
            session.state()->waitForWrites();
        }
    }

    void networkOptionChoosesTheActiveNetwork() {
        QTemporaryDir dir;
        {
            GuiSession session(*qApp, std::filesystem::path(dir.path().toStdString()), false,
                               std::string("arbitrum-sepolia"));
            QVERIFY(session.ready());
            QCOMPARE(session.state()->activeNetwork().profile.chainId, std::uint64_t(421614));
            QVERIFY(child<QToolButton>(session.window(), "networkBadge")
                        ->text()
                        .contains(QStringLiteral("Testnet")));
            session.state()->waitForWrites();
        }
        try {
            GuiSession session(*qApp, std::filesystem::path(dir.path().toStdString()), false,
                               std::string("sandbox"));
            QFAIL("a sandbox that never ran was chosen");
        } catch (const sr::Error& e) {
            QVERIFY(std::string(e.what()).find("strongroom-sandbox up") != std::string::npos);
        }
    }

    void brokenSettingsFileIsSetAside() {
        QTemporaryDir dir;
        QFile file(dir.path() + QStringLiteral("/settings.json"));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("{ definitely not json");
        file.close();
        GuiSession session(*qApp, std::filesystem::path(dir.path().toStdString()), false);
        QVERIFY(session.ready());
        const QStringList aside =
            QDir(dir.path()).entryList({QStringLiteral("settings.json.broken-*")});
        QCOMPARE(aside.size(), 1);
        QFile kept(dir.path() + QLatin1Char('/') + aside.first());
        QVERIFY(kept.open(QIODevice::ReadOnly));
        QCOMPARE(kept.readAll(), QByteArray("{ definitely not json"));
    }

    void aboutShowsLibraryVersions() {
        sr::ui::AboutDialog about;
        const QString text = about.versionsText();
        for (const char* lib : {"Qt", "OpenSSL", "libsecp256k1", "libcurl"})
            QVERIFY2(text.contains(QLatin1String(lib)), lib);
        QVERIFY(text.contains(QString::fromLatin1(qVersion())));
        about.show();
        QVERIFY(QTest::qWaitForWindowExposed(&about));
        QVERIFY(about.grab().save(screenshotDir() + QStringLiteral("/about.png")));
    }

    // Cards cast their shadow without a QGraphicsEffect, which kept a rendered copy of every
    // card (2.7 MiB for the Overview alone): no widget of any page has an effect, and the band
    // just under each card of the Overview is darker than the window in both themes.
    void cardsCastTheirShadowWithoutAGraphicsEffect() {
        auto session = open();
        QVERIFY(session);
        MainWindow& w = *session->window();
        w.resize(1180, 760);
        for (const char* theme : {"light", "dark"}) {
            session->state()->setTheme(QLatin1String(theme));
            for (int page = 0; page < MainWindow::PageCount; ++page) {
                w.showPage(static_cast<MainWindow::PageId>(page));
                QCoreApplication::processEvents();
                for (QWidget* widget : w.findChildren<QWidget*>())
                    QVERIFY2(!widget->graphicsEffect(), qPrintable(widget->objectName()));
            }
            w.showPage(MainWindow::Overview);
            QCoreApplication::processEvents();
            const QImage image = w.grab().toImage();
            const int window = qGray(w.palette().color(QPalette::Window).rgb());
            int checked = 0;
            for (auto* card : w.findChildren<sr::ui::Card*>()) {
                if (!card->isVisible())
                    continue;
                // 3 px under the card: 1 px inside the shadow, the shape being 2 px lower,
                // where the card's parent shows (not clipped by it or its ancestors).
                const QPoint under(card->width() / 2, card->height() + 3);
                if (!card->parentWidget()->visibleRegion().contains(card->mapToParent(under)))
                    continue;
                const QPoint below = card->mapTo(&w, under);
                const int shade = qGray(image.pixel(below));
                QVERIFY2(shade < window - (QLatin1String(theme) == QLatin1String("light") ? 5 : 0),
                         qPrintable(QStringLiteral("%1 %2: %3 against the window's %4")
                                        .arg(QLatin1String(theme), card->objectName())
                                        .arg(shade)
                                        .arg(window)));
                ++checked;
            }
            QVERIFY(checked >= 2);
        }
        session->state()->setTheme(QStringLiteral("light"));
        session->state()->waitForWrites();
    }

    // The shadow follows its card on screen: what the window shows (the backing store, not a
    // fresh grab) has no shadow left where the card was after it moves or hides.
    void cardShadowFollowsItsCard() {
        QWidget parent;
        parent.setAttribute(Qt::WA_StyledBackground);
        parent.setStyleSheet(QStringLiteral("background: #F5F5F5;"));
        parent.resize(600, 300);
        auto* card = new sr::ui::Card(&parent);
        card->setGeometry(40, 40, 200, 120);
        parent.show();
        QVERIFY(QTest::qWaitForWindowExposed(&parent));
        auto shown = [&](QPoint at) {
            QCoreApplication::processEvents();
            return qGray(parent.screen()->grabWindow(parent.winId()).toImage().pixel(at));
        };
        const QPoint under(140, 40 + 120 + 3);
        QVERIFY2(shown(under) < 0xF5 - 5, "no shadow under the card");
        card->move(300, 40);
        QCOMPARE(shown(under), 0xF5);
        QVERIFY2(shown(under + QPoint(260, 0)) < 0xF5 - 5, "no shadow where the card moved");
        card->hide();
        QCOMPARE(shown(under + QPoint(260, 0)), 0xF5);
        card->show();
        card->resize(200, 60);
        QCOMPARE(shown(under + QPoint(260, 0)), 0xF5); // the card got shorter
        QVERIFY(shown(QPoint(400, 40 + 60 + 3)) < 0xF5 - 5);
    }

    // The session bus is joined when a wallet is first unlocked (the screen locking then
    // locks it), not at start: a window left idle with a locked wallet does without D-Bus.
    void screenLockIsFollowedFromTheFirstUnlock() {
        QTemporaryDir data;
        const std::filesystem::path dir(data.path().toStdString());
        sr::wallet::AccountStore::Options cheap; // a cheap KDF: only the unlock is tested
        cheap.cost.n = 1u << 12;
        cheap.rsaBits = 2048;
        sr::wallet::AccountStore store(dir / "keystore", cheap);
        store.createHdWallet("a password");
        GuiSession session(*qApp, dir, false);
        QVERIFY(session.ready());
        sr::ui::WalletSession& wallet = *session.wallet();
        QVERIFY(wallet.hasAccounts());
        QVERIFY(!wallet.isUnlocked());
        QVERIFY(!wallet.followsScreenLock());
        wallet.adoptSigner(store.unlock(wallet.current()->address, "a password"));
        QVERIFY(wallet.isUnlocked());
        QVERIFY(wallet.followsScreenLock());
        wallet.lock();
        QVERIFY(wallet.followsScreenLock()); // still there for the next unlock
    }

    void screenshotsOfEveryPage() {
        auto session = open();
        QVERIFY(session);
        MainWindow& w = *session->window();
        w.resize(1180, 760);
        const char* pageNames[] = {"overview",     "protected-data", "access", "apps",
                                   "computations", "earnings",       "wallet", "settings"};
        int saved = 0;
        for (const char* language : {"en", "fr"}) {
            session->state()->setLanguage(QLatin1String(language));
            QCoreApplication::processEvents();
            for (const char* theme : {"light", "dark"}) {
                session->state()->setTheme(QLatin1String(theme));
                for (int page = 0; page < MainWindow::PageCount; ++page) {
                    w.showPage(static_cast<MainWindow::PageId>(page));
                    QCoreApplication::processEvents();
                    const QString path =
                        QStringLiteral("%1/%2-%3-%4.png")
                            .arg(screenshotDir(), QLatin1String(language), QLatin1String(theme),
                                 QLatin1String(pageNames[page]));
                    QVERIFY2(w.grab().save(path), qPrintable(path));
                    ++saved;
                }
            }
        }
        QCOMPARE(saved, 32);
        session->state()->setLanguage(QStringLiteral("en"));
        session->state()->setTheme(QStringLiteral("light"));
        session->state()->waitForWrites();
        qInfo("screenshots saved under %s", qPrintable(screenshotDir()));
    }
};

QTEST_MAIN(MainWindowTest)
#include "tst_mainwindow.moc"
