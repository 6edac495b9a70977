// strongroom-cli dataset encrypt|decrypt and ipfs cid, run as a user would: round trips,
// key files (created 0600, reused, refused when malformed), wrong keys and usage errors with
// their exit codes, and CIDs equal to the core's UnixFS builder.

#include "CliTestSupport.h"
#include "Timeouts.h"
#include "iexec/DatasetCipher.h"
#include "iexec/UnixFs.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>
#include <csignal>
#include <sys/stat.h>

using namespace sr::test::timeouts;

using sr::test::CliRun;
using sr::test::runCli;

namespace {

QByteArray readAll(const QString& path) {
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

void write(const QString& path, const QByteArray& bytes) {
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(bytes);
}

} // namespace

class DataCliTest : public QObject {
    Q_OBJECT
    QTemporaryDir dir_;
    QString at(const char* name) const { return dir_.filePath(QString::fromLatin1(name)); }

private slots:
    void initTestCase() { QVERIFY(dir_.isValid()); }

    void encryptThenDecryptWithANewKey() {
        QByteArray plain(700000, '\0');
        for (int i = 0; i < plain.size(); ++i)
            plain[i] = static_cast<char>((i * 131) ^ (i >> 7));
        write(at("plain.bin"), plain);
        const CliRun enc =
            runCli({"--json", "dataset", "encrypt", at("plain.bin"), "--out", at("plain.enc")});
        QCOMPARE(enc.code, 0);
        const QJsonObject json = QJsonDocument::fromJson(enc.out).object();
        QCOMPARE(json["keyFile"].toString(), at("plain.enc.key"));
        QVERIFY(json["newKey"].toBool());
        QVERIFY(json["checksum"].toString().startsWith("0x"));
        QCOMPARE(json["size"].toInteger(), qint64(700000 / 16 * 16 + 16 + 16));
        QVERIFY(!enc.out.contains(readAll(at("plain.enc.key")).trimmed())); // never printed
        struct stat info {};
        QCOMPARE(::stat(at("plain.enc.key").toLocal8Bit().constData(), &info), 0);
        QCOMPARE(info.st_mode & 0777, 0600u);
        // The CID the command printed is that of the file it wrote.
        const auto cid = sr::iexec::unixFsFileAt(at("plain.enc").toStdString()).cid;
        QCOMPARE(json["cid"].toString(), QString::fromStdString(cid.toString()));

        const CliRun dec = runCli({"dataset", "decrypt", at("plain.enc"), "--out", at("plain.dec"),
                                   "--key-file", at("plain.enc.key")});
        QCOMPARE(dec.code, 0);
        QCOMPARE(readAll(at("plain.dec")), plain);

        // A second encryption refuses to overwrite the key, and reuses it when asked.
        QCOMPARE(runCli({"dataset", "encrypt", at("plain.bin"), "--out", at("plain.enc")}).code, 1);
        const CliRun again = runCli({"dataset", "encrypt", at("plain.bin"), "--out",
                                     at("again.enc"), "--key-file", at("plain.enc.key")});
        QCOMPARE(again.code, 0);
        QVERIFY(!QFile::exists(at("again.enc.key")));
    }

    void badKeysAndUsage() {
        write(at("p"), "some bytes");
        write(at("k.key"), "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=\n");
        QCOMPARE(
            runCli({"dataset", "encrypt", at("p"), "--out", at("p.enc"), "--key-file", at("k.key")})
                .code,
            0);
        // Other keys: the padding check refuses a wrong key 99.6 % of the time (the IV is
        // random), so of three wrong keys at least one must be refused, leaving no output.
        int refused = 0;
        for (const char* other : {"AQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=",
                                  "AgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=",
                                  "AwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA="}) {
            write(at("other.key"), other);
            const CliRun wrong = runCli({"dataset", "decrypt", at("p.enc"), "--out", at("p.dec"),
                                         "--key-file", at("other.key")});
            if (wrong.code == 1) {
                QVERIFY(wrong.err.contains("key is wrong"));
                QVERIFY(!QFile::exists(at("p.dec")));
                ++refused;
            }
            QFile::remove(at("p.dec"));
        }
        QVERIFY(refused >= 1);
        write(at("short.key"), "Zm9vYmFy");
        const CliRun bad = runCli(
            {"dataset", "encrypt", at("p"), "--out", at("x.enc"), "--key-file", at("short.key")});
        QCOMPARE(bad.code, 1);
        QVERIFY(bad.err.contains("32 bytes"));
        QVERIFY(!QFile::exists(at("x.enc")));
        QCOMPARE(runCli({"dataset", "decrypt", at("p.enc"), "--out", at("p.dec")}).code, 2);
        QCOMPARE(runCli({"dataset", "encrypt", at("p")}).code, 2);
        const CliRun missing = runCli({"dataset", "encrypt", at("absent"), "--out", at("y.enc")});
        QCOMPARE(missing.code, 1);
        QVERIFY(!QFile::exists(at("y.enc.key"))); // the new key went away with the failure
    }

    // Ctrl-C while encrypting: a clean stop, a clear word, and nothing half-written (the
    // output, its .partial and the new key file all absent).
    void anInterruptStopsCleanly() {
        {
            QFile big(at("huge.bin"));
            QVERIFY(big.open(QIODevice::WriteOnly));
            QVERIFY(big.resize(qint64(8) << 30)); // sparse: 8 GiB read as zeros, takes seconds
        }
        QProcess p;
        p.setChildProcessModifier([] { ::setsid(); });
        p.start(QStringLiteral(STRONGROOM_CLI),
                {"dataset", "encrypt", at("huge.bin"), "--out", at("huge.enc")});
        QVERIFY(p.waitForStarted());
        // Once it is writing, interrupt it as a terminal would.
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(at("huge.enc.partial")), kServiceAnswers);
        ::kill(static_cast<pid_t>(p.processId()), SIGINT);
        QVERIFY(p.waitForFinished(kChainRead));
        QCOMPARE(p.exitStatus(), QProcess::NormalExit);
        QCOMPARE(p.exitCode(), 130); // stopped by a signal, as the README says
        const QByteArray err = p.readAllStandardError();
        QVERIFY2(err.contains("cancelled"), err.constData());
        QVERIFY(!QFile::exists(at("huge.enc")));
        QVERIFY(!QFile::exists(at("huge.enc.partial")));
        QVERIFY(!QFile::exists(at("huge.enc.key")));
        QFile::remove(at("huge.bin"));
    }

    void ipfsCidOfAFile() {
        write(at("empty"), QByteArray());
        const CliRun r = runCli({"ipfs", "cid", at("empty")});
        QCOMPARE(r.code, 0);
        QCOMPARE(r.out.trimmed(), QByteArray("QmbFMke1KXqnYyBBWxB74N4c5SBnJMVAiMNRcGu6x1AwQH"));
        QByteArray big(1000000, 'x');
        write(at("big"), big);
        const CliRun j = runCli({"--json", "ipfs", "cid", at("big")});
        QCOMPARE(j.code, 0);
        const QJsonObject json = QJsonDocument::fromJson(j.out).object();
        const auto expected = sr::iexec::unixFsFileAt(at("big").toStdString());
        QCOMPARE(json["cid"].toString(), QString::fromStdString(expected.cid.toString()));
        QCOMPARE(json["size"].toInteger(), qint64(1000000));
        QCOMPARE(json["multiaddr"].toString(), "/p2p/" + json["cid"].toString());
        QCOMPARE(runCli({"ipfs", "cid", at("nothing-here")}).code, 1);
        const CliRun help = runCli({"--help"});
        for (const char* words : {"dataset encrypt", "dataset decrypt", "ipfs cid"})
            QVERIFY2(help.out.contains(words), words);
    }
};

QTEST_GUILESS_MAIN(DataCliTest)
#include "tst_datasetcli.moc"
