// The protect pipeline's clients against the sandbox's services, our own implementations of the
// IPFS and SMS protocols (not iExec's; the live suite, `dev.sh test --live`, reads those):
// IpfsClient uploads a multi-chunk file to the sandbox's IpfsService (streamed multipart, the
// node's CID equal to ours, the gateway serving it), and SmsClient pushes and checks a dataset
// key on its SmsService over a real anvil with PoCo, with every refusal the SMS makes (409, 401)
// read as it should. A FAKE server (FaultyHttpServer) stands only for a node that stores content
// under another CID and a node that fails, which the sandbox's service cannot be made to do.

#include "FaultyHttpServer.h"
#include "SandboxTestChain.h"
#include "eth/Signer.h"
#include "iexec/IpfsClient.h"
#include "iexec/SmsClient.h"
#include "iexec/UnixFs.h"
#include "sandbox/IpfsService.h"
#include "sandbox/SmsService.h"
#include "util/Error.h"

#include <QTemporaryDir>
#include <QtTest>
#include <filesystem>
#include <fstream>

using namespace sr;
using eth::Address;

namespace {

std::filesystem::path writeFile(const std::filesystem::path& path, std::size_t size,
                                unsigned seed) {
    std::ofstream out(path, std::ios::binary);
    std::uint32_t x = seed;
    for (std::size_t i = 0; i < size; ++i) {
        x = x * 1664525u + 1013904223u;
        out.put(static_cast<char>(x >> 24));
    }
    return path;
}

crypto::SecretBytes secretOf(const std::string& text) {
    return crypto::SecretBytes(Bytes(text.begin(), text.end()));
}

std::string text(const crypto::SecretBytes& secret) {
    return std::string(reinterpret_cast<const char*>(secret.data()), secret.size());
}

test::FaultyHttpServer::Reply reply(int status, std::string body = {}) {
    test::FaultyHttpServer::Reply r;
    r.status = status;
    r.body = std::move(body);
    return r;
}

template <typename F> ErrorCode errorOf(F&& f, std::string* message = nullptr) {
    try {
        f();
    } catch (const Error& e) {
        if (message)
            *message = e.what();
        return e.code();
    }
    return ErrorCode::Internal; // no error: the callers expect one
}

} // namespace

class IexecClientsTest : public QObject {
    Q_OBJECT
    QTemporaryDir tmp_;
    std::filesystem::path dir_;

private slots:
    void initTestCase() {
        QVERIFY(tmp_.isValid());
        dir_ = tmp_.path().toStdString();
    }

    void ipfsAddStreamsAndTheNodeAgrees() {
        sandbox::IpfsService ipfs({.stateDir = dir_ / "ipfs"});
        ipfs.start();
        iexec::IpfsClient client(ipfs.apiUrl(), ipfs.gatewayUrl());
        // Several chunks and an odd tail: the balanced DAG, not just one leaf.
        const auto file = writeFile(dir_ / "content.bin", 3 * 262144 + 12345, 7);
        const iexec::Cid expected = iexec::unixFsFileAt(file).cid;
        QVERIFY(!client.gatewayHas(expected));

        std::uint64_t lastSent = 0, total = 0;
        client.addExpecting(file, expected, [&](std::uint64_t sent, std::uint64_t all) {
            QVERIFY(sent >= lastSent);
            lastSent = sent;
            total = all;
        });
        QVERIFY(total > std::filesystem::file_size(file)); // the multipart envelope too
        QCOMPARE(lastSent, total);
        QCOMPARE(ipfs.fileSize(expected), std::filesystem::file_size(file));
        QVERIFY(client.gatewayHas(expected));

        // An empty file is one empty leaf, as Kubo makes it.
        const auto empty = writeFile(dir_ / "empty.bin", 0, 1);
        QCOMPARE(client.add(empty).toString(),
                 std::string("QmbFMke1KXqnYyBBWxB74N4c5SBnJMVAiMNRcGu6x1AwQH"));

        // Another CID expected than the node's: a clear refusal naming both.
        const iexec::Cid other = iexec::unixFsFileAt(empty).cid;
        std::string message;
        QCOMPARE(errorOf([&] { client.addExpecting(file, other, {}); }, &message),
                 ErrorCode::Corrupt);
        QVERIFY2(message.find(expected.toString()) != std::string::npos, message.c_str());
        QVERIFY2(message.find(other.toString()) != std::string::npos, message.c_str());

        // Cancelled before the first byte.
        CancelToken cancel;
        cancel.cancel();
        QCOMPARE(errorOf([&] { client.add(file, {}, &cancel); }), ErrorCode::Cancelled);

        // A missing file never reaches the node.
        QCOMPARE(errorOf([&] { client.add(dir_ / "absent.bin"); }), ErrorCode::NotFound);

        // The node gone: a network error naming it.
        const std::string url = ipfs.apiUrl();
        ipfs.stop();
        QCOMPARE(errorOf([&] { client.add(file); }, &message), ErrorCode::Network);
        QVERIFY2(message.find(HttpClient::hostOf(url)) != std::string::npos, message.c_str());
        QCOMPARE(errorOf([&] { client.gatewayHas(expected); }), ErrorCode::Network);
    }

    void ipfsNodeFaultsAreClear() {
        const auto file = writeFile(dir_ / "small.bin", 1000, 3);
        test::FaultyHttpServer fake; // FAKE: errors and a foreign CID on demand
        iexec::IpfsClient client(fake.url(), fake.url());
        fake.script(
            {reply(500, "{\"Message\":\"disk quota exceeded\",\"Code\":0,\"Type\":\"error\"}")});
        std::string message;
        QCOMPARE(errorOf([&] { client.add(file); }, &message), ErrorCode::Network);
        QVERIFY2(message.find("disk quota exceeded") != std::string::npos, message.c_str());

        fake.script({reply(200, "{\"Name\":\"small.bin\",\"Size\":\"1011\"}\n")});
        QCOMPARE(errorOf([&] { client.add(file); }), ErrorCode::Corrupt);

        fake.script(
            {reply(200, "{\"Name\":\"small.bin\",\"Hash\":"
                        "\"QmbFMke1KXqnYyBBWxB74N4c5SBnJMVAiMNRcGu6x1AwQH\",\"Size\":\"6\"}\n")});
        QCOMPARE(errorOf([&] { client.addExpecting(file, iexec::unixFsFileAt(file).cid); }),
                 ErrorCode::Corrupt);
        // The whole file went up as the one part of a multipart body.
        const std::string body = fake.requests().back();
        QVERIFY(body.starts_with("--strongroom-"));
        QVERIFY(body.find("filename=\"small.bin\"") != std::string::npos);
        std::ifstream in(file, std::ios::binary);
        const std::string content((std::istreambuf_iterator<char>(in)),
                                  std::istreambuf_iterator<char>());
        QVERIFY(body.find("\r\n\r\n" + content + "\r\n--strongroom-") != std::string::npos);

        fake.script({reply(502, "bad gateway")});
        QCOMPARE(errorOf([&] { client.gatewayHas(iexec::unixFsFileAt(file).cid); }),
                 ErrorCode::Network);
    }

    void smsTakesTheOwnersKeyOnce() {
        try {
            test::SandboxTestChain chain;
            const test::DevKey ownerKey = test::devKey(1);
            const test::DevKey strangerKey = test::devKey(2);
            const Address dataset = chain.createDataset(ownerKey.address, "client data");
            const Address other = chain.createDataset(ownerKey.address, "client other");
            sandbox::SmsService sms({.rpcUrl = chain.rpcUrl(),
                                     .deployment = chain.deployment(),
                                     .stateDir = dir_ / "sms"});
            sms.start();
            iexec::SmsClient client(sms.baseUrl() + "/");
            const eth::PrivateKeySigner owner(ownerKey.key.clone());
            const eth::PrivateKeySigner stranger(strangerKey.key.clone());
            const std::string key = "MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY=";

            QVERIFY(!client.hasDatasetSecret(dataset));
            QCOMPARE(client.pushDatasetSecret(dataset, secretOf(key), owner),
                     iexec::SmsClient::PushResult::Stored);
            QVERIFY(client.hasDatasetSecret(dataset));
            QCOMPARE(text(*sms.datasetSecret(dataset)), key);

            // Never replaced: a second push is reported, and the first key stays.
            QCOMPARE(client.pushDatasetSecret(dataset, secretOf("another"), owner),
                     iexec::SmsClient::PushResult::AlreadyExists);
            QCOMPARE(text(*sms.datasetSecret(dataset)), key);

            // Someone else than the owner: refused, nothing stored.
            std::string message;
            QCOMPARE(errorOf([&] { client.pushDatasetSecret(other, secretOf(key), stranger); },
                             &message),
                     ErrorCode::Crypto);
            QVERIFY2(message.find(other.toChecksumHex()) != std::string::npos, message.c_str());
            QVERIFY2(message.find(key) == std::string::npos, "the key leaked into a message");
            QVERIFY(!client.hasDatasetSecret(other));

            // The SMS gone.
            sms.stop();
            QCOMPARE(errorOf([&] { client.hasDatasetSecret(dataset); }), ErrorCode::Network);
            QCOMPARE(errorOf([&] { client.pushDatasetSecret(other, secretOf(key), owner); }),
                     ErrorCode::Network);
        } catch (const Error& e) {
            QFAIL(e.what());
        }
    }

    void smsFaultsAreClear() {
        test::FaultyHttpServer fake; // FAKE: statuses the real SMS gives only under load
        iexec::SmsClient client(fake.url());
        const eth::PrivateKeySigner owner(test::devKey(1).key.clone());
        const Address dataset = Address::fromHex("0x1000000000000000000000000000000000000001");
        fake.script({reply(503)});
        QCOMPARE(errorOf([&] { client.pushDatasetSecret(dataset, secretOf("k"), owner); }),
                 ErrorCode::Network);
        QCOMPARE(errorOf([&] { client.hasDatasetSecret(dataset); }), ErrorCode::Network);
        QCOMPARE(fake.requests().front(), std::string("k")); // the key as text, nothing else
    }
};

QTEST_GUILESS_MAIN(IexecClientsTest)
#include "tst_iexecclients.moc"
