// Secrets typed into the GUI leave no readable copy behind: after a wrong password in the
// unlock dialog, the process memory holds no UTF-8 copy of it (the session reads it straight
// into wiped memory, the field is wiped), and the same for a phrase typed in the import
// wizard once the wizard is gone. The memory is read the way a core dump or a debugger would.
#include "GuiSession.h"
#include "GuiTestSupport.h"
#include "MainWindow.h"
#include "Timeouts.h"
#include "onboarding/OnboardingWizard.h"
#include "wallet/AccountStore.h"
#include "wallet/UnlockDialog.h"
#include "wallet/WalletSession.h"
#include "widgets/SecretText.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTemporaryDir>
#include <QtTest>
#include <algorithm>
#include <fcntl.h>
#include <fstream>
#include <sstream>
#include <unistd.h>

using namespace sr::test::timeouts;

using sr::test::child;
using sr::test::type;
using sr::ui::GuiSession;

namespace {

// How many times the UTF-8 (here ASCII) text `needle` appears in the writable memory of this
// process. The needle is held as UTF-32, so that the search itself leaves no UTF-8 copy.
int occurrencesInMemory(const std::u32string& needle) {
    std::ifstream maps("/proc/self/maps");
    const int mem = ::open("/proc/self/mem", O_RDONLY | O_CLOEXEC);
    if (mem < 0)
        return -1;
    int found = 0;
    std::string line;
    std::string buffer;
    while (std::getline(maps, line)) {
        std::istringstream fields(line);
        std::string range, perms;
        fields >> range >> perms;
        if (perms.size() < 2 || perms[0] != 'r' || perms[1] != 'w')
            continue;
        const auto dash = range.find('-');
        const auto start = std::stoull(range.substr(0, dash), nullptr, 16);
        const auto end = std::stoull(range.substr(dash + 1), nullptr, 16);
        buffer.resize(end - start);
        const ssize_t n = ::pread(mem, buffer.data(), buffer.size(), off_t(start));
        if (n <= 0)
            continue;
        buffer.resize(std::size_t(n));
        const auto same = [](char a, char32_t b) {
            return char32_t(static_cast<unsigned char>(a)) == b;
        };
        for (auto at =
                 std::search(buffer.begin(), buffer.end(), needle.begin(), needle.end(), same);
             at != buffer.end();
             at = std::search(at + 1, buffer.end(), needle.begin(), needle.end(), same))
            ++found;
    }
    ::close(mem);
    return found;
}

} // namespace

class SecretsTest : public QObject {
    Q_OBJECT
    QTemporaryDir dir_;

private slots:
    void aWrongPasswordLeavesNoCopy() {
        const std::filesystem::path data = dir_.path().toStdString();
        sr::wallet::AccountStore::Options fast;
        fast.cost = {1u << 10, 8, 1};
        fast.rsaBits = 2048;
        (void)sr::wallet::AccountStore(data / "keystore", fast)
            .importPrivateKey(sr::crypto::SecretBytes::random(32), "the right password");
        GuiSession session(*qApp, data, false);
        QVERIFY(session.ready());
        // The search finds what is there: a copy made on purpose is found.
        const QString made = QStringLiteral("control-copy-") + QString::number(::getpid()) +
                             QStringLiteral("-kept-on-the-heap-on-purpose");
        const std::string control = made.toStdString();
        QVERIFY(occurrencesInMemory(made.toStdU32String()) >= 1);
        // The first 16 bytes of a freed block are reused by the allocator: what is searched
        // is the unique tail, which a stale copy would keep.
        const QString wrong = QStringLiteral("0123456789abcdef-wrong-attempt-QpZ8rT2vXw9kLm4nB7cY");
        const std::u32string tail = wrong.mid(16).toStdU32String();
        sr::ui::UnlockDialog dialog(*session.wallet(), QString(), session.window());
        dialog.show();
        type(child<QLineEdit>(&dialog, "passwordField"), wrong);
        QTest::mouseClick(child<QPushButton>(&dialog, "passwordConfirm"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(
            child<QLabel>(&dialog, "passwordStatus")->text().contains(QStringLiteral("does not")),
            kServiceAnswers);
        QVERIFY(child<QLineEdit>(&dialog, "passwordField")->text().isEmpty());
        QCoreApplication::processEvents();
        QCOMPARE(occurrencesInMemory(tail), 0);
        dialog.reject();
    }

    // A field filled from a literal (a paste of program text, a test, an accessibility tool)
    // shares the literal's read-only bytes: clearing it must not write to them.
    void aFieldFilledFromALiteralIsClearedWithoutWritingToIt() {
        static const QString literal = QStringLiteral("literal-password-in-read-only-data");
        QLineEdit field;
        field.setText(literal);
        QVERIFY(!field.text().data_ptr().isMutable()); // the case under test: shared, static
        sr::ui::wipeLineEdit(&field);
        QVERIFY(field.text().isEmpty());
        QCOMPARE(literal, QStringLiteral("literal-password-in-read-only-data"));
        QLineEdit typed;
        QTest::keyClicks(&typed, QStringLiteral("typed-secret"));
        QString held = typed.text(); // shares the widget's heap buffer
        sr::ui::wipeLineEdit(&typed);
        QVERIFY(typed.text().isEmpty());
        QVERIFY(held.isEmpty() || held.count(QChar(0)) == held.size()); // wiped in place
    }

    void anImportedPhraseLeavesNoCopy() {
        const std::filesystem::path data = dir_.path().toStdString() + "/wizard";
        GuiSession session(*qApp, data, false);
        QVERIFY(session.ready());
        const QString phrase = QStringLiteral(
            "legal winner thank year wave sausage worth useful legal winner thank yellow");
        const std::u32string tail = phrase.mid(16).toStdU32String();
        {
            sr::ui::OnboardingWizard wizard(*session.wallet(), *session.state(), session.window());
            wizard.show();
            auto* edit = wizard.findChild<QLineEdit*>(QStringLiteral("importPhraseEdit"));
            QVERIFY(edit);
            QTest::keyClicks(edit, phrase);       // every keystroke checks the phrase
            QVERIFY(wizard.findChild<QLabel*>()); // the page reacted
        }
        QCoreApplication::processEvents();
        QCOMPARE(occurrencesInMemory(tail), 0);
    }
};

QTEST_MAIN(SecretsTest)
#include "tst_secrets.moc"
