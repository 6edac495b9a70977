// session::Contacts: the address book's front door as the GUI and the CLI use it, over a data
// folder of its own (the book behind it is tested in tst_addressbook). Checking an app or a
// whitelist on chain needs a node: tests/gui/tst_wallet (addressBookTypedAndUsedBySend) and
// the CLI's contact tests do it against the sandbox.

#include "ErrorCodeOf.h"
#include "session/Contacts.h"
#include "session/Session.h"
#include "util/Error.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace sr;
using session::Contacts;

namespace {

const eth::Address kAlice = eth::Address::fromHex("0x70997970C51812dc3A010C7d01b50e0d17dc79C8");
const eth::Address kBob = eth::Address::fromHex("0x3C44CdDdB6a900fa2b585dd299e03d12FA4293BC");

} // namespace

class ContactsTest : public QObject {
    Q_OBJECT

    QTemporaryDir dir_;

    AppPaths paths() const {
        AppPaths paths;
        paths.dataDir = dir_.path().toStdString() + "/data";
        paths.configDir = paths.dataDir / "config";
        std::filesystem::create_directories(paths.dataDir);
        return paths;
    }

private slots:
    void peopleSavedListedFoundRemoved() {
        Contacts book(paths());
        QCOMPARE(book.save(Contact{7, kBob, "Bob", ContactKind::User, 0}).label,
                 std::string("Bob"));
        book.save(Contact{7, kAlice, "Alice", ContactKind::User, 0});
        book.save(Contact{8, kAlice, "Alice elsewhere", ContactKind::User, 0});

        const Contacts reopened(paths()); // the same database, read again
        const auto listed = reopened.list(7);
        QCOMPARE(listed.size(), std::size_t(2));
        QCOMPARE(listed[0].label, std::string("Alice")); // by label
        QCOMPARE(listed[1].address, kBob);
        QCOMPARE(reopened.find(8, kAlice)->label, std::string("Alice elsewhere"));
        QVERIFY(!reopened.find(8, kBob));

        book.remove(7, kAlice);
        QCOMPARE(reopened.list(7).size(), std::size_t(1));
        QVERIFY(reopened.find(8, kAlice)); // another network's entry stays
        QCOMPARE(test::errorCodeOf([&] { book.remove(7, kAlice); }), ErrorCode::NotFound);
        QCOMPARE(test::errorCodeOf([&] {
                     book.save(Contact{7, kAlice, "", ContactKind::User, 0});
                 }),
                 ErrorCode::InvalidArgument);
    }

    // An app or a whitelist is never saved unchecked; through a network's session a person's
    // entry takes that network's chain id (the node is not asked for it).
    void appsOnlyThroughTheNetwork() {
        Contacts book(paths());
        QCOMPARE(test::errorCodeOf([&] {
                     book.save(Contact{7, kAlice, "An app", ContactKind::App, 0});
                 }),
                 ErrorCode::InvalidArgument);
        QCOMPARE(test::errorCodeOf([&] {
                     book.save(Contact{7, kAlice, "A list", ContactKind::Whitelist, 0});
                 }),
                 ErrorCode::InvalidArgument);
        QVERIFY(!book.find(7, kAlice));

        NetworkProfile profile;
        profile.name = "offline";
        profile.chainId = 4242;
        profile.rpcUrls = {"http://127.0.0.1:9"}; // never asked
        const session::ChainSession chain(paths(), profile);
        const Contact saved = book.save(chain, Contact{0, kAlice, "Carol", ContactKind::User, 0});
        QCOMPARE(saved.chainId, std::uint64_t(4242));
        QCOMPARE(book.find(4242, kAlice)->label, std::string("Carol"));
    }
};

QTEST_GUILESS_MAIN(ContactsTest)
#include "tst_contacts.moc"
