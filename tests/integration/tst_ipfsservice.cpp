// The sandbox's IPFS service over real HTTP on 127.0.0.1: Kubo's RPC add/cat and the gateway,
// CIDs equal to what our importer computes, Kubo's error shapes, persistence across restarts,
// and a 100 MiB file uploaded and downloaded with flat memory.

#include "crypto/Sha256.h"
#include "eth/Hex.h"
#include "iexec/UnixFs.h"
#include "sandbox/IpfsService.h"
#include "util/Error.h"
#include "util/HttpClient.h"

#include <QTemporaryDir>
#include <QtTest>
#include <arpa/inet.h>
#include <fcntl.h>
#include <fstream>
#include <netinet/in.h>
#include <poll.h>
#include <random>
#include <sys/socket.h>
#include <unistd.h>

using sr::sandbox::IpfsService;

namespace {

const std::string kBoundary = "-----------------------------strongroomTestBoundary";

std::string multipart(const std::vector<std::pair<std::string, std::string>>& files,
                      const std::string& boundary = kBoundary) {
    std::string body;
    for (std::size_t i = 0; i < files.size(); ++i) {
        if (i > 0)
            body += "\r\n";
        body += "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file" +
                (i > 0 ? "-" + std::to_string(i) : std::string()) + "\"; filename=\"" +
                files[i].first + "\"\r\nContent-Type: application/octet-stream\r\n\r\n" +
                files[i].second;
    }
    return body + "\r\n--" + boundary + "--\r\n";
}

std::string randomText(std::size_t size, std::uint64_t seed) {
    std::mt19937_64 rng(seed);
    std::string out(size, '\0');
    for (auto& c : out)
        c = static_cast<char>(rng());
    return out;
}

sr::ByteView view(const std::string& s) {
    return sr::asBytes(s);
}

std::string expectedCid(const std::string& content, const sr::iexec::UnixFsOptions& options = {}) {
    return sr::iexec::unixFsFile(view(content), options).cid.toString();
}

// Peak resident memory of this process, in KiB (VmHWM), and a way to reset it.
long procStatusKiB(const char* field) {
    std::ifstream status("/proc/self/status");
    std::string line;
    while (std::getline(status, line))
        if (line.rfind(field, 0) == 0)
            return std::stol(line.substr(std::strlen(field)));
    return -1;
}
bool resetPeakRss() {
    std::ofstream refs("/proc/self/clear_refs");
    refs << "5";
    refs.flush();
    return refs.good();
}

// A plain socket that streams large bodies from and to disk, so that the test's own memory
// stays flat too (HttpClient holds bodies in memory).
class StreamClient {
public:
    explicit StreamClient(std::uint16_t port) {
        fd_ = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
        sockaddr_in address{};
        address.sin_family = AF_INET;
        address.sin_port = htons(port);
        address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        ok_ = ::connect(fd_, reinterpret_cast<sockaddr*>(&address), sizeof address) == 0;
    }
    ~StreamClient() { ::close(fd_); }
    bool ok() const { return ok_; }

    bool send(std::string_view bytes) {
        while (!bytes.empty()) {
            auto n = ::send(fd_, bytes.data(), bytes.size(), MSG_NOSIGNAL);
            if (n <= 0)
                return false;
            bytes.remove_prefix(static_cast<std::size_t>(n));
        }
        return true;
    }
    bool sendFile(const std::string& path) {
        std::ifstream in(path, std::ios::binary);
        std::vector<char> buffer(1u << 20);
        while (in) {
            in.read(buffer.data(), static_cast<std::streamsize>(buffer.size()));
            if (in.gcount() > 0 &&
                !send(std::string_view(buffer.data(), static_cast<std::size_t>(in.gcount()))))
                return false;
        }
        return true;
    }

    struct Reply {
        int status = 0;
        std::string head;
        std::uint64_t length = 0;
        std::string sha256;
        std::string body; // kept only when small
    };
    // Reads one response with a Content-Length body, hashing it as it arrives.
    std::optional<Reply> read(bool head = false) {
        Reply reply;
        std::string buffer;
        std::size_t end;
        char chunk[65536];
        while ((end = buffer.find("\r\n\r\n")) == std::string::npos) {
            auto n = recvSome(chunk, sizeof chunk);
            if (n <= 0)
                return std::nullopt;
            buffer.append(chunk, static_cast<std::size_t>(n));
        }
        reply.head = buffer.substr(0, end);
        buffer.erase(0, end + 4);
        reply.status = std::stoi(reply.head.substr(9, 3));
        std::uint64_t expected = 0;
        auto at = reply.head.find("Content-Length: ");
        if (at != std::string::npos)
            expected = std::stoull(reply.head.substr(at + 16));
        if (head)
            expected = 0;
        sr::crypto::Sha256 hash;
        auto take = [&](const char* data, std::size_t n) {
            hash.update(sr::ByteView(reinterpret_cast<const std::uint8_t*>(data), n));
            if (reply.body.size() < (1u << 20))
                reply.body.append(data, std::min<std::size_t>(n, (1u << 20) - reply.body.size()));
            reply.length += n;
        };
        take(buffer.data(), std::min<std::size_t>(buffer.size(), expected));
        while (reply.length < expected) {
            auto n = recvSome(chunk, static_cast<std::size_t>(std::min<std::uint64_t>(
                                         sizeof chunk, expected - reply.length)));
            if (n <= 0)
                return std::nullopt;
            take(chunk, static_cast<std::size_t>(n));
        }
        reply.sha256 = sr::eth::toHex(hash.finalize(), false);
        return reply;
    }

private:
    ssize_t recvSome(char* buffer, std::size_t size) {
        pollfd pfd{fd_, POLLIN, 0};
        if (::poll(&pfd, 1, 60000) <= 0)
            return -1;
        return ::recv(fd_, buffer, size, 0);
    }
    int fd_ = -1;
    bool ok_ = false;
};

} // namespace

class TestIpfsService : public QObject {
    Q_OBJECT

private slots:
    void init() {
        dir_ = std::make_unique<QTemporaryDir>();
        QVERIFY(dir_->isValid());
        start();
    }
    void cleanup() {
        service_.reset();
        dir_.reset();
    }

    void addsAsKuboAnswers() {
        // A part without a file name: Kubo names the entry by its CID.
        auto reply = add(multipart({{"", "hello world\n"}}));
        QCOMPARE(reply.status, 200L);
        QCOMPARE(reply.header("content-type").value_or(""), std::string("application/json"));
        QCOMPARE(reply.body,
                 std::string("{\"Name\":\"QmT78zSuBmuS4z925WZfrqQ1qHaJ56DQaTfyMUF7F8ff5o\","
                             "\"Hash\":\"QmT78zSuBmuS4z925WZfrqQ1qHaJ56DQaTfyMUF7F8ff5o\","
                             "\"Size\":\"20\"}\n"));
        // A named file and several chunks: Size is the DAG's cumulative size.
        auto content = randomText(3 * 262144 + 5, 1);
        auto named = add(multipart({{"data%20set.bin", content}}),
                         "?pin=true&progress=true&stream-channels=true");
        QCOMPARE(named.status, 200L);
        auto lines = QString::fromStdString(named.body).split('\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 2); // a progress event, then the file
        auto progress = nlohmann::json::parse(lines[0].toStdString());
        QCOMPARE(progress["Bytes"].get<std::uint64_t>(), std::uint64_t(content.size()));
        auto entry = nlohmann::json::parse(lines[1].toStdString());
        auto expected = sr::iexec::unixFsFile(view(content));
        QCOMPARE(entry["Name"].get<std::string>(), std::string("data set.bin"));
        QCOMPARE(entry["Hash"].get<std::string>(), expected.cid.toString());
        QCOMPARE(entry["Size"].get<std::string>(), std::to_string(expected.dagSize));
        // Several files in one request: one line each.
        auto two = add(multipart({{"a", "first"}, {"b", "second"}}));
        QCOMPARE(two.status, 200L);
        auto entries = QString::fromStdString(two.body).split('\n', Qt::SkipEmptyParts);
        QCOMPARE(entries.size(), 2);
        QCOMPARE(nlohmann::json::parse(entries[1].toStdString())["Hash"].get<std::string>(),
                 expectedCid("second"));
        // An empty file.
        auto empty = add(multipart({{"", ""}}));
        QCOMPARE(nlohmann::json::parse(empty.body)["Hash"].get<std::string>(),
                 std::string("QmbFMke1KXqnYyBBWxB74N4c5SBnJMVAiMNRcGu6x1AwQH"));
        QCOMPARE(get("/ipfs/QmbFMke1KXqnYyBBWxB74N4c5SBnJMVAiMNRcGu6x1AwQH").status, 200L);
    }

    void addOptions() {
        auto content = randomText(600000, 2);
        sr::iexec::UnixFsOptions v1;
        v1.cidVersion = 1;
        auto reply = add(multipart({{"", content}}), "?cid-version=1");
        QCOMPARE(reply.status, 200L);
        QCOMPARE(nlohmann::json::parse(reply.body)["Hash"].get<std::string>(),
                 expectedCid(content, v1));
        QVERIFY(
            nlohmann::json::parse(reply.body)["Hash"].get<std::string>().starts_with("bafybei"));
        QCOMPARE(get("/ipfs/" + expectedCid(content, v1)).body, content);
        // CIDv1 without raw leaves, and a custom chunk size.
        sr::iexec::UnixFsOptions custom;
        custom.cidVersion = 1;
        custom.rawLeaves = false;
        custom.rawLeavesSet = true;
        custom.chunkSize = 1000;
        reply =
            add(multipart({{"", content}}), "?cid-version=1&raw-leaves=false&chunker=size-1000");
        QCOMPARE(nlohmann::json::parse(reply.body)["Hash"].get<std::string>(),
                 expectedCid(content, custom));
        // only-hash computes without storing.
        auto other = randomText(1000, 3);
        reply = add(multipart({{"", other}}), "?only-hash=true");
        QCOMPARE(nlohmann::json::parse(reply.body)["Hash"].get<std::string>(), expectedCid(other));
        QCOMPARE(get("/ipfs/" + expectedCid(other)).status, 404L);
        // quieter and silent.
        reply = add(multipart({{"x", "1"}, {"y", "2"}}), "?quieter=true");
        QCOMPARE(QString::fromStdString(reply.body).count('\n'), 1);
        reply = add(multipart({{"x", "1"}}), "?silent=true");
        QCOMPARE(reply.status, 200L);
        QVERIFY(reply.body.empty());
    }

    void catStreamsContent() {
        auto content = randomText(700000, 4);
        auto cid = addContent(content);
        auto whole = rpc("/api/v0/cat?arg=" + cid);
        QCOMPARE(whole.status, 200L);
        QVERIFY(whole.body == content);
        QCOMPARE(whole.header("x-content-length").value_or(""), std::to_string(content.size()));
        QVERIFY(rpc("/api/v0/cat?arg=/ipfs/" + cid).body == content);
        auto part = rpc("/api/v0/cat?arg=" + cid + "&offset=262140&length=10");
        QCOMPARE(part.body, content.substr(262140, 10));
        QCOMPARE(rpc("/api/v0/cat?arg=" + cid + "&offset=699999").body, content.substr(699999));
        QCOMPARE(rpc("/api/v0/cat?arg=" + cid + "&offset=9999999").body, std::string());
        // block/get and block/stat on the root.
        auto block = rpc("/api/v0/block/get?arg=" + cid);
        QCOMPARE(block.status, 200L);
        QCOMPARE(
            sr::iexec::Cid::ofBlock(0, sr::iexec::Multicodec::DagPb, view(block.body)).toString(),
            cid);
        auto stat = nlohmann::json::parse(rpc("/api/v0/block/stat?arg=" + cid).body);
        QCOMPARE(stat["Size"].get<std::size_t>(), block.body.size());
        QCOMPARE(rpc("/api/v0/version").status, 200L);
    }

    void gatewayGetAndHead() {
        auto content = randomText(300000, 5);
        auto cid = addContent(content);
        auto got = get("/ipfs/" + cid);
        QCOMPARE(got.status, 200L);
        QVERIFY(got.body == content);
        QCOMPARE(got.header("content-length").value_or(""), std::to_string(content.size()));
        QCOMPARE(got.header("etag").value_or(""), "\"" + cid + "\"");
        QCOMPARE(got.header("x-ipfs-path").value_or(""), "/ipfs/" + cid);
        auto head = request("HEAD", "/ipfs/" + cid);
        QCOMPARE(head.status, 200L);
        QCOMPARE(head.header("content-length").value_or(""), std::to_string(content.size()));
        QVERIFY(head.body.empty());
        QCOMPARE(get("/ipfs/" + cid + "/").status, 200L);
        // The same content by its CIDv1.
        auto v1 = sr::iexec::Cid::parse(cid).toV1().toString();
        QVERIFY(get("/ipfs/" + v1).body == content);
        auto cached = request("GET", "/ipfs/" + cid, {}, {{"If-None-Match", "\"" + cid + "\""}});
        QCOMPARE(cached.status, 304L);
        QVERIFY(cached.body.empty());
        auto named = get("/ipfs/" + cid + "?filename=a%22b%0d.bin&download=true");
        QCOMPARE(named.header("content-disposition").value_or(""),
                 std::string("attachment; filename=\"a_b_.bin\""));
    }

    void unknownAndMalformed() {
        const std::string unknown = expectedCid("never added");
        QCOMPARE(get("/ipfs/" + unknown).status, 404L);
        QCOMPARE(request("HEAD", "/ipfs/" + unknown).status, 404L);
        QCOMPARE(get("/ipfs/QmNotACid").status, 400L);
        QCOMPARE(request("HEAD", "/ipfs/QmNotACid").status, 400L);
        QCOMPARE(get("/ipfs/").status, 400L);
        QCOMPARE(get("/ipfs/" + unknown + "/sub/path").status, 404L);
        auto missing = rpc("/api/v0/cat?arg=" + unknown);
        QCOMPARE(missing.status, 500L);
        auto error = nlohmann::json::parse(missing.body);
        QCOMPARE(error["Type"].get<std::string>(), std::string("error"));
        QCOMPARE(error["Message"].get<std::string>(),
                 "block was not found locally (offline): ipld: could not find " + unknown);
        QCOMPARE(rpc("/api/v0/cat?arg=bogus").status, 400L);
        QCOMPARE(rpc("/api/v0/cat").status, 400L);
        QCOMPARE(nlohmann::json::parse(rpc("/api/v0/cat").body)["Code"].get<int>(), 1);
        QCOMPARE(rpc("/api/v0/cat?arg=" + unknown + "&offset=-1").status, 400L);
        QCOMPARE(rpc("/api/v0/block/get?arg=" + unknown).status, 500L);
        // The RPC API is POST only, as Kubo's.
        QCOMPARE(get("/api/v0/cat?arg=" + unknown).status, 405L);
        QCOMPARE(get("/api/v0/add").status, 405L);
        QCOMPARE(get("/api/v0/nothing").status, 404L);
    }

    void malformedUploadsAre400_data() {
        QTest::addColumn<QString>("contentType");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("query");
        const QString mp = QString::fromStdString("multipart/form-data; boundary=" + kBoundary);
        QTest::newRow("no content type") << QString() << QByteArray("x") << "";
        QTest::newRow("json") << "application/json" << QByteArray("{}") << "";
        QTest::newRow("no boundary") << "multipart/form-data" << QByteArray("x") << "";
        QTest::newRow("no parts") << mp << QByteArray::fromStdString("--" + kBoundary + "--\r\n")
                                  << "";
        QTest::newRow("truncated")
            << mp << QByteArray::fromStdString(multipart({{"", "abc"}}).substr(0, 150)) << "";
        QTest::newRow("garbage") << mp << QByteArray("garbage without boundary") << "";
        QTest::newRow("directory")
            << mp
            << QByteArray::fromStdString("--" + kBoundary +
                                         "\r\nContent-Disposition: form-data; name=\"file\"; "
                                         "filename=\"d\"\r\nContent-Type: application/x-directory"
                                         "\r\n\r\n\r\n--" +
                                         kBoundary + "--\r\n")
            << "";
        QTest::newRow("trickle") << mp << QByteArray::fromStdString(multipart({{"", "a"}}))
                                 << "?trickle=true";
        QTest::newRow("wrap") << mp << QByteArray::fromStdString(multipart({{"", "a"}}))
                              << "?wrap-with-directory=true";
        QTest::newRow("cid version 2")
            << mp << QByteArray::fromStdString(multipart({{"", "a"}})) << "?cid-version=2";
        QTest::newRow("rabin") << mp << QByteArray::fromStdString(multipart({{"", "a"}}))
                               << "?chunker=rabin";
        QTest::newRow("huge chunks")
            << mp << QByteArray::fromStdString(multipart({{"", "a"}})) << "?chunker=size-2000000";
        QTest::newRow("blake3") << mp << QByteArray::fromStdString(multipart({{"", "a"}}))
                                << "?hash=blake3";
        QTest::newRow("bad bool") << mp << QByteArray::fromStdString(multipart({{"", "a"}}))
                                  << "?progress=maybe";
        QTest::newRow("bad filename")
            << mp << QByteArray::fromStdString(multipart({{"%zz", "a"}})) << "";
    }

    void malformedUploadsAre400() {
        QFETCH(QString, contentType);
        QFETCH(QByteArray, body);
        QFETCH(QString, query);
        std::vector<std::pair<std::string, std::string>> headers;
        if (!contentType.isEmpty())
            headers.emplace_back("Content-Type", contentType.toStdString());
        auto reply =
            request("POST", "/api/v0/add" + query.toStdString(), body.toStdString(), headers);
        QCOMPARE(reply.status, 400L);
        auto error = nlohmann::json::parse(reply.body, nullptr, false);
        QVERIFY(!error.is_discarded());
        QCOMPARE(error["Type"].get<std::string>(), std::string("error"));
        QCOMPARE(error["Code"].get<int>(), 1);
        QVERIFY(!error["Message"].get<std::string>().empty());
        // Nothing half-stored: no root marker appeared.
        QVERIFY(std::filesystem::is_empty(std::filesystem::path(dir_->path().toStdString()) /
                                          "ipfs-state" / "roots"));
    }

    void chunkedUploadOverARawSocket() {
        // Node's fetch (kubo-rpc-client) streams the multipart body with chunked encoding.
        auto content = randomText(100000, 6);
        auto body = multipart({{"", content}});
        StreamClient client(service_->port());
        QVERIFY(client.ok());
        std::string request = "POST /api/v0/add?stream-channels=true&progress=false HTTP/1.1\r\n"
                              "Host: 127.0.0.1\r\nContent-Type: multipart/form-data; boundary=" +
                              kBoundary + "\r\nTransfer-Encoding: chunked\r\n\r\n";
        for (std::size_t at = 0; at < body.size(); at += 7000) {
            auto piece = body.substr(at, 7000);
            char size[16];
            std::snprintf(size, sizeof size, "%zx\r\n", piece.size());
            request += size + piece + "\r\n";
        }
        request += "0\r\n\r\n";
        QVERIFY(client.send(request));
        auto reply = client.read();
        QVERIFY(reply);
        QCOMPARE(reply->status, 200);
        QCOMPARE(nlohmann::json::parse(reply->body)["Hash"].get<std::string>(),
                 expectedCid(content));
    }

    void contentSurvivesARestart() {
        auto content = randomText(1000000, 7);
        auto cid = addContent(content);
        service_.reset();
        // The same folder, even on another port: everything is still there.
        start();
        QVERIFY(service_->port() != 0);
        QVERIFY(get("/ipfs/" + cid).body == content);
        QVERIFY(rpc("/api/v0/cat?arg=" + cid).body == content);
        // Adding it again is idempotent.
        QCOMPARE(addContent(content), cid);
    }

    void damagedOrMissingBlocksAreNotServedAsContent() {
        auto content = randomText(3 * 262144, 8);
        auto cid = sr::iexec::Cid::parse(addContent(content));
        // Damage a leaf: serving stops instead of sending wrong bytes.
        auto root = sr::iexec::decodeUnixFsNode(service_->block(cid));
        auto leafPath = service_->blockPath(root.links[1].cid);
        {
            std::fstream file(leafPath, std::ios::in | std::ios::out | std::ios::binary);
            file.seekp(100);
            file.put('\x5a');
        }
        QVERIFY_THROWS_EXCEPTION(sr::Error, service_->block(root.links[1].cid));
        bool failed = false;
        try {
            auto reply = get("/ipfs/" + cid.toString());
            failed = reply.body != content;
        } catch (const sr::Error&) {
            failed = true;
        }
        QVERIFY(failed);
        // A sub-DAG without a root marker is walked: a missing leaf is a 404, not a broken stream.
        std::filesystem::remove(leafPath);
        std::filesystem::remove(std::filesystem::path(dir_->path().toStdString()) / "ipfs-state" /
                                "roots" / cid.toV1().toString());
        QCOMPARE(get("/ipfs/" + cid.toString()).status, 404L);
        QCOMPARE(request("HEAD", "/ipfs/" + cid.toString()).status, 404L);
    }

    // Blocks are stored by a thread of their own: a block that cannot be written still fails
    // the whole add (no CID, no root marker), and the node serves the next add.
    void aBlockThatCannotBeStoredFailsTheAdd() {
        auto content = randomText(6 * 262144, 9);
        std::vector<sr::iexec::Cid> leaves;
        sr::iexec::UnixFsBuilder builder(
            {}, [&](const sr::iexec::Cid& cid, sr::ByteView) { leaves.push_back(cid); });
        builder.update(view(content));
        const auto whole = builder.finish();
        // Its shard folder is taken by a file: nobody, root included, can write there.
        const auto shard = service_->blockPath(leaves.at(4)).parent_path();
        QVERIFY(!std::filesystem::exists(shard));
        std::ofstream(shard) << "in the way";
        auto reply = add(multipart({{"", content}}));
        QCOMPARE(reply.status, 500L);
        QVERIFY(reply.body.find("cannot") != std::string::npos);
        QVERIFY(!std::filesystem::exists(std::filesystem::path(dir_->path().toStdString()) /
                                         "ipfs-state" / "roots" / whole.cid.toV1().toString()));
        std::filesystem::remove(shard);
        QCOMPARE(addContent(content), whole.cid.toString());
        QVERIFY(get("/ipfs/" + whole.cid.toString()).body == content);
    }

    void largeFileWithFlatMemory() {
        // 100 MiB by default; STRONGROOM_IPFS_LARGE_MIB=1024 checks a 1 GiB file by hand.
        std::uint64_t mib = 100;
        if (const char* env = std::getenv("STRONGROOM_IPFS_LARGE_MIB"))
            mib = std::max<std::uint64_t>(1, std::strtoull(env, nullptr, 10));
        const std::uint64_t size = mib << 20;
        auto path = dir_->path().toStdString() + "/large.bin";
        sr::crypto::Sha256 hash;
        {
            std::ofstream out(path, std::ios::binary);
            std::mt19937_64 rng(9);
            std::vector<std::uint64_t> buffer((1u << 20) / 8);
            for (std::uint64_t done = 0; done < size; done += 1u << 20) {
                for (auto& word : buffer)
                    word = rng();
                out.write(reinterpret_cast<const char*>(buffer.data()), 1 << 20);
                hash.update(
                    sr::ByteView(reinterpret_cast<const std::uint8_t*>(buffer.data()), 1u << 20));
            }
        }
        auto sha256 = sr::eth::toHex(hash.finalize(), false);
        auto expected = sr::iexec::unixFsFileAt(path);

        bool peakReset = resetPeakRss();
        long rssBefore = procStatusKiB("VmRSS:");
        long peakBefore = procStatusKiB("VmHWM:");
        auto started = std::chrono::steady_clock::now();

        std::string head = "--" + kBoundary +
                           "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"\"\r\n"
                           "Content-Type: application/octet-stream\r\n\r\n";
        std::string tail = "\r\n--" + kBoundary + "--\r\n";
        StreamClient upload(service_->port());
        QVERIFY(upload.ok());
        QVERIFY(upload.send("POST /api/v0/add HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: "
                            "multipart/form-data; boundary=" +
                            kBoundary + "\r\nContent-Length: " +
                            std::to_string(head.size() + size + tail.size()) + "\r\n\r\n" + head));
        QVERIFY(upload.sendFile(path));
        QVERIFY(upload.send(tail));
        auto added = upload.read();
        QVERIFY(added);
        QCOMPARE(added->status, 200);
        auto entry = nlohmann::json::parse(added->body);
        QCOMPARE(entry["Hash"].get<std::string>(), expected.cid.toString());
        QCOMPARE(entry["Size"].get<std::string>(), std::to_string(expected.dagSize));
        auto uploadTime = std::chrono::steady_clock::now() - started;

        StreamClient download(service_->port());
        QVERIFY(download.send("GET /ipfs/" + expected.cid.toString() +
                              " HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n"));
        auto got = download.read();
        QVERIFY(got);
        QCOMPARE(got->status, 200);
        QCOMPARE(got->length, size);
        QCOMPARE(got->sha256, sha256);
        StreamClient cat(service_->port());
        QVERIFY(cat.send("POST /api/v0/cat?arg=" + expected.cid.toString() +
                         " HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 0\r\n\r\n"));
        auto catted = cat.read();
        QVERIFY(catted);
        QCOMPARE(catted->sha256, sha256);

        long rssAfter = procStatusKiB("VmRSS:");
        long peakAfter = procStatusKiB("VmHWM:");
        auto total = std::chrono::steady_clock::now() - started;
        qInfo("%llu MiB: upload+import %lld ms, total %lld ms; RSS %ld -> %ld KiB, peak %ld -> %ld "
              "KiB (peak reset: %s)",
              static_cast<unsigned long long>(mib),
              static_cast<long long>(
                  std::chrono::duration_cast<std::chrono::milliseconds>(uploadTime).count()),
              static_cast<long long>(
                  std::chrono::duration_cast<std::chrono::milliseconds>(total).count()),
              rssBefore, rssAfter, peakBefore, peakAfter, peakReset ? "yes" : "no");
        // The whole file went through both ways; memory must not have grown by anything like it.
#if defined(__SANITIZE_ADDRESS__)
        // ASan keeps freed memory in quarantine (up to 256 MiB): RSS says nothing there.
        qWarning("SKIPPED LOUDLY: the RSS bound is not checked under AddressSanitizer");
#else
        QVERIFY2(peakAfter - peakBefore < 32 * 1024, "peak RSS grew by 32 MiB or more");
        QVERIFY2(rssAfter - rssBefore < 32 * 1024, "RSS grew by 32 MiB or more");
#endif
    }

private:
    void start() {
        IpfsService::Options options;
        options.stateDir = dir_->path().toStdString() + "/ipfs-state";
        service_ = std::make_unique<IpfsService>(options);
        service_->start();
        base_ = service_->baseUrl();
    }

    sr::HttpResponse request(const std::string& method, const std::string& target,
                             std::string body = {},
                             std::vector<std::pair<std::string, std::string>> headers = {}) {
        sr::HttpRequest r;
        r.method = method;
        r.url = base_ + target;
        r.body = std::move(body);
        r.headers = std::move(headers);
        r.timeout = std::chrono::milliseconds(60000);
        return client_.send(r);
    }
    sr::HttpResponse get(const std::string& target) {
        return request("GET", target);
    }
    sr::HttpResponse rpc(const std::string& target) {
        return request("POST", target);
    }
    sr::HttpResponse add(const std::string& body, const std::string& query = "") {
        return request("POST", "/api/v0/add" + query, body,
                       {{"Content-Type", "multipart/form-data; boundary=" + kBoundary}});
    }
    std::string addContent(const std::string& content) {
        auto reply = add(multipart({{"", content}}));
        if (reply.status != 200)
            return {};
        return nlohmann::json::parse(reply.body)["Hash"].get<std::string>();
    }

    std::unique_ptr<QTemporaryDir> dir_;
    std::unique_ptr<IpfsService> service_;
    std::string base_;
    sr::HttpClient client_;
};

QTEST_APPLESS_MAIN(TestIpfsService)
#include "tst_ipfsservice.moc"
