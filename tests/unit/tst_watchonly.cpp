#include "store/AtomicFile.h"
#include "util/Error.h"
#include "wallet/WatchOnlyAccounts.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace sr;
using namespace sr::wallet;

class WatchOnlyTest : public QObject {
    Q_OBJECT
    const eth::Address a_ = eth::Address::fromHex("0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266");
    const eth::Address b_ = eth::Address::fromHex("0x70997970C51812dc3A010C7d01b50e0d17dc79C8");

private slots:
    void addListRelabelRemove() {
        QTemporaryDir dir;
        WatchOnlyAccounts watched(dir.path().toStdString());
        QVERIFY(watched.list().empty());
        watched.add(a_, "cold wallet");
        watched.add(b_);
        auto all = WatchOnlyAccounts(dir.path().toStdString()).list(); // read back from disk
        QCOMPARE(all.size(), std::size_t(2));
        QCOMPARE(all[0].address, a_);
        QCOMPARE(all[0].label, std::string("cold wallet"));
        QCOMPARE(all[0].kind, AccountKind::WatchOnly);
        QVERIFY(all[0].file.empty());
        watched.relabel(b_, "colleague");
        QCOMPARE(watched.list()[1].label, std::string("colleague"));
        watched.remove(a_);
        QCOMPARE(watched.list().size(), std::size_t(1));
    }

    void badInputIsAClearError() {
        QTemporaryDir dir;
        WatchOnlyAccounts watched(dir.path().toStdString());
        watched.add(a_);
        auto codeOf = [](auto f) {
            try {
                f();
            } catch (const Error& e) {
                return e.code();
            }
            return ErrorCode::Internal;
        };
        QCOMPARE(codeOf([&] { watched.add(a_); }), ErrorCode::AlreadyExists);
        QCOMPARE(codeOf([&] { watched.add(eth::Address()); }), ErrorCode::InvalidArgument);
        QCOMPARE(codeOf([&] { watched.add(b_, "bad\nlabel"); }), ErrorCode::InvalidArgument);
        QCOMPARE(codeOf([&] { watched.remove(b_); }), ErrorCode::NotFound);
    }

    void aDamagedFileIsSetAsideNotLost() {
        QTemporaryDir dir;
        const std::filesystem::path root = dir.path().toStdString();
        writeFileAtomic(root / "watch-only.json", "{\"accounts\": [ {\"address\": 12");
        WatchOnlyAccounts watched(root);
        QVERIFY(watched.list().empty());
        int aside = 0;
        for (const auto& entry : std::filesystem::directory_iterator(root))
            aside += entry.path().filename().string().find("watch-only.json") == 0 &&
                     entry.path().filename() != "watch-only.json";
        QCOMPARE(aside, 1);
        watched.add(a_);
        QCOMPARE(watched.list().size(), std::size_t(1));
    }
};

QTEST_GUILESS_MAIN(WatchOnlyTest)
#include "tst_watchonly.moc"
