// Task results made as a TDX post-compute makes them, by Node's crypto and JSZip (Deflate) and
// first opened by the iexec SDK's own decryptResult, open with our code: decrypted in pieces,
// unpacked into a folder, computed.json read. And the faults a requester meets: a result for
// another key, a truncated archive, an unsafe file name, a plain (unencrypted) result.

#include "NodeScript.h"
#include "compute/TaskResult.h"
#include "crypto/RsaPrivateKey.h"
#include "eth/Hex.h"
#include "sandbox/ResultArchive.h"
#include "store/AtomicFile.h"
#include "util/Error.h"

#include <QTemporaryDir>
#include <QtTest>
#include <fstream>
#include <nlohmann/json.hpp>
#include <random>

using nlohmann::json;
using sr::Bytes;
namespace fs = std::filesystem;

namespace {

Bytes randomBytes(std::mt19937_64& rng, std::size_t n) {
    Bytes b(n);
    for (auto& x : b)
        x = static_cast<std::uint8_t>(rng());
    return b;
}

Bytes text(const std::string& s) {
    return Bytes(s.begin(), s.end());
}

void writeBytes(const fs::path& path, const Bytes& bytes) {
    std::ofstream out(path, std::ios::binary);
    out.write(reinterpret_cast<const char*>(bytes.data()), std::streamsize(bytes.size()));
}

Bytes readBytes(const fs::path& path) {
    const std::string s = sr::readFile(path);
    return Bytes(s.begin(), s.end());
}

} // namespace

class TestComputeResult : public QObject {
    Q_OBJECT

    QTemporaryDir dir_;
    fs::path root() const { return fs::path(dir_.path().toStdString()); }

private slots:
    void sdkEncryptedResultsOpen() {
        QString why;
        if (!sr::test::nodeAvailable(&why))
            QSKIP(qPrintable("SKIPPED LOUDLY: " + why));
        const auto key = sr::crypto::RsaPrivateKey::generate(2048);
        const auto pem = key.toPkcs8Pem();
        std::mt19937_64 rng(0x5e5u);
        std::vector<std::map<std::string, Bytes>> results = {
            {{"computed.json", text(R"({"deterministic-output-path":"/iexec_out/report.json"})")},
             {"report.json", text(R"({"ok":true})")}},
            {{"computed.json", text(R"({"deterministic-output-path":"/iexec_out"})")},
             {"big.bin", randomBytes(rng, 3u << 20)}, // several pieces, incompressible
             {"sub/table.csv", text("a,b\n1,2\n")},
             {"empty.txt", {}}},
        };
        json input = {{"publicPem", key.publicKey().toSpkiPem()},
                      {"privatePem", std::string(pem.text())},
                      {"results", json::array()}};
        for (const auto& files : results) {
            json f = json::object();
            for (const auto& [name, content] : files)
                f[name] = sr::eth::toHex(content, false);
            input["results"].push_back({{"files", f}});
        }
        const json reply = sr::test::runNode("compute_result.mjs", input);
        QVERIFY2(!reply.is_null(), "the reference script failed (see the warning above)");

        for (std::size_t i = 0; i < results.size(); ++i) {
            const fs::path archive = root() / ("sdk-" + std::to_string(i) + ".zip");
            writeBytes(archive, sr::eth::fromHex(reply["archives"][i].get<std::string>()));
            QVERIFY(!reply["sdkEntries"][i].empty());
            const fs::path folder = root() / ("task-" + std::to_string(i));
            const auto opened = sr::compute::openResult(archive, folder, &key);
            QVERIFY(opened.wasEncrypted);
            QCOMPARE(opened.files.size(), results[i].size());
            for (const auto& [name, content] : results[i])
                QVERIFY2(readBytes(folder / name) == content, name.c_str());
            QVERIFY(opened.computed.deterministicOutputPath.has_value());
            QVERIFY(!fs::exists(archive.string() + ".inner.zip")); // no plaintext left over
            QVERIFY(!fs::exists(folder.string() + ".part"));
        }

        // Another account's key: a clear refusal, nothing unpacked, the archive kept.
        const auto other = sr::crypto::RsaPrivateKey::generate(2048);
        const fs::path archive = root() / "sdk-0.zip";
        const fs::path fresh = root() / "other-key";
        try {
            sr::compute::openResult(archive, fresh, &other);
            QFAIL("a result for another key opened");
        } catch (const sr::Error& e) {
            QCOMPARE(e.code(), sr::ErrorCode::Crypto);
            QVERIFY2(std::string(e.what()).find("not encrypted for this account") !=
                         std::string::npos,
                     e.what());
        }
        QVERIFY(!fs::exists(fresh));
        QVERIFY(fs::exists(archive));
        // No key at all.
        QVERIFY_THROWS_EXCEPTION(sr::Error, sr::compute::openResult(archive, fresh, nullptr));

        // A truncated download: refused, and the result already unpacked stays whole.
        const Bytes whole = readBytes(root() / "sdk-1.zip");
        for (const std::size_t cut : {std::size_t{1}, std::size_t{100}, whole.size() / 2}) {
            const fs::path truncated = root() / "truncated.zip";
            writeBytes(truncated, Bytes(whole.begin(), whole.end() - std::ptrdiff_t(cut)));
            try {
                sr::compute::openResult(truncated, root() / "task-1", &key);
                QFAIL("a truncated result opened");
            } catch (const sr::Error& e) {
                QVERIFY2(e.code() == sr::ErrorCode::Corrupt, e.what());
            }
            QCOMPARE(readBytes(root() / "task-1" / "sub/table.csv"), text("a,b\n1,2\n"));
        }
    }

    void damagedPayloadIsRefused() {
        // Flip a byte inside the encrypted payload of a result we make the worker's way: the
        // zip CRC catches it before any plaintext is written.
        const auto key = sr::crypto::RsaPrivateKey::generate(2048);
        const Bytes inner = sr::sandbox::zipEntries({{"computed.json", text("{}")}});
        Bytes archive = sr::sandbox::encryptResult(inner, key.publicKey().toSpkiPem());
        const fs::path path = root() / "damaged.zip";
        writeBytes(path, archive);
        QVERIFY(sr::compute::openResult(path, root() / "damaged-ok", &key).wasEncrypted);
        archive[archive.size() / 2] ^= 0x40;
        writeBytes(path, archive);
        QVERIFY_THROWS_EXCEPTION(sr::Error,
                                 sr::compute::openResult(path, root() / "damaged", &key));
        QVERIFY(!fs::exists(root() / "damaged"));
    }

    void plainResultOpensWithoutAKey() {
        const Bytes zip = sr::sandbox::zipEntries(
            {{"computed.json", text(R"({"deterministic-output-path":"/iexec_out/a.txt"})")},
             {"a.txt", text("hello")}});
        const fs::path path = root() / "plain.zip";
        writeBytes(path, zip);
        const auto opened = sr::compute::openResult(path, root() / "plain", nullptr);
        QVERIFY(!opened.wasEncrypted);
        QCOMPARE(readBytes(root() / "plain" / "a.txt"), text("hello"));
        QCOMPARE(*opened.computed.deterministicOutputPath, std::string("/iexec_out/a.txt"));
    }

    void unsafeNamesAndMissingComputedAreRefused() {
        for (const char* name : {"../evil.txt", "/abs.txt", "a/../../b", "a\\b"}) {
            const Bytes zip = sr::sandbox::zipEntries({{name, text("x")}});
            const fs::path path = root() / "unsafe.zip";
            writeBytes(path, zip);
            try {
                sr::compute::openResult(path, root() / "unsafe", nullptr);
                QFAIL(name);
            } catch (const sr::Error& e) {
                QVERIFY2(std::string(e.what()).find("unsafe file name") != std::string::npos,
                         e.what());
            }
            QVERIFY(!fs::exists(root() / "unsafe"));
            QVERIFY(!fs::exists(root().parent_path() / "evil.txt"));
        }
        const fs::path path = root() / "nocomputed.zip";
        writeBytes(path, sr::sandbox::zipEntries({{"a.txt", text("x")}}));
        try {
            sr::compute::openResult(path, root() / "nocomputed", nullptr);
            QFAIL("a result without computed.json opened");
        } catch (const sr::Error& e) {
            QVERIFY(std::string(e.what()).find("computed.json") != std::string::npos);
        }
    }

    void resultLinks() {
        using sr::compute::parseResultLink;
        const auto link = parseResultLink(text(R"({ "storage": "ipfs", "location": "/ipfs/Qm" })"));
        QCOMPARE(link.storage, std::string("ipfs"));
        QCOMPARE(link.location, std::string("/ipfs/Qm"));
        QCOMPARE(parseResultLink({}).storage, std::string("none"));
        QCOMPARE(parseResultLink(text("not json")).storage, std::string("none"));
        QCOMPARE(parseResultLink(text("[1]")).storage, std::string("none"));
    }
};

QTEST_APPLESS_MAIN(TestComputeResult)
#include "tst_compute_result.moc"
