// Protected data, Access and Apps pages as a user meets them, offscreen, on a real in-process
// sandbox (anvil + PoCo + DataProtector + market API + IPFS): empty states without a wallet, a
// key imported through the wizard, protected data made through DataProtector and listed,
// searched, filtered, verified and transferred; grants made through the grant dialog (bad input
// refused first) and checked on chain (verifySignature, viewConsumed) and on the market; one
// revoked, then all those of an app, checked on chain; an app removed, approved again by its
// address and edited. Screenshots of each page and dialog, light and dark, EN and FR.
#include "BlockFollower.h"
#include "ChainMonitor.h"
#include "GuiSession.h"
#include "GuiTestSupport.h"
#include "MainWindow.h"
#include "PublishedSandbox.h"
#include "SandboxAppOrders.h"
#include "TestApps.h"
#include "Timeouts.h"
#include "access/AccessPage.h"
#include "access/GrantDialog.h"
#include "access/GrantsModel.h"
#include "apps/AppDialog.h"
#include "apps/AppsPage.h"
#include "crypto/Sha256.h"
#include "data/ProtectedDataModel.h"
#include "data/ProtectedDataPage.h"
#include "eth/ContractCaller.h"
#include "eth/JsonRpcClient.h"
#include "eth/TransactionManager.h"
#include "iexec/AccessService.h"
#include "iexec/DataProtectorContract.h"
#include "iexec/DatasetCatalog.h"
#include "iexec/Multiaddr.h"
#include "iexec/PocoHub.h"
#include "models/ApprovedAppsModel.h"
#include "onboarding/OnboardingWizard.h"
#include "sandbox/IpfsService.h"
#include "sandbox/SandboxNetwork.h"
#include "session/Session.h"
#include "settings/SettingsModel.h"
#include "util/Paths.h"
#include "wallet/UnlockDialog.h"
#include "wallet/WalletSession.h"

#include <QApplication>
#include <QComboBox>
#include <QCommandLinkButton>
#include <QDir>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>
#include <unistd.h>

using namespace sr::test::timeouts;

using namespace sr;
using namespace sr::ui;
using eth::Address;
using eth::U256;

namespace {

using sr::test::child;
using sr::test::screenshotDir;
using sr::test::shoot;
using sr::test::type;
using sr::test::whenModal;

const char kPassword[] = "correct horse battery staple";
// anvil's dev accounts 4 and 5 (public test keys of the "test ... junk" phrase): funded with
// ETH at genesis, and not used by the sandbox itself.
const char kOwnerKey[] = "0x47e179ec197488593b187f80a00eb0da91f1b9d0b13f8733639f19c30a34926a";
const char kOtherAccount[] = "0x9965507D1a55bcC2695C58ba16FB37d819B0A4dc";

// Clicks the button of a message box whose text starts with `text`.
void clickButton(QMessageBox* box, const QString& text) {
    for (auto* b : box->buttons())
        if (b->text().startsWith(text)) {
            b->click();
            return;
        }
    QFAIL(qPrintable(QStringLiteral("no button %1 in the message box").arg(text)));
}

int comboIndex(QComboBox* combo, const QString& text) {
    for (int i = 0; i < combo->count(); ++i)
        if (combo->itemText(i).startsWith(text))
            return i;
    return -1;
}

} // namespace

class AccessGuiTest : public QObject {
    Q_OBJECT
    QTemporaryDir dir_;
    std::filesystem::path data_;
    std::unique_ptr<test::PublishedSandbox> sandbox_;
    sandbox::SandboxNetwork* network_ = nullptr;
    std::unique_ptr<GuiSession> session_;
    std::unique_ptr<eth::JsonRpcClient> rpc_;
    Address email_, health_, notes_;
    Address web3mail_, whitelist_, reader_;
    Hash32 emailChecksum_{};

    MainWindow& window() { return *session_->window(); }
    WalletSession& wallet() { return *session_->wallet(); }
    Address me() { return wallet().current()->address; }
    ProtectedDataPage* dataPage() { return window().protectedDataPage(); }
    AccessPage* accessPage() { return window().accessPage(); }
    AppsPage* appsPage() { return window().appsPage(); }
    iexec::PocoHub hub() { return iexec::PocoHub(Address::fromHex(network_->profile().hub)); }

    Address protect(const std::string& name, const std::string& schema, const Bytes& multiaddr,
                    const Hash32& checksum) {
        const iexec::DataProtectorContract dp(Address::fromHex(network_->profile().dataProtector));
        auto chain = wallet().chain();
        const auto sent = chain->transactions().send(
            dp.createDatasetWithSchema(me(), name, schema, multiaddr, checksum),
            *wallet().signer());
        const auto done = chain->transactions().waitForSuccess(sent.id, std::chrono::seconds(30));
        return dp.createdDataset(chain->transactions().receipt(done))->dataset;
    }

    // Selects a data in the list; false (with the reason printed) when it is not listed.
    bool selectData(const Address& dataset) {
        auto* page = dataPage();
        const auto row = page->model()->rowOf(dataset);
        if (!row) {
            qWarning("%s is not listed", dataset.toChecksumHex().c_str());
            return false;
        }
        child<QTableView>(page, "dataTable")->selectRow(*row);
        return page->selected() == std::optional<Address>(dataset);
    }

    // Fills the open grant dialog and publishes the grant; returns it.
    std::optional<iexec::GrantedAccess> fillAndGrant(GrantDialog* dialog, const QString& app,
                                                     const QString& user, const QString& price,
                                                     const QString& volume, const QString& shot) {
        if (!QTest::qWaitFor([&] { return dialog->isReady(); }, kChainRead)) {
            qWarning("the grant dialog did not load");
            return std::nullopt;
        }
        auto* apps = child<QComboBox>(dialog, "grantApp");
        const int index = comboIndex(apps, app);
        if (index < 0)
            qWarning("no app %s", qPrintable(app));
        apps->setCurrentIndex(index);
        if (user.isEmpty()) {
            child<QRadioButton>(dialog, "grantAnyone")->setChecked(true);
        } else {
            child<QRadioButton>(dialog, "grantOneUser")->setChecked(true);
            type(child<QLineEdit>(dialog, "grantUser"), user);
        }
        type(child<QLineEdit>(dialog, "grantPrice"), price);
        type(child<QLineEdit>(dialog, "grantVolume"), volume);
        auto* review = child<QPushButton>(dialog, "grantReviewButton");
        if (!review->isEnabled())
            qWarning("grant form refused: %s",
                     qPrintable(child<QLabel>(dialog, "grantFormError")->text()));
        QTest::mouseClick(review, Qt::LeftButton);
        // The button is disabled while the grant is checked: enabled again on the form, the
        // check failed.
        (void)QTest::qWaitFor([&] { return dialog->step() == 1 || review->isEnabled(); },
                              kChainRead);
        if (dialog->step() != 1) {
            qWarning("no review: %s", qPrintable(child<QLabel>(dialog, "grantFormError")->text()));
            return std::nullopt;
        }
        if (!shot.isEmpty())
            shoot(dialog, shot);
        QTest::mouseClick(child<QPushButton>(dialog, "grantConfirmButton"), Qt::LeftButton);
        if (!QTest::qWaitFor([&] { return dialog->step() == 2; }, kChainRead)) {
            qWarning("not granted: %s",
                     qPrintable(child<QLabel>(dialog, "grantReviewError")->text()));
            return std::nullopt;
        }
        return dialog->result();
    }

    // Grants through the Access page's button (the dialog is modal: answered when it shows).
    std::optional<iexec::GrantedAccess> grantFromAccessPage(const QString& data, const QString& app,
                                                            const QString& user,
                                                            const QString& price,
                                                            const QString& volume) {
        std::optional<iexec::GrantedAccess> out;
        whenModal([&](QWidget* modal) {
            auto* dialog = qobject_cast<GrantDialog*>(modal);
            QVERIFY(dialog);
            QTRY_VERIFY_WITH_TIMEOUT(dialog->isReady(), kChainRead);
            auto* combo = child<QComboBox>(dialog, "grantData");
            combo->setCurrentIndex(comboIndex(combo, data));
            out = fillAndGrant(dialog, app, user, price, volume, {});
            dialog->accept();
        });
        QTest::mouseClick(child<QPushButton>(accessPage(), "accessGrantButton"), Qt::LeftButton);
        return out;
    }

    // Reads the grants again; false when the list does not hold `grants` grants in time.
    bool waitForAccessList(std::size_t grants) {
        accessPage()->refresh();
        const bool ok = QTest::qWaitFor(
            [&] {
                return !accessPage()->isLoading() && accessPage()->model()->all().size() == grants;
            },
            kChainRead);
        if (!ok)
            qWarning("%zu grants listed, %zu expected: %s", accessPage()->model()->all().size(),
                     grants, qPrintable(child<QLabel>(accessPage(), "accessStatus")->text()));
        return ok;
    }

    // Revokes with `button`, confirming; when the wallet is locked, the password is asked.
    // The confirmation's question must contain each of `named`.
    void revokeWith(const char* button, const QStringList& named = {}) {
        const bool locked = !wallet().isUnlocked();
        whenModal([locked, named](QWidget* modal) {
            auto* box = qobject_cast<QMessageBox*>(modal);
            QVERIFY(box);
            QCOMPARE(box->objectName(), QStringLiteral("revokeConfirmDialog"));
            for (const QString& name : named)
                QVERIFY2(box->text().contains(name), qPrintable(box->text()));
            if (locked)
                whenModal([](QWidget* next) {
                    auto* unlock = qobject_cast<UnlockDialog*>(next);
                    QVERIFY(unlock);
                    type(child<QLineEdit>(unlock, "passwordField"), QLatin1String(kPassword));
                    QTest::mouseClick(child<QPushButton>(unlock, "passwordConfirm"),
                                      Qt::LeftButton);
                });
            clickButton(box, QStringLiteral("Revoke"));
        });
        auto* b = child<QPushButton>(accessPage(), button);
        QVERIFY(b->isEnabled());
        QTest::mouseClick(b, Qt::LeftButton);
        QVERIFY(wallet().isUnlocked());
        QVERIFY(accessPage()->isRevoking());
        QTRY_VERIFY_WITH_TIMEOUT(!accessPage()->isRevoking(), kLongChainWork);
    }

private slots:
    void initTestCase() {
        data_ = dir_.path().toStdString();
        // With its workerpool: the sandbox apps say where they run through its app orders.
        sandbox_ = std::make_unique<test::PublishedSandbox>(data_, test::sandboxWithWorkerpool);
        network_ = &sandbox_->network();
        rpc_ = std::make_unique<eth::JsonRpcClient>(network_->profile().rpcUrls);
        web3mail_ = network_->deployment().apps.at(0).address;
        reader_ = network_->deployment().apps.at(2).address;
        whitelist_ = network_->deployment().appWhitelist;
        session_ = std::make_unique<GuiSession>(*qApp, data_, false, std::string("sandbox"));
        QVERIFY(session_->ready());
        window().show();
        QVERIFY(QTest::qWaitForWindowExposed(&window()));
    }

    void cleanupTestCase() {
        if (session_)
            session_->state()->waitForWrites();
        session_.reset();
        sandbox_.reset();
    }

    // The dialog's summary is translatable sentence by sentence; in English it reads exactly as
    // AccessService's, in every case.
    void grantSummaryReadsAsTheCores() {
        iexec::PreparedGrant g;
        g.appName = "Web3Mail";
        g.datasetName = "my-email";
        for (const Address& user : {Address(), Address::fromHex(kOtherAccount)})
            for (std::uint64_t volume : {1ull, 10ull, 999ull})
                for (std::uint64_t price : {0ull, 1ull, 1500000000ull}) {
                    g.order.requesterrestrict = user;
                    g.order.volume = U256(volume);
                    g.order.datasetprice = U256(price);
                    QCOMPARE(GrantDialog::summaryText(g).toStdString(),
                             iexec::AccessService::summary(g.appName, g.datasetName, user,
                                                           g.order.volume, g.order.datasetprice));
                }
        // Beyond three digits, numbers follow the language (the core's sentence does not group).
        g.order.requesterrestrict = Address();
        g.order.volume = U256(1000000);
        g.order.datasetprice = U256(987500000000ull);
        QCOMPARE(GrantDialog::summaryText(g),
                 QStringLiteral("Anyone may run Web3Mail on my-email up to 1,000,000 times for "
                                "987.5 RLC per access"));
    }

    void emptyStatesWithoutAWallet() {
        QVERIFY(!wallet().hasAccounts());
        window().showPage(MainWindow::ProtectedData);
        QVERIFY(child<QWidget>(dataPage(), "noWalletDataCard")->isVisible());
        shoot(&window(), QStringLiteral("en-light-data-no-wallet"));
        window().showPage(MainWindow::Access);
        QVERIFY(child<QWidget>(accessPage(), "noWalletAccessCard")->isVisible());
        // The apps are the network's, not the account's: listed even without a wallet.
        window().showPage(MainWindow::Apps);
        QTRY_COMPARE_WITH_TIMEOUT(appsPage()->approvedModel()->rowCount(),
                                  int(network_->profile().knownApps.size()), kUiSettles);
    }

    void importAKeyThroughTheWizard() {
        auto* wizard = window().openWizard(true);
        QTRY_VERIFY_WITH_TIMEOUT(wizard->isVisible(), kServiceAnswers);
        QTest::mouseClick(child<QCommandLinkButton>(wizard, "importKeyButton"), Qt::LeftButton);
        type(child<QLineEdit>(wizard, "importKeyEdit"), QLatin1String(kOwnerKey));
        QVERIFY(wizard->button(QWizard::NextButton)->isEnabled());
        wizard->next();
        type(child<QLineEdit>(wizard, "newPassword"), QLatin1String(kPassword));
        type(child<QLineEdit>(wizard, "repeatPassword"), QLatin1String(kPassword));
        wizard->next();
        if (wizard->currentId() == int(OnboardingWizard::NetworkPageId))
            wizard->next();
        QTRY_VERIFY_WITH_TIMEOUT(wizard->button(QWizard::FinishButton)->isEnabled(), kAccountReady);
        wizard->button(QWizard::FinishButton)->click();
        QVERIFY(wallet().hasAccounts());
        if (!wallet().isUnlocked())
            wallet().adoptSigner(wallet().store()->unlock(wallet().current()->address, kPassword));
        QVERIFY(wallet().isUnlocked());
        QCOMPARE(session_->state()->activeNetwork().profile.kind, NetworkKind::Sandbox);

        // A new account owns nothing yet: said so, not an empty table.
        window().showPage(MainWindow::ProtectedData);
        QTRY_VERIFY_WITH_TIMEOUT(!dataPage()->isLoading(), kChainRead);
        auto* empty = child<QLabel>(dataPage(), "dataEmpty");
        QVERIFY(empty->isVisible());
        QVERIFY2(empty->text().contains(QStringLiteral("owns no protected data")),
                 qPrintable(empty->text()));
        QVERIFY(!child<QTableView>(dataPage(), "dataTable")->isVisible());
        shoot(&window(), QStringLiteral("en-light-data-empty"));
    }

    void protectedDataAreListedSearchedAndVerified() {
        // Three data made through DataProtector: one whose content is on IPFS with its real
        // checksum, one whose recorded checksum is wrong, one to give away later.
        const std::string content = "encrypted bytes of my email address";
        const auto added = network_->services().ipfs().add(asBytes(content));
        emailChecksum_ = crypto::sha256(asBytes(content));
        email_ = protect("my-email", "{\"email\":\"string\"}", iexec::p2pMultiaddr(added.cid),
                         emailChecksum_);
        health_ = protect("Health records", "{\"file\":\"application/pdf\"}",
                          iexec::p2pMultiaddr(added.cid), Hash32{});
        notes_ = protect("notes", "{\"text\":\"string\",\"meta\":{\"pages\":\"f64\"}}",
                         iexec::p2pMultiaddr(added.cid), emailChecksum_);

        window().showPage(MainWindow::ProtectedData);
        auto* page = dataPage();
        // The page is already shown (empty): the user asks for a new look.
        QTRY_VERIFY_WITH_TIMEOUT(!page->isLoading(), kChainRead);
        QTest::mouseClick(child<QPushButton>(page, "dataRefresh"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!page->isLoading() && page->model()->all().size() == 3,
                                 kChainRead);
        QVERIFY(child<QLabel>(page, "dataStatus")->text().contains(QStringLiteral("Up to date")));
        QCOMPARE(page->model()->rowCount(), 3);
        // Made straight through the contract, not by this app's protect: the list says so.
        QCOMPARE(page->model()
                     ->index(*page->model()->rowOf(email_), ProtectedDataModel::State)
                     .data()
                     .toString(),
                 QStringLiteral("Made elsewhere"));

        // Search by name, by address; filter by schema field, nested and typed.
        type(child<QLineEdit>(page, "dataSearch"), QStringLiteral("HEALTH"));
        QCOMPARE(page->model()->rowCount(), 1);
        QCOMPARE(page->model()->at(0).address, health_);
        type(child<QLineEdit>(page, "dataSearch"),
             QString::fromStdString(notes_.toLowerHex().substr(0, 10)));
        QCOMPARE(page->model()->rowCount(), 1);
        QCOMPARE(page->model()->at(0).address, notes_);
        type(child<QLineEdit>(page, "dataSearch"), QStringLiteral("nothing like this"));
        QCOMPARE(page->model()->rowCount(), 0);
        QVERIFY(child<QLabel>(page, "dataEmpty")->isVisible());
        child<QLineEdit>(page, "dataSearch")->clear();
        auto* field = child<QComboBox>(page, "dataFieldFilter");
        QVERIFY(comboIndex(field, QStringLiteral("meta.pages:f64")) > 0); // suggested
        field->setEditText(QStringLiteral("email:string"));
        QCOMPARE(page->model()->rowCount(), 1);
        field->setEditText(QStringLiteral("meta.pages"));
        QCOMPARE(page->model()->rowCount(), 1);
        QCOMPARE(page->model()->at(0).address, notes_);
        field->setEditText(QString());
        QCOMPARE(page->model()->rowCount(), 3);

        // The detail pane, and Verify content: a match, then a mismatch.
        QVERIFY(selectData(email_));
        QCOMPARE(child<QLabel>(page, "dataName")->text(), QStringLiteral("my-email"));
        QCOMPARE(child<QLabel>(page, "dataSchema")->text(), QStringLiteral("email: string"));
        QVERIFY(!child<QLabel>(page, "dataCreated")->text().startsWith(QStringLiteral("Unknown")));
        QTest::mouseClick(child<QPushButton>(page, "verifyButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(
            child<QLabel>(page, "verifyResult")->text().contains(QStringLiteral("matches")),
            kServiceAnswers);
        shoot(&window(), QStringLiteral("en-light-data-verified"));
        QVERIFY(selectData(health_));
        QTest::mouseClick(child<QPushButton>(page, "verifyButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(
            child<QLabel>(page, "verifyResult")->text().contains(QStringLiteral("does NOT match")),
            kServiceAnswers);
        shoot(&window(), QStringLiteral("en-light-data-mismatch"));

        // A second look paints from the cache at once (no chain read needed to show the list).
        iexec::DatasetCatalog catalog(*rpc_, network_->profile(),
                                      session_->state()->paths().databaseFile());
        QCOMPARE(catalog.cached(me()).size(), std::size_t(3));
    }

    void grantDialogRefusesBadInputThenGrants() {
        auto* page = dataPage();
        QVERIFY(selectData(email_));
        std::optional<iexec::GrantedAccess> granted;
        whenModal([&](QWidget* modal) {
            auto* dialog = qobject_cast<GrantDialog*>(modal);
            QVERIFY(dialog);
            QTRY_VERIFY_WITH_TIMEOUT(dialog->isReady(), kChainRead);
            auto* data = child<QComboBox>(dialog, "grantData");
            QCOMPARE(data->currentText(), QStringLiteral("my-email")); // the one selected
            auto* apps = child<QComboBox>(dialog, "grantApp");
            apps->setCurrentIndex(comboIndex(apps, QStringLiteral("Sandbox Web3Mail")));
            auto* review = child<QPushButton>(dialog, "grantReviewButton");
            auto* error = child<QLabel>(dialog, "grantFormError");
            auto* warning = child<QLabel>(dialog, "grantSchemaWarning");
            QVERIFY(warning->text().isEmpty()); // my-email has what Web3Mail needs
            QVERIFY(review->isEnabled());

            // Health records lack the email field: warned, not refused.
            data->setCurrentIndex(comboIndex(data, QStringLiteral("Health records")));
            QVERIFY(warning->text().contains(QStringLiteral("email: string")));
            shoot(dialog, QStringLiteral("en-light-grant-schema-warning"));
            data->setCurrentIndex(comboIndex(data, QStringLiteral("my-email")));

            // Bad user addresses: not hex, an EIP-55 case error, zero.
            child<QRadioButton>(dialog, "grantOneUser")->setChecked(true);
            auto* user = child<QLineEdit>(dialog, "grantUser");
            QVERIFY(!review->isEnabled()); // no address yet
            type(user, QStringLiteral("0x1234"));
            QVERIFY(!review->isEnabled());
            QVERIFY(!error->text().isEmpty());
            QString mixed = QLatin1String(kOtherAccount);
            for (int i = 2; i < mixed.size(); ++i)
                if (mixed[i].isLetter()) {
                    mixed[i] = mixed[i].isUpper() ? mixed[i].toLower() : mixed[i].toUpper();
                    break;
                }
            type(user, mixed);
            QVERIFY(!review->isEnabled());
            QVERIFY(error->text().contains(QStringLiteral("checksum"), Qt::CaseInsensitive));
            shoot(dialog, QStringLiteral("en-light-grant-bad-address"));
            type(user, QStringLiteral("0x") + QString(40, QLatin1Char('0')));
            QVERIFY(!review->isEnabled());
            child<QRadioButton>(dialog, "grantAnyone")->setChecked(true);
            QVERIFY(review->isEnabled());

            // Negative, malformed prices and volumes; then an absurd price the core refuses.
            auto* price = child<QLineEdit>(dialog, "grantPrice");
            auto* volume = child<QLineEdit>(dialog, "grantVolume");
            for (const char* bad : {"-1", "abc", "1.0000000001"}) {
                type(price, QLatin1String(bad));
                QVERIFY2(!review->isEnabled(), bad);
            }
            type(price, QStringLiteral("0"));
            for (const char* bad : {"0", "-3", "2.5", "9007199254740992", "1e3"}) {
                type(volume, QLatin1String(bad));
                QVERIFY2(!review->isEnabled(), bad);
                QVERIFY2(!error->text().isEmpty(), bad);
            }
            // Limits are round, said as the user types, before Review.
            type(volume, QStringLiteral("1000000001"));
            QVERIFY(!review->isEnabled());
            QCOMPARE(error->text(),
                     QStringLiteral("The number of accesses can't be more than 1,000,000,000."));
            type(volume, QStringLiteral("1000000000"));
            QVERIFY(review->isEnabled());
            type(volume, QStringLiteral("10"));
            type(price, QStringLiteral("99999999999"));
            QVERIFY(!review->isEnabled());
            QCOMPARE(error->text(),
                     QStringLiteral("The price per access can't be more than 1,000,000 RLC."));
            QCOMPARE(dialog->step(), 0);
            shoot(dialog, QStringLiteral("en-light-grant-bad-price"));
            type(price, QStringLiteral("1000000"));
            QVERIFY(review->isEnabled());

            // The real grant: anyone, Web3Mail, 10 times, free.
            granted =
                fillAndGrant(dialog, QStringLiteral("Sandbox Web3Mail"), {}, QStringLiteral("0"),
                             QStringLiteral("10"), QStringLiteral("en-light-grant-review"));
            QCOMPARE(child<QLabel>(dialog, "grantSummary")->text(),
                     QStringLiteral("Anyone may run Sandbox Web3Mail on my-email up to 10 times "
                                    "for 0 RLC"));
            shoot(dialog, QStringLiteral("en-light-grant-done"));
            child<QPushButton>(dialog, "grantCloseButton")->click();
        });
        QTest::mouseClick(child<QPushButton>(page, "grantDataButton"), Qt::LeftButton);
        QVERIFY(granted.has_value());

        // On chain: the hub accepts the signature, nothing consumed; on the market, open.
        eth::ContractCaller caller(*rpc_);
        QVERIFY(caller.call(hub().verifySignature(me(), granted->orderHash, granted->order.sign)));
        QCOMPARE(caller.call(hub().viewConsumed(granted->orderHash)), U256(0));
        iexec::AccessService service(*rpc_, network_->profile());
        const auto served = service.market().datasetOrder(granted->orderHash);
        QVERIFY(served.has_value());
        QCOMPARE(served->status, std::string("open"));
        QCOMPARE(served->order.order.apprestrict, web3mail_);
        QCOMPARE(served->order.order.volume, U256(10));
        QVERIFY(served->order.order.requesterrestrict.isZero());
    }

    void accessListFiltersAndRevokes() {
        window().showPage(MainWindow::Access);
        QVERIFY(waitForAccessList(1));
        auto* model = accessPage()->model();
        QCOMPARE(model->all()[0].remaining, U256(10));
        QCOMPARE(model->index(0, GrantsModel::Data).data().toString(), QStringLiteral("my-email"));
        QCOMPARE(model->index(0, GrantsModel::App).data().toString(),
                 QStringLiteral("Sandbox Web3Mail"));
        QCOMPARE(model->index(0, GrantsModel::User).data().toString(), QStringLiteral("Anyone"));

        // Two more through the page's own button: the whitelist for one user, and a paid one.
        const auto toOther = grantFromAccessPage(
            QStringLiteral("my-email"), QStringLiteral("Sandbox apps"),
            QLatin1String(kOtherAccount), QStringLiteral("0"), QStringLiteral("2"));
        QVERIFY(toOther.has_value());
        QCOMPARE(toOther->order.order.apprestrict, whitelist_);
        const auto paid = grantFromAccessPage(QStringLiteral("Health records"),
                                              QStringLiteral("Sandbox Web3Mail"), {},
                                              QStringLiteral("1,5"), QStringLiteral("3"));
        QVERIFY(paid.has_value());
        QCOMPARE(paid->order.order.datasetprice, U256(1500000000));
        QVERIFY(waitForAccessList(3));
        shoot(&window(), QStringLiteral("en-light-access-list"));

        // The detail pane of a data says who may use it, and leads to its grants.
        window().showPage(MainWindow::ProtectedData);
        child<QLineEdit>(dataPage(), "dataSearch")->clear();
        QVERIFY(selectData(email_));
        auto* grantsOfData = child<QLabel>(dataPage(), "dataGrants");
        QTRY_VERIFY_WITH_TIMEOUT(grantsOfData->text().startsWith(QStringLiteral("2 grants")),
                                 kServiceAnswers);
        QVERIFY2(grantsOfData->text().contains(QStringLiteral("Sandbox Web3Mail for anyone (10 "
                                                              "left)")),
                 qPrintable(grantsOfData->text()));
        QVERIFY(grantsOfData->text().contains(QStringLiteral("Sandbox apps for 0x9965")));
        // Its size, asked of the IPFS gateway without downloading it (35 encrypted bytes).
        QTRY_COMPARE_WITH_TIMEOUT(child<QLabel>(dataPage(), "dataSize")->text(),
                                  QLocale().formattedDataSize(35) + QStringLiteral(", encrypted"),
                                  kServiceAnswers);
        // No explorer on the sandbox: no button to a page that does not exist.
        QVERIFY(!child<QPushButton>(dataPage(), "explorerButton")->isVisible());
        shoot(&window(), QStringLiteral("en-light-data-grants"));
        QVERIFY(selectData(notes_));
        QTRY_VERIFY_WITH_TIMEOUT(grantsOfData->text().startsWith(QStringLiteral("No grant")),
                                 kServiceAnswers);
        QVERIFY(selectData(health_));
        QTRY_VERIFY_WITH_TIMEOUT(grantsOfData->text() ==
                                     QStringLiteral("1 grant: Sandbox Web3Mail for anyone (3 "
                                                    "left)"),
                                 kServiceAnswers);
        QTest::mouseClick(child<QPushButton>(dataPage(), "manageGrantsButton"), Qt::LeftButton);
        QCOMPARE(window().currentPage(), MainWindow::Access);
        QCOMPARE(child<QComboBox>(accessPage(), "accessFilterData")->currentText(),
                 QStringLiteral("Health records"));
        QCOMPARE(model->rowCount(), 1);
        QCOMPARE(model->at(0).orderHash, paid->orderHash);
        child<QComboBox>(accessPage(), "accessFilterData")->setCurrentIndex(0);
        QCOMPARE(model->rowCount(), 3);

        // Filters: by data, by app, by user.
        auto* data = child<QComboBox>(accessPage(), "accessFilterData");
        auto* app = child<QComboBox>(accessPage(), "accessFilterApp");
        auto* user = child<QComboBox>(accessPage(), "accessFilterUser");
        data->setCurrentIndex(comboIndex(data, QStringLiteral("my-email")));
        QCOMPARE(model->rowCount(), 2);
        data->setCurrentIndex(0);
        app->setCurrentIndex(comboIndex(app, QStringLiteral("Sandbox Web3Mail")));
        QCOMPARE(model->rowCount(), 2);
        app->setCurrentIndex(0);
        user->setCurrentIndex(comboIndex(user, QStringLiteral("Anyone")));
        QCOMPARE(model->rowCount(), 2);
        user->setCurrentIndex(user->findData(QLatin1String(kOtherAccount)));
        QCOMPARE(model->rowCount(), 1);
        QCOMPARE(model->at(0).orderHash, toOther->orderHash);

        // Revoke that one: closed on chain, gone from the list.
        child<QTableView>(accessPage(), "grantsTable")->selectRow(0);
        revokeWith("revokeButton",
                   {QStringLiteral("Revoke the grant of “my-email” for Sandbox apps, to 0x9965")});
        auto* progress = child<QListWidget>(accessPage(), "revokeProgress");
        QCOMPARE(progress->count(), 1);
        QVERIFY(progress->item(0)->text().endsWith(QStringLiteral("revoked")));
        shoot(&window(), QStringLiteral("en-light-access-revoked-one"));
        eth::ContractCaller caller(*rpc_);
        QCOMPARE(caller.call(hub().viewConsumed(toOther->orderHash)), U256(2));
        QVERIFY(waitForAccessList(2));

        // Revoke all of Web3Mail's: both closed on chain, nothing left.
        user->setCurrentIndex(0);
        app->setCurrentIndex(comboIndex(app, QStringLiteral("Sandbox Web3Mail")));
        QCOMPARE(model->rowCount(), 2);
        const auto both = model->shown();
        wallet().lock(); // signing asks for the password again
        revokeWith("revokeAllButton",
                   {QStringLiteral("Revoke 2 grants?"),
                    QStringLiteral("• “my-email” for Sandbox Web3Mail, to anyone"),
                    QStringLiteral("• “Health records” for Sandbox Web3Mail")});
        QCOMPARE(progress->count(), 2);
        for (const auto& g : both)
            QCOMPARE(caller.call(hub().viewConsumed(g.orderHash)), g.order.order.volume);
        QVERIFY(waitForAccessList(0));
        QVERIFY(child<QLabel>(accessPage(), "accessEmpty")->isVisible());
        // The progress card stays: it follows a switch to French and back to English.
        auto* progressTitle =
            child<QLabel>(child<QWidget>(accessPage(), "revokeProgressCard"), "cardTitle");
        QCOMPARE(progressTitle->text(), QStringLiteral("2 grants revoked"));
        session_->state()->setLanguage(QStringLiteral("fr"));
        QCoreApplication::processEvents();
        QCOMPARE(progressTitle->text(), QStringLiteral("2 autorisations révoquées"));
        QVERIFY(progress->item(0)->text().endsWith(QStringLiteral("révoquée")));
        session_->state()->setLanguage(QStringLiteral("en"));
        QCoreApplication::processEvents();
        QCOMPARE(progressTitle->text(), QStringLiteral("2 grants revoked"));
        QVERIFY(progress->item(0)->text().endsWith(QStringLiteral("revoked")));
        // Right after a revoke, the empty list does not say "you have not granted access".
        QVERIFY2(child<QLabel>(accessPage(), "accessEmpty")
                     ->text()
                     .startsWith(QStringLiteral("No grant left")),
                 qPrintable(child<QLabel>(accessPage(), "accessEmpty")->text()));
        iexec::AccessService service(*rpc_, network_->profile());
        QVERIFY(service.list(me()).empty());
    }

    void anAppIsApprovedByAddressAndEdited() {
        try {
            test::waitForSandboxAppOrders(*network_);
        } catch (const Error& e) {
            QFAIL(e.what());
        }
        window().showPage(MainWindow::Apps);
        auto* page = appsPage();
        auto* model = page->approvedModel();
        QTRY_VERIFY_WITH_TIMEOUT(!page->isLoading() && model->rowOf(reader_).has_value(),
                                 kUiSettles);
        const int before = model->rowCount();

        // Remove the Content Reader (confirmed), then approve it again by its address.
        child<QTableView>(page, "approvedAppsTable")->selectRow(*model->rowOf(reader_));
        whenModal([](QWidget* modal) {
            auto* box = qobject_cast<QMessageBox*>(modal);
            QVERIFY(box);
            clickButton(box, QStringLiteral("Remove"));
        });
        QTest::mouseClick(child<QPushButton>(page, "removeAppButton"), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), before - 1, kUiSettles);

        whenModal([&](QWidget* modal) {
            auto* dialog = qobject_cast<AppDialog*>(modal);
            QVERIFY(dialog);
            auto* address = child<QLineEdit>(dialog, "appAddress");
            auto* inspect = child<QPushButton>(dialog, "inspectButton");
            auto* approve = child<QPushButton>(dialog, "approveButton");
            auto* error = child<QLabel>(dialog, "appError");
            // Not an address; an account that is no app; the zero address.
            type(address, QStringLiteral("0xnope"));
            QTest::mouseClick(inspect, Qt::LeftButton);
            QVERIFY(!error->text().isEmpty());
            QVERIFY(!approve->isEnabled());
            for (const QString& bad :
                 {QString::fromLatin1(kOtherAccount), QStringLiteral("0x") + QString(40, '0')}) {
                type(address, bad);
                QTest::mouseClick(inspect, Qt::LeftButton);
                QTRY_VERIFY_WITH_TIMEOUT(inspect->isEnabled() && !error->text().isEmpty(),
                                         kServiceAnswers);
                QVERIFY(!approve->isEnabled());
            }
            // The whitelist: its members listed.
            type(address, QString::fromStdString(whitelist_.toChecksumHex()));
            QTest::mouseClick(inspect, Qt::LeftButton);
            QTRY_VERIFY_WITH_TIMEOUT(dialog->details().has_value(), kServiceAnswers);
            QCOMPARE(dialog->details()->kind, iexec::AppKind::Whitelist);
            QVERIFY(child<QLabel>(dialog, "appDetails")
                        ->text()
                        .contains(QStringLiteral("Sandbox Content Reader")));
            shoot(dialog, QStringLiteral("en-light-app-whitelist"));
            // The app itself: its name and owner from the chain, its TEE framework from its
            // app orders' tag.
            type(address, QString::fromStdString(reader_.toChecksumHex()));
            child<QLineEdit>(dialog, "appName")->clear();
            QTest::mouseClick(inspect, Qt::LeftButton);
            QTRY_VERIFY_WITH_TIMEOUT(dialog->details().has_value(), kServiceAnswers);
            QCOMPARE(dialog->details()->kind, iexec::AppKind::App);
            QCOMPARE(child<QLineEdit>(dialog, "appName")->text(),
                     QStringLiteral("Sandbox Content Reader"));
            QCOMPARE(dialog->details()->tee.source, iexec::TeeSource::AppOrders);
            QVERIFY(child<QLabel>(dialog, "appDetails")
                        ->text()
                        .contains(QStringLiteral("TDX (as its orders on the marketplace say)")));
            // A schema that is not "field: type" is refused; a good one kept.
            type(child<QLineEdit>(dialog, "appSchema"), QStringLiteral("content"));
            QTest::mouseClick(approve, Qt::LeftButton);
            QVERIFY(error->text().contains(QStringLiteral("content")));
            type(child<QLineEdit>(dialog, "appSchema"), QStringLiteral("file: application/pdf"));
            shoot(dialog, QStringLiteral("en-light-app-add"));
            QTest::mouseClick(approve, Qt::LeftButton);
        });
        QTest::mouseClick(child<QPushButton>(page, "addAppButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(model->rowOf(reader_).has_value(), kUiSettles);
        auto back = model->at(*model->rowOf(reader_));
        QVERIFY(!back.preloaded);
        QCOMPARE(back.teeFramework, std::string("TDX"));
        QCOMPARE(back.schema, nlohmann::json({{"file", "application/pdf"}}));

        // Edit its name and schema.
        child<QTableView>(page, "approvedAppsTable")->selectRow(*model->rowOf(reader_));
        whenModal([](QWidget* modal) {
            auto* dialog = qobject_cast<AppDialog*>(modal);
            QVERIFY(dialog && dialog->isEditing());
            type(child<QLineEdit>(dialog, "appName"), QStringLiteral("Reader"));
            type(child<QLineEdit>(dialog, "appSchema"),
                 QStringLiteral("text: string, meta.pages: f64"));
            QTest::mouseClick(child<QPushButton>(dialog, "approveButton"), Qt::LeftButton);
        });
        QTest::mouseClick(child<QPushButton>(page, "editAppButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(model->rowOf(reader_) &&
                                     model->at(*model->rowOf(reader_)).name == "Reader",
                                 kUiSettles);
        QCOMPARE(model->at(*model->rowOf(reader_)).schema,
                 nlohmann::json({{"text", "string"}, {"meta", {{"pages", "f64"}}}}));
        shoot(&window(), QStringLiteral("en-light-apps"));

        // A known app of the profile was never read from the chain: its TEE is unknown until
        // it is read again through Edit; its name and schema are kept.
        const int mail = *model->rowOf(web3mail_);
        QCOMPARE(model->index(mail, ApprovedAppsModel::Tee).data().toString(),
                 QStringLiteral("Not checked yet"));
        QVERIFY(model->index(mail, ApprovedAppsModel::Tee)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains(QStringLiteral("has not read this app")));
        child<QTableView>(page, "approvedAppsTable")->selectRow(mail);
        whenModal([](QWidget* modal) {
            auto* dialog = qobject_cast<AppDialog*>(modal);
            QVERIFY(dialog && dialog->isEditing());
            QVERIFY(child<QLabel>(dialog, "appDetails")
                        ->text()
                        .contains(QStringLiteral("network profile")));
            QTest::mouseClick(child<QPushButton>(dialog, "inspectButton"), Qt::LeftButton);
            QTRY_VERIFY_WITH_TIMEOUT(dialog->details().has_value(), kServiceAnswers);
            QVERIFY(child<QLabel>(dialog, "appDetails")->text().contains(QStringLiteral("TDX")));
            shoot(dialog, QStringLiteral("en-light-app-edit"));
            QTest::mouseClick(child<QPushButton>(dialog, "approveButton"), Qt::LeftButton);
        });
        QTest::mouseClick(child<QPushButton>(page, "editAppButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(model->rowOf(web3mail_) &&
                                     model->at(*model->rowOf(web3mail_)).teeFramework ==
                                         std::string("TDX"),
                                 kUiSettles);
        QCOMPARE(model->at(*model->rowOf(web3mail_)).name, std::string("Sandbox Web3Mail"));
        QCOMPARE(model->at(*model->rowOf(web3mail_)).schema, nlohmann::json({{"email", "string"}}));
    }

    void anAppWithNoOrderRunsWhereNobodyCanTell() {
        // An app registered as apps are on Arbitrum (no MREnclave) whose owner published no
        // app order: nothing says it runs in a TEE, and the app says so rather than guess.
        Address silent;
        try {
            eth::ContractCaller caller(*rpc_);
            silent = test::registerTestApp(*rpc_, caller.call(hub().appRegistry()),
                                           Address::fromHex(kOtherAccount), "Silent app");
        } catch (const Error& e) {
            QFAIL(e.what());
        }
        window().showPage(MainWindow::Apps);
        auto* page = appsPage();
        auto* model = page->approvedModel();
        QTRY_VERIFY_WITH_TIMEOUT(!page->isLoading(), kUiSettles);
        whenModal([&](QWidget* modal) {
            auto* dialog = qobject_cast<AppDialog*>(modal);
            QVERIFY(dialog);
            type(child<QLineEdit>(dialog, "appAddress"),
                 QString::fromStdString(silent.toChecksumHex()));
            QTest::mouseClick(child<QPushButton>(dialog, "inspectButton"), Qt::LeftButton);
            QTRY_VERIFY_WITH_TIMEOUT(dialog->details().has_value(), kServiceAnswers);
            QCOMPARE(dialog->details()->tee.source, iexec::TeeSource::NoOrder);
            QVERIFY(child<QLabel>(dialog, "appDetails")
                        ->text()
                        .contains(QStringLiteral("unknown: the app is on no order")));
            shoot(dialog, QStringLiteral("en-light-app-no-order"));
            QTest::mouseClick(child<QPushButton>(dialog, "approveButton"), Qt::LeftButton);
        });
        QTest::mouseClick(child<QPushButton>(page, "addAppButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(model->rowOf(silent).has_value(), kUiSettles);
        const auto row = *model->rowOf(silent);
        QVERIFY(!model->at(row).teeKnown);
        QCOMPARE(model->index(row, ApprovedAppsModel::Tee).data().toString(),
                 QStringLiteral("Unknown"));
        QVERIFY(model->index(row, ApprovedAppsModel::Tee)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains(QStringLiteral("the marketplace showed no order")));
    }

    void transferNamesTheNewOwner() {
        window().showPage(MainWindow::ProtectedData);
        auto* page = dataPage();
        QTRY_VERIFY_WITH_TIMEOUT(!page->isLoading(), kChainRead);
        QVERIFY(selectData(notes_));
        // A bad address first: refused with the reason, nothing sent.
        whenModal([](QWidget* modal) {
            auto* ask = qobject_cast<QInputDialog*>(modal);
            QVERIFY(ask);
            ask->setTextValue(QStringLiteral("0x") + QString(40, QLatin1Char('0')));
            whenModal([](QWidget* next) {
                auto* box = qobject_cast<QMessageBox*>(next);
                QVERIFY(box);
                QVERIFY(box->text().contains(QStringLiteral("zero address")));
                box->accept();
            });
            ask->accept();
        });
        QTest::mouseClick(child<QPushButton>(page, "transferDataButton"), Qt::LeftButton);
        QCOMPARE(page->model()->all().size(), std::size_t(3));

        QString confirmation;
        whenModal([&confirmation](QWidget* modal) {
            auto* ask = qobject_cast<QInputDialog*>(modal);
            QVERIFY(ask);
            shoot(ask, QStringLiteral("en-light-transfer-ask"));
            ask->setTextValue(QLatin1String(kOtherAccount));
            whenModal([&confirmation](QWidget* next) {
                auto* box = qobject_cast<QMessageBox*>(next);
                QVERIFY(box);
                confirmation = box->text() + box->informativeText();
                shoot(box, QStringLiteral("en-light-transfer-confirm"));
                clickButton(box, QStringLiteral("Transfer"));
            });
            ask->accept();
        });
        QTest::mouseClick(child<QPushButton>(page, "transferDataButton"), Qt::LeftButton);
        QVERIFY(confirmation.contains(QLatin1String(kOtherAccount)));
        QTRY_VERIFY_WITH_TIMEOUT(page->model()->all().size() == 2 && !page->isLoading(),
                                 kLongChainWork);
        QVERIFY(!page->model()->rowOf(notes_));
        iexec::DatasetCatalog catalog(*rpc_, network_->profile(),
                                      session_->state()->paths().databaseFile());
        QCOMPARE(catalog.read(notes_).owner, Address::fromHex(kOtherAccount));
    }

    // A page on screen follows the chain: what is made elsewhere (here straight through the
    // core, as the command line or another computer would) shows without a click on Refresh,
    // and what the user selected stays selected.
    void pagesOnScreenFollowNewBlocks() {
        auto* monitor = window().findChild<ChainMonitor*>();
        QVERIFY(monitor);
        auto* dataFollower = window().findChild<BlockFollower*>("protectedDataFollower");
        auto* accessFollower = window().findChild<BlockFollower*>("accessFollower");
        QVERIFY(dataFollower && accessFollower);
        if (!wallet().isUnlocked())
            wallet().adoptSigner(wallet().store()->unlock(wallet().current()->address, kPassword));
        QVERIFY(wallet().isUnlocked());
        const Bytes somewhere = iexec::p2pMultiaddr(
            network_->services().ipfs().add(asBytes(std::string("made elsewhere"))).cid);

        window().showPage(MainWindow::ProtectedData);
        auto* page = dataPage();
        QTRY_VERIFY_WITH_TIMEOUT(!page->isLoading(), kChainRead);
        QVERIFY(selectData(email_));
        const int followedData = dataFollower->followed();
        const Address made =
            protect("made elsewhere", "{\"text\":\"string\"}", somewhere, Hash32{});
        monitor->checkNow();
        QTRY_VERIFY_WITH_TIMEOUT(page->model()->rowOf(made).has_value(), kChainRead);
        QVERIFY(dataFollower->followed() > followedData);
        QCOMPARE(page->selected(), std::optional<Address>(email_));
        const auto rows = child<QTableView>(page, "dataTable")->selectionModel()->selectedRows();
        QCOMPARE(rows.size(), 1);
        QCOMPARE(page->model()->at(rows.first().row()).address, email_);

        // The grants: two published elsewhere show with the next block; one revoked elsewhere
        // goes, the other stays selected.
        window().showPage(MainWindow::Access);
        QVERIFY(waitForAccessList(0));
        accessFollower->setMinimumGap(std::chrono::milliseconds(0));
        iexec::AccessService service(*rpc_, network_->profile());
        const auto grantTo = [&](const Address& app) {
            iexec::GrantRequest r;
            r.dataset = email_;
            r.app = app;
            r.volume = U256(4);
            return service.grant(service.prepare(me(), r), *wallet().signer());
        };
        const auto kept = grantTo(web3mail_);
        const auto gone = grantTo(whitelist_);
        QVERIFY(accessPage()->model()->all().empty()); // no block yet: nothing read
        (void)protect("a block", "{\"text\":\"string\"}", somewhere, Hash32{});
        monitor->checkNow();
        QTRY_VERIFY_WITH_TIMEOUT(accessPage()->model()->all().size() == 2, kChainRead);
        auto* table = child<QTableView>(accessPage(), "grantsTable");
        const auto rowOf = [&](const Hash32& order) {
            for (int row = 0; row < accessPage()->model()->rowCount(); ++row)
                if (accessPage()->model()->at(row).orderHash == order)
                    return row;
            return -1;
        };
        QVERIFY(rowOf(kept.orderHash) >= 0);
        table->selectRow(rowOf(kept.orderHash));
        service.revoke({gone}, wallet().chain()->transactions(), *wallet().signer());
        monitor->checkNow();
        QTRY_VERIFY_WITH_TIMEOUT(accessPage()->model()->all().size() == 1, kChainRead);
        const auto selected = table->selectionModel()->selectedRows();
        QCOMPARE(selected.size(), 1);
        QCOMPARE(accessPage()->model()->at(selected.first().row()).orderHash, kept.orderHash);
        QVERIFY(child<QPushButton>(accessPage(), "revokeButton")->isEnabled());

        // Back as it was for what follows.
        service.revoke({kept}, wallet().chain()->transactions(), *wallet().signer());
        monitor->checkNow();
        QTRY_VERIFY_WITH_TIMEOUT(accessPage()->model()->all().empty(), kChainRead);
        accessFollower->setMinimumGap(std::chrono::seconds(15));
    }

    void everyPageAndDialogInBothThemesAndLanguages() {
        // English and light again whatever happens below: the next tests press English buttons.
        struct Restore {
            SettingsModel* state;
            ~Restore() {
                state->setLanguage(QStringLiteral("en"));
                state->setTheme(QStringLiteral("light"));
                QCoreApplication::processEvents();
            }
        } restore{session_->state()};
        // A live grant, so that the Access page shows one.
        {
            iexec::AccessService service(*rpc_, network_->profile());
            iexec::GrantRequest r;
            r.dataset = email_;
            r.app = whitelist_;
            r.volume = U256(3);
            r.price = U256(250000000);
            service.grant(service.prepare(me(), r), *wallet().signer());
        }
        if (auto* hide = child<QPushButton>(accessPage(), "revokeProgressHide"))
            hide->click();
        for (const auto& language : {QStringLiteral("en"), QStringLiteral("fr")}) {
            for (const auto& theme : {QStringLiteral("light"), QStringLiteral("dark")}) {
                session_->state()->setLanguage(language);
                session_->state()->setTheme(theme);
                QCoreApplication::processEvents();
                const QString prefix = language + QLatin1Char('-') + theme;
                window().showPage(MainWindow::ProtectedData);
                QTRY_VERIFY_WITH_TIMEOUT(!dataPage()->isLoading(), kChainRead);
                QVERIFY(selectData(email_));
                shoot(&window(), prefix + QStringLiteral("-data-page"));
                // Every column of the list in view (the state too), the detail pane uncut.
                auto* dataTable = child<QTableView>(dataPage(), "dataTable");
                sr::test::verifyFitsDefaultAndMinimum(&window(), QSize(1180, 760),
                                                      prefix + QStringLiteral("-fit-data-page"));
                if (QTest::currentTestFailed())
                    return;
                QVERIFY(!dataTable->isColumnHidden(ProtectedDataModel::State));
                QVERIFY(dataTable->columnViewportPosition(ProtectedDataModel::State) +
                            dataTable->columnWidth(ProtectedDataModel::State) <=
                        dataTable->viewport()->width());
                window().showPage(MainWindow::Access);
                QTRY_VERIFY_WITH_TIMEOUT(!accessPage()->isLoading(), kChainRead);
                shoot(&window(), prefix + QStringLiteral("-access-page"));
                sr::test::verifyFitsDefaultAndMinimum(&window(), QSize(1180, 760),
                                                      prefix + QStringLiteral("-fit-access-page"));
                if (QTest::currentTestFailed())
                    return;
                // One grant shown: said as French says it; its price in the language's notation.
                const bool french = language == QLatin1String("fr");
                QCOMPARE(child<QPushButton>(accessPage(), "revokeAllButton")->text(),
                         french ? QStringLiteral("Révoquer l’autorisation affichée")
                                : QStringLiteral("Revoke the 1 shown"));
                QCOMPARE(accessPage()->model()->index(0, GrantsModel::Price).data().toString(),
                         french ? QStringLiteral("0,25 RLC") : QStringLiteral("0.25 RLC"));
                window().showPage(MainWindow::Apps);
                QTRY_VERIFY_WITH_TIMEOUT(!appsPage()->isLoading(), kChainRead);
                shoot(&window(), prefix + QStringLiteral("-apps-page"));
                sr::test::verifyFitsDefaultAndMinimum(&window(), QSize(1180, 760),
                                                      prefix + QStringLiteral("-fit-apps-page"));
                if (QTest::currentTestFailed())
                    return;

                GrantDialog grant(*session_->state(), wallet(), email_, &window());
                grant.show();
                QVERIFY(QTest::qWaitForWindowExposed(&grant));
                QTRY_VERIFY_WITH_TIMEOUT(grant.isReady(), kChainRead);
                auto* apps = child<QComboBox>(&grant, "grantApp");
                apps->setCurrentIndex(comboIndex(apps, QStringLiteral("Sandbox Web3Telegram")));
                shoot(&grant, prefix + QStringLiteral("-grant-form"));
                type(child<QLineEdit>(&grant, "grantVolume"), QStringLiteral("5"));
                apps->setCurrentIndex(comboIndex(apps, QStringLiteral("Sandbox Web3Mail")));
                QTest::mouseClick(child<QPushButton>(&grant, "grantReviewButton"), Qt::LeftButton);
                QTRY_COMPARE_WITH_TIMEOUT(grant.step(), 1, kChainRead);
                shoot(&grant, prefix + QStringLiteral("-grant-review"));
                // Where the app runs, in words; the protocol's terms only on hover.
                auto* details = child<QLabel>(&grant, "grantDetails");
                QVERIFY(!details->text().contains(QStringLiteral("TEE")));
                QVERIFY(details->toolTip().contains(QStringLiteral("TEE")));
                if (!french)
                    QVERIFY2(details->text().contains(QStringLiteral(
                                 "Where the app may run: only in a confidential computer")),
                             qPrintable(details->text()));
                sr::test::verifyNothingClipped(&grant, prefix + QStringLiteral(" grant review"));
                grant.reject();

                AppDialog add(*session_->state(), wallet(), &window());
                add.show();
                QVERIFY(QTest::qWaitForWindowExposed(&add));
                type(child<QLineEdit>(&add, "appAddress"),
                     QString::fromStdString(web3mail_.toChecksumHex()));
                QTest::mouseClick(child<QPushButton>(&add, "inspectButton"), Qt::LeftButton);
                QTRY_VERIFY_WITH_TIMEOUT(add.details().has_value(), kServiceAnswers);
                shoot(&add, prefix + QStringLiteral("-app-add"));
                add.reject();
            }
        }
        session_->state()->setLanguage(QStringLiteral("en"));
        session_->state()->setTheme(QStringLiteral("light"));
        QCoreApplication::processEvents();
    }

    void aRevokeThatFailsLeavesTheGrantLive() {
        window().showPage(MainWindow::Access);
        QVERIFY(waitForAccessList(1));
        const auto live = accessPage()->model()->at(0);
        // No ETH left for the fee: the revoke can't be sent, and says so.
        const std::string balance =
            rpc_->send("eth_getBalance", {me().toChecksumHex(), "latest"}).get<std::string>();
        rpc_->send("anvil_setBalance", {me().toChecksumHex(), "0x0"});
        child<QTableView>(accessPage(), "grantsTable")->selectRow(0);
        QSignalSpy finished(accessPage(), &AccessPage::revokeFinished);
        revokeWith("revokeButton");
        rpc_->send("anvil_setBalance", {me().toChecksumHex(), balance});
        QCOMPARE(finished.size(), 1);
        QCOMPARE(finished[0][0].toBool(), false);
        auto* progress = child<QListWidget>(accessPage(), "revokeProgress");
        QCOMPARE(progress->count(), 1);
        QVERIFY2(progress->item(0)->text().endsWith(QStringLiteral("failed: still granted")),
                 qPrintable(progress->item(0)->text()));
        const QString error = child<QLabel>(accessPage(), "revokeError")->text();
        QVERIFY2(error.contains(QStringLiteral("0 of 1")), qPrintable(error));
        shoot(&window(), QStringLiteral("en-light-access-revoke-failed"));
        // Nothing half-done: still open on chain, still on the market, still listed.
        eth::ContractCaller caller(*rpc_);
        QCOMPARE(caller.call(hub().viewConsumed(live.orderHash)), U256(0));
        QVERIFY(waitForAccessList(1));
        QCOMPARE(accessPage()->model()->at(0).orderHash, live.orderHash);
    }

    // Last: the market stays down for the rest of the session.
    void aMarketThatIsDownIsSaidAndNothingIsPublished() {
        network_->services().market().stop();
        window().showPage(MainWindow::Access);
        waitForAccessListToFail();
        shoot(&window(), QStringLiteral("en-light-access-market-down"));

        std::optional<iexec::GrantedAccess> granted;
        QString error;
        whenModal([&](QWidget* modal) {
            auto* dialog = qobject_cast<GrantDialog*>(modal);
            QVERIFY(dialog);
            granted = fillAndGrant(dialog, QStringLiteral("Sandbox Web3Mail"), {},
                                   QStringLiteral("0"), QStringLiteral("1"), {});
            error = child<QLabel>(dialog, "grantFormError")->text();
            QCOMPARE(dialog->step(), 0);
            shoot(dialog, QStringLiteral("en-light-grant-market-down"));
            dialog->reject();
        });
        QTest::mouseClick(child<QPushButton>(accessPage(), "accessGrantButton"), Qt::LeftButton);
        QVERIFY(!granted);
        QVERIFY2(!error.isEmpty(), qPrintable(error));
    }

private:
    void waitForAccessListToFail() {
        accessPage()->refresh();
        QTRY_VERIFY_WITH_TIMEOUT(!accessPage()->isLoading(), kLongChainWork);
        const QString status = child<QLabel>(accessPage(), "accessStatus")->text();
        QVERIFY2(status.startsWith(QStringLiteral("Could not read your grants")),
                 qPrintable(status));
    }
};

QTEST_MAIN(AccessGuiTest)
#include "tst_access.moc"
