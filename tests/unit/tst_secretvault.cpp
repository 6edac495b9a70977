// SecretVault: the sandbox SMS's sealing at rest (AES-256-GCM, key in a 0600 file).

#include "sandbox/SecretVault.h"
#include "util/Error.h"

#include <QTemporaryDir>
#include <QtTest>
#include <filesystem>
#include <fstream>
#include <sys/stat.h>

using namespace sr;
using sandbox::SecretVault;

namespace {

std::string text(const crypto::SecretBytes& secret) {
    return std::string(reinterpret_cast<const char*>(secret.data()), secret.size());
}

} // namespace

class SecretVaultTest : public QObject {
    Q_OBJECT
    QTemporaryDir dir_;

    std::filesystem::path keyFile() const {
        return std::filesystem::path(dir_.path().toStdString()) / "vault" / "sms.key";
    }

private slots:
    void createsAPrivateKeyFileOnce() {
        QVERIFY(dir_.isValid());
        { SecretVault vault(keyFile()); }
        struct stat info {};
        QCOMPARE(::stat(keyFile().c_str(), &info), 0);
        QCOMPARE(info.st_mode & 0777, 0600u);
        QCOMPARE(::stat(keyFile().parent_path().c_str(), &info), 0);
        QCOMPARE(info.st_mode & 0777, 0700u);
        QCOMPARE(std::filesystem::file_size(keyFile()), std::uintmax_t(32));
        // A second vault loads the same key: what one sealed, the other opens.
        SecretVault first(keyFile());
        const Bytes sealed = first.seal(asBytes("dataset key"), "web3:0xabc");
        SecretVault second(keyFile());
        QCOMPARE(text(second.open(sealed, "web3:0xabc")), std::string("dataset key"));
    }

    void sealsWithAFreshNonceAndNoClearText() {
        SecretVault vault(keyFile());
        const std::string secret = "a secret that must not show";
        const Bytes a = vault.seal(asBytes(secret), "ctx");
        const Bytes b = vault.seal(asBytes(secret), "ctx");
        QCOMPARE(a.size(), secret.size() + 12 + 16);
        QVERIFY(a != b);
        const std::string raw(a.begin(), a.end());
        QVERIFY(raw.find("secret") == std::string::npos);
        QCOMPARE(text(vault.open(a, "ctx")), secret);
        QCOMPARE(text(vault.open(vault.seal({}, "empty"), "empty")), std::string());
    }

    void refusesAlteredMovedOrTruncatedData() {
        SecretVault vault(keyFile());
        const Bytes sealed = vault.seal(asBytes("value"), "web2:owner|name");
        const auto refused = [&](const Bytes& data, const char* context) {
            try {
                vault.open(data, context);
                return false;
            } catch (const Error& e) {
                return e.code() == ErrorCode::Crypto;
            }
        };
        QVERIFY(refused(sealed, "web2:owner|other")); // copied to another row
        for (std::size_t i = 0; i < sealed.size(); ++i) {
            Bytes flipped = sealed;
            flipped[i] ^= 0x01;
            QVERIFY2(refused(flipped, "web2:owner|name"), qPrintable(QString::number(i)));
        }
        QVERIFY(refused(Bytes(sealed.begin(), sealed.end() - 1), "web2:owner|name"));
        QVERIFY(refused(Bytes(10, 0), "web2:owner|name"));
        QVERIFY(refused({}, "web2:owner|name"));
    }

    void refusesADamagedKeyFile() {
        const auto bad = keyFile().parent_path() / "bad.key";
        {
            std::ofstream out(bad, std::ios::binary);
            out << std::string(31, 'k');
        }
        try {
            SecretVault vault(bad);
            QFAIL("a 31-byte key was accepted");
        } catch (const Error& e) {
            QCOMPARE(e.code(), ErrorCode::Corrupt);
        }
        // Another key opens nothing sealed under the first.
        SecretVault vault(keyFile());
        const Bytes sealed = vault.seal(asBytes("v"), "c");
        {
            std::ofstream out(bad, std::ios::binary | std::ios::trunc);
            out << std::string(32, 'k');
        }
        SecretVault other(bad);
        try {
            other.open(sealed, "c");
            QFAIL("opened under another key");
        } catch (const Error& e) {
            QCOMPARE(e.code(), ErrorCode::Crypto);
        }
        // A hand-made key file readable by others is tightened.
        ::chmod(bad.c_str(), 0644);
        SecretVault tightened(bad);
        struct stat info {};
        QCOMPARE(::stat(bad.c_str(), &info), 0);
        QCOMPARE(info.st_mode & 0777, 0600u);
    }
};

QTEST_GUILESS_MAIN(SecretVaultTest)
#include "tst_secretvault.moc"
