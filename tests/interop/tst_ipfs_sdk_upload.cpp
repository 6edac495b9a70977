// Real clients nobody here wrote upload to our IPFS service: the iExec SDK's and
// DataProtector's upload code (kubo-rpc-client add, then the gateway check) and
// kubo-rpc-client's add and cat. Every CID they get must equal the one our importer computes,
// and what they read back must be what they sent.

#include "NodeScript.h"
#include "crypto/Sha256.h"
#include "eth/Hex.h"
#include "iexec/UnixFs.h"
#include "sandbox/IpfsService.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>
#include <fstream>
#include <random>

namespace {

sr::Bytes random(std::size_t size, std::uint64_t seed) {
    std::mt19937_64 rng(seed);
    sr::Bytes out(size);
    for (auto& b : out)
        b = static_cast<std::uint8_t>(rng());
    return out;
}

} // namespace

class TestIpfsSdkUpload : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() {
        QString why;
        if (!sr::test::nodeAvailable(&why))
            QSKIP(qPrintable("SKIPPED LOUDLY: " + why));
        QVERIFY(dir_.isValid());
        sr::sandbox::IpfsService::Options options;
        options.stateDir = dir_.path().toStdString() + "/ipfs";
        service_ = std::make_unique<sr::sandbox::IpfsService>(options);
        service_->start();
    }
    void cleanupTestCase() { service_.reset(); }

    void sdkUploadsGetOurCids() {
        std::vector<sr::Bytes> contents;
        QJsonArray uploads;
        for (std::size_t size :
             {std::size_t(0), std::size_t(1), std::size_t(5000), std::size_t(262144),
              std::size_t(262145), std::size_t(3u << 20) + 11}) {
            contents.push_back(random(size, size + 1));
            uploads.append(QJsonObject{
                {"hex", QString::fromStdString(sr::eth::toHex(contents.back(), false))}});
        }
        // A file large enough for many chunks, streamed by node from disk.
        const std::size_t large = (20u << 20) + 3;
        auto path = dir_.path().toStdString() + "/large.bin";
        {
            auto bytes = random(large, 99);
            std::ofstream(path, std::ios::binary)
                .write(reinterpret_cast<const char*>(bytes.data()),
                       static_cast<std::streamsize>(bytes.size()));
            contents.push_back(std::move(bytes));
        }
        uploads.append(QJsonObject{{"path", QString::fromStdString(path)}});
        const auto missing = sr::iexec::unixFsFile(sr::asBytes("never uploaded")).cid.toString();

        auto reply = sr::test::runNodeScript(
            "ipfs_sdk_upload.mjs",
            QJsonDocument(
                QJsonObject{{"apiUrl", QString::fromStdString(service_->apiUrl())},
                            {"gatewayUrl", QString::fromStdString(service_->gatewayUrl())},
                            {"uploads", uploads},
                            {"missingCid", QString::fromStdString(missing)}}),
            300000);
        QVERIFY(!reply.isNull());
        auto results = reply.object()["uploads"].toArray();
        QCOMPARE(results.size(), static_cast<qsizetype>(contents.size()));
        for (std::size_t i = 0; i < contents.size(); ++i) {
            auto result = results[static_cast<qsizetype>(i)].toObject();
            auto ours = sr::iexec::unixFsFile(contents[i]);
            const auto cid = QString::fromStdString(ours.cid.toString());
            const auto label = QString("upload %1 (%2 bytes)").arg(i).arg(contents[i].size());
            if (result.contains("sdk")) {
                QVERIFY2(result["sdk"].toString() == cid, qPrintable(label + ": iexec SDK"));
                QVERIFY2(result["dataProtector"].toString() == cid,
                         qPrintable(label + ": DataProtector"));
                QVERIFY2(result["kubo"].toString() == cid, qPrintable(label + ": kubo-rpc-client"));
                QVERIFY2(result["kuboSize"].toInteger() == static_cast<qint64>(ours.dagSize),
                         qPrintable(label + ": Size"));
            }
            QVERIFY2(result["streamed"].toString() == cid, qPrintable(label + ": streamed add"));
            QCOMPARE(result["catSha256"].toString().toStdString(),
                     sr::eth::toHex(sr::crypto::sha256(contents[i]), false));
            QVERIFY(service_->hasBlock(ours.cid));
        }
        // kubo-rpc-client surfaces Kubo's error message for an unknown CID.
        QVERIFY2(reply.object()["missing"].toString().contains("could not find " +
                                                               QString::fromStdString(missing)),
                 qPrintable(reply.object()["missing"].toString()));
    }

private:
    QTemporaryDir dir_;
    std::unique_ptr<sr::sandbox::IpfsService> service_;
};

QTEST_APPLESS_MAIN(TestIpfsSdkUpload)
#include "tst_ipfs_sdk_upload.moc"
