// The account store: files, permissions, HD accounts, imports, export, removal, labels, the
// result key pair, damaged files (a broken accounts.json loses no keystore), how many times
// each operation runs scrypt, and that the KDF runs outside the store's lock.

#include "crypto/RsaPrivateKey.h"
#include "crypto/Scrypt.h"
#include "eth/Eip191.h"
#include "eth/Hex.h"
#include "store/AtomicFile.h"
#include "util/Error.h"
#include "wallet/AccountStore.h"
#include "wallet/Keystore.h"
#include "wallet/SeedKeystore.h"

#include <QDir>
#include <QTemporaryDir>
#include <QtTest>
#include <atomic>
#include <nlohmann/json.hpp>
#include <sys/stat.h>
#include <thread>

using sr::Error;
using sr::ErrorCode;
using sr::crypto::SecretBytes;
using sr::eth::Address;
using sr::wallet::AccountInfo;
using sr::wallet::AccountKind;
using sr::wallet::AccountStore;
using sr::wallet::Keystore;
using sr::wallet::Mnemonic;
namespace fs = std::filesystem;

namespace {

AccountStore::Options fastOptions() {
    AccountStore::Options options;
    options.cost = {1u << 10, 8, 1};
    options.rsaBits = 2048;
    return options;
}

ErrorCode codeOf(const std::function<void()>& f, std::string* message = nullptr) {
    try {
        f();
    } catch (const Error& e) {
        if (message)
            *message = e.what();
        return e.code();
    }
    return ErrorCode(0);
}

mode_t modeOf(const fs::path& path) {
    struct stat st {};
    ::stat(path.c_str(), &st);
    return st.st_mode & 0777;
}

std::size_t countFiles(const fs::path& dir, std::string_view prefix) {
    std::size_t n = 0;
    for (const auto& entry : fs::directory_iterator(dir))
        if (entry.path().filename().string().starts_with(prefix))
            ++n;
    return n;
}

SecretBytes keyFromHex(const char* hex) {
    return SecretBytes(sr::eth::fromHex(hex));
}

// scrypt runs made by `f` (the count is for the whole process: no other thread may derive).
std::uint64_t kdfRuns(const std::function<void()>& f) {
    const std::uint64_t before = sr::crypto::scryptRuns();
    f();
    return sr::crypto::scryptRuns() - before;
}

// Waits (without a time limit of its own: the test's is enough) until scrypt has started
// `runs` more derivations than `before`.
void waitForKdf(std::uint64_t before, std::uint64_t runs = 1) {
    while (sr::crypto::scryptRuns() < before + runs)
        std::this_thread::sleep_for(std::chrono::milliseconds(1));
}

constexpr const char* kJunk = "test test test test test test test test test test test junk";

} // namespace

class AccountStoreTest : public QObject {
    Q_OBJECT

    QTemporaryDir tmp_;
    int n_ = 0;
    fs::path freshDir() {
        return fs::path(tmp_.path().toStdString()) / ("store" + std::to_string(++n_)) / "keystore";
    }

private slots:
    void createListAndFiles() {
        const fs::path dir = freshDir();
        AccountStore store(dir, fastOptions());
        QVERIFY(store.empty());
        QVERIFY(!store.defaultAccount());
        QCOMPARE(codeOf([&] { (void)store.createHdWallet("", 12); }), ErrorCode::InvalidArgument);
        const auto created = store.createHdWallet("pw", 12, "Main");
        QCOMPARE(created.mnemonic.wordCount(), std::size_t(12));
        const AccountInfo& a = created.account;
        QCOMPARE(a.kind, AccountKind::Hd);
        QCOMPARE(*a.hdIndex, 0u);
        QCOMPARE(a.label, std::string("Main"));
        QCOMPARE(a.address, sr::wallet::hdAddress(created.mnemonic, 0));
        QVERIFY(a.resultPublicKeyPem.starts_with("-----BEGIN PUBLIC KEY-----"));
        // Files: UTC--<time>--<address> and the seed, 0600 in a 0700 folder.
        QCOMPARE(modeOf(dir), mode_t(0700));
        const std::string name = a.file.filename().string();
        QVERIFY(QRegularExpression(
                    QStringLiteral(
                        "^UTC--\\d{4}-\\d\\d-\\d\\dT\\d\\d-\\d\\d-\\d\\d\\.\\d{9}Z--[0-9a-f]{40}$"))
                    .match(QString::fromStdString(name))
                    .hasMatch());
        QVERIFY(name.ends_with(sr::eth::toHex(a.address.bytes(), false)));
        QCOMPARE(modeOf(a.file), mode_t(0600));
        QCOMPARE(countFiles(dir, "hd-seed--"), std::size_t(1));
        for (const auto& entry : fs::directory_iterator(dir)) {
            QCOMPARE(modeOf(entry.path()), mode_t(0600));
            const std::string text = sr::readFile(entry.path());
            // No word of the phrase, no key in clear anywhere.
            std::string phrase(created.mnemonic.phrase());
            QVERIFY(text.find(phrase.substr(0, phrase.find(' ') + 1) +
                              phrase.substr(phrase.find(' ') + 1, 3)) == std::string::npos);
            QVERIFY(text.find("PRIVATE KEY") == std::string::npos);
        }
        // The account file is a standard keystore.
        const Keystore keystore = Keystore::parse(sr::readFile(a.file));
        QCOMPARE(*keystore.address(), a.address);
        QCOMPARE(keystore.hdOrigin()->index, 0u);

        const auto list = store.list();
        QCOMPARE(list.size(), std::size_t(1));
        QCOMPARE(list[0].address, a.address);
        QCOMPARE(list[0].label, std::string("Main"));
        QCOMPARE(store.defaultAccount()->address, a.address);

        // A second wallet in the same store needs the same password.
        QCOMPARE(codeOf([&] { (void)store.createHdWallet("other", 24); }),
                 ErrorCode::WrongPassword);
        const auto second = store.createHdWallet("pw", 24);
        QCOMPARE(second.mnemonic.wordCount(), std::size_t(24));
        QCOMPARE(store.list().size(), std::size_t(2));
        QCOMPARE(countFiles(dir, "hd-seed--"), std::size_t(2));
    }

    void hdAccountsAndImportedPhrases() {
        AccountStore store(freshDir(), fastOptions());
        QCOMPARE(codeOf([&] { (void)store.addHdAccount("pw"); }), ErrorCode::NotFound);
        const AccountInfo first = store.importMnemonic(kJunk, 0, "pw");
        QCOMPARE(first.address.toChecksumHex(),
                 std::string("0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266"));
        QCOMPARE(codeOf([&] { (void)store.addHdAccount("nope"); }), ErrorCode::WrongPassword);
        const AccountInfo second = store.addHdAccount("pw", "Second");
        QCOMPARE(second.address.toChecksumHex(),
                 std::string("0x70997970C51812dc3A010C7d01b50e0d17dc79C8"));
        QCOMPARE(*second.hdIndex, 1u);
        QCOMPARE(second.seedId, first.seedId);
        // The same phrase again, at another index: no second seed file.
        const AccountInfo fifth = store.importMnemonic(
            "  TEST test test test test test test test test test test junk ", 5, "pw");
        QCOMPARE(fifth.seedId, first.seedId);
        QCOMPARE(countFiles(store.directory(), "hd-seed--"), std::size_t(1));
        QCOMPARE(*store.addHdAccount("pw").hdIndex, 6u);
        QCOMPARE(codeOf([&] { (void)store.importMnemonic(kJunk, 1, "pw"); }),
                 ErrorCode::AlreadyExists);
        // Bad phrases say why.
        std::string message;
        QCOMPARE(codeOf([&] { (void)store.importMnemonic("test test junk", 0, "pw"); }, &message),
                 ErrorCode::InvalidArgument);
        QVERIFY(message.find("12, 15, 18, 21 or 24") != std::string::npos);
        QCOMPARE(codeOf([&] { (void)store.importMnemonic(kJunk, 0x80000000u, "pw"); }),
                 ErrorCode::InvalidArgument);
        // The phrase comes back only with the password.
        QCOMPARE(std::string(store.exportMnemonic(second.address, "pw").phrase()),
                 std::string(kJunk));
        QCOMPARE(codeOf([&] { (void)store.exportMnemonic(second.address, "PW"); }),
                 ErrorCode::WrongPassword);
        QCOMPARE(store.list().size(), std::size_t(4));
    }

    void importKeysAndKeystores() {
        AccountStore store(freshDir(), fastOptions());
        const SecretBytes key =
            keyFromHex("4c0883a69102937d6231471b5dbb6204fe5129617082792ae468d01a3f362318");
        const AccountInfo imported = store.importPrivateKey(key, "pw", "Cold");
        QCOMPARE(imported.kind, AccountKind::Imported);
        QVERIFY(!imported.hdIndex);
        QCOMPARE(imported.address.toChecksumHex(),
                 std::string("0x2c7536E3605D9C16a7a3D7b1898e529396a65c23"));
        QCOMPARE(codeOf([&] { (void)store.importPrivateKey(key, "pw"); }),
                 ErrorCode::AlreadyExists);
        QCOMPARE(codeOf([&] { (void)store.importPrivateKey(SecretBytes(32), "pw"); }),
                 ErrorCode::InvalidArgument);
        QCOMPARE(codeOf([&] { (void)store.exportMnemonic(imported.address, "pw"); }),
                 ErrorCode::InvalidArgument);
        const SecretBytes other = SecretBytes::random(32);
        QCOMPARE(codeOf([&] { (void)store.importPrivateKey(other, "wrong"); }),
                 ErrorCode::WrongPassword);

        // A keystore with a weak KDF and another password: re-encrypted under ours.
        const Keystore foreign = Keystore::create(other, "file password", {2, 8, 1});
        std::string message;
        QCOMPARE(
            codeOf([&] { (void)store.importKeystore(foreign.toJson(), "nope", "pw"); }, &message),
            ErrorCode::WrongPassword);
        QVERIFY(message.find("keystore file's password") != std::string::npos);
        QCOMPARE(
            codeOf([&] { (void)store.importKeystore(foreign.toJson(), "file password", "x"); }),
            ErrorCode::WrongPassword);
        QCOMPARE(codeOf([&] { (void)store.importKeystore("{\"version\":3}", "a", "pw"); }),
                 ErrorCode::Corrupt);
        const AccountInfo fromFile = store.importKeystore(foreign.toJson(), "file password", "pw");
        QCOMPARE(fromFile.address, *foreign.address());
        const auto stored = nlohmann::json::parse(sr::readFile(fromFile.file));
        QCOMPARE(stored["crypto"]["kdfparams"]["n"].get<int>(), 1 << 10);
        QVERIFY(store.unlock(fromFile.address, "pw").privateKey().equals(other.view()));
        QCOMPARE(store.list().size(), std::size_t(2));
    }

    // One damaged key file (its MAC no longer matches) neither locks the user out of account
    // operations nor makes a right password "wrong"; when nothing opens, the message says the
    // files may be damaged.
    void anyReadableKeystoreProvesThePassword() {
        const fs::path dir = freshDir();
        AccountStore store(dir, fastOptions());
        const auto created = store.createHdWallet("pw");
        const AccountInfo second = store.importPrivateKey(SecretBytes::random(32), "pw");
        // Damage the first account's ciphertext, keeping the file readable JSON.
        const fs::path first = store.account(created.account.address).file;
        nlohmann::json doc = nlohmann::json::parse(sr::readFile(first));
        std::string cipher = doc["crypto"]["ciphertext"].get<std::string>();
        cipher[0] = cipher[0] == '0' ? '1' : '0';
        doc["crypto"]["ciphertext"] = cipher;
        sr::writeFileAtomic(first, doc.dump());
        QCOMPARE(store.list().size(), std::size_t(2)); // still listed

        const AccountInfo third = store.importPrivateKey(SecretBytes::random(32), "pw");
        QVERIFY(store.account(third.address).file != first);
        (void)store.unlock(second.address, "pw");
        std::string message;
        QCOMPARE(codeOf([&] { (void)store.importPrivateKey(SecretBytes::random(32), "nope"); },
                        &message),
                 ErrorCode::WrongPassword);
        QVERIFY2(message.find("damaged") != std::string::npos, message.c_str());
        // The damaged account itself: wrong password or damaged file, never just "wrong".
        QCOMPARE(codeOf([&] { (void)store.unlock(created.account.address, "pw"); }, &message),
                 ErrorCode::WrongPassword);
        QVERIFY2(message.find("damaged") != std::string::npos, message.c_str());
    }

    void unlockSignAndResultKey() {
        AccountStore store(freshDir(), fastOptions());
        const AccountInfo a = store.importMnemonic(kJunk, 0, "pw");
        QCOMPARE(codeOf([&] { (void)store.unlock(a.address, "PW"); }), ErrorCode::WrongPassword);
        QCOMPARE(codeOf([&] { (void)store.unlock(Address(), "pw"); }), ErrorCode::NotFound);
        const sr::wallet::UnlockedAccount signer = store.unlock(a.address, "pw");
        QCOMPARE(signer.address(), a.address);
        const sr::Bytes signature = signer.signPersonalMessage(sr::asBytes("hello"));
        QCOMPARE(signature.size(), std::size_t(65));
        QCOMPARE(sr::eth::recoverAddress(sr::eth::hashPersonalMessage(sr::asBytes("hello")),
                                         sr::eth::fromRsv(signature)),
                 a.address);

        const SecretBytes pem = store.unlockResultKey(a.address, "pw");
        const auto rsa = sr::crypto::RsaPrivateKey::fromPem(pem);
        QCOMPARE(rsa.bits(), 2048u);
        QCOMPARE(rsa.publicKey().toSpkiPem(), a.resultPublicKeyPem);
        const auto wrapped = sr::crypto::RsaPublicKey::fromSpkiPem(a.resultPublicKeyPem)
                                 .encryptPkcs1v15(sr::asBytes("a 32-byte AES key, more or less"));
        QVERIFY(
            rsa.decryptPkcs1v15(wrapped).equals(sr::asBytes("a 32-byte AES key, more or less")));
        QCOMPARE(codeOf([&] { (void)store.unlockResultKey(a.address, "x"); }),
                 ErrorCode::WrongPassword);
    }

    void exportAndReimportKeepsTheResultKey() {
        AccountStore store(freshDir(), fastOptions());
        const AccountInfo a = store.importMnemonic(kJunk, 3, "pw");
        QCOMPARE(codeOf([&] { (void)store.exportKeystore(a.address, "nope"); }),
                 ErrorCode::WrongPassword);
        const std::string exported = store.exportKeystore(a.address, "pw");
        const Keystore file = Keystore::parse(exported);
        QCOMPARE(
            sr::eth::Address::fromPublicKey(sr::crypto::publicKeyFromPrivate(file.unlock("pw"))),
            a.address);
        QCOMPARE(*file.resultPublicKeyPem(), a.resultPublicKeyPem);

        AccountStore elsewhere(freshDir(), fastOptions());
        const AccountInfo again = elsewhere.importKeystore(exported, "pw", "new password");
        QCOMPARE(again.address, a.address);
        QCOMPARE(again.kind, AccountKind::Imported); // its phrase is not in this store
        QCOMPARE(again.resultPublicKeyPem, a.resultPublicKeyPem);
        QVERIFY(elsewhere.unlockResultKey(again.address, "new password")
                    .equals(store.unlockResultKey(a.address, "pw").view()));
    }

    // Each operation derives once per file it must open or write, never more. Before, the
    // result key was sealed and opened with a derivation of its own: importing a keystore ran
    // scrypt 4 times (a Strongroom export into an empty wallet too), creating a wallet 3.
    void kdfRunsOfEachOperation() {
        AccountStore store(freshDir(), fastOptions());
        QCOMPARE(kdfRuns([&] { (void)store.createHdWallet("pw"); }), 2u); // seed + account
        const SecretBytes key = SecretBytes::random(32);
        // The wallet's password checked once, the new file sealed once (key and result key).
        QCOMPARE(kdfRuns([&] { (void)store.importPrivateKey(key, "pw"); }), 2u);
        QCOMPARE(kdfRuns([&] { (void)store.importMnemonic(kJunk, 1, "pw"); }), 3u); // + seed
        QCOMPARE(kdfRuns([&] { (void)store.addHdAccount("pw"); }), 2u);

        // A keystore from elsewhere: opened once, the wallet's password checked once, sealed
        // once.
        const SecretBytes other = SecretBytes::random(32);
        const Keystore foreign = Keystore::create(other, "file password", {1u << 10, 8, 1});
        AccountInfo imported;
        QCOMPARE(kdfRuns([&] {
                     imported = store.importKeystore(foreign.toJson(), "file password", "pw");
                 }),
                 3u);
        // Asked for, the new account's key comes back with the import, without a KDF run.
        std::optional<sr::wallet::UnlockedAccount> unlocked;
        const Keystore thirdFile =
            Keystore::create(SecretBytes::random(32), "file password", {1u << 10, 8, 1});
        AccountInfo third;
        QCOMPARE(kdfRuns([&] {
                     third = store.importKeystore(thirdFile.toJson(), "file password", "pw", {},
                                                  &unlocked);
                 }),
                 3u);
        QVERIFY(unlocked);
        QCOMPARE(unlocked->address(), third.address);
        QCOMPARE(kdfRuns([&] {
                     (void)store.importPrivateKey(SecretBytes::random(32), "pw", {}, &unlocked);
                 }),
                 2u);
        QVERIFY(unlocked->address() != third.address);
        QCOMPARE(kdfRuns([&] { (void)store.importMnemonic(kJunk, 7, "pw", {}, &unlocked); }), 2u);
        QCOMPARE(unlocked->address(), sr::wallet::hdAddress(Mnemonic::fromPhrase(kJunk), 7));

        // A wrong file password stops after its one derivation.
        QCOMPARE(kdfRuns([&] {
                     QCOMPARE(
                         codeOf([&] {
                             (void)store.importKeystore(
                                 Keystore::create(SecretBytes::random(32), "a", {2, 8, 1}).toJson(),
                                 "b", "pw");
                         }),
                         ErrorCode::WrongPassword);
                 }),
                 2u); // the file made for the test, then the one attempt to open it

        // A Strongroom export (with its result key) into an empty wallet: one derivation opens
        // the key and the result key, one seals them again.
        const std::string exported = store.exportKeystore(imported.address, "pw");
        AccountStore elsewhere(freshDir(), fastOptions());
        QCOMPARE(kdfRuns([&] { (void)elsewhere.importKeystore(exported, "pw", "new"); }), 2u);

        QCOMPARE(kdfRuns([&] { (void)store.unlock(imported.address, "pw"); }), 1u);
        QCOMPARE(kdfRuns([&] { (void)store.unlockResultKey(imported.address, "pw"); }), 1u);
        QCOMPARE(kdfRuns([&] { (void)store.remove(imported.address, "pw"); }), 1u);
        QCOMPARE(kdfRuns([&] { (void)store.list(); }), 0u);
    }

    // Listing, reading one account and relabelling do not wait for another thread's KDF: the
    // store's lock is not held while scrypt runs (a real cost, N = 2^17). What the other
    // thread does is then done, on the state as it is (a relabel made meanwhile stays).
    void listingDoesNotWaitForTheKdf_data() {
        QTest::addColumn<QString>("operation");
        QTest::newRow("import") << QStringLiteral("import");
        QTest::newRow("unlock") << QStringLiteral("unlock");
        QTest::newRow("remove") << QStringLiteral("remove");
    }
    void listingDoesNotWaitForTheKdf() {
        QFETCH(QString, operation);
        AccountStore::Options slow = fastOptions();
        slow.cost = {1u << 17, 8, 1};
        AccountStore store(freshDir(), slow);
        const AccountInfo first = store.importPrivateKey(SecretBytes::random(32), "pw", "First");
        QCOMPARE(store.list().size(), std::size_t(1));

        std::atomic<bool> done{false};
        std::optional<Error> failure;
        const std::uint64_t before = sr::crypto::scryptRuns();
        std::thread worker([&] {
            try {
                if (operation == QLatin1String("import"))
                    (void)store.importPrivateKey(SecretBytes::random(32), "pw");
                else if (operation == QLatin1String("unlock"))
                    (void)store.unlock(first.address, "pw");
                else
                    (void)store.remove(first.address, "pw");
            } catch (const Error& e) {
                failure = e;
            }
            done = true;
        });
        waitForKdf(before);
        // The worker is inside scrypt now; with the lock held these would return only after
        // its whole operation, and list the account added or removed.
        const auto listed = store.list();
        QCOMPARE(store.account(first.address).label, std::string("First"));
        store.relabel(first.address, "Renamed");
        const bool finishedMeanwhile = done;
        worker.join();
        QVERIFY(!failure);
        QVERIFY(!finishedMeanwhile);
        QCOMPARE(listed.size(), std::size_t(1));
        QCOMPARE(listed[0].address, first.address);
        if (operation == QLatin1String("import")) {
            QCOMPARE(store.list().size(), std::size_t(2));
            QCOMPARE(store.account(first.address).label, std::string("Renamed"));
        } else if (operation == QLatin1String("remove")) {
            QVERIFY(store.list().empty());
        } else {
            QCOMPARE(store.account(first.address).label, std::string("Renamed"));
        }
    }

    // Two threads importing one key at once: one adds it, the other finds it there (its KDF ran
    // outside the lock, so the check is made again before writing), and one file is written.
    void concurrentImportsOfOneKeyWriteOneFile() {
        AccountStore store(freshDir(), fastOptions());
        (void)store.createHdWallet("pw");
        const SecretBytes key = SecretBytes::random(32);
        std::atomic<int> added{0};
        std::atomic<int> alreadyThere{0};
        auto import = [&] {
            try {
                (void)store.importPrivateKey(key, "pw");
                ++added;
            } catch (const Error& e) {
                if (e.code() == ErrorCode::AlreadyExists)
                    ++alreadyThere;
            }
        };
        std::thread a(import);
        std::thread b(import);
        a.join();
        b.join();
        QCOMPARE(added.load(), 1);
        QCOMPARE(alreadyThere.load(), 1);
        QCOMPARE(store.list().size(), std::size_t(2));
        QCOMPARE(countFiles(store.directory(), "UTC--"), std::size_t(2));
    }

    void removeAccountsAndTheirPhrase() {
        AccountStore store(freshDir(), fastOptions());
        const AccountInfo a0 = store.importMnemonic(kJunk, 0, "pw");
        const AccountInfo a1 = store.addHdAccount("pw");
        const AccountInfo key = store.importPrivateKey(SecretBytes::random(32), "pw");
        QCOMPARE(codeOf([&] { (void)store.remove(a0.address, "bad"); }), ErrorCode::WrongPassword);
        QVERIFY(fs::exists(a0.file));
        QVERIFY(!store.remove(a0.address, "pw").seedRemoved);
        QVERIFY(!fs::exists(a0.file));
        QCOMPARE(countFiles(store.directory(), "hd-seed--"), std::size_t(1));
        QVERIFY(store.remove(a1.address, "pw").seedRemoved);
        QCOMPARE(countFiles(store.directory(), "hd-seed--"), std::size_t(0));
        QCOMPARE(codeOf([&] { (void)store.remove(a1.address, "pw"); }), ErrorCode::NotFound);
        QCOMPARE(store.list().size(), std::size_t(1));
        QCOMPARE(store.list()[0].address, key.address);
        QVERIFY(!store.remove(key.address, "pw").seedRemoved);
        QVERIFY(store.empty());
    }

    void orphanSeedIsNeverUsed() {
        // A seed file no account uses (an interrupted creation) must not be extended: its
        // phrase may never have been shown.
        AccountStore store(freshDir(), fastOptions());
        const AccountInfo key = store.importPrivateKey(SecretBytes::random(32), "pw");
        const Mnemonic orphan = Mnemonic::generate(12);
        const auto seed = sr::wallet::SeedKeystore::create(orphan, "pw", fastOptions().cost);
        sr::writeFileAtomic(store.directory() / ("hd-seed--" + seed.id() + ".json"), seed.toJson());
        QCOMPARE(codeOf([&] { (void)store.addHdAccount("pw"); }), ErrorCode::NotFound);
        const AccountInfo a = store.importMnemonic(kJunk, 0, "pw");
        QCOMPARE(store.addHdAccount("pw").seedId, a.seedId);
        QVERIFY(key.kind == AccountKind::Imported);
    }

    void labelsAndOrder() {
        AccountStore store(freshDir(), fastOptions());
        const AccountInfo a = store.importMnemonic(kJunk, 0, "pw", "A");
        const AccountInfo b = store.addHdAccount("pw", "B");
        const AccountInfo c = store.addHdAccount("pw");
        store.relabel(c.address, "Caf\u00e9");
        store.relabel(a.address, "");
        auto list = AccountStore(store.directory(), fastOptions()).list();
        QCOMPARE(list.size(), std::size_t(3));
        QCOMPARE(list[0].label, std::string());
        QCOMPARE(list[1].label, std::string("B"));
        QCOMPARE(list[2].label, std::string("Caf\u00e9"));
        QCOMPARE(codeOf([&] { store.relabel(b.address, std::string(65, 'x')); }),
                 ErrorCode::InvalidArgument);
        QCOMPARE(codeOf([&] { store.relabel(b.address, "tab\there"); }),
                 ErrorCode::InvalidArgument);
        QCOMPARE(codeOf([&] { store.relabel(b.address, "\xff"); }), ErrorCode::InvalidArgument);
        QCOMPARE(codeOf([&] { store.relabel(Address(), "x"); }), ErrorCode::NotFound);
        QCOMPARE(codeOf([&] { (void)store.addHdAccount("pw", "bad\nlabel"); }),
                 ErrorCode::InvalidArgument);
    }

    // The keystore files are the truth: accounts.json only adds labels and order.
    void damagedMetadataLosesNoKeystore_data() {
        QTest::addColumn<QByteArray>("content");
        QTest::newRow("truncated") << QByteArray("{\"version\":1,\"accounts\":[{\"addr");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("not json") << QByteArray("\x00\x01garbage", 9);
        QTest::newRow("wrong shape") << QByteArray("{\"accounts\":5}");
        QTest::newRow("bad address")
            << QByteArray("{\"accounts\":[{\"address\":\"0xnothex\",\"label\":\"x\"}]}");
        QTest::newRow("label not string")
            << QByteArray("{\"accounts\":[{\"address\":"
                          "\"0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266\",\"label\":1}]}");
        QTest::newRow("huge") << QByteArray(2 << 20, ' ');
    }
    void damagedMetadataLosesNoKeystore() {
        QFETCH(QByteArray, content);
        AccountStore store(freshDir(), fastOptions());
        const AccountInfo a = store.importMnemonic(kJunk, 0, "pw", "first");
        const AccountInfo b = store.addHdAccount("pw", "second");
        const fs::path metadata = store.directory() / "accounts.json";
        sr::writeFileAtomic(metadata, std::string_view(content.constData(), content.size()));
        const auto list = store.list();
        QCOMPARE(list.size(), std::size_t(2));
        QCOMPARE(list[0].address, a.address);
        QCOMPARE(list[1].address, b.address);
        QVERIFY(store.unlock(b.address, "pw").address() == b.address);
        // The next write sets the damaged file aside (the user's bytes are kept).
        store.relabel(b.address, "again");
        QCOMPARE(countFiles(store.directory(), "accounts.json.broken-"), std::size_t(1));
        QCOMPARE(store.list()[1].label, std::string("again"));
        QVERIFY(fs::exists(a.file));
        QVERIFY(fs::exists(b.file));
    }

    void unreadableMetadataFile() {
        if (::geteuid() == 0)
            QSKIP("SKIPPED LOUDLY: running as root, permission checks do not apply");
        AccountStore store(freshDir(), fastOptions());
        const AccountInfo a = store.importMnemonic(kJunk, 0, "pw", "first");
        fs::permissions(store.directory() / "accounts.json", fs::perms::none);
        QCOMPARE(store.list().size(), std::size_t(1));
        QCOMPARE(store.list()[0].address, a.address);
    }

    void metadataPathIsAFolder() {
        AccountStore store(freshDir(), fastOptions());
        const AccountInfo a = store.importMnemonic(kJunk, 0, "pw", "first");
        fs::remove(store.directory() / "accounts.json");
        fs::create_directory(store.directory() / "accounts.json");
        QCOMPARE(store.list().size(), std::size_t(1));
        QCOMPARE(store.list()[0].address, a.address);
        store.relabel(a.address, "back");
        QCOMPARE(store.list()[0].label, std::string("back"));
    }

    void strayAndDamagedFiles() {
        AccountStore store(freshDir(), fastOptions());
        const AccountInfo a = store.importMnemonic(kJunk, 0, "pw");
        const fs::path dir = store.directory();
        sr::writeFileAtomic(dir / "UTC--2020-01-01T00-00-00.000000000Z--broken", "{not json");
        sr::writeFileAtomic(dir / "UTC--2020-01-01T00-00-01.000000000Z--copy",
                            sr::readFile(a.file));
        sr::writeFileAtomic(dir / "hd-seed--bad.json", "{}");
        sr::writeFileAtomic(dir / "notes.txt", "ignored");
        const auto list = store.list();
        QCOMPARE(list.size(), std::size_t(1));
        QCOMPARE(list[0].address, a.address);
        QCOMPARE(store.unreadableFiles().size(), std::size_t(3));
        // A keystore someone else dropped in (no x-strongroom, other name) is listed too.
        const SecretBytes key = SecretBytes::random(32);
        const Keystore dropped = Keystore::create(key, "pw", {1u << 10, 8, 1});
        sr::writeFileAtomic(dir / ("UTC--2030-01-01T00-00-00.000000000Z--" +
                                   sr::eth::toHex(dropped.address()->bytes(), false)),
                            dropped.toJson());
        QCOMPARE(store.list().size(), std::size_t(2));
        QCOMPARE(store.list()[1].kind, AccountKind::Imported);
        QVERIFY(store.list()[1].resultPublicKeyPem.empty());
        QCOMPARE(codeOf([&] { (void)store.unlockResultKey(*dropped.address(), "pw"); }),
                 ErrorCode::NotFound);
    }
};

QTEST_APPLESS_MAIN(AccountStoreTest)
#include "tst_accountstore.moc"
