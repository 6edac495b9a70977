#include "FakeSync.h"
#include "store/AtomicFile.h"
#include "util/Error.h"

#include <QTemporaryDir>
#include <QtTest>
#include <csignal>
#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace sr;

class AtomicFileTest : public QObject {
    Q_OBJECT
private slots:
    void writesWithModesAndReplaces() {
        QTemporaryDir dir;
        const std::filesystem::path file = dir.path().toStdString() + "/a/b/secret.json";
        writeFileAtomic(file, "one");
        QCOMPARE(readFile(file), std::string("one"));
        struct stat st {};
        QCOMPARE(::stat(file.c_str(), &st), 0);
        QCOMPARE(st.st_mode & 0777, 0600u);
        QCOMPARE(::stat(file.parent_path().c_str(), &st), 0);
        QCOMPARE(st.st_mode & 0777, 0700u);
        writeFileAtomic(file, std::string(100000, 'x'));
        QCOMPARE(readFile(file).size(), size_t(100000));
        // No temporary file is left behind.
        int entries = 0;
        for ([[maybe_unused]] const auto& e :
             std::filesystem::directory_iterator(file.parent_path()))
            ++entries;
        QCOMPARE(entries, 1);
    }

    void failuresAreClearAndKeepTheOldFile() {
        if (::geteuid() == 0)
            QSKIP("SKIPPED LOUDLY: running as root, permission checks do not apply");
        QTemporaryDir dir;
        const std::filesystem::path file = dir.path().toStdString() + "/locked/settings.json";
        writeFileAtomic(file, "old");
        ::chmod(file.parent_path().c_str(), 0500);
        try {
            writeFileAtomic(file, "new");
            QFAIL("wrote into a read-only folder");
        } catch (const Error& e) {
            QCOMPARE(e.code(), ErrorCode::Io);
        }
        ::chmod(file.parent_path().c_str(), 0700);
        QCOMPARE(readFile(file), std::string("old"));
    }

    void writeFailureMidwayKeepsTheOldFile() {
        // A file size limit makes write() fail part-way, as a full disk does: the old file
        // must survive intact and no temporary file may remain.
        QTemporaryDir dir;
        const std::filesystem::path file = dir.path().toStdString() + "/journal.json";
        writeFileAtomic(file, "old");
        struct rlimit saved {};
        QCOMPARE(::getrlimit(RLIMIT_FSIZE, &saved), 0);
        const auto previousHandler = ::signal(SIGXFSZ, SIG_IGN);
        struct rlimit small = saved;
        small.rlim_cur = 4096;
        QCOMPARE(::setrlimit(RLIMIT_FSIZE, &small), 0);
        bool threw = false;
        try {
            writeFileAtomic(file, std::string(64 * 1024, 'n'));
        } catch (const Error& e) {
            threw = e.code() == ErrorCode::Io;
        }
        ::setrlimit(RLIMIT_FSIZE, &saved);
        ::signal(SIGXFSZ, previousHandler);
        QVERIFY(threw);
        QCOMPARE(readFile(file), std::string("old"));
        int entries = 0;
        for ([[maybe_unused]] const auto& e :
             std::filesystem::directory_iterator(file.parent_path()))
            ++entries;
        QCOMPARE(entries, 1);
    }

    void everyFlushIsCheckedAndNewFoldersAreSynced() {
        QTemporaryDir dir;
        const std::filesystem::path root = std::filesystem::canonical(dir.path().toStdString());
        const std::filesystem::path file = root / "a" / "b" / "settings.json";
        test::FakeSync fake;
        writeFileAtomic(file, "one");
        // The file's folder after the rename, and each new folder's parent after its mkdir.
        QVERIFY(fake.synced(root / "a" / "b"));
        QVERIFY(fake.synced(root / "a"));
        QVERIFY(fake.synced(root));
        // A folder that can't be flushed is an error, not a silent loss after a crash.
        fake.failOn(test::FakeSync::Fail::Folders);
        std::string message;
        try {
            writeFileAtomic(file, "two");
        } catch (const Error& e) {
            message = e.what();
            QCOMPARE(e.code(), ErrorCode::Io);
        }
        QVERIFY2(message.find("flush the folder") != std::string::npos, message.c_str());
        try {
            ensureDirectory(root / "c" / "d");
            QFAIL("a new folder whose parent can't be flushed was accepted");
        } catch (const Error& e) {
            QCOMPARE(e.code(), ErrorCode::Io);
        }
    }

    void missingFileIsNotFound() {
        try {
            readFile("/nonexistent/strongroom/file");
            QFAIL("read a missing file");
        } catch (const Error& e) {
            QCOMPARE(e.code(), ErrorCode::NotFound);
        }
    }

    void setAsideKeepsTheBytes() {
        QTemporaryDir dir;
        const std::filesystem::path file = dir.path().toStdString() + "/networks.json";
        writeFileAtomic(file, "{broken");
        const auto aside = setFileAside(file);
        QVERIFY(!std::filesystem::exists(file));
        QCOMPARE(readFile(aside), std::string("{broken"));
        QVERIFY(aside.filename().string().starts_with("networks.json.broken-"));
    }
};

QTEST_APPLESS_MAIN(AtomicFileTest)
#include "tst_atomicfile.moc"
