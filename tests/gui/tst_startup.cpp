// What the start leaves for later, and that it is still all there when asked: pages built when
// first shown (or asked for). The startup benchmark (tests/bench) measures the gain.
#include "GuiSession.h"
#include "GuiTestSupport.h"
#include "MainWindow.h"
#include "Resources.h"
#include "access/AccessPage.h"
#include "apps/AppsPage.h"
#include "compute/ComputationsPage.h"
#include "data/ProtectedDataPage.h"
#include "earnings/EarningsPage.h"
#include "iexec/NetworkRegistry.h"
#include "overview/OverviewPage.h"
#include "settings/SettingsModel.h"
#include "settings/SettingsPage.h"
#include "store/AppSettings.h"
#include "wallet/AccountStore.h"
#include "wallet/WalletPage.h"
#include "wallet/WalletSession.h"

#include <QElapsedTimer>
#include <QFile>
#include <QListWidget>
#include <QPainter>
#include <QStackedWidget>
#include <QSvgRenderer>
#include <QTemporaryDir>
#include <QtTest>
#include <filesystem>

using sr::ui::GuiSession;
using sr::ui::MainWindow;

namespace {

using sr::test::child;

void clickSidebarRow(MainWindow& window, int row) {
    auto* sidebar = child<QListWidget>(&window, "sidebar");
    const QRect rect = sidebar->visualItemRect(sidebar->item(row));
    QTest::mouseClick(sidebar->viewport(), Qt::LeftButton, {}, rect.center());
}

} // namespace

class StartupTest : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { sr::ui::initResources(); }

    void pagesAreBuiltWhenFirstShown() {
        QTemporaryDir dir;
        auto session = sr::test::openSession(std::filesystem::path(dir.path().toStdString()));
        QVERIFY(session);
        MainWindow& w = *session->window();
        // On screen first: built. The others wait for the user.
        QVERIFY(w.findChild<sr::ui::OverviewPage*>());
        QVERIFY(!w.findChild<sr::ui::WalletPage*>());
        QVERIFY(!w.findChild<sr::ui::ProtectedDataPage*>());
        QVERIFY(!w.findChild<sr::ui::AccessPage*>());
        QVERIFY(!w.findChild<sr::ui::AppsPage*>());
        QVERIFY(!w.findChild<sr::ui::ComputationsPage*>());
        QVERIFY(!w.findChild<sr::ui::EarningsPage*>());
        QVERIFY(!w.findChild<sr::ui::SettingsPage*>());

        // A click on the sidebar builds the page and shows it, in its place in the stack.
        auto* pages = child<QStackedWidget>(&w, "pages");
        clickSidebarRow(w, MainWindow::Access);
        auto* access = w.findChild<sr::ui::AccessPage*>();
        QVERIFY(access);
        QCOMPARE(pages->currentWidget(), access);
        QCOMPARE(pages->indexOf(access), int(MainWindow::Access));
        QCOMPARE(access->objectName(), QStringLiteral("accessPage"));
        QVERIFY(access->isVisible());
        QCOMPARE(w.currentPage(), MainWindow::Access);
        // Once: shown again, the same page.
        clickSidebarRow(w, MainWindow::Overview);
        clickSidebarRow(w, MainWindow::Access);
        QCOMPARE(w.findChildren<sr::ui::AccessPage*>().size(), qsizetype(1));
        QCOMPARE(pages->currentWidget(), access);

        // Asked for by the code, a page is built without being shown.
        sr::ui::EarningsPage* earnings = w.earningsPage();
        QVERIFY(earnings);
        QCOMPARE(w.findChild<sr::ui::EarningsPage*>(), earnings);
        QCOMPARE(pages->indexOf(earnings), int(MainWindow::Earnings));
        QVERIFY(!earnings->isVisible());
        QCOMPARE(w.currentPage(), MainWindow::Access);
        QVERIFY(w.settingsPage());
        QCOMPARE(pages->indexOf(w.settingsPage()), int(MainWindow::Settings));

        // Every row of the sidebar still leads to its page.
        const char* names[] = {"overviewPage", "protectedDataPage", "accessPage",
                               "appsPage",     "computationsPage",  "earningsPage",
                               "walletPage",   "settingsPage"};
        for (int row = 0; row < MainWindow::PageCount; ++row) {
            clickSidebarRow(w, row);
            QCOMPARE(pages->currentWidget()->objectName(), QLatin1String(names[row]));
            QCOMPARE(pages->indexOf(pages->currentWidget()), row);
            QVERIFY(pages->currentWidget()->isVisible());
        }
        QCOMPARE(pages->count(), int(MainWindow::PageCount));
    }
};

QTEST_MAIN(StartupTest)
#include "tst_startup.moc"
