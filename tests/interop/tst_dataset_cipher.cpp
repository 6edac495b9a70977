// The dataset cipher against the iexec SDK (forge AES-256-CBC, as encryption-utils.js uses it)
// and `openssl enc`: our ciphertext decrypts with both, the SDK's ciphertext decrypts with
// ours, and the SDK's sha256Sum of our ciphertext is our checksum. Sizes straddle the AES
// block, the IPFS chunk and the SDK's 10 MB encryption chunk.

#include "NodeScript.h"
#include "eth/Hex.h"
#include "iexec/DatasetCipher.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>
#include <fstream>
#include <random>

using namespace sr::iexec;
using sr::Bytes;
using sr::ByteView;
namespace fs = std::filesystem;

namespace {

Bytes readBytes(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    return Bytes(std::istreambuf_iterator<char>(in), {});
}

void writeBytes(const fs::path& path, ByteView bytes) {
    std::ofstream out(path, std::ios::binary);
    out.write(reinterpret_cast<const char*>(bytes.data()),
              static_cast<std::streamsize>(bytes.size()));
}

std::string text(const sr::crypto::SecretBytes& secret) {
    return std::string(reinterpret_cast<const char*>(secret.data()), secret.size());
}

} // namespace

class TestDatasetCipherInterop : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() {
        QString why;
        if (!sr::test::nodeAvailable(&why))
            QSKIP(qPrintable("SKIPPED LOUDLY: " + why));
        QVERIFY(dir_.isValid());
    }

    void cipherEqualsTheSdksAndOpenssl() {
        const fs::path root = dir_.path().toStdString();
        std::mt19937_64 rng(77);
        const std::vector<std::size_t> sizes{0, 1, 16, 262145, 10000000 + 7};
        nlohmann::json input = {{"decrypt", nlohmann::json::array()},
                                {"encrypt", nlohmann::json::array()},
                                {"checksum", nlohmann::json::array()}};
        std::vector<std::string> keys;
        std::vector<EncryptedDigest> digests;
        for (std::size_t i = 0; i < sizes.size(); ++i) {
            Bytes plain(sizes[i]);
            for (auto& b : plain)
                b = static_cast<std::uint8_t>(rng());
            const std::string n = std::to_string(i);
            writeBytes(root / ("plain" + n), plain);
            const auto key = generateDatasetKey();
            keys.push_back(text(datasetKeyToBase64(key)));
            digests.push_back(encryptDatasetFile(root / ("plain" + n), root / ("ours" + n), key));
            input["decrypt"].push_back({{"in", (root / ("ours" + n)).string()},
                                        {"key", keys.back()},
                                        {"out", (root / ("sdk-plain" + n)).string()}});
            input["encrypt"].push_back({{"in", (root / ("plain" + n)).string()},
                                        {"key", keys.back()},
                                        {"out", (root / ("sdk" + n)).string()}});
            input["checksum"].push_back((root / ("ours" + n)).string());
        }
        const nlohmann::json reply = sr::test::runNode("dataset_cipher.mjs", input);
        QVERIFY(!reply.is_null());
        for (std::size_t i = 0; i < sizes.size(); ++i) {
            const std::string n = std::to_string(i);
            const Bytes plain = readBytes(root / ("plain" + n));
            // Ours, decrypted by the SDK's algorithm.
            QVERIFY2(readBytes(root / ("sdk-plain" + n)) == plain,
                     qPrintable(QString::number(sizes[i])));
            QCOMPARE(reply["checksum"][i].get<std::string>(), checksumHex(digests[i].checksum));
            // The SDK's, decrypted by ours.
            decryptDatasetFile(root / ("sdk" + n), root / ("our-plain" + n),
                               datasetKeyFromBase64(keys[i]));
            QVERIFY(readBytes(root / ("our-plain" + n)) == plain);
            // Ours, decrypted by openssl enc (IV given apart, so the body goes alone).
            const Bytes encrypted = readBytes(root / ("ours" + n));
            writeBytes(root / ("body" + n), ByteView(encrypted).subspan(16));
            QProcess openssl;
            openssl.start(
                "openssl",
                {"enc", "-d", "-aes-256-cbc", "-K",
                 QString::fromStdString(
                     sr::eth::toHex(datasetKeyFromBase64(keys[i]).view(), false)),
                 "-iv",
                 QString::fromStdString(sr::eth::toHex(ByteView(encrypted).first(16), false)),
                 "-in", QString::fromStdString((root / ("body" + n)).string()), "-out",
                 QString::fromStdString((root / ("openssl" + n)).string())});
            QVERIFY(openssl.waitForFinished(60000));
            QCOMPARE(openssl.exitCode(), 0);
            QVERIFY(readBytes(root / ("openssl" + n)) == plain);
        }
    }

private:
    QTemporaryDir dir_;
};

QTEST_GUILESS_MAIN(TestDatasetCipherInterop)
#include "tst_dataset_cipher.moc"
