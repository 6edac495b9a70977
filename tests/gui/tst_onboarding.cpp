// The wallet wizard's pages hand what the person chose to the wizard's fields, never to each
// other: a page writes its part when Next accepts it, nothing before; Back past a page wipes its
// secrets from the fields with its line edits; a refused page takes nothing; the last page reads
// the fields, stores the keys and then forgets them. Offscreen, with clicks and keys, each test
// on a data folder of its own (no chain needed).
#include "GuiSession.h"
#include "GuiTestSupport.h"
#include "crypto/SecretBytes.h"
#include "onboarding/FinishPage.h"
#include "onboarding/ImportKeystorePage.h"
#include "onboarding/OnboardingWizard.h"
#include "wallet/AccountStore.h"
#include "wallet/Keystore.h"
#include "wallet/WalletSession.h"

#include <QCommandLinkButton>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QtTest>
#include <memory>

using namespace sr;
using namespace sr::ui;
using sr::test::child;
using sr::test::shoot;
using sr::test::type;

namespace {

const QString kPhrase =
    QStringLiteral("legal winner thank year wave sausage worth useful legal winner thank yellow");
const QString kNewPassword = QStringLiteral("correct horse battery staple");
const char kWalletPassword[] = "the wallet's own password";
// anvil's second dev account: a valid key whose account has nothing to lose.
const QString kKey =
    QStringLiteral("0x59c6995e998f97a5a0044966f0945389dc9e86dae88c7a8412f4603b6b78690d");
const QString kKeyAddress = QStringLiteral("0x70997970C51812dc3A010C7d01b50e0d17dc79C8");

/// A secret of the fields as text, to compare with what was typed.
QString text(const crypto::SecretBytes& secret) {
    return QString::fromUtf8(secret.text().data(), qsizetype(secret.size()));
}

/// Clicks `button` as a person would; false if it is missing or disabled.
[[nodiscard]] bool press(QAbstractButton* button) {
    if (!button || !button->isVisible() || !button->isEnabled())
        return false;
    QTest::mouseClick(button, Qt::LeftButton);
    return true;
}

[[nodiscard]] bool next(QWizard* wizard) {
    return press(wizard->button(QWizard::NextButton));
}

[[nodiscard]] bool back(QWizard* wizard) {
    return press(wizard->button(QWizard::BackButton));
}

} // namespace

class OnboardingTest : public QObject {
    Q_OBJECT
    QTemporaryDir dir_;
    int folders_ = 0;

    /// The app on a data folder of its own; with `withWallet`, one account already in it,
    /// protected by kWalletPassword (a cheap KDF: the test is about the wizard).
    std::unique_ptr<GuiSession> openSession(bool withWallet) {
        const std::filesystem::path data =
            dir_.path().toStdString() + "/data" + std::to_string(++folders_);
        if (withWallet) {
            wallet::AccountStore::Options fast;
            fast.cost = {1u << 10, 8, 1};
            fast.rsaBits = 2048;
            (void)wallet::AccountStore(data / "keystore", fast)
                .importPrivateKey(crypto::SecretBytes::random(32), kWalletPassword);
        }
        auto session = std::make_unique<GuiSession>(*qApp, data, false);
        if (!session->ready())
            return nullptr;
        if (withWallet &&
            !QTest::qWaitFor([&session] { return session->wallet()->hasAccounts(); }, 20000))
            return nullptr;
        return session;
    }

    /// The wizard, shown, over a session of its own (see openSession); the wizard goes first.
    struct Opened {
        std::unique_ptr<GuiSession> session;
        std::unique_ptr<OnboardingWizard> wizard;
    };
    Opened openWizard(bool withWallet) {
        Opened opened{openSession(withWallet), nullptr};
        if (!opened.session)
            return opened;
        opened.wizard = std::make_unique<OnboardingWizard>(
            *opened.session->wallet(), *opened.session->state(), opened.session->window());
        opened.wizard->show();
        if (!QTest::qWaitForWindowExposed(opened.wizard.get()))
            opened.wizard.reset();
        return opened;
    }

private slots:
    void initTestCase() { QVERIFY(dir_.isValid()); }

    void aPhraseAndAPasswordAreTakenOnNextAndWipedOnBack() {
        const auto opened = openWizard(false);
        QVERIFY(opened.wizard);
        OnboardingWizard& wizard = *opened.wizard;
        const OnboardingFields& fields = wizard.fields();

        QVERIFY(press(child<QCommandLinkButton>(&wizard, "importPhraseButton")));
        QCOMPARE(wizard.currentId(), int(OnboardingWizard::ImportPhrasePageId));
        QVERIFY(fields.mode == OnboardingMode::ImportPhrase);
        auto* phrase = child<QLineEdit>(&wizard, "importPhraseEdit");
        type(phrase, kPhrase);
        auto* index = child<QSpinBox>(&wizard, "accountIndex");
        QTest::keyClick(index, Qt::Key_Up);
        QTest::keyClick(index, Qt::Key_Up);
        QCOMPARE(index->value(), 2);
        QVERIFY(fields.phrase.empty()); // typed, not yet accepted
        QVERIFY(next(&wizard));
        QCOMPARE(wizard.currentId(), int(OnboardingWizard::PasswordPageId));
        QCOMPARE(text(fields.phrase), kPhrase);
        QCOMPARE(fields.accountIndex, 2u);

        type(child<QLineEdit>(&wizard, "newPassword"), kNewPassword);
        type(child<QLineEdit>(&wizard, "repeatPassword"), kNewPassword);
        QVERIFY(fields.password.empty());
        QVERIFY(next(&wizard));
        // No wallet yet: the network is asked.
        QCOMPARE(wizard.currentId(), int(OnboardingWizard::NetworkPageId));
        QCOMPARE(text(fields.password), kNewPassword);

        // Back to the password page: it is still on the way, and so is what it took.
        QVERIFY(back(&wizard));
        QCOMPARE(wizard.currentId(), int(OnboardingWizard::PasswordPageId));
        QCOMPARE(text(fields.password), kNewPassword);
        // Back past it: the wizard's copy goes with the page's fields.
        QVERIFY(back(&wizard));
        QCOMPARE(wizard.currentId(), int(OnboardingWizard::ImportPhrasePageId));
        QVERIFY(fields.password.empty());
        QVERIFY(child<QLineEdit>(&wizard, "newPassword")->text().isEmpty());
        QCOMPARE(text(fields.phrase), kPhrase);
        QVERIFY(back(&wizard));
        QCOMPARE(wizard.currentId(), int(OnboardingWizard::StartPageId));
        QVERIFY(fields.phrase.empty());
        QVERIFY(phrase->text().isEmpty());
    }

    void aKeyIsStoredWithTheWalletsPasswordThenForgotten() {
        const auto opened = openWizard(true);
        QVERIFY(opened.wizard);
        OnboardingWizard& wizard = *opened.wizard;
        const OnboardingFields& fields = wizard.fields();
        const auto keyHex = [&fields] {
            return QByteArray(reinterpret_cast<const char*>(fields.key.data()),
                              qsizetype(fields.key.size()))
                .toHex();
        };

        QVERIFY(press(child<QCommandLinkButton>(&wizard, "importKeyButton")));
        type(child<QLineEdit>(&wizard, "importKeyEdit"), kKey);
        QVERIFY(next(&wizard));
        QCOMPARE(wizard.currentId(), int(OnboardingWizard::PasswordPageId));
        QCOMPARE(keyHex(), kKey.mid(2).toLatin1()); // the key's 32 bytes, parsed once
        QVERIFY(back(&wizard));
        QCOMPARE(keyHex(), kKey.mid(2).toLatin1());
        QVERIFY(back(&wizard));
        QVERIFY(fields.key.empty());

        // Again, to the end: the wallet exists, so its password is asked and no network.
        QVERIFY(press(child<QCommandLinkButton>(&wizard, "importKeyButton")));
        type(child<QLineEdit>(&wizard, "importKeyEdit"), kKey);
        QVERIFY(next(&wizard));
        type(child<QLineEdit>(&wizard, "newPassword"), QString::fromLatin1(kWalletPassword));
        QVERIFY(next(&wizard));
        QCOMPARE(wizard.currentId(), int(OnboardingWizard::FinishPageId));
        auto* finish = qobject_cast<FinishPage*>(wizard.currentPage());
        QVERIFY(finish);
        QTRY_VERIFY_WITH_TIMEOUT(!finish->isWorking(), 60000);
        QVERIFY2(finish->errorText().isEmpty(), qPrintable(finish->errorText()));
        QTRY_VERIFY_WITH_TIMEOUT(wizard.createdAccount().has_value(), 20000);
        QCOMPARE(QString::fromStdString(wizard.createdAccount()->toChecksumHex()), kKeyAddress);
        shoot(&wizard, QStringLiteral("onboarding-key-stored"));
        // Stored: the wizard holds the secrets no more.
        QVERIFY(fields.key.empty());
        QVERIFY(fields.password.empty());
    }

    void aKeystoreAndItsPasswordAreTakenOnceChecked() {
        const QString path = dir_.path() + QStringLiteral("/UTC--test.json");
        const std::string json = wallet::Keystore::create(crypto::SecretBytes::random(32),
                                                          "the file's password", {1u << 10, 8, 1})
                                     .toJson();
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            QVERIFY(file.write(json.data(), qint64(json.size())) == qint64(json.size()));
        }
        const auto opened = openWizard(false);
        QVERIFY(opened.wizard);
        OnboardingWizard& wizard = *opened.wizard;
        const OnboardingFields& fields = wizard.fields();

        QVERIFY(press(child<QCommandLinkButton>(&wizard, "importKeystoreButton")));
        auto* page = qobject_cast<ImportKeystorePage*>(wizard.currentPage());
        QVERIFY(page);
        QVERIFY(page->loadFile(path));
        // A wrong password is refused on the page, and nothing is taken.
        auto* password = child<QLineEdit>(&wizard, "keystorePassword");
        type(password, QStringLiteral("not the password"));
        QVERIFY(next(&wizard));
        auto* feedback = child<QLabel>(&wizard, "keystoreFeedback");
        QTRY_VERIFY_WITH_TIMEOUT(feedback->text().contains(QStringLiteral("does not open")), 20000);
        QCOMPARE(wizard.currentId(), int(OnboardingWizard::ImportKeystorePageId));
        shoot(&wizard, QStringLiteral("onboarding-keystore-refused"));
        QVERIFY(fields.keystorePassword.empty());
        QVERIFY(fields.keystoreJson.empty());

        type(password, QStringLiteral("the file's password"));
        QVERIFY(next(&wizard));
        QTRY_COMPARE_WITH_TIMEOUT(wizard.currentId(), int(OnboardingWizard::PasswordPageId), 20000);
        QCOMPARE(fields.keystoreJson, json);
        QCOMPARE(text(fields.keystorePassword), QStringLiteral("the file's password"));
        QVERIFY(back(&wizard));
        QCOMPARE(text(fields.keystorePassword), QStringLiteral("the file's password"));
        QVERIFY(back(&wizard));
        QCOMPARE(wizard.currentId(), int(OnboardingWizard::StartPageId));
        QVERIFY(fields.keystorePassword.empty());
        QVERIFY(fields.keystoreJson.empty());
        QVERIFY(password->text().isEmpty());
    }

    void aWatchedAddressAndTheNetworkAreTaken() {
        const auto opened = openWizard(false);
        QVERIFY(opened.wizard);
        OnboardingWizard& wizard = *opened.wizard;
        const OnboardingFields& fields = wizard.fields();

        QVERIFY(press(child<QCommandLinkButton>(&wizard, "watchButton")));
        QVERIFY(fields.mode == OnboardingMode::WatchOnly);
        type(child<QLineEdit>(&wizard, "watchAddress"), kKeyAddress.toLower());
        type(child<QLineEdit>(&wizard, "watchLabel"), QStringLiteral("  cold storage "));
        QVERIFY(!fields.watchAddress);
        QVERIFY(next(&wizard));
        QCOMPARE(wizard.currentId(), int(OnboardingWizard::NetworkPageId));
        QVERIFY(fields.watchAddress);
        QCOMPARE(QString::fromStdString(fields.watchAddress->toChecksumHex()), kKeyAddress);
        QCOMPARE(fields.watchLabel, QStringLiteral("cold storage"));

        // Mainnet is never preselected: choosing it is the person's own choice.
        auto* mainnet = child<QRadioButton>(&wizard, "network-arbitrum-mainnet");
        QVERIFY(mainnet);
        QTRY_VERIFY(mainnet->isVisible());
        QVERIFY(!mainnet->isChecked());
        QTest::mouseClick(mainnet, Qt::LeftButton, {}, QPoint(8, mainnet->height() / 2));
        QVERIFY(mainnet->isChecked());
        QVERIFY(fields.network.isEmpty());
        // What Next does first (going on would store the address and switch to mainnet).
        QVERIFY(wizard.validateCurrentPage());
        QCOMPARE(fields.network, QStringLiteral("arbitrum-mainnet"));
        QVERIFY(!fields.networkIsFile);
    }
};

QTEST_MAIN(OnboardingTest)
#include "tst_onboarding.moc"
