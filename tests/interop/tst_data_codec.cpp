// Differential test of the protected-data codec against DataProtector itself: for many data
// objects (every supported MIME type and tricky magic bytes, nested and empty folders, typed
// fields at their limits, empty and large files, a zip forced into zip64, random objects from
// a fixed seed), our schema string must equal JSON.stringify of the SDK's extractDataSchema,
// @iexec/dataprotector-deserializer must read every value back from OUR zip, and our reader
// must read the same values from the SDK's zip.

#include "NodeScript.h"
#include "eth/Hex.h"
#include "iexec/DataObject.h"
#include "iexec/DataZip.h"
#include "util/FileStream.h"

#include <QTemporaryDir>
#include <QtTest>
#include <cstring>
#include <fstream>
#include <random>
#include <set>

using namespace sr::iexec;
using sr::Bytes;
using sr::ByteView;
namespace fs = std::filesystem;

namespace {

Bytes readAll(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    return Bytes(std::istreambuf_iterator<char>(in), {});
}

nlohmann::json tagged(const DataValue& object) {
    nlohmann::json pairs = nlohmann::json::array();
    for (const DataField& field : object.fields) {
        const DataValue& v = field.value;
        nlohmann::json node;
        switch (v.kind) {
        case DataKind::Bool:
            node = {{"t", "bool"}, {"v", v.boolean}};
            break;
        case DataKind::F64:
            node = {{"t", "f64"}, {"bits", sr::eth::toHex(borshF64(v.number), false)}};
            break;
        case DataKind::I128:
            node = {{"t", "i128"}, {"v", formatInt128(v.integer)}};
            break;
        case DataKind::String:
            node = {{"t", "string"}, {"v", v.text}};
            break;
        case DataKind::Bytes:
            node = {{"t", "bytes"}, {"hex", sr::eth::toHex(v.bytes, false)}};
            break;
        case DataKind::File:
            node = {{"t", "file"}, {"path", v.file.string()}};
            break;
        case DataKind::Object:
            node = {{"t", "object"}, {"v", tagged(v)}};
            break;
        }
        pairs.push_back({field.key, node});
    }
    return pairs;
}

// `expected` may hold files; `got` (read from a zip) holds bytes.
bool sameValues(const DataValue& expected, const DataValue& got, std::string& why,
                const std::string& path = "") {
    if (expected.kind == DataKind::Object) {
        if (got.kind != DataKind::Object || got.fields.size() != expected.fields.size())
            return why = path + ": not the same fields", false;
        const auto ordered = jsOrderedFields(expected);
        for (std::size_t i = 0; i < ordered.size(); ++i) {
            if (got.fields[i].key != ordered[i]->key)
                return why = path + ": key " + got.fields[i].key, false;
            if (!sameValues(ordered[i]->value, got.fields[i].value, why,
                            path + "." + ordered[i]->key))
                return false;
        }
        return true;
    }
    bool same = false;
    switch (expected.kind) {
    case DataKind::Bool:
        same = got.kind == DataKind::Bool && got.boolean == expected.boolean;
        break;
    case DataKind::F64:
        same = got.kind == DataKind::F64 && borshF64(got.number) == borshF64(expected.number);
        break;
    case DataKind::I128:
        same = got.kind == DataKind::I128 && got.integer == expected.integer;
        break;
    case DataKind::String:
        same = got.kind == DataKind::String && got.text == expected.text;
        break;
    case DataKind::Bytes:
        same = got.kind == DataKind::Bytes && got.bytes == expected.bytes;
        break;
    case DataKind::File:
        same = got.kind == DataKind::Bytes && got.bytes == readAll(expected.file);
        break;
    default:
        break;
    }
    if (!same)
        why = path + ": different value";
    return same;
}

class Generator {
public:
    explicit Generator(std::uint64_t seed) : rng_(seed) {}
    std::size_t below(std::size_t n) { return static_cast<std::size_t>(rng_() % n); }
    Bytes random(std::size_t n) {
        Bytes out(n);
        for (auto& b : out)
            b = static_cast<std::uint8_t>(rng_());
        return out;
    }
    // Content that starts like one of the signatures (sometimes damaged), or random.
    Bytes binary() {
        static const std::vector<Bytes> heads{
            {0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A},
            {'G', 'I', 'F', '8', '7', 'a'},
            {'G', 'I', 'F', '8'},
            {0xFF, 0xD8, 0xFF},
            {0xFF, 0xFB},
            {'%', 'P', 'D', 'F'},
            {0xEF, 0xBB, 0xBF, '%', 'P', 'D', 'F'},
            {'P', 'K', 3, 4},
            {'P', 'K', 5, 6},
            {'R', 'I', 'F', 'F', 0, 0, 0, 0, 'W', 'E', 'B', 'P'},
            {'R', 'I', 'F', 'F', 0, 0, 0, 0, 'W', 'A', 'V', 'E'},
            {'R', 'I', 'F', 'F', 0, 0, 0, 0, 'A', 'V', 'I', ' '},
            {'R', 'I', 'F', 'F'},
            {0, 0, 0, 0x20, 'f', 't', 'y', 'p'},
            {0, 0, 0, 0x20, 'f', 't', 'y', 'p', 'a', 'v', 'i', 'f'},
            {0, 0, 0, 0x20, 'f', 't', 'y', 'p', 'h', 'e', 'i', 'c'},
            {0, 0, 1, 0xBA},
            {0, 0, 1, 0xB3},
            {'M', 'T', 'h', 'd'},
            {'B', 'M'},
            {'I', 'D', '3'},
            {'<', '?', 'x', 'm', 'l', ' '},
            {'<', 's', 'v', 'g'},
            {'S', 'P', '0', '1'},
            {0x1F, 0x8B},
            {'G'},
            {0},
            {0x7F, 'E', 'L', 'F'}};
        Bytes out = below(5) == 0 ? Bytes{} : heads[below(heads.size())];
        if (!out.empty() && below(6) == 0)
            out[below(out.size())] ^= static_cast<std::uint8_t>(1 + below(255));
        const Bytes tail = random(below(4) == 0 ? below(5) : below(3000));
        out.insert(out.end(), tail.begin(), tail.end());
        return out;
    }
    std::string text() {
        static const std::vector<std::string> pieces{"a",  "Zoë ", "東京", "🙂", "\n",
                                                     "\"", "\\",   " ",    "0"};
        std::string out;
        for (std::size_t i = below(12); i > 0; --i)
            out += pieces[below(pieces.size())];
        return out;
    }
    std::string key(std::size_t i) {
        static const char* alphabet = "abcXYZ019-_";
        if (below(6) == 0)
            return std::to_string(below(4) == 0 ? 0 : below(50)) + (below(3) == 0 ? "x" : "");
        std::string out(1 + below(6), 'a');
        for (auto& c : out)
            c = alphabet[below(std::strlen(alphabet))];
        return out + std::to_string(i);
    }
    DataValue object(int depth) {
        DataValue object = DataValue::ofObject();
        std::set<std::string> used;
        for (std::size_t i = below(depth == 0 ? 9 : 5); i > 0; --i) {
            std::string k = key(i);
            if (!used.insert(k).second)
                continue;
            object.fields.push_back({k, leaf(depth)});
        }
        return object;
    }
    DataValue leaf(int depth) {
        switch (below(depth < 3 ? 7 : 6)) {
        case 0:
            return DataValue::ofBool(below(2) == 1);
        case 1: {
            const double values[] = {0.0, -0.0, 1.5, -3e300, 5e-324, 1.0 / 3, 9007199254740993.0};
            return DataValue::ofNumber(values[below(7)]);
        }
        case 2: {
            // Up to 2^127 - 1: 63 random high bits over 64 random low ones (a product of two
            // 64-bit draws could overflow the signed type).
            const Int128 v = (static_cast<Int128>(rng_() >> 1) << 64) | static_cast<Int128>(rng_());
            return DataValue::ofInteger(below(2) ? v : -v);
        }
        case 3:
            return DataValue::ofText(text());
        case 4:
        case 5:
            return DataValue::ofBytes(binary());
        default:
            return object(depth + 1);
        }
    }

private:
    std::mt19937_64 rng_;
};

} // namespace

class TestDataCodec : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() {
        QString why;
        if (!sr::test::nodeAvailable(&why))
            QSKIP(qPrintable("SKIPPED LOUDLY: " + why));
        QVERIFY(dir_.isValid());
    }

    void schemasZipsAndValuesEqualDataProtectors() {
        const fs::path root = dir_.path().toStdString();
        auto file = [&](const std::string& name, ByteView content) {
            const fs::path path = root / name;
            std::ofstream out(path, std::ios::binary);
            out.write(reinterpret_cast<const char*>(content.data()),
                      static_cast<std::streamsize>(content.size()));
            return path;
        };
        Generator gen(0x5eed2024);
        struct Case {
            std::string name;
            DataObject object;
            StoredZipOptions options;
        };
        std::vector<Case> cases;

        // Every supported MIME type, from files.
        DataObject types = DataValue::ofObject();
        const std::vector<std::pair<std::string, Bytes>> heads{
            {"pdf", {'%', 'P', 'D', 'F', '-', '1'}},
            {"xml", {'<', '?', 'x', 'm', 'l', ' ', 'v'}},
            {"zip", {'P', 'K', 3, 4, 20, 0}},
            {"midi", {'M', 'T', 'h', 'd', 0, 0}},
            {"mp3", {0xFF, 0xFB, 0x90}},
            {"wav", {'R', 'I', 'F', 'F', 9, 9, 9, 9, 'W', 'A', 'V', 'E'}},
            {"bmp", {'B', 'M', 0x36}},
            {"gif", {'G', 'I', 'F', '8', '9', 'a', 1}},
            {"jpeg", {0xFF, 0xD8, 0xFF, 0xDB}},
            {"png", {0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A}},
            {"webp", {'R', 'I', 'F', 'F', 1, 0, 0, 0, 'W', 'E', 'B', 'P'}},
            {"mp4", {0, 0, 0, 0x18, 'f', 't', 'y', 'p', 'm', 'p', '4', '2'}},
            {"mpeg", {0, 0, 1, 0xBA, 0x44}},
            {"avi", {'R', 'I', 'F', 'F', 2, 0, 0, 0, 'A', 'V', 'I', ' '}},
            {"octet", {'h', 'i'}}};
        for (const auto& [name, head] : heads) {
            Bytes content = head;
            const Bytes tail = gen.random(500);
            content.insert(content.end(), tail.begin(), tail.end());
            types.fields.push_back({name, DataValue::ofFile(file(name + ".bin", content))});
        }
        cases.push_back({"every MIME type", types, {}});

        // Typed fields at their limits, as DataProtector's users pass them.
        cases.push_back(
            {"typed fields",
             DataValue::ofObject(
                 {{"email", DataValue::ofText("alice@example.com")},
                  {"telegram_chatId", DataValue::ofText("123456789")},
                  {"note",
                   DataValue::ofText("Free text, with ünïcödé and 🙂 and \"quotes\"\n")},
                  {"empty", DataValue::ofText("")},
                  {"yes", DataValue::ofBool(true)},
                  {"no", DataValue::ofBool(false)},
                  {"pi", DataValue::ofNumber(3.141592653589793)},
                  {"negZero", DataValue::ofNumber(-0.0)},
                  {"max",
                   DataValue::ofInteger(parseInt128("170141183460469231731687303715884105727"))},
                  {"min",
                   DataValue::ofInteger(parseInt128("-170141183460469231731687303715884105728"))},
                  {"10", DataValue::ofText("index keys are enumerated first")},
                  {"2", DataValue::ofBool(true)}}),
             {}});

        // Folders: nested, empty, and a dropped tree from disk.
        fs::create_directories(root / "tree" / "inner folder" / "empty");
        file("tree/inner folder/notes.txt", sr::asBytes("notes"));
        file("tree/photo.png", Bytes{0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 1});
        file("tree/zero.bin", {});
        cases.push_back({"dropped tree", dataObjectFromPaths({root / "tree"}), {}});
        cases.push_back({"empty object", DataValue::ofObject(), {}});
        cases.push_back({"empty nested", DataValue::ofObject({{"a", DataValue::ofObject()}}), {}});

        // Large content (several MiB, streamed on our side) and a zip forced into zip64.
        const fs::path large = file("large.bin", gen.random(24u << 20));
        cases.push_back(
            {"large file", DataValue::ofObject({{"large", DataValue::ofFile(large)}}), {}});
        StoredZipOptions zip64;
        zip64.zip64Threshold = 64;
        cases.push_back({"zip64",
                         DataValue::ofObject({{"file", DataValue::ofFile(root / "png.bin")},
                                              {"t", DataValue::ofText(std::string(100, 'x'))},
                                              {"n", DataValue::ofNumber(2)}}),
                         zip64});

        for (int i = 0; i < 60; ++i)
            cases.push_back({"random " + std::to_string(i), gen.object(0), {}});

        nlohmann::json input;
        input["cases"] = nlohmann::json::array();
        std::vector<std::string> schemas;
        for (std::size_t i = 0; i < cases.size(); ++i) {
            const fs::path zip = root / ("case-" + std::to_string(i) + ".zip");
            DataZipWriter writer(cases[i].object, cases[i].options);
            sr::OutputFile out(zip);
            writer.write([&](ByteView piece) { out.write(piece); });
            out.close();
            schemas.push_back(extractDataSchema(cases[i].object).dump());
            input["cases"].push_back({{"name", cases[i].name},
                                      {"zip", zip.string()},
                                      {"sdkZip", zip.string() + ".sdk.zip"},
                                      {"object", tagged(cases[i].object)}});
        }
        const nlohmann::json reply = sr::test::runNode("data_codec.mjs", input);
        QVERIFY(!reply.is_null());
        QCOMPARE(reply["cases"].size(), cases.size());
        for (std::size_t i = 0; i < cases.size(); ++i) {
            const auto& r = reply["cases"][i];
            const QString label = QString::fromStdString(cases[i].name);
            QVERIFY2(r["schema"].get<std::string>() == schemas[i],
                     qPrintable(label + ": SDK " + QString::fromStdString(r["schema"]) +
                                " vs ours " + QString::fromStdString(schemas[i])));
            QVERIFY2(r["mismatches"].empty(),
                     qPrintable(label + ": " + QString::fromStdString(r["mismatches"].dump())));
            // The SDK's zip, read by ours.
            const DataObject back = readDataZip(input["cases"][i]["sdkZip"].get<std::string>(),
                                                nlohmann::ordered_json::parse(schemas[i]));
            std::string why;
            QVERIFY2(sameValues(cases[i].object, back, why),
                     qPrintable(label + ": " + QString::fromStdString(why)));
        }
    }

private:
    QTemporaryDir dir_;
};

QTEST_GUILESS_MAIN(TestDataCodec)
#include "tst_data_codec.moc"
