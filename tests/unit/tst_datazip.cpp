// The protected-data codec: CRC-32, borsh scalars, key sanitising, MIME sniffing, the stored
// zip (with zip64 forced on small archives), the data object to zip and back, and bad input
// (corrupt zips, files that change while read, invalid objects).

#include "iexec/DataObject.h"
#include "iexec/DataZip.h"
#include "iexec/MimeSniffer.h"
#include "iexec/StoredZip.h"
#include "util/Crc32.h"
#include "util/Error.h"
#include "util/FileStream.h"

#include <QTemporaryDir>
#include <QtTest>
#include <filesystem>
#include <fstream>
#include <random>

using namespace sr::iexec;
using sr::Bytes;
using sr::ByteView;
namespace fs = std::filesystem;

namespace {

std::uint32_t slowCrc(ByteView data) {
    std::uint32_t c = 0xFFFFFFFF;
    for (const auto byte : data) {
        c ^= byte;
        for (int k = 0; k < 8; ++k)
            c = (c & 1) ? 0xEDB88320u ^ (c >> 1) : c >> 1;
    }
    return ~c;
}

Bytes randomBytes(std::size_t n, std::uint64_t seed) {
    std::mt19937_64 rng(seed);
    Bytes out(n);
    for (auto& b : out)
        b = static_cast<std::uint8_t>(rng());
    return out;
}

Bytes withHead(std::initializer_list<std::uint8_t> head, std::size_t total = 64) {
    Bytes out(head);
    out.resize(std::max(total, out.size()), 0x20);
    return out;
}

void writeBytes(const fs::path& path, ByteView bytes) {
    std::ofstream out(path, std::ios::binary);
    out.write(reinterpret_cast<const char*>(bytes.data()),
              static_cast<std::streamsize>(bytes.size()));
}

sr::ErrorCode codeOf(const std::function<void()>& f) {
    try {
        f();
    } catch (const sr::Error& e) {
        return e.code();
    }
    return sr::ErrorCode::Internal;
}

void writeZip(DataZipWriter& writer, const fs::path& path) {
    sr::OutputFile out(path);
    writer.write([&](ByteView piece) { out.write(piece); });
    out.close();
}

} // namespace

class TestDataZip : public QObject {
    Q_OBJECT

private slots:
    void init() { QVERIFY(dir_.isValid()); }

    void crc32MatchesTheBitwiseDefinition() {
        QCOMPARE(sr::crc32Update(0, sr::asBytes("123456789")), 0xCBF43926u);
        QCOMPARE(sr::crc32Update(0, {}), 0u);
        const Bytes data = randomBytes(5000, 7);
        for (std::size_t length : {1, 15, 16, 63, 64, 65, 127, 128, 129, 1000, 4096, 4999, 5000}) {
            const ByteView view(data.data(), length);
            QCOMPARE(sr::crc32Update(0, view), slowCrc(view));
            // In two pieces, split anywhere, as files arrive.
            const std::size_t cut = length / 3;
            QCOMPARE(sr::crc32Update(sr::crc32Update(0, view.first(cut)), view.subspan(cut)),
                     slowCrc(view));
        }
    }

    // Two parts hashed apart (two threads on a big file) combine into the whole's CRC.
    void crc32PartsCombine() {
        const Bytes data = randomBytes(5000, 8);
        for (std::size_t length : {0, 1, 64, 1000, 5000}) {
            const ByteView view(data.data(), length);
            for (std::size_t cut : {std::size_t(0), length / 2, length}) {
                const ByteView a = view.first(cut), b = view.subspan(cut);
                QCOMPARE(sr::crc32Combine(sr::crc32Update(0, a), sr::crc32Update(0, b), b.size()),
                         slowCrc(view));
            }
        }
        QCOMPARE(sr::crc32Combine(0x12345678u, 0, 0), 0x12345678u);
    }

    void borshScalars() {
        QCOMPARE(borshBool(true), Bytes{1});
        QCOMPARE(borshBool(false), Bytes{0});
        QCOMPARE(borshF64(1.5), (Bytes{0, 0, 0, 0, 0, 0, 0xF8, 0x3F}));
        Bytes minusOne(16, 0xFF);
        QCOMPARE(borshI128(-1), minusOne);
        QCOMPARE(borshString("hé"), (Bytes{3, 0, 0, 0, 'h', 0xC3, 0xA9}));
        QCOMPARE(borshString(""), (Bytes{0, 0, 0, 0}));
    }

    void int128ParsesItsWholeRange() {
        const std::string max = "170141183460469231731687303715884105727";
        const std::string min = "-170141183460469231731687303715884105728";
        QCOMPARE(formatInt128(parseInt128(max)), max);
        QCOMPARE(formatInt128(parseInt128(min)), min);
        QCOMPARE(formatInt128(parseInt128("-42")), std::string("-42"));
        QCOMPARE(formatInt128(parseInt128("0")), std::string("0"));
        QCOMPARE(codeOf([] { parseInt128("170141183460469231731687303715884105728"); }),
                 sr::ErrorCode::InvalidArgument);
        QCOMPARE(codeOf([] { parseInt128("-170141183460469231731687303715884105729"); }),
                 sr::ErrorCode::InvalidArgument);
        QCOMPARE(codeOf([] { parseInt128("12a"); }), sr::ErrorCode::InvalidArgument);
        QCOMPARE(codeOf([] { parseInt128("-"); }), sr::ErrorCode::InvalidArgument);
    }

    void keysAreSanitised() {
        QCOMPARE(sanitizeDataKey("Tax return 2024.pdf"), std::string("Tax_return_2024_pdf"));
        QCOMPARE(sanitizeDataKey("a--b__c"), std::string("a--b__c"));
        QCOMPARE(sanitizeDataKey("été à Paris"), std::string("_t_Paris"));
        QCOMPARE(sanitizeDataKey("..."), std::string("data"));
        QCOMPARE(sanitizeDataKey(""), std::string("data"));
        QVERIFY(isValidDataKey("email"));
        QVERIFY(!isValidDataKey("a.b"));
        QVERIFY(!isValidDataKey(""));
    }

    void mimeTypesFollowMagicBytes_data() {
        QTest::addColumn<QByteArray>("head");
        QTest::addColumn<QString>("mime");
        auto row = [](const char* name, Bytes head, const char* mime) {
            QTest::newRow(name) << QByteArray(reinterpret_cast<const char*>(head.data()),
                                              static_cast<qsizetype>(head.size()))
                                << QString(mime);
        };
        row("png", withHead({0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A}), "image/png");
        row("gif", withHead({'G', 'I', 'F', '8', '9', 'a'}), "image/gif");
        row("G alone is mpeg", withHead({'G', 'r', 'o'}), "video/mpeg");
        row("jpeg", withHead({0xFF, 0xD8, 0xFF, 0xE0}), "image/jpeg");
        row("pdf", withHead({'%', 'P', 'D', 'F', '-'}), "application/pdf");
        row("zip", withHead({'P', 'K', 3, 4}), "application/zip");
        row("webp", withHead({'R', 'I', 'F', 'F', 1, 2, 3, 4, 'W', 'E', 'B', 'P'}), "image/webp");
        row("wav", withHead({'R', 'I', 'F', 'F', 1, 2, 3, 4, 'W', 'A', 'V', 'E'}), "audio/x-wav");
        row("avi", withHead({'R', 'I', 'F', 'F', 1, 2, 3, 4, 'A', 'V', 'I', ' '}),
            "video/x-msvideo");
        row("mp4", withHead({0, 0, 0, 0x18, 'f', 't', 'y', 'p', 'i', 's', 'o', 'm'}), "video/mp4");
        row("avif is not supported",
            withHead({0, 0, 0, 0x18, 'f', 't', 'y', 'p', 'a', 'v', 'i', 'f'}),
            "application/octet-stream");
        row("midi", withHead({'M', 'T', 'h', 'd'}), "audio/midi");
        row("mp3", withHead({'I', 'D', '3'}), "audio/mpeg");
        row("bmp", withHead({'B', 'M'}), "image/bmp");
        row("xml", withHead({'<', '?', 'x', 'm', 'l', ' '}), "application/xml");
        row("text", withHead({'h', 'e', 'l', 'l', 'o'}), "application/octet-stream");
        row("empty", {}, "application/octet-stream");
    }
    void mimeTypesFollowMagicBytes() {
        QFETCH(QByteArray, head);
        QFETCH(QString, mime);
        const ByteView view(reinterpret_cast<const std::uint8_t*>(head.constData()),
                            static_cast<std::size_t>(head.size()));
        QCOMPARE(QString::fromStdString(sniffMimeType(view)), mime);
    }

    void objectRoundTripsThroughTheZip() {
        const fs::path root = dir_.path().toStdString();
        const Bytes png = withHead({0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A}, 300000);
        writeBytes(root / "photo.png", png);
        writeBytes(root / "empty.bin", {});
        DataObject object = DataValue::ofObject({
            {"email", DataValue::ofText("alice@example.com")},
            {"age", DataValue::ofNumber(42.5)},
            {"big", DataValue::ofInteger(parseInt128("-123456789012345678901234567890"))},
            {"ok", DataValue::ofBool(true)},
            {"folder",
             DataValue::ofObject({
                 {"photo", DataValue::ofFile(root / "photo.png")},
                 {"empty", DataValue::ofFile(root / "empty.bin")},
                 {"deeper", DataValue::ofObject({{"raw", DataValue::ofBytes({1, 2, 3})}})},
                 {"nothing", DataValue::ofObject()},
             })},
            {"7", DataValue::ofText("index keys come first")},
        });
        const auto schema = extractDataSchema(object);
        QCOMPARE(QString::fromStdString(schema.dump()),
                 QString("{\"7\":\"string\",\"email\":\"string\",\"age\":\"f64\",\"big\":\"i128\","
                         "\"ok\":\"bool\",\"folder\":{\"photo\":\"image/png\",\"empty\":"
                         "\"application/octet-stream\",\"deeper\":{\"raw\":"
                         "\"application/octet-stream\"},\"nothing\":{}}}"));
        DataZipWriter writer(object);
        const fs::path zipPath = root / "data.zip";
        std::uint64_t lastDone = 0;
        sr::OutputFile out(zipPath);
        writer.write([&](ByteView piece) { out.write(piece); },
                     [&](std::uint64_t done, std::uint64_t total) {
                         QVERIFY(done >= lastDone && done <= total);
                         lastDone = done;
                     });
        out.close();
        QCOMPARE(lastDone, writer.contentSize());
        QCOMPARE(static_cast<std::uint64_t>(fs::file_size(zipPath)), writer.zipSize());

        const StoredZipReader zip(zipPath);
        std::vector<std::string> names;
        for (const auto& entry : zip.entries())
            names.push_back(entry.header.name);
        const std::vector<std::string> expected{"7",
                                                "email",
                                                "age",
                                                "big",
                                                "ok",
                                                "folder/",
                                                "folder/photo",
                                                "folder/empty",
                                                "folder/deeper/",
                                                "folder/deeper/raw",
                                                "folder/nothing/"};
        QCOMPARE(names, expected);

        const DataObject back = readDataZip(zipPath, schema);
        QCOMPARE(back.fields.size(), std::size_t(6));
        QCOMPARE(back.fields[1].value.text, std::string("alice@example.com"));
        QCOMPARE(back.fields[2].value.number, 42.5);
        QCOMPARE(formatInt128(back.fields[3].value.integer),
                 std::string("-123456789012345678901234567890"));
        QCOMPARE(back.fields[4].value.boolean, true);
        const DataValue& folder = back.fields[5].value;
        QCOMPARE(folder.fields[0].value.bytes, png);
        QVERIFY(folder.fields[1].value.bytes.empty());
        QCOMPARE(folder.fields[2].value.fields[0].value.bytes, (Bytes{1, 2, 3}));
        QVERIFY(folder.fields[3].value.fields.empty());
    }

    // Progress is in content bytes, whatever the passes: it ends at exactly the content size,
    // never goes back and never goes beyond (a rate computed from it is the real one).
    void progressCountsContentOnce() {
        const fs::path root = dir_.path().toStdString();
        writeBytes(root / "big.bin", randomBytes(3u << 20, 7));
        DataZipWriter writer(DataValue::ofObject(
            {{"file", DataValue::ofFile(root / "big.bin")}, {"note", DataValue::ofText("hello")}}));
        QCOMPARE(writer.contentSize(), std::uint64_t(3u << 20) + 4 + 5); // borsh: length + text
        std::uint64_t last = 0;
        int calls = 0;
        bool ordered = true;
        writer.write([](ByteView) {},
                     [&](std::uint64_t done, std::uint64_t total) {
                         ordered = ordered && done >= last && done <= total &&
                                   total == writer.contentSize();
                         last = done;
                         ++calls;
                     });
        QVERIFY(ordered);
        QVERIFY(calls > 2);
        QCOMPARE(last, writer.contentSize());
    }

    // A big file's CRC pass is split over two threads: the CRC combined from the two halves
    // is the file's, progress still only grows to the content size, and a file that shrinks
    // during that pass is an error.
    void bigFilesHaveTheirCrcPassSplit() {
        const fs::path root = dir_.path().toStdString();
        const Bytes content = randomBytes((16u << 20) + 12345, 11); // odd halves
        writeBytes(root / "big.bin", content);
        const DataObject object = DataValue::ofObject(
            {{"big", DataValue::ofFile(root / "big.bin")}, {"z", DataValue::ofText("end")}});
        DataZipWriter writer(object);
        sr::OutputFile out(root / "big.zip");
        std::uint64_t last = 0;
        bool ordered = true;
        writer.write([&](ByteView piece) { out.write(piece); },
                     [&](std::uint64_t done, std::uint64_t total) {
                         ordered = ordered && done >= last && done <= total;
                         last = done;
                     });
        out.close();
        QVERIFY(ordered);
        QCOMPARE(last, writer.contentSize());
        const StoredZipReader zip(root / "big.zip");
        QCOMPARE(zip.entries().front().header.crc, sr::crc32Update(0, content));
        const DataObject back = readDataZip(root / "big.zip", extractDataSchema(object));
        QVERIFY(back.fields[0].value.bytes == content);

        DataZipWriter shrinking(object);
        bool truncated = false;
        QCOMPARE(codeOf([&] {
                     shrinking.write([](ByteView) {},
                                     [&](std::uint64_t done, std::uint64_t total) {
                                         if (!truncated && 8 * done >= total) {
                                             fs::resize_file(root / "big.bin", 5u << 20);
                                             truncated = true;
                                         }
                                     });
                 }),
                 sr::ErrorCode::Io);
        QVERIFY(truncated);
    }

    void zip64WhenValuesOverflow() {
        // A threshold of 100 bytes makes the 300 000-byte entry, its offsets and the central
        // directory take the zip64 forms, read back through the same reader.
        const fs::path root = dir_.path().toStdString();
        const Bytes content = randomBytes(300000, 3);
        writeBytes(root / "c.bin", content);
        StoredZipOptions options;
        options.zip64Threshold = 100;
        DataObject object = DataValue::ofObject({{"a", DataValue::ofText("first")},
                                                 {"b", DataValue::ofFile(root / "c.bin")},
                                                 {"c", DataValue::ofText("after")}});
        DataZipWriter writer(object, options);
        writeZip(writer, root / "z64.zip");
        QCOMPARE(static_cast<std::uint64_t>(fs::file_size(root / "z64.zip")), writer.zipSize());
        const DataObject back = readDataZip(root / "z64.zip", extractDataSchema(object));
        QCOMPARE(back.fields[1].value.bytes, content);
        QCOMPARE(back.fields[2].value.text, std::string("after"));
    }

    void invalidObjectsAreRefused() {
        QCOMPARE(codeOf([] {
                     validateDataObject(DataValue::ofObject({{"a.b", DataValue::ofBool(true)}}));
                 }),
                 sr::ErrorCode::InvalidArgument);
        QCOMPARE(codeOf([] {
                     validateDataObject(DataValue::ofObject(
                         {{"a", DataValue::ofBool(true)}, {"a", DataValue::ofBool(false)}}));
                 }),
                 sr::ErrorCode::InvalidArgument);
        QCOMPARE(
            codeOf([] {
                validateDataObject(DataValue::ofObject({{"n", DataValue::ofNumber(std::nan(""))}}));
            }),
            sr::ErrorCode::InvalidArgument);
        QCOMPARE(codeOf([] {
                     validateDataObject(
                         DataValue::ofObject({{"f", DataValue::ofFile("/nonexistent/file")}}));
                 }),
                 sr::ErrorCode::NotFound);
    }

    void unreadableFileIsAnIoError() {
        if (::geteuid() == 0)
            QSKIP("SKIPPED LOUDLY: root reads files whatever their mode");
        const fs::path file = fs::path(dir_.path().toStdString()) / "secret.txt";
        writeBytes(file, sr::asBytes("x"));
        fs::permissions(file, fs::perms::none);
        QCOMPARE(codeOf([&] {
                     DataZipWriter w(DataValue::ofObject({{"f", DataValue::ofFile(file)}}));
                 }),
                 sr::ErrorCode::Io);
    }

    void fileChangingBetweenPassesIsAnError() {
        const fs::path file = fs::path(dir_.path().toStdString()) / "moving.bin";
        writeBytes(file, randomBytes(3 << 20, 5));
        DataZipWriter writer(DataValue::ofObject({{"f", DataValue::ofFile(file)}}));
        bool truncated = false;
        const auto code = codeOf([&] {
            writer.write([](ByteView) {},
                         [&](std::uint64_t done, std::uint64_t) {
                             // After the CRC pass, the file shrinks (or vanishes).
                             if (!truncated && 2 * done >= writer.contentSize()) {
                                 fs::resize_file(file, 1000);
                                 truncated = true;
                             }
                         });
        });
        QVERIFY(truncated);
        QCOMPARE(code, sr::ErrorCode::Io);

        // Same size, other content: caught by the second CRC.
        writeBytes(file, randomBytes(3 << 20, 5));
        DataZipWriter again(DataValue::ofObject({{"f", DataValue::ofFile(file)}}));
        bool rewritten = false;
        QCOMPARE(codeOf([&] {
                     again.write([](ByteView) {},
                                 [&](std::uint64_t done, std::uint64_t) {
                                     if (!rewritten && 2 * done >= again.contentSize()) {
                                         writeBytes(file, randomBytes(3 << 20, 6));
                                         rewritten = true;
                                     }
                                 });
                 }),
                 sr::ErrorCode::Io);
    }

    void pathsBecomeAnObject() {
        const fs::path root = fs::path(dir_.path().toStdString()) / "drop";
        fs::create_directories(root / "My Folder" / "sub dir");
        writeBytes(root / "My Folder" / "a.txt", sr::asBytes("a"));
        writeBytes(root / "My Folder" / "a!txt", sr::asBytes("b"));
        writeBytes(root / "My Folder" / "sub dir" / "z.bin", {});
        writeBytes(root / "report 2024.pdf", sr::asBytes("%PDF-1.7"));
        const DataObject object =
            dataObjectFromPaths({root / "My Folder", root / "report 2024.pdf"});
        QCOMPARE(
            QString::fromStdString(extractDataSchema(object).dump()),
            QString("{\"My_Folder\":{\"a_txt\":\"application/octet-stream\",\"a_txt_2\":"
                    "\"application/octet-stream\",\"sub_dir\":{\"z_bin\":"
                    "\"application/octet-stream\"}},\"report_2024_pdf\":\"application/pdf\"}"));
        QCOMPARE(codeOf([&] { dataObjectFromPaths({root / "absent"}); }), sr::ErrorCode::NotFound);
        QCOMPARE(codeOf([&] { dataObjectFromPaths({"/dev/null"}); }),
                 sr::ErrorCode::InvalidArgument);
    }

    void linksStayInsideTheDroppedFolder() {
        const fs::path root = fs::path(dir_.path().toStdString()) / "links";
        const fs::path secrets = fs::path(dir_.path().toStdString()) / "dot-ssh";
        fs::create_directories(root / "docs" / "inner");
        fs::create_directories(secrets);
        writeBytes(secrets / "id_ed25519", sr::asBytes("PRIVATE KEY"));
        writeBytes(root / "docs" / "a.txt", sr::asBytes("a"));
        fs::create_symlink(".", root / "docs" / "self");                   // a loop
        fs::create_symlink("..", root / "docs" / "inner" / "up");          // a loop, one level up
        fs::create_symlink("../..", root / "docs" / "inner" / "outside");  // out of the folder
        fs::create_symlink(secrets, root / "docs" / "ssh");                // out of the folder
        fs::create_symlink(secrets / "id_ed25519", root / "docs" / "key"); // a file outside
        fs::create_symlink("a.txt", root / "docs" / "same");               // a file inside: kept
        fs::create_symlink("gone", root / "docs" / "broken");
        std::vector<SkippedPath> skipped;
        const DataObject object = dataObjectFromPaths({root / "docs"}, &skipped);
        QCOMPARE(QString::fromStdString(extractDataSchema(object).dump()),
                 QString("{\"docs\":{\"a_txt\":\"application/octet-stream\",\"inner\":{},"
                         "\"same\":\"application/octet-stream\"}}"));
        std::vector<std::pair<std::string, SkipReason>> got;
        for (const auto& s : skipped)
            got.emplace_back(s.path.lexically_relative(root).string(), s.reason);
        std::sort(got.begin(), got.end());
        const std::vector<std::pair<std::string, SkipReason>> expected{
            {"docs/broken", SkipReason::BrokenLink},
            {"docs/inner/outside", SkipReason::LinkOutside},
            {"docs/inner/up", SkipReason::LinkLoop},
            {"docs/key", SkipReason::LinkOutside},
            {"docs/self", SkipReason::LinkLoop},
            {"docs/ssh", SkipReason::LinkOutside}};
        QCOMPARE(got, expected);
        // What a kept link names is read where it really is, inside the folder.
        for (const auto& f : object.fields.at(0).value.fields)
            if (f.key == "same")
                QCOMPARE(f.value.file, fs::canonical(root / "docs" / "a.txt"));
        // A dropped link is the user's own choice: taken where it leads, and its folder is
        // then the limit (the link to the secrets folder gives just that folder).
        const DataObject dropped = dataObjectFromPaths({root / "docs" / "ssh"}, &skipped);
        QVERIFY(skipped.empty());
        QCOMPARE(QString::fromStdString(extractDataSchema(dropped).dump()),
                 QString("{\"ssh\":{\"id_ed25519\":\"application/octet-stream\"}}"));
    }

    void corruptZipsAreRejected() {
        const fs::path root = dir_.path().toStdString();
        DataObject object = DataValue::ofObject({{"t", DataValue::ofText("hello world")}});
        DataZipWriter writer(object);
        writeZip(writer, root / "good.zip");
        const std::string good = [&] {
            std::ifstream in(root / "good.zip", std::ios::binary);
            return std::string(std::istreambuf_iterator<char>(in), {});
        }();
        auto variant = [&](const std::function<void(std::string&)>& change) {
            std::string bytes = good;
            change(bytes);
            writeBytes(root / "bad.zip", sr::asBytes(bytes));
            return codeOf([&] { readDataZip(root / "bad.zip", extractDataSchema(object)); });
        };
        QCOMPARE(variant([](std::string& b) { b.resize(b.size() - 5); }), sr::ErrorCode::Corrupt);
        QCOMPARE(variant([](std::string& b) { b[35] ^= 1; }), sr::ErrorCode::Corrupt); // content
        QCOMPARE(variant([](std::string& b) { b.resize(10); }), sr::ErrorCode::Corrupt);
        QCOMPARE(variant([](std::string& b) { b[b.find("PK\x01\x02")] = 'X'; }),
                 sr::ErrorCode::Corrupt);
        QCOMPARE(variant([](std::string& b) { b[b.find("PK\x01\x02") + 10] = 8; }), // deflated
                 sr::ErrorCode::Unsupported);
        // The schema and the zip must agree.
        QCOMPARE(codeOf([&] {
                     readDataZip(root / "good.zip", nlohmann::ordered_json{{"t", "bool"}});
                 }),
                 sr::ErrorCode::Corrupt);
        QCOMPARE(codeOf([&] {
                     readDataZip(root / "good.zip", nlohmann::ordered_json{{"u", "string"}});
                 }),
                 sr::ErrorCode::Corrupt);
    }

private:
    QTemporaryDir dir_;
};

QTEST_GUILESS_MAIN(TestDataZip)
#include "tst_datazip.moc"
