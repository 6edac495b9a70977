#include "store/AddressBook.h"
#include "util/Error.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace sr;

class AddressBookTest : public QObject {
    Q_OBJECT
    const eth::Address alice_ = eth::Address::fromHex("0x70997970C51812dc3A010C7d01b50e0d17dc79C8");
    const eth::Address app_ = eth::Address::fromHex("0x3C44CdDdB6a900fa2b585dd299e03d12FA4293BC");

private slots:
    void saveFindListUpdateRemove() {
        QTemporaryDir dir;
        const auto file = std::filesystem::path(dir.path().toStdString()) / "strongroom.sqlite";
        {
            AddressBook book(file);
            book.save({31337, alice_, "Alice", ContactKind::User, 0});
            book.save({31337, app_, "Web3Mail", ContactKind::App, 0});
            book.save({42161, alice_, "Alice on mainnet", ContactKind::User, 0});
        }
        AddressBook book(file); // survives a reopen
        const auto local = book.list(31337);
        QCOMPARE(local.size(), std::size_t(2));
        QCOMPARE(local[0].label, std::string("Alice")); // by name
        QCOMPARE(local[1].kind, ContactKind::App);
        QVERIFY(local[0].createdAt > 0);
        QCOMPARE(book.find(42161, alice_)->label, std::string("Alice on mainnet"));
        QVERIFY(!book.find(421614, alice_));
        book.save({31337, alice_, "Alice (work)", ContactKind::User, 0});
        QCOMPARE(book.find(31337, alice_)->label, std::string("Alice (work)"));
        QCOMPARE(book.list(31337).size(), std::size_t(2));
        book.remove(31337, alice_);
        QVERIFY(!book.find(31337, alice_));
    }

    void badEntriesAreRefused() {
        QTemporaryDir dir;
        AddressBook book(std::filesystem::path(dir.path().toStdString()) / "db.sqlite");
        auto codeOf = [](auto f) {
            try {
                f();
            } catch (const Error& e) {
                return e.code();
            }
            return ErrorCode::Internal;
        };
        QCOMPARE(codeOf([&] {
                     book.save({1, eth::Address(), "x", ContactKind::User, 0});
                 }),
                 ErrorCode::InvalidArgument);
        QCOMPARE(codeOf([&] {
                     book.save({1, alice_, "", ContactKind::User, 0});
                 }),
                 ErrorCode::InvalidArgument);
        QCOMPARE(codeOf([&] {
                     book.save({1, alice_, "a\tb", ContactKind::User, 0});
                 }),
                 ErrorCode::InvalidArgument);
        QCOMPARE(codeOf([&] {
                     book.save({1, alice_, std::string(65, 'x'), ContactKind::User, 0});
                 }),
                 ErrorCode::InvalidArgument);
        QCOMPARE(codeOf([&] { book.remove(1, alice_); }), ErrorCode::NotFound);
        QCOMPARE(codeOf([&] { contactKindFromName("friend"); }), ErrorCode::Corrupt);
    }
};

QTEST_GUILESS_MAIN(AddressBookTest)
#include "tst_addressbook.moc"
