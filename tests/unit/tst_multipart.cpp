// The streaming multipart/form-data reader: well-formed bodies in every shape Kubo's clients
// send, bodies split at every possible point, and strict rejection of malformed input.

#include "sandbox/Multipart.h"

#include <QtTest>
#include <algorithm>
#include <cstring>

using sr::sandbox::ByteReader;
using sr::sandbox::HttpError;
using sr::sandbox::multipartBoundary;
using sr::sandbox::MultipartReader;

namespace {

// Hands out the body `step` bytes at a time, to cut delimiters at every position.
class StepReader final : public ByteReader {
public:
    StepReader(std::string data, std::size_t step) : data_(std::move(data)), step_(step) {}
    std::size_t read(char* buffer, std::size_t capacity) override {
        auto n = std::min({capacity, step_, data_.size() - at_});
        std::memcpy(buffer, data_.data() + at_, n);
        at_ += n;
        return n;
    }

private:
    std::string data_;
    std::size_t step_;
    std::size_t at_ = 0;
};

struct Parsed {
    std::string name, filename, contentType, content;
    std::size_t headerCount = 0;
};

std::vector<Parsed> parseAll(const std::string& body, const std::string& boundary,
                             std::size_t step = 1u << 20, std::size_t readSize = 65536) {
    StepReader source(body, step);
    MultipartReader reader(source, boundary);
    std::vector<Parsed> parts;
    while (auto part = reader.next()) {
        Parsed parsed{part->name, part->filename, part->contentType, {}, part->headers.size()};
        std::vector<char> buffer(readSize);
        while (auto n = reader.read(buffer.data(), buffer.size()))
            parsed.content.append(buffer.data(), n);
        parts.push_back(std::move(parsed));
    }
    return parts;
}

std::string kuboStyle(const std::string& boundary, const std::string& content,
                      const std::string& filename = "") {
    return "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" +
           filename + "\"\r\nContent-Type: application/octet-stream\r\n\r\n" + content + "\r\n--" +
           boundary + "--\r\n";
}

std::string pseudoRandom(std::size_t size, std::uint32_t seed) {
    std::string out(size, '\0');
    std::uint32_t x = seed;
    for (auto& c : out) {
        x = x * 1664525u + 1013904223u;
        c = static_cast<char>(x >> 24);
    }
    return out;
}

} // namespace

class TestMultipart : public QObject {
    Q_OBJECT

private slots:
    void parsesTheBoundary() {
        QCOMPARE(multipartBoundary("multipart/form-data; boundary=abc"), std::string("abc"));
        QCOMPARE(multipartBoundary("Multipart/Form-Data;boundary=\"a b:c\""), std::string("a b:c"));
        QCOMPARE(multipartBoundary("multipart/form-data; charset=utf-8; BOUNDARY=x-y"),
                 std::string("x-y"));
        QCOMPARE(multipartBoundary("multipart/form-data; boundary=-----------------------------"
                                   "V1StGXR8_Z5jdHi6B-myT"),
                 std::string("-----------------------------V1StGXR8_Z5jdHi6B-myT"));
        for (const char* bad :
             {"application/json", "multipart/form-data", "multipart/form-data; boundary=",
              "multipart/form-data; boundary=\"\"", "multipart/mixed; boundary=abc",
              "multipart/form-data; boundary=a{b", "multipart/form-data; boundary=\"abc",
              "multipart/form-data; boundary", "multipart/form-data boundary=abc"})
            QVERIFY_THROWS_EXCEPTION(HttpError, multipartBoundary(bad));
        QVERIFY_THROWS_EXCEPTION(
            HttpError, multipartBoundary("multipart/form-data; boundary=" + std::string(71, 'a')));
    }

    void readsWhatKuboRpcClientSends() {
        const std::string boundary = "-----------------------------V1StGXR8_Z5jdHi6B-myT";
        auto parts = parseAll(kuboStyle(boundary, "hello\r\n", "my%20file.txt"), boundary);
        QCOMPARE(parts.size(), std::size_t(1));
        QCOMPARE(parts[0].name, std::string("file"));
        QCOMPARE(parts[0].filename, std::string("my file.txt"));
        QCOMPARE(parts[0].contentType, std::string("application/octet-stream"));
        QCOMPARE(parts[0].content, std::string("hello\r\n"));
    }

    void readsSeveralPartsWithPreambleEpilogueAndPadding() {
        std::string body = "preamble to ignore\r\n--XyZ  \t\r\nContent-Disposition: form-data; "
                           "name=\"a\"\r\n\r\nfirst\r\n--XyZ\r\n\r\nno headers here\r\n--XyZ\r\n"
                           "Content-Disposition: form-data; name=\"q\\\"uote\"; filename=f\r\n"
                           "\r\n\r\n--XyZ--epilogue\r\nmore";
        auto parts = parseAll(body, "XyZ");
        QCOMPARE(parts.size(), std::size_t(3));
        QCOMPARE(parts[0].name, std::string("a"));
        QCOMPARE(parts[0].content, std::string("first"));
        QCOMPARE(parts[1].headerCount, std::size_t(0));
        QCOMPARE(parts[1].content, std::string("no headers here"));
        QCOMPARE(parts[2].name, std::string("q\"uote"));
        QCOMPARE(parts[2].filename, std::string("f"));
        QCOMPARE(parts[2].content, std::string(""));
    }

    void keepsContentThatLooksLikeADelimiter() {
        const std::string boundary = "bnd";
        std::string content = "--bnd\r\n--bn\r\n-bnd\n--bnd\r--bndx\r\n--b";
        // "\r\n--bndx" is not a delimiter per RFC 2046 only if followed by padding/CRLF; we
        // treat any "\r\n--bnd" as a delimiter, so the tricky content avoids exactly that.
        auto parts = parseAll(kuboStyle(boundary, content), boundary);
        QCOMPARE(parts.size(), std::size_t(1));
        QCOMPARE(parts[0].content, content);
    }

    void survivesEverySplitPoint() {
        const std::string boundary = "----b0undary";
        // Almost a delimiter: one byte short of "\r\n------b0undary".
        std::string content = pseudoRandom(3000, 1) + "\r\n------b0undarZ" + pseudoRandom(50, 2);
        auto body = kuboStyle(boundary, content, "x");
        for (std::size_t step : {1, 2, 3, 7, 13, 64, 1000}) {
            for (std::size_t readSize : {1, 5, 4096}) {
                auto parts = parseAll(body, boundary, step, readSize);
                QCOMPARE(parts.size(), std::size_t(1));
                QVERIFY(parts[0].content == content);
            }
        }
    }

    void streamsLargeParts() {
        const std::string boundary = "big";
        auto content = pseudoRandom(3u << 20, 9);
        auto parts = parseAll(kuboStyle(boundary, content), boundary, 100000, 65536);
        QCOMPARE(parts.size(), std::size_t(1));
        QVERIFY(parts[0].content == content);
    }

    void skipsUnreadParts() {
        std::string body = "--b\r\n\r\n" + std::string(200000, 'x') +
                           "\r\n--b\r\n"
                           "Content-Disposition: form-data; name=\"second\"\r\n\r\nyes\r\n--b--";
        StepReader source(body, 4096);
        MultipartReader reader(source, "b");
        QVERIFY(reader.next());
        auto second = reader.next();
        QVERIFY(second);
        QCOMPARE(second->name, std::string("second"));
        char buffer[16];
        auto n = reader.partReader().read(buffer, sizeof buffer);
        QCOMPARE(std::string(buffer, n), std::string("yes"));
        QVERIFY(!reader.next());
        QVERIFY(!reader.next());
    }

    void rejectsMalformedBodies_data() {
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("empty") << QByteArray("");
        QTest::newRow("no delimiter") << QByteArray("just some bytes");
        QTest::newRow("truncated content") << QByteArray("--b\r\nContent-Type: x\r\n\r\nabc");
        QTest::newRow("no close delimiter") << QByteArray("--b\r\n\r\nabc\r\n--b\r\n");
        QTest::newRow("ends after boundary") << QByteArray("--b\r\n\r\nabc\r\n--b");
        QTest::newRow("junk after boundary") << QByteArray("--bX\r\n\r\nabc\r\n--b--");
        QTest::newRow("unterminated headers") << QByteArray("--b\r\nContent-Type: x\r\n");
        QTest::newRow("header without colon")
            << QByteArray("--b\r\nContent-Type x\r\n\r\nabc\r\n--b--");
        QTest::newRow("folded header") << QByteArray("--b\r\nA: x\r\n y\r\n\r\nabc\r\n--b--");
        QTest::newRow("space in header name") << QByteArray("--b\r\nA b: x\r\n\r\nabc\r\n--b--");
        QTest::newRow("control char in header")
            << QByteArray("--b\r\nA: x\x01y\r\n\r\nabc\r\n--b--");
        QTest::newRow("unterminated quote")
            << QByteArray("--b\r\nContent-Disposition: form-data; name=\"x\r\n\r\nabc\r\n--b--");
        QTest::newRow("bad disposition")
            << QByteArray("--b\r\nContent-Disposition: inline\r\n\r\nabc\r\n--b--");
        QTest::newRow("bad parameters")
            << QByteArray("--b\r\nContent-Disposition: form-data; =x\r\n\r\nabc\r\n--b--");
        QTest::newRow("bad filename escape") << QByteArray(
            "--b\r\nContent-Disposition: form-data; filename=\"%zz\"\r\n\r\n\r\n--b--");
        QTest::newRow("huge headers")
            << QByteArray("--b\r\nX: " + QByteArray(10000, 'h') + "\r\n\r\nabc\r\n--b--");
        QTest::newRow("endless headers") << QByteArray("--b\r\nX: " + QByteArray(100000, 'h'));
    }

    void rejectsMalformedBodies() {
        QFETCH(QByteArray, body);
        for (std::size_t step : {std::size_t(1), std::size_t(1u << 20)}) {
            try {
                parseAll(body.toStdString(), "b", step);
                QFAIL("accepted a malformed body");
            } catch (const HttpError& e) {
                QCOMPARE(e.status(), 400);
                QVERIFY(std::string(e.what()).find("multipart") != std::string::npos ||
                        std::string(e.what()).find("percent") != std::string::npos);
            }
        }
    }
};

QTEST_APPLESS_MAIN(TestMultipart)
#include "tst_multipart.moc"
