#include "store/AppSettings.h"
#include "store/AtomicFile.h"
#include "util/Error.h"
#include "util/Paths.h"

#include <QTemporaryDir>
#include <QtTest>
#include <sys/stat.h>
#include <unistd.h>

using namespace sr;

class SettingsTest : public QObject {
    Q_OBJECT
private slots:
    void missingFileGivesDefaults() {
        QTemporaryDir dir;
        const AppSettings s = AppSettings::load(dir.path().toStdString() + "/settings.json");
        QCOMPARE(s.theme, std::string("system"));
        QCOMPARE(s.activeNetwork, std::string("arbitrum-mainnet"));
        QVERIFY(s.dataDir.empty());
    }

    void roundTripKeepsUnknownKeys() {
        QTemporaryDir dir;
        const std::filesystem::path file = dir.path().toStdString() + "/settings.json";
        writeFileAtomic(file, R"({"theme":"dark","futureOption":{"a":1}})");
        AppSettings s = AppSettings::load(file);
        QCOMPARE(s.theme, std::string("dark"));
        s.language = "fr";
        s.save(file);
        const AppSettings again = AppSettings::load(file);
        QCOMPARE(again.language, std::string("fr"));
        QCOMPARE(again.unknown["futureOption"]["a"].get<int>(), 1);
        struct stat st {};
        QCOMPARE(::stat(file.c_str(), &st), 0);
        QCOMPARE(st.st_mode & 0777, 0600u);
    }

    void corruptFileIsAClearError() {
        QTemporaryDir dir;
        const std::filesystem::path file = dir.path().toStdString() + "/settings.json";
        for (const char* text : {"{", "42", R"({"theme":7})"}) {
            writeFileAtomic(file, text);
            try {
                AppSettings::load(file);
                QFAIL(text);
            } catch (const Error& e) {
                QCOMPARE(e.code(), ErrorCode::Corrupt);
                QVERIFY(std::string(e.what()).find("settings.json") != std::string::npos);
            }
        }
    }

    void accountAndAutoLockRoundTrip() {
        QTemporaryDir dir;
        const std::filesystem::path file = dir.path().toStdString() + "/settings.json";
        AppSettings s = AppSettings::load(file);
        QCOMPARE(s.autoLockMinutes, 10);
        QVERIFY(s.activeAccount.empty());
        s.autoLockMinutes = 0;
        s.activeAccount = "0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266";
        s.save(file);
        const AppSettings again = AppSettings::load(file);
        QCOMPARE(again.autoLockMinutes, 0);
        QCOMPARE(again.activeAccount, s.activeAccount);
        for (const char* bad : {"{\"autoLockMinutes\":-1}", "{\"autoLockMinutes\":\"5\"}",
                                "{\"autoLockMinutes\":100000}", "{\"autoLockMinutes\":1.5}"}) {
            writeFileAtomic(file, bad);
            try {
                AppSettings::load(file);
                QFAIL(bad);
            } catch (const Error& e) {
                QCOMPARE(e.code(), ErrorCode::Corrupt);
                QVERIFY(std::string(e.what()).find("autoLockMinutes") != std::string::npos);
            }
        }
    }

    void unknownThemeFallsBackToSystem() {
        QTemporaryDir dir;
        const std::filesystem::path file = dir.path().toStdString() + "/settings.json";
        writeFileAtomic(file, R"({"theme":"neon"})");
        QCOMPARE(AppSettings::load(file).theme, std::string("system"));
    }

    void pathsFollowXdgAndOverride() {
        QTemporaryDir dir;
        const std::string root = dir.path().toStdString();
        qputenv("XDG_CONFIG_HOME", QByteArray::fromStdString(root + "/cfg"));
        qputenv("XDG_DATA_HOME", QByteArray::fromStdString(root + "/data"));
        AppPaths p = resolveAppPaths(std::nullopt);
        QCOMPARE(p.configDir, std::filesystem::path(root + "/cfg/strongroom"));
        QCOMPARE(p.dataDir, std::filesystem::path(root + "/data/strongroom"));
        QVERIFY(!p.portable);

        AppSettings s;
        s.dataDir = root + "/chosen";
        s.save(p.settingsFile());
        QCOMPARE(resolveAppPaths(std::nullopt).dataDir, std::filesystem::path(root + "/chosen"));

        p = resolveAppPaths(std::filesystem::path(root + "/portable"));
        QVERIFY(p.portable);
        QCOMPARE(p.configDir, p.dataDir);
        QCOMPARE(p.keystoreDir(), std::filesystem::path(root + "/portable/keystore"));
    }

    // What a package ships (anvil, the PoCo artifacts) is found relative to the executable:
    // <folder of the executable>/../<relative>, wherever the package was unpacked.
    void shippedPathIsRelativeToTheExecutable() {
        const auto exe = std::filesystem::read_symlink("/proc/self/exe");
        const auto relative = std::filesystem::path("share") /
                              ("strongroom-shipped-probe-" + std::to_string(::getpid())) / "part";
        const auto expected = exe.parent_path().parent_path() / relative;
        QVERIFY(!shippedPath(relative));
        std::filesystem::create_directories(expected.parent_path());
        writeFileAtomic(expected, "x");
        const auto found = shippedPath(relative);
        std::filesystem::remove_all(expected.parent_path());
        std::error_code ec;
        std::filesystem::remove(expected.parent_path().parent_path(), ec); // share/, if empty
        QVERIFY(found);
        QCOMPARE(*found, expected.lexically_normal());
        QVERIFY(!shippedPath(relative));
    }
};

QTEST_APPLESS_MAIN(SettingsTest)
#include "tst_settings.moc"
