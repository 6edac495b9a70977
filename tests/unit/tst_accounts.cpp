// session::Accounts: the wallet's front door as the GUI and the CLI use it, over a data folder
// of its own (the account store and the watch-only list behind it are tested on their own in
// tst_accountstore and tst_watchonly).

#include "ErrorCodeOf.h"
#include "eth/Hex.h"
#include "session/Accounts.h"
#include "util/Error.h"

#include <QTemporaryDir>
#include <QtTest>
#include <nlohmann/json.hpp>

using namespace sr;
using session::Accounts;
using wallet::AccountKind;

namespace {

constexpr std::string_view kPassword = "correct horse battery staple";
// Anvil's first account: a key whose address everyone knows.
constexpr std::string_view kKeyHex =
    "ac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80";
const eth::Address kKeyAddress =
    eth::Address::fromHex("0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266");

Accounts::Cost cheap() {
    Accounts::Cost cost;
    cost.scryptN = 1u << 10;
    cost.rsaBits = 2048;
    return cost;
}

} // namespace

class AccountsTest : public QObject {
    Q_OBJECT

    QTemporaryDir dir_;
    int folders_ = 0;

    AppPaths freshPaths() {
        AppPaths paths;
        paths.dataDir = dir_.path().toStdString() + "/data" + std::to_string(++folders_);
        paths.configDir = paths.dataDir / "config";
        return paths;
    }

private slots:
    void createAddRelabelUnlockRemove() {
        const AppPaths paths = freshPaths();
        Accounts accounts(paths, cheap());
        QVERIFY(accounts.list().empty());
        QVERIFY(!accounts.defaultAccount());

        const wallet::CreatedWallet created = accounts.createHdWallet(kPassword, 12, "Main");
        QCOMPARE(created.mnemonic.wordCount(), std::size_t(12));
        QCOMPARE(created.account.kind, AccountKind::Hd);
        const wallet::AccountInfo second = accounts.addHdAccount(kPassword, "Second");
        QCOMPARE(second.hdIndex, std::optional<std::uint32_t>(1));

        // Another door over the same folder reads what this one wrote, in order.
        const Accounts reread(paths, cheap());
        const auto listed = reread.list();
        QCOMPARE(listed.size(), std::size_t(2));
        QCOMPARE(listed[0].address, created.account.address);
        QCOMPARE(listed[0].label, std::string("Main"));
        QCOMPARE(listed[1].address, second.address);
        QCOMPARE(reread.defaultAccount()->address, created.account.address);
        QVERIFY(reread.unreadableFiles().empty());
        QVERIFY(std::filesystem::exists(paths.keystoreDir()));

        accounts.relabel(second.address, "Savings");
        QCOMPARE(reread.account(second.address).label, std::string("Savings"));

        const wallet::UnlockedAccount unlocked = accounts.unlock(second.address, kPassword);
        QCOMPARE(unlocked.address(), second.address);
        QCOMPARE(test::errorCodeOf([&] { (void)accounts.unlock(second.address, "wrong"); }),
                 ErrorCode::WrongPassword);
        QCOMPARE(accounts.exportMnemonic(second.address, kPassword).phrase(),
                 created.mnemonic.phrase());
        QVERIFY(!accounts.unlockResultKey(second.address, kPassword).empty());

        QCOMPARE(test::errorCodeOf([&] { (void)accounts.remove(second.address, "wrong"); }),
                 ErrorCode::WrongPassword);
        QVERIFY(!accounts.remove(second.address, kPassword).seedRemoved);
        QCOMPARE(test::errorCodeOf([&] { (void)accounts.account(second.address); }),
                 ErrorCode::NotFound);
        QVERIFY(accounts.remove(created.account.address, kPassword).seedRemoved);
        QVERIFY(accounts.list().empty());
    }

    void importKeyThenKeystoreElsewhere() {
        Accounts first(freshPaths(), cheap());
        std::optional<wallet::UnlockedAccount> unlocked;
        const auto imported = first.importPrivateKey(crypto::SecretBytes(eth::fromHex(kKeyHex)),
                                                     kPassword, "Anvil", &unlocked);
        QCOMPARE(imported.address, kKeyAddress);
        QCOMPARE(imported.kind, AccountKind::Imported);
        QVERIFY(unlocked);
        QCOMPARE(unlocked->address(), kKeyAddress);
        QCOMPARE(test::errorCodeOf([&] {
                     (void)first.importPrivateKey(crypto::SecretBytes(eth::fromHex(kKeyHex)),
                                                  kPassword);
                 }),
                 ErrorCode::AlreadyExists);

        // The exported file carries the address, opens with the same password, and was made
        // at the cost this door was given.
        const std::string file = first.exportKeystore(kKeyAddress, kPassword);
        QCOMPARE(nlohmann::json::parse(file)["crypto"]["kdfparams"]["n"].get<std::uint64_t>(),
                 cheap().scryptN);
        QCOMPARE(Accounts::keystoreFileAddress(file), std::optional<eth::Address>(kKeyAddress));
        Accounts::checkKeystorePassword(file, kPassword);
        QCOMPARE(test::errorCodeOf([&] { Accounts::checkKeystorePassword(file, "wrong"); }),
                 ErrorCode::WrongPassword);
        QVERIFY(test::errorCodeOf([] {
                    (void)Accounts::keystoreFileAddress("{\"not\": \"a keystore\"}");
                }) != ErrorCode::Internal);
        QVERIFY(Accounts::maxKeystoreFileSize() >= file.size());

        Accounts second(freshPaths(), cheap());
        const auto moved = second.importKeystore(file, kPassword, "another password", "Moved");
        QCOMPARE(moved.address, kKeyAddress);
        QCOMPARE(second.unlock(kKeyAddress, "another password").address(), kKeyAddress);
        QCOMPARE(test::errorCodeOf([&] { (void)second.unlock(kKeyAddress, kPassword); }),
                 ErrorCode::WrongPassword);
    }

    void watchedAddressesApartFromKeys() {
        const AppPaths paths = freshPaths();
        Accounts accounts(paths, cheap());
        const eth::Address cold =
            eth::Address::fromHex("0x70997970C51812dc3A010C7d01b50e0d17dc79C8");
        const auto added = accounts.watch(cold, "Cold");
        QCOMPARE(added.kind, AccountKind::WatchOnly);
        QCOMPARE(test::errorCodeOf([&] { (void)accounts.watch(cold); }), ErrorCode::AlreadyExists);
        QVERIFY(accounts.list().empty()); // never among the keyed ones

        Accounts reread(paths, cheap());
        QCOMPARE(reread.watched().size(), std::size_t(1));
        QCOMPARE(reread.watched()[0].label, std::string("Cold"));
        reread.relabelWatched(cold, "Colleague");
        QCOMPARE(accounts.watched()[0].label, std::string("Colleague"));
        accounts.unwatch(cold);
        QVERIFY(reread.watched().empty());
        QCOMPARE(test::errorCodeOf([&] { accounts.unwatch(cold); }), ErrorCode::NotFound);
    }
};

QTEST_GUILESS_MAIN(AccountsTest)
#include "tst_accounts.moc"
