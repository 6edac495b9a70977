#include "store/AtomicFile.h"
#include "store/Database.h"
#include "util/Error.h"

#include <QTemporaryDir>
#include <QtTest>
#include <sys/stat.h>

using namespace sr;

namespace {
const std::vector<std::string> kSchema = {
    "CREATE TABLE items (id INTEGER PRIMARY KEY, name TEXT NOT NULL, data BLOB)",
    "ALTER TABLE items ADD COLUMN size INTEGER",
};
}

class DatabaseTest : public QObject {
    Q_OBJECT
private slots:
    void migratesAndPersists() {
        QTemporaryDir dir;
        const std::filesystem::path file = dir.path().toStdString() + "/db/strongroom.sqlite";
        {
            Database db(file, {kSchema[0]});
            QCOMPARE(db.schemaVersion(), 1);
            db.prepare("INSERT INTO items(name, data) VALUES(?, ?)")
                .bind(1, "first")
                .bindBlob(2, {1, 2, 3})
                .run();
        }
        Database db(file, kSchema);
        QCOMPARE(db.schemaVersion(), 2);
        auto row = db.prepare("SELECT name, data, size FROM items");
        QVERIFY(row.step());
        QCOMPARE(row.text(0), std::string("first"));
        QCOMPARE(row.blob(1), (std::vector<std::uint8_t>{1, 2, 3}));
        QVERIFY(row.isNull(2));
        QVERIFY(!row.step());
        struct stat st {};
        QCOMPARE(::stat(file.c_str(), &st), 0);
        QCOMPARE(st.st_mode & 0777, 0600u);
    }

    void everyOpenMakesTheFilesPrivate() {
        QTemporaryDir dir;
        const std::filesystem::path file = dir.path().toStdString() + "/strongroom.sqlite";
        const auto modeOf = [](const std::string& path) {
            struct stat st {};
            return ::stat(path.c_str(), &st) == 0 ? st.st_mode & 0777 : 01000u;
        };
        {
            Database db(file, kSchema);
            db.prepare("INSERT INTO items(name) VALUES('x')").run();
        }
        // A copy or another tool widened the database and left a readable WAL beside it.
        QCOMPARE(::chmod(file.c_str(), 0644), 0);
        for (const char* suffix : {"-wal", "-shm"}) {
            const std::string side = file.string() + suffix;
            if (modeOf(side) == 01000u) {
                std::FILE* f = std::fopen(side.c_str(), "w");
                QVERIFY(f);
                std::fclose(f);
            }
            QCOMPARE(::chmod(side.c_str(), 0644), 0);
        }
        Database db(file, kSchema);
        auto row = db.prepare("SELECT count(*) FROM items");
        QVERIFY(row.step());
        QCOMPARE(modeOf(file.string()), 0600u);
        QCOMPARE(modeOf(file.string() + "-wal"), 0600u);
        QCOMPARE(modeOf(file.string() + "-shm"), 0600u);
    }

    void failedTransactionsLeaveNothing() {
        QTemporaryDir dir;
        Database db(dir.path().toStdString() + "/t.sqlite", kSchema);
        QVERIFY_THROWS_EXCEPTION(std::runtime_error, db.transaction([&] {
            db.prepare("INSERT INTO items(name) VALUES('half')").run();
            throw std::runtime_error("interrupted");
        }));
        auto count = db.prepare("SELECT COUNT(*) FROM items");
        QVERIFY(count.step());
        QCOMPARE(count.integer(0), 0);
    }

    void newerSchemaIsRefused() {
        QTemporaryDir dir;
        const std::string file = dir.path().toStdString() + "/t.sqlite";
        { Database db(file, kSchema); }
        try {
            Database db(file, {kSchema[0]});
            QFAIL("opened a newer schema");
        } catch (const Error& e) {
            QCOMPARE(e.code(), ErrorCode::Unsupported);
        }
    }

    void garbageFileIsCorrupt() {
        QTemporaryDir dir;
        const std::string file = dir.path().toStdString() + "/t.sqlite";
        writeFileAtomic(file, std::string(8192, 'x'));
        try {
            Database db(file, kSchema);
            QFAIL("opened garbage");
        } catch (const Error& e) {
            QCOMPARE(e.code(), ErrorCode::Corrupt);
            QVERIFY(std::string(e.what()).find("t.sqlite") != std::string::npos);
        }
    }

    void badSqlIsAnError() {
        QTemporaryDir dir;
        Database db(dir.path().toStdString() + "/t.sqlite", kSchema);
        QVERIFY_THROWS_EXCEPTION(Error, db.exec("SELECT * FROM nowhere"));
        QVERIFY_THROWS_EXCEPTION(Error, db.prepare("INSERT INTO items(name) VALUES(NULL)").run());
    }
};

QTEST_APPLESS_MAIN(DatabaseTest)
#include "tst_database.moc"
