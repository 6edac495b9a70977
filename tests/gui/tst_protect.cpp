// Protecting data from the GUI as a user does, offscreen, on a real sandbox (anvil with PoCo
// and the DataProtector contract, the sandbox's own IPFS node and SMS, our implementations of
// those protocols, not iExec's services): a wallet created and given test funds, a REAL drop
// (QDragEnterEvent + QDropEvent carrying QMimeData URLs of a file and a folder) on the
// Protected data page, the protect dialog run to the end, and the result
// checked where it lives: on chain (owner, name, multiaddr, checksum, the DatasetSchema
// event), on IPFS (the content hashes to the checksum) and in the SMS (the key). Then the
// faults: the IPFS node unreachable (a network profile pointing at a closed port, as the CLI
// test does) ends in a failure that is cancelled cleanly before the chain, or resumed from
// the list once the network is right again; a cancel refused once the transaction left.
// Screenshots of the page, the dialog's steps and the list, light and dark, EN and FR.
#include "FaultyHttpServer.h"
#include "GuiSession.h"
#include "GuiTestSupport.h"
#include "MainWindow.h"
#include "PublishedSandbox.h"
#include "Timeouts.h"
#include "crypto/Sha256.h"
#include "data/ProtectedDataModel.h"
#include "data/ProtectedDataPage.h"
#include "eth/ContractCaller.h"
#include "eth/Hex.h"
#include "eth/JsonRpcClient.h"
#include "eth/Receipt.h"
#include "eth/TransactionManager.h"
#include "iexec/DataProtectorContract.h"
#include "iexec/DatasetCipher.h"
#include "iexec/DatasetView.h"
#include "iexec/Multiaddr.h"
#include "iexec/ProtectJournal.h"
#include "iexec/ProtectPipeline.h"
#include "protect/DropZone.h"
#include "protect/PasswordPrompt.h"
#include "protect/ProtectController.h"
#include "protect/ProtectDialog.h"
#include "protect/ProtectOperationsModel.h"
#include "protect/ProtectPanel.h"
#include "sandbox/SandboxNetwork.h"
#include "session/Session.h"
#include "settings/SettingsModel.h"
#include "store/AppSettings.h"
#include "store/PendingTransactions.h"
#include "util/Paths.h"
#include "wallet/PasswordDialog.h"
#include "wallet/WalletPage.h"
#include "wallet/WalletSession.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFileSystemModel>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTreeWidget>
#include <QtTest>
#include <filesystem>
#include <fstream>
#include <unistd.h>

using namespace sr::test::timeouts;

using namespace sr;
using namespace sr::ui;
namespace fs = std::filesystem;
using Phase = ProtectDialog::Phase;

namespace {

using sr::test::child;
using sr::test::screenshotDir;
using sr::test::shoot;
using sr::test::type;

const char kPassword[] = "correct horse battery staple";

void writeFile(const fs::path& path, const std::string& content) {
    fs::create_directories(path.parent_path());
    std::ofstream(path, std::ios::binary) << content;
}

// Answers the next password prompts (the protect dialog itself is window-modal, so only a
// password dialog is answered) with `passwords` in turn: each one after the previous was
// refused. The prompt's error for each refused one goes to `errors`.
void answerPasswords(const QStringList& passwords, std::shared_ptr<QStringList> errors = {},
                     const QString& shot = {}) {
    auto* timer = new QTimer(qApp);
    timer->setInterval(20);
    auto next = std::make_shared<int>(0);
    QObject::connect(timer, &QTimer::timeout, timer, [=] {
        auto* prompt = qobject_cast<PasswordDialog*>(QApplication::activeModalWidget());
        if (!prompt)
            return;
        auto* ok = prompt->findChild<QPushButton*>(QStringLiteral("passwordConfirm"));
        auto* error = prompt->findChild<QLabel*>(QStringLiteral("passwordStatus"));
        if (!ok->isEnabled())
            return; // checking the previous one
        if (*next > 0) {
            if (error->text().isEmpty())
                return;
            if (errors)
                *errors << error->text();
        }
        if (!shot.isEmpty() && *next == passwords.size() - 1)
            shoot(prompt, shot);
        prompt->findChild<QLineEdit*>(QStringLiteral("passwordField"))->setText(passwords[*next]);
        error->clear();
        ok->click();
        if (++*next == passwords.size()) {
            timer->stop();
            timer->deleteLater();
        }
    });
    timer->start();
}

// Drags local URLs onto `target` and drops them, as a file manager does.
bool dropUrls(QWidget* target, const QList<QUrl>& urls) {
    QMimeData mime;
    mime.setUrls(urls);
    QDragEnterEvent enter(QPoint(20, 20), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(target, &enter);
    if (!enter.isAccepted())
        return false;
    QDropEvent drop(QPointF(20, 20), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(target, &drop);
    return drop.isAccepted();
}

} // namespace

class ProtectTest : public QObject {
    Q_OBJECT
    QTemporaryDir dir_;
    fs::path root_;
    fs::path data_;
    std::unique_ptr<test::PublishedSandbox> sandbox_;
    sandbox::SandboxNetwork* network_ = nullptr;
    std::unique_ptr<GuiSession> session_;
    std::unique_ptr<eth::JsonRpcClient> rpc_;
    eth::Address owner_;
    std::vector<std::unique_ptr<QAbstractItemModelTester>> testers_;

    MainWindow& window() { return *session_->window(); }
    WalletSession& wallet() { return *session_->wallet(); }
    ProtectPanel* page() { return window().protectedDataPage()->findChild<ProtectPanel*>(); }

    iexec::ProtectOperation journaled(std::int64_t id) {
        iexec::ProtectJournal journal(resolveAppPaths(data_).databaseFile());
        const auto op = journal.find(id);
        if (!op)
            qFatal("no protect operation %lld", static_cast<long long>(id));
        return *op;
    }

    // The account's journaled transactions, for a failure message.
    QString journalDump() {
        PendingTransactions journal(resolveAppPaths(data_).databaseFile());
        PendingTransactions::HistoryQuery query;
        query.account = owner_;
        query.limit = 20;
        QString out;
        for (const auto& r : journal.history(query))
            out += QStringLiteral("\n  #%1 nonce %2 %3 %4 %5 %6")
                       .arg(r.id)
                       .arg(r.nonce)
                       .arg(QString::fromStdString(std::string(txStatusName(r.status))),
                            QString::fromStdString(eth::toHex(r.hash)),
                            QString::fromStdString(r.label), QString::fromStdString(r.error));
        eth::JsonRpcClient rpc(network_->profile().rpcUrls);
        const auto latest = rpc.blockNumber();
        for (std::uint64_t b = latest > 6 ? latest - 6 : 0; b <= latest; ++b) {
            const auto block = rpc.call("eth_getBlockByNumber",
                                        nlohmann::json::array({eth::U256(b).toHex(), true}));
            for (const auto& tx : block["transactions"])
                out += QStringLiteral("\n  block %1: %2 from %3 nonce %4")
                           .arg(b)
                           .arg(QString::fromStdString(tx["hash"].get<std::string>()),
                                QString::fromStdString(tx["from"].get<std::string>()),
                                QString::fromStdString(tx["nonce"].get<std::string>()));
        }
        return out;
    }

    // Drops `urls` on the page's drop zone; returns the dialog once it shows the review.
    ProtectDialog* dropAndReview(const QList<QUrl>& urls) {
        window().showPage(MainWindow::ProtectedData);
        // A dialog closed just before is deleted later: wait for it to be gone.
        for (int i = 0; i < 250 && page()->findChild<ProtectDialog*>(); ++i)
            QTest::qWait(20);
        if (!dropUrls(page()->dropZone(), urls))
            return nullptr;
        auto* dialog = page()->findChild<ProtectDialog*>();
        if (dialog && !QTest::qWaitFor([dialog] { return dialog->phase() != Phase::Reading; },
                                       kServiceAnswers))
            return nullptr;
        return dialog;
    }

    // Clicks Protect (the password is answered) and waits until the run ends one way or another.
    void protectAndWait(ProtectDialog* dialog, const QString& shotPrefix = {}) {
        answerPasswords({QLatin1String(kPassword)});
        QTest::mouseClick(child<QPushButton>(dialog, "protectButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(dialog->operationId() != 0, kLongChainWork);
        if (!shotPrefix.isEmpty())
            shoot(dialog, shotPrefix + QStringLiteral("-running"));
        QTRY_VERIFY_WITH_TIMEOUT(dialog->phase() != Phase::Running, kPipelineEnds);
    }

    // Everything a finished protect promised, checked where it lives.
    void verifyProtected(const iexec::ProtectOperation& op, const std::string& name) {
        QVERIFY2(op.state == iexec::ProtectState::Done,
                 op.failure ? op.failure->message.c_str() : "not done");
        QVERIFY(op.dataset.has_value());
        eth::ContractCaller caller(*rpc_);
        const iexec::DatasetInfo info = iexec::DatasetView(*op.dataset).read(caller);
        QCOMPARE(info.owner, owner_);
        QCOMPARE(info.name, name);
        QCOMPARE(iexec::cidFromP2pMultiaddr(info.multiaddr).toString(), op.cid);
        QCOMPARE(info.checksum, *op.checksum);
        const nlohmann::json receipt =
            rpc_->call("eth_getTransactionReceipt", {eth::toHex(*op.txHash)});
        const iexec::DataProtectorContract contract(
            eth::Address::fromHex(network_->profile().dataProtector));
        const auto created = contract.createdDataset(eth::Receipt::fromJson(receipt));
        QVERIFY(created.has_value());
        QCOMPARE(created->dataset, *op.dataset);
        QCOMPARE(created->schema, op.schema);
        auto reader = network_->services().ipfs().open(iexec::Cid::parse(op.cid));
        crypto::Sha256 sha;
        std::vector<char> buffer(1 << 16);
        while (const std::size_t n = reader->read(buffer.data(), buffer.size()))
            sha.update(ByteView(reinterpret_cast<const std::uint8_t*>(buffer.data()), n));
        QCOMPARE(sha.finalize(), *op.checksum);
        QVERIFY(network_->services().sms().hasDatasetSecret(*op.dataset));
        QVERIFY(op.sealedKey.empty()); // the SMS holds it: no copy left here
    }

    void useNetwork(const std::string& name, const std::string& ipfsNode) {
        NetworkProfile p = network_->profile();
        p.name = name;
        p.displayName = "Sandbox (test " + name + ")";
        p.ipfsNode = ipfsNode;
        QCOMPARE(session_->state()->saveNetwork(p), QString());
        session_->state()->setActiveNetwork(QString::fromStdString(name));
        QCOMPARE(wallet().chain()->profile().ipfsNode, ipfsNode);
    }

private slots:
    void initTestCase() {
        QVERIFY(dir_.isValid());
        root_ = dir_.path().toStdString();
        data_ = root_ / "data";
        sandbox_ = std::make_unique<test::PublishedSandbox>(data_);
        network_ = &sandbox_->network();
        rpc_ = std::make_unique<eth::JsonRpcClient>(network_->profile().rpcUrls);
        session_ = std::make_unique<GuiSession>(*qApp, data_, false);
        QVERIFY(session_->ready());
        session_->state()->setActiveNetwork(QStringLiteral("sandbox"));
        window().show();
        QVERIFY(QTest::qWaitForWindowExposed(&window()));
        // The two lists that follow the protect operations watched by Qt's model checker
        // through every test below (a broken insert, remove or reset fails the test running).
        for (QAbstractItemModel* model :
             {static_cast<QAbstractItemModel*>(page()->operations()),
              static_cast<QAbstractItemModel*>(window().protectedDataPage()->model())})
            testers_.push_back(std::make_unique<QAbstractItemModelTester>(
                model, QAbstractItemModelTester::FailureReportingMode::QtTest));
    }

    void cleanupTestCase() {
        testers_.clear();
        if (session_)
            session_->state()->waitForWrites();
        session_.reset();
        sandbox_.reset();
    }

    // A test that failed halfway leaves no dialog, paused chain or test network to the next.
    void cleanup() {
        if (!QTest::currentTestFailed() || !session_)
            return;
        rpc_->send("evm_setAutomine", {true});
        for (auto* dialog : window().findChildren<ProtectDialog*>())
            delete dialog;
        session_->state()->setActiveNetwork(QStringLiteral("sandbox"));
    }

    void createWalletAndGetTestFunds() {
        // The wallet wizard is tested in tst_wallet; here the same store makes the wallet.
        const auto created = wallet().store()->createHdWallet(kPassword);
        owner_ = created.account.address;
        bool listed = false;
        wallet().reload(Completion<>(&window(), [&listed] { listed = true; }));
        QTRY_VERIFY_WITH_TIMEOUT(listed, kServiceAnswers);
        wallet().setCurrent(owner_);
        QCOMPARE(wallet().current()->address, owner_);
        auto* walletPage = window().walletPage();
        QTRY_VERIFY_WITH_TIMEOUT(walletPage->balances().has_value(), kServiceAnswers);
        // As a user would: on the Wallet page, once the button is there.
        window().showPage(MainWindow::Wallet);
        QTRY_VERIFY_WITH_TIMEOUT(child<QPushButton>(walletPage, "faucetButton")->isVisible(),
                                 kServiceAnswers);
        QTest::mouseClick(child<QPushButton>(walletPage, "faucetButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(walletPage->balances() && !walletPage->balances()->eth.isZero(),
                                 kChainRead);
    }

    void dropAFileAndAFolderThenProtect() {
        writeFile(root_ / "records" / "scan.pdf",
                  "%PDF-1.7\nnot really a pdf, but its magic bytes say so");
        writeFile(root_ / "records" / "nested" / "notes.txt", "plain text");
        writeFile(root_ / "records" / "empty.bin", "");
        writeFile(root_ / "Tax return 2024.csv", "year,amount\n2024,12\n");
        window().showPage(MainWindow::ProtectedData);
        // Nothing protected yet: the large drop zone, no empty list of operations.
        QVERIFY(!page()->dropZone()->isCompact());
        QVERIFY(!child<QWidget>(page(), "operationsCard")->isVisible());
        shoot(&window(), QStringLiteral("en-light-protect-page"));

        // Anything but local files is refused at the door.
        QMimeData web;
        web.setUrls({QUrl(QStringLiteral("https://example.org/a.pdf"))});
        QDragEnterEvent refused(QPoint(20, 20), Qt::CopyAction, &web, Qt::LeftButton,
                                Qt::NoModifier);
        QCoreApplication::sendEvent(page()->dropZone(), &refused);
        QVERIFY(!refused.isAccepted());

        ProtectDialog* dialog = dropAndReview(
            {QUrl::fromLocalFile(QString::fromStdString((root_ / "records").string())),
             QUrl::fromLocalFile(
                 QString::fromStdString((root_ / "Tax return 2024.csv").string()))});
        QVERIFY(dialog);
        QCOMPARE(dialog->phase(), Phase::Review);
        auto* name = child<QLineEdit>(dialog, "protectName");
        QCOMPARE(name->text(), QStringLiteral("2 items"));
        // The fields: names sanitised, the folder nested, types by magic bytes, sizes.
        auto* tree = child<QTreeWidget>(dialog, "protectFields");
        QCOMPARE(tree->topLevelItemCount(), 2);
        QCOMPARE(tree->topLevelItem(0)->text(0), QStringLiteral("records"));
        QCOMPARE(tree->topLevelItem(1)->text(0), QStringLiteral("Tax_return_2024_csv"));
        QTreeWidgetItem* records = tree->topLevelItem(0);
        QStringList keys;
        for (int i = 0; i < records->childCount(); ++i)
            keys << records->child(i)->text(0) + QLatin1Char('=') + records->child(i)->text(1);
        QVERIFY2(keys.contains(QStringLiteral("scan_pdf=application/pdf")),
                 qPrintable(keys.join(QLatin1Char(' '))));
        // CSV and text have no type of their own in DataProtector's schema: the dialog says so
        // (beside the type, and on hover) rather than leave "octet-stream" unexplained.
        QCOMPARE(tree->topLevelItem(1)->text(1), QStringLiteral("application/octet-stream"));
        QVERIFY(tree->topLevelItem(1)->toolTip(1).contains(QStringLiteral("no text or CSV type")));
        QVERIFY(child<QLabel>(dialog, "binaryTypeNote")->isVisible());
        // The privacy summary names what becomes public; the schema is shown as is.
        type(name, QStringLiteral("Medical records"));
        const QString privacy = child<QLabel>(dialog, "privacySummary")->text();
        QVERIFY(privacy.contains(QStringLiteral("Medical records")));
        QVERIFY(privacy.contains(QStringLiteral("Public")));
        const auto schema = nlohmann::json::parse(
            child<QPlainTextEdit>(dialog, "schemaView")->toPlainText().toStdString());
        QCOMPARE(schema.at("records").at("scan_pdf").get<std::string>(),
                 std::string("application/pdf"));
        // Typed fields next to the files: a bad email refused, then an email, a number and
        // a yes/no, each shown in the tree and the schema.
        auto* fieldType = child<QComboBox>(dialog, "fieldType");
        auto* addField = child<QPushButton>(dialog, "addFieldButton");
        // Each input of the "Add field" row has a caption, tied to it.
        for (auto [label, input] :
             {std::pair{"fieldTypeLabel", "fieldType"}, std::pair{"fieldKeyLabel", "fieldKey"},
              std::pair{"fieldValueLabel", "fieldValue"}}) {
            auto* caption = child<QLabel>(dialog, label);
            QVERIFY(caption->isVisible());
            QVERIFY(!caption->text().isEmpty());
            QCOMPARE(caption->buddy(), child<QWidget>(dialog, input));
        }
        fieldType->setCurrentIndex(0); // email
        QCOMPARE(child<QLineEdit>(dialog, "fieldKey")->text(), QStringLiteral("email"));
        type(child<QLineEdit>(dialog, "fieldValue"), QStringLiteral("not-an-email"));
        QTest::mouseClick(addField, Qt::LeftButton);
        QVERIFY(!child<QLabel>(dialog, "fieldError")->text().isEmpty());
        type(child<QLineEdit>(dialog, "fieldValue"), QStringLiteral("alice@example.org"));
        QTest::mouseClick(addField, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(dialog->phase(), Phase::Review, kServiceAnswers);
        fieldType->setCurrentIndex(3); // number
        type(child<QLineEdit>(dialog, "fieldKey"), QStringLiteral("age"));
        type(child<QLineEdit>(dialog, "fieldValue"), QStringLiteral("42,5"));
        QTest::mouseClick(addField, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(dialog->phase(), Phase::Review, kServiceAnswers);
        fieldType->setCurrentIndex(4); // yes or no
        type(child<QLineEdit>(dialog, "fieldKey"), QStringLiteral("consent"));
        child<QCheckBox>(dialog, "fieldBool")->setChecked(true);
        QTest::mouseClick(addField, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(dialog->phase(), Phase::Review, kServiceAnswers);
        QTRY_COMPARE_WITH_TIMEOUT(tree->topLevelItemCount(), 5, kServiceAnswers);
        const auto typed = nlohmann::json::parse(
            child<QPlainTextEdit>(dialog, "schemaView")->toPlainText().toStdString());
        QCOMPARE(typed.at("email").get<std::string>(), std::string("string"));
        QCOMPARE(typed.at("age").get<std::string>(), std::string("f64"));
        QCOMPARE(typed.at("consent").get<std::string>(), std::string("bool"));
        shoot(dialog, QStringLiteral("en-light-protect-review-typed-fields"));
        // What stays private counts the added fields too.
        QVERIFY2(child<QLabel>(dialog, "privateSummary")
                     ->text()
                     .contains(QStringLiteral("the fields you added: email, age, consent")),
                 qPrintable(child<QLabel>(dialog, "privateSummary")->text()));

        // A wrong password first: said in the prompt; then the right one.
        auto errors = std::make_shared<QStringList>();
        answerPasswords({QStringLiteral("not the password"), QLatin1String(kPassword)}, errors,
                        QStringLiteral("en-light-protect-password"));
        QTest::mouseClick(child<QPushButton>(dialog, "protectButton"), Qt::LeftButton);
        QCOMPARE(errors->size(), 1);
        QVERIFY2(errors->first().contains(QStringLiteral("does not unlock")),
                 qPrintable(errors->first()));
        QTRY_VERIFY_WITH_TIMEOUT(dialog->operationId() != 0, kLongChainWork);
        const std::int64_t id = dialog->operationId();
        QTRY_VERIFY_WITH_TIMEOUT(dialog->phase() != Phase::Running, kPipelineEnds);
        QVERIFY2(dialog->phase() == Phase::Done,
                 qPrintable(child<QLabel>(dialog, "protectStatus")->text()));
        shoot(dialog, QStringLiteral("en-light-protect-done"));
        // Every step ticked, the address shown.
        for (const char* step :
             {"seal", "upload", "gateway", "register", "confirm", "push-key", "check-key", "done"})
            QCOMPARE(child<QLabel>(dialog, (std::string("stepIcon-") + step).c_str())
                         ->property("state")
                         .toString(),
                     QStringLiteral("done"));
        const iexec::ProtectOperation op = journaled(id);
        verifyProtected(op, "Medical records");
        const auto onChain = nlohmann::json::parse(op.schema);
        QCOMPARE(onChain.at("email").get<std::string>(), std::string("string"));
        QCOMPARE(onChain.at("consent").get<std::string>(), std::string("bool"));
        QVERIFY(op.fields.empty()); // private values are not kept once done
        QVERIFY(child<QLabel>(dialog, "datasetAddress")
                    ->text()
                    .contains(QString::fromStdString(op.dataset->toChecksumHex())));
        // The seal and upload steps said how fast they went.
        QVERIFY(child<QLabel>(dialog, "stepDetail-seal")->text().contains(QStringLiteral("/s")));
        // The desktop notification: offscreen there is no system tray, so the status bar.
        QTRY_VERIFY_WITH_TIMEOUT(
            window().statusBar()->currentMessage().contains(QStringLiteral("Medical records")),
            kServiceAnswers);
        // Said again in the new language if the language changes while it shows.
        session_->state()->setLanguage(QStringLiteral("fr"));
        QCoreApplication::processEvents();
        QCOMPARE(window().statusBar()->currentMessage(),
                 QStringLiteral("« Medical records » est protégé et enregistré sur le réseau."));
        session_->state()->setLanguage(QStringLiteral("en"));
        QCoreApplication::processEvents();
        QCOMPARE(window().statusBar()->currentMessage(),
                 QStringLiteral("“Medical records” is protected and registered on the network."));
        QTest::mouseClick(child<QPushButton>(dialog, "closeButton"), Qt::LeftButton);
        // The list shows it done (it ended during this run of the app).
        auto* model = page()->operations();
        QTRY_VERIFY_WITH_TIMEOUT(model->rowOf(id) >= 0 &&
                                     model->operation(model->rowOf(id)).state ==
                                         iexec::ProtectState::Done,
                                 kServiceAnswers);
        shoot(&window(), QStringLiteral("en-light-protect-list"));
        // The Protected data list under it shows the new data, ready.
        auto* data = window().protectedDataPage()->model();
        QTRY_VERIFY_WITH_TIMEOUT(data->rowOf(*op.dataset).has_value(), kChainRead);
        QCOMPARE(
            data->index(*data->rowOf(*op.dataset), ProtectedDataModel::State).data().toString(),
            QStringLiteral("Ready"));
        // Now that there is data, the drop zone is a strip above the lists; the finished
        // operation leaves the "Being protected" card after a moment, and the card with it.
        QVERIFY(page()->dropZone()->isCompact());
        QTRY_VERIFY_WITH_TIMEOUT(!child<QWidget>(page(), "operationsCard")->isVisible(),
                                 int(ProtectOperationsModel::kFinishedLinger.count()) + 10000);
        QVERIFY(model->rowOf(id) < 0);
        shoot(&window(), QStringLiteral("en-light-protect-page-with-data"));
    }

    // "Choose files…" opens Qt's own dialog in the app's language (labels and dates), in the
    // home folder first, then in the folder last chosen.
    void fileDialogSpeaksTheAppsLanguageAndRemembersTheFolder() {
        window().showPage(MainWindow::ProtectedData);
        // English again whatever happens below: the next tests read English texts.
        struct Restore {
            SettingsModel* state;
            ~Restore() {
                state->setLanguage(QStringLiteral("en"));
                QCoreApplication::processEvents();
            }
        } restore{session_->state()};
        session_->state()->setLanguage(QStringLiteral("fr"));
        QCoreApplication::processEvents();
        const fs::path folder = root_ / "records";
        const QString csv = QString::fromStdString((folder / "scan.pdf").string());
        QString startedIn, lookIn, dateShown, dateWanted;
        bool chosen = false;
        sr::test::whenModal([&](QWidget* modal) {
            auto* dialog = qobject_cast<QFileDialog*>(modal);
            QVERIFY(dialog);
            // Closed whatever happens below (a failed check must not leave it open).
            struct Close {
                QDialog* dialog;
                ~Close() {
                    if (dialog->isVisible()) // refused the choice, or a check failed
                        dialog->reject();
                }
            } close{dialog};
            startedIn = dialog->directory().absolutePath();
            lookIn = child<QLabel>(dialog, "lookInLabel")->text();
            auto* files = qobject_cast<QFileSystemModel*>(dialog->proxyModel()->sourceModel());
            QVERIFY(files);
            dialog->setDirectory(QString::fromStdString(folder.string()));
            const QModelIndex source = files->index(csv, 3);
            const QModelIndex shown = dialog->proxyModel()->mapFromSource(source);
            QTRY_VERIFY_WITH_TIMEOUT(!shown.data().toString().isEmpty(), kUiSettles);
            dateShown = shown.data().toString();
            dateWanted = QLocale().toString(QFileInfo(csv).lastModified(), QLocale::ShortFormat);
            shoot(dialog, QStringLiteral("fr-light-file-dialog"));
            // Typed, then Return, as a user does.
            auto* name = child<QLineEdit>(dialog, "fileNameEdit");
            sr::test::type(name, QStringLiteral("scan.pdf"));
            QTest::keyClick(name, Qt::Key_Return);
            chosen = !dialog->isVisible() && dialog->result() == QDialog::Accepted;
        });
        QTest::mouseClick(child<QPushButton>(page(), "chooseFilesButton"), Qt::LeftButton);
        QCOMPARE(startedIn, QDir::homePath());
        QCOMPARE(lookIn, QCoreApplication::translate("QFileDialog", "Look in:"));
        QVERIFY2(lookIn != QStringLiteral("Look in:"), qPrintable(lookIn)); // Qt's French
        QCOMPARE(dateShown, dateWanted);
        QVERIFY(chosen);
        // The chosen file went to the protect dialog: close it.
        QTRY_VERIFY_WITH_TIMEOUT(page()->findChild<ProtectDialog*>(), kUiSettles);
        QTRY_COMPARE_WITH_TIMEOUT(page()->findChild<ProtectDialog*>()->phase(), Phase::Review,
                                  kServiceAnswers);
        page()->findChild<ProtectDialog*>()->reject();
        QTRY_VERIFY_WITH_TIMEOUT(!QApplication::activeModalWidget(), kUiSettles);
        // The next dialog opens where the last file was chosen.
        sr::test::whenModal([&](QWidget* modal) {
            auto* dialog = qobject_cast<QFileDialog*>(modal);
            if (dialog)
                startedIn = dialog->directory().absolutePath();
            static_cast<QDialog*>(modal)->reject();
        });
        QTest::mouseClick(child<QPushButton>(page(), "chooseFolderButton"), Qt::LeftButton);
        QCOMPARE(startedIn, QDir(QString::fromStdString(folder.string())).absolutePath());
    }

    void aBigFileShowsItsBytesAndSpeed() {
        const fs::path big = root_ / "big.bin";
        {
            std::ofstream out(big, std::ios::binary);
            std::string block(1 << 20, '\0');
            for (int i = 0; i < 96; ++i) {
                block[std::size_t(i)] = char(i); // not all zeros, not that it matters
                out.write(block.data(), std::streamsize(block.size()));
            }
        }
        ProtectDialog* dialog =
            dropAndReview({QUrl::fromLocalFile(QString::fromStdString(big.string()))});
        QVERIFY(dialog);
        // What the byte steps show while they move, sampled as a user would see it.
        auto seen = std::make_shared<QStringList>();
        QTimer sampler;
        sampler.setInterval(10);
        connect(&sampler, &QTimer::timeout, dialog, [dialog, seen] {
            for (const char* name : {"stepDetail-seal", "stepDetail-upload"}) {
                const QString text = dialog->findChild<QLabel*>(QLatin1String(name))->text();
                const bool moving = text.contains(QStringLiteral(" of "));
                if (moving && !seen->contains(text))
                    *seen << text;
            }
        });
        sampler.start();
        protectAndWait(dialog, QStringLiteral("en-light-protect-big"));
        sampler.stop();
        QVERIFY2(dialog->phase() == Phase::Done,
                 qPrintable(child<QLabel>(dialog, "protectStatus")->text()));
        QVERIFY2(!seen->isEmpty(), "no byte progress was shown");
        QVERIFY2(!seen->filter(QStringLiteral("/s")).isEmpty(),
                 qPrintable(seen->join(QStringLiteral(" | "))));
        // Once through, each byte step keeps its size and speed: the seal step the size of the
        // content (100.7 MB: 96 MiB, counted once though the file is read twice), the upload
        // that of the encrypted file.
        const QString sealed = child<QLabel>(dialog, "stepDetail-seal")->text();
        QVERIFY2(sealed.startsWith(QLocale().formattedDataSize(qint64(96) << 20)),
                 qPrintable(sealed));
        QVERIFY(sealed.contains(QStringLiteral("/s")));
        QVERIFY(
            child<QLabel>(dialog, "stepDetail-upload")->text().startsWith(QStringLiteral("96")));
        QVERIFY(child<QLabel>(dialog, "stepDetail-upload")->text().contains(QStringLiteral("/s")));
        shoot(dialog, QStringLiteral("en-light-protect-big-done"));
        verifyProtected(journaled(dialog->operationId()), "big.bin");
        QTest::mouseClick(child<QPushButton>(dialog, "closeButton"), Qt::LeftButton);
    }

    void aMissingFileIsSaidBeforeAnythingStarts() {
        const fs::path gone = root_ / "gone.txt";
        writeFile(gone, "here when dragged");
        QMimeData mime;
        mime.setUrls({QUrl::fromLocalFile(QString::fromStdString(gone.string()))});
        QDragEnterEvent enter(QPoint(20, 20), Qt::CopyAction, &mime, Qt::LeftButton,
                              Qt::NoModifier);
        QCoreApplication::sendEvent(page()->dropZone(), &enter);
        QVERIFY(enter.isAccepted());
        fs::remove(gone); // gone between the drag and the drop
        QDropEvent drop(QPointF(20, 20), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(page()->dropZone(), &drop);
        auto* dialog = page()->findChild<ProtectDialog*>();
        QVERIFY(dialog);
        QTRY_COMPARE_WITH_TIMEOUT(dialog->phase(), Phase::Unreadable, kServiceAnswers);
        QVERIFY2(child<QLabel>(dialog, "reviewError")->text().contains(QStringLiteral("gone.txt")),
                 qPrintable(child<QLabel>(dialog, "reviewError")->text()));
        QVERIFY(!child<QPushButton>(dialog, "protectButton")->isEnabled());
        shoot(dialog, QStringLiteral("en-light-protect-missing-file"));
        dialog->reject();
    }

    void linksOutOfAFolderAreLeftOutAndSaid() {
        // A link to ~/.ssh inside a dropped folder used to pull the keys in unseen, and two
        // links to "." recursed without end: now neither is followed, and the dialog says so.
        writeFile(root_ / "linked" / "letter.txt", "dear friend");
        writeFile(root_ / "dot-ssh" / "id_ed25519", "PRIVATE KEY");
        fs::create_symlink(root_ / "dot-ssh", root_ / "linked" / "ssh");
        fs::create_symlink(".", root_ / "linked" / "again");
        fs::create_symlink(".", root_ / "linked" / "and-again");
        ProtectDialog* dialog = dropAndReview(
            {QUrl::fromLocalFile(QString::fromStdString((root_ / "linked").string()))});
        QVERIFY(dialog);
        QCOMPARE(dialog->phase(), Phase::Review);
        auto* tree = child<QTreeWidget>(dialog, "protectFields");
        QCOMPARE(tree->topLevelItemCount(), 1);
        QCOMPARE(tree->topLevelItem(0)->childCount(), 1);
        QCOMPARE(tree->topLevelItem(0)->child(0)->text(0), QStringLiteral("letter_txt"));
        auto* skipped = child<QLabel>(dialog, "skippedLinks");
        QVERIFY(skipped->isVisible());
        const QString text = skipped->text();
        QVERIFY2(text.contains(QStringLiteral("3 links")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("ssh: a link to a place outside the folder")),
                 qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("again: a link to a folder already included")),
                 qPrintable(text));
        QVERIFY(!child<QPlainTextEdit>(dialog, "schemaView")
                     ->toPlainText()
                     .contains(QStringLiteral("id_ed25519")));
        shoot(dialog, QStringLiteral("en-light-protect-skipped-links"));
        dialog->reject();
    }

    void ipfsDownThenCancelledBeforeTheChain() {
        useNetwork("sandbox-no-ipfs", "http://127.0.0.1:1");
        writeFile(root_ / "given-up.txt", "never leaves");
        ProtectDialog* dialog = dropAndReview(
            {QUrl::fromLocalFile(QString::fromStdString((root_ / "given-up.txt").string()))});
        QVERIFY(dialog);
        protectAndWait(dialog);
        QCOMPARE(dialog->phase(), Phase::Failed);
        const std::int64_t id = dialog->operationId();
        QVERIFY2(
            child<QLabel>(dialog, "protectStatus")->text().contains(QStringLiteral("127.0.0.1:1")),
            qPrintable(child<QLabel>(dialog, "protectStatus")->text()));
        QVERIFY(child<QPushButton>(dialog, "retryButton")->isVisible());
        QCOMPARE(child<QLabel>(dialog, "stepIcon-upload")->text(), QStringLiteral("✕"));
        shoot(dialog, QStringLiteral("en-light-protect-failed"));
        // The sealed bytes went (or were to go) straight to the node: no copy is kept here.
        QVERIFY(journaled(id).encryptedFile.empty());
        QTest::mouseClick(child<QPushButton>(dialog, "cancelOperationButton"), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(dialog->phase(), Phase::Cancelled, kServiceAnswers);
        const iexec::ProtectOperation op = journaled(id);
        QCOMPARE(op.state, iexec::ProtectState::Cancelled);
        QVERIFY(op.sealedKey.empty());
        shoot(dialog, QStringLiteral("en-light-protect-cancelled"));
        QTest::mouseClick(child<QPushButton>(dialog, "closeButton"), Qt::LeftButton);
    }

    void cancelledWhileRunningBeforeTheChain() {
        test::FaultyHttpServer stalledIpfs; // FAKE: an IPFS node that hangs, on demand
        test::FaultyHttpServer::Reply stall;
        stall.kind = test::FaultyHttpServer::Reply::Kind::Stall;
        stalledIpfs.script({stall});
        useNetwork("sandbox-stalled-ipfs", stalledIpfs.url());
        writeFile(root_ / "stopped.txt", "stopped while uploading");
        ProtectDialog* dialog = dropAndReview(
            {QUrl::fromLocalFile(QString::fromStdString((root_ / "stopped.txt").string()))});
        QVERIFY(dialog);
        answerPasswords({QLatin1String(kPassword)});
        QTest::mouseClick(child<QPushButton>(dialog, "protectButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(
            child<QLabel>(dialog, "stepIcon-upload")->property("state").toString() ==
                QStringLiteral("current"),
            kLongChainWork);
        QTRY_VERIFY_WITH_TIMEOUT(stalledIpfs.requestCount() > 0, kServiceAnswers);
        const std::int64_t id = dialog->operationId();
        QCOMPARE(dialog->phase(), Phase::Running);
        QTest::mouseClick(child<QPushButton>(dialog, "cancelOperationButton"), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(dialog->phase(), Phase::Cancelled, kChainRead);
        const iexec::ProtectOperation op = journaled(id);
        QCOMPARE(op.state, iexec::ProtectState::Cancelled);
        QVERIFY(op.sealedKey.empty());
        QVERIFY(!op.txHash.has_value());
        QTest::mouseClick(child<QPushButton>(dialog, "closeButton"), Qt::LeftButton);
    }

    // Locking the wallet takes the key from a run under way: it stops (resumable, the key
    // still sealed), says why, and the dialog keeps no credentials: a retry asks again.
    void lockingStopsARunAndSaysSo() {
        test::FaultyHttpServer stalledIpfs; // FAKE: an IPFS node that hangs, on demand
        test::FaultyHttpServer::Reply stall;
        stall.kind = test::FaultyHttpServer::Reply::Kind::Stall;
        stalledIpfs.script({stall});
        useNetwork("sandbox-stalled-ipfs", stalledIpfs.url());
        writeFile(root_ / "locked.txt", "stopped by the lock");
        ProtectDialog* dialog = dropAndReview(
            {QUrl::fromLocalFile(QString::fromStdString((root_ / "locked.txt").string()))});
        QVERIFY(dialog);
        answerPasswords({QLatin1String(kPassword)});
        QTest::mouseClick(child<QPushButton>(dialog, "protectButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(stalledIpfs.requestCount() > 0, kLongChainWork);
        const std::int64_t id = dialog->operationId();
        wallet().lock();
        QTRY_COMPARE_WITH_TIMEOUT(dialog->phase(), Phase::Failed, kChainRead);
        QTRY_VERIFY2_WITH_TIMEOUT(child<QLabel>(dialog, "protectStatus")
                                      ->text()
                                      .contains(QStringLiteral("wallet was locked")),
                                  qPrintable(child<QLabel>(dialog, "protectStatus")->text()),
                                  kServiceAnswers);
        const iexec::ProtectOperation op = journaled(id);
        QCOMPARE(op.state, iexec::ProtectState::Failed);
        QVERIFY(!op.sealedKey.empty()); // resumable
        QVERIFY(op.failure.has_value());
        QVERIFY(op.failure->message.find("wallet was locked") != std::string::npos);
        shoot(dialog, QStringLiteral("en-light-protect-stopped-by-lock"));
        // A retry asks for the password again: the dialog let the key go with the lock.
        auto asked = std::make_shared<int>(0);
        QTimer refuser;
        refuser.setInterval(20);
        connect(&refuser, &QTimer::timeout, this, [asked] {
            if (auto* prompt = qobject_cast<PasswordDialog*>(QApplication::activeModalWidget())) {
                ++*asked;
                prompt->reject();
            }
        });
        refuser.start();
        QTest::mouseClick(child<QPushButton>(dialog, "retryButton"), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(*asked, 1, kUiSettles);
        refuser.stop();
        QCOMPARE(dialog->phase(), Phase::Failed);
        QTest::mouseClick(child<QPushButton>(dialog, "cancelOperationButton"), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(dialog->phase(), Phase::Cancelled, kServiceAnswers);
        QTest::mouseClick(child<QPushButton>(dialog, "closeButton"), Qt::LeftButton);
    }

    void ipfsDownThenResumedFromTheList() {
        useNetwork("sandbox-no-ipfs", "http://127.0.0.1:1");
        writeFile(root_ / "later.txt", "uploaded once IPFS is back");
        ProtectDialog* dialog = dropAndReview(
            {QUrl::fromLocalFile(QString::fromStdString((root_ / "later.txt").string()))});
        QVERIFY(dialog);
        protectAndWait(dialog);
        QCOMPARE(dialog->phase(), Phase::Failed);
        const std::int64_t id = dialog->operationId();
        QTest::mouseClick(child<QPushButton>(dialog, "closeButton"), Qt::LeftButton);
        // The list offers to resume it.
        auto* model = page()->operations();
        QTRY_VERIFY_WITH_TIMEOUT(model->rowOf(id) >= 0, kServiceAnswers);
        QTRY_VERIFY_WITH_TIMEOUT(child<QPushButton>(page(), "resumeAllButton")->isVisible(),
                                 kServiceAnswers);
        QVERIFY(
            child<QLabel>(page(), "resumeBanner")->text().contains(QStringLiteral("1 operation")));
        shoot(&window(), QStringLiteral("en-light-protect-list-stopped"));
        // Why it stopped is read from the journal as a reason with its parameters: said in
        // French after a switch of language (the engine's English message only in the CLI).
        const iexec::ProtectOperation stopped = journaled(id);
        QVERIFY(stopped.failure.has_value());
        QCOMPARE(stopped.failure->reason, ErrorReason::Unreachable);
        const auto stateOf = [&] {
            return model->index(model->rowOf(id), ProtectOperationsModel::State).data().toString();
        };
        session_->state()->setLanguage(QStringLiteral("fr"));
        QCoreApplication::processEvents();
        QVERIFY2(stateOf().startsWith(QStringLiteral("Arrêté à « ")) &&
                     stateOf().contains(QStringLiteral("Impossible de se connecter à 127.0.0.1:1")),
                 qPrintable(stateOf()));
        shoot(&window(), QStringLiteral("fr-light-protect-list-stopped"));
        session_->state()->setLanguage(QStringLiteral("en"));
        QCoreApplication::processEvents();
        QVERIFY2(stateOf().contains(QStringLiteral("No connection could be made to 127.0.0.1:1")),
                 qPrintable(stateOf()));
        // The network is right again (IPFS reachable): resume from the banner.
        useNetwork("sandbox-no-ipfs", network_->profile().ipfsNode);
        QTRY_VERIFY_WITH_TIMEOUT(model->rowOf(id) >= 0, kServiceAnswers);
        answerPasswords({QLatin1String(kPassword)});
        QTest::mouseClick(child<QPushButton>(page(), "resumeAllButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(journaled(id).state == iexec::ProtectState::Done, kPipelineEnds);
        verifyProtected(journaled(id), "later.txt");
        QTRY_VERIFY_WITH_TIMEOUT(
            model->operation(model->rowOf(id)).state == iexec::ProtectState::Done, kServiceAnswers);
        QVERIFY(!child<QPushButton>(page(), "resumeAllButton")->isVisible());
    }

    void cancelRefusedOnceTheTransactionLeft() {
        session_->state()->setActiveNetwork(QStringLiteral("sandbox"));
        writeFile(root_ / "mined-later.txt", "registered while the chain waits");
        ProtectDialog* dialog = dropAndReview(
            {QUrl::fromLocalFile(QString::fromStdString((root_ / "mined-later.txt").string()))});
        QVERIFY(dialog);
        rpc_->send("evm_setAutomine", {false});
        answerPasswords({QLatin1String(kPassword)});
        QTest::mouseClick(child<QPushButton>(dialog, "protectButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(
            child<QLabel>(dialog, "stepIcon-confirm")->property("state").toString() ==
                QStringLiteral("current"),
            kLongChainWork);
        QTest::mouseClick(child<QPushButton>(dialog, "cancelOperationButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(child<QLabel>(dialog, "protectStatus")
                                     ->text()
                                     .contains(QStringLiteral("can no longer be cancelled")),
                                 kServiceAnswers);
        shoot(dialog, QStringLiteral("en-light-protect-cancel-refused"));
        rpc_->send("evm_mine", {});
        rpc_->send("evm_setAutomine", {true});
        QTRY_COMPARE_WITH_TIMEOUT(dialog->phase(), Phase::Done, kPipelineEnds);
        verifyProtected(journaled(dialog->operationId()), "mined-later.txt");
        QTest::mouseClick(child<QPushButton>(dialog, "closeButton"), Qt::LeftButton);
    }

    void nextStartOffersToResumeWhatACrashLeft() {
        // The app is closed; meanwhile an operation is journaled and left where a process
        // killed right after journaling it leaves it (active, at its first step). The CLI test
        // kills the real process at every step; here what matters is the next start.
        session_->state()->waitForWrites();
        session_.reset();
        writeFile(root_ / "crashed.txt", "journaled, then the process died");
        std::int64_t id = 0;
        {
            const AppPaths paths = resolveAppPaths(data_);
            iexec::ProtectJournal journal(paths.databaseFile());
            PendingTransactions transactions(paths.databaseFile());
            eth::JsonRpcClient rpc(network_->profile().rpcUrls);
            eth::TransactionManager manager(rpc, transactions, network_->profile().chainId);
            iexec::ProtectPipeline pipeline(network_->profile(), manager, journal,
                                            {.workDir = paths.dataDir / "protect"});
            id = pipeline.create({.paths = {root_ / "crashed.txt"}}, owner_, kPassword);
        }
        session_ = std::make_unique<GuiSession>(*qApp, data_, false);
        QVERIFY(session_->ready());
        window().show();
        QVERIFY(QTest::qWaitForWindowExposed(&window()));
        window().showPage(MainWindow::ProtectedData);
        QTRY_VERIFY_WITH_TIMEOUT(child<QPushButton>(page(), "resumeAllButton")->isVisible(),
                                 kServiceAnswers);
        auto* model = page()->operations();
        QVERIFY(model->rowOf(id) >= 0);
        QVERIFY(model
                    ->data(model->index(model->rowOf(id), ProtectOperationsModel::State),
                           Qt::DisplayRole)
                    .toString()
                    .contains(QStringLiteral("Interrupted")));
        shoot(&window(), QStringLiteral("en-light-protect-resume-banner"));
        // The password once, for everything left.
        answerPasswords({QLatin1String(kPassword)});
        QTest::mouseClick(child<QPushButton>(page(), "resumeAllButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(journaled(id).state == iexec::ProtectState::Done, kPipelineEnds);
        verifyProtected(journaled(id), "crashed.txt");
        QTRY_VERIFY_WITH_TIMEOUT(!child<QPushButton>(page(), "resumeAllButton")->isVisible(),
                                 kServiceAnswers);
        // Done, it leaves the "Being protected" list after a moment (the data list has it).
        QTRY_VERIFY_WITH_TIMEOUT(model->rowOf(id) < 0,
                                 int(ProtectOperationsModel::kFinishedLinger.count()) + 10000);
    }

    void screenshotsInBothThemesAndLanguages() {
        writeFile(root_ / "shots" / "photo.png", "\x89PNG\r\n\x1a\n");
        writeFile(root_ / "shots" / "letter.txt", "dear");
        for (const auto& language : {QStringLiteral("en"), QStringLiteral("fr")}) {
            for (const auto& theme : {QStringLiteral("light"), QStringLiteral("dark")}) {
                session_->state()->setLanguage(language);
                session_->state()->setTheme(theme);
                QCoreApplication::processEvents();
                const QString prefix = QStringLiteral("%1-%2-protect").arg(language, theme);
                window().showPage(MainWindow::ProtectedData);
                shoot(&window(), prefix + QStringLiteral("-page"));
                ProtectDialog* dialog = dropAndReview(
                    {QUrl::fromLocalFile(QString::fromStdString((root_ / "shots").string()))});
                QVERIFY(dialog);
                type(child<QLineEdit>(dialog, "protectName"), prefix);
                shoot(dialog, prefix + QStringLiteral("-review"));
                sr::test::verifyFitsDefaultAndMinimum(dialog, dialog->size(),
                                                      QStringLiteral("fit-") + prefix +
                                                          QStringLiteral("-review"));
                if (QTest::currentTestFailed())
                    return;
                protectAndWait(dialog, prefix);
                QVERIFY2(
                    dialog->phase() == Phase::Done,
                    qPrintable(child<QLabel>(dialog, "protectStatus")->text() + journalDump()));
                shoot(dialog, prefix + QStringLiteral("-done"));
                QTest::mouseClick(child<QPushButton>(dialog, "closeButton"), Qt::LeftButton);
                shoot(&window(), prefix + QStringLiteral("-list"));
            }
        }
        session_->state()->setLanguage(QStringLiteral("en"));
        session_->state()->setTheme(QStringLiteral("light"));
        QCoreApplication::processEvents();
    }
};

QTEST_MAIN(ProtectTest)
#include "tst_protect.moc"
