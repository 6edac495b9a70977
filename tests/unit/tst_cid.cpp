// CIDs, base58/base32, varints, UnixFS DAGs and the /p2p/ multiaddr: published vectors,
// Kubo's well-known CIDs, tree shapes and corrupt input. The byte-for-byte comparison with
// the JS importer on many sizes is in tests/interop/tst_ipfs_unixfs.cpp.

#include "eth/Hex.h"
#include "iexec/Cid.h"
#include "iexec/Multiaddr.h"
#include "iexec/UnixFs.h"
#include "util/Error.h"

#include <QTemporaryDir>
#include <QtTest>
#include <fstream>
#include <map>
#include <random>

using namespace sr::iexec;
using sr::Bytes;
using sr::ByteView;

namespace {

Bytes hexBytes(const std::string& hex) {
    return sr::eth::fromHex(hex);
}
std::string hexOf(ByteView bytes) {
    return sr::eth::toHex(bytes, false);
}
Bytes random(std::size_t size, std::uint64_t seed) {
    std::mt19937_64 rng(seed);
    Bytes out(size);
    for (auto& b : out)
        b = static_cast<std::uint8_t>(rng());
    return out;
}
Bytes text(std::string_view s) {
    return Bytes(s.begin(), s.end());
}

// Collects a DAG's blocks, to walk it as a reader would.
struct Store {
    std::map<std::string, Bytes> blocks;
    std::vector<std::string> order;
    UnixFsBuilder::BlockSink sink() {
        return [this](const Cid& cid, ByteView block) {
            blocks[cid.toString()] = Bytes(block.begin(), block.end());
            order.push_back(cid.toString());
        };
    }
    // The content under `cid`, by walking the links; checks blocksizes and Tsize on the way.
    Bytes read(const Cid& cid, std::uint64_t* tsize = nullptr, int* depth = nullptr) {
        auto& block = blocks.at(cid.toString());
        if (cid.codec() == Multicodec::Raw) {
            if (tsize)
                *tsize = block.size();
            if (depth)
                *depth = 0;
            return block;
        }
        auto node = decodeUnixFsNode(block);
        Bytes out = node.data;
        std::uint64_t total = block.size();
        int deepest = 0;
        for (std::size_t i = 0; i < node.links.size(); ++i) {
            std::uint64_t childTsize = 0;
            int childDepth = 0;
            auto child = read(node.links[i].cid, &childTsize, &childDepth);
            if (child.size() != node.blockSizes[i] || childTsize != node.links[i].tsize ||
                !node.links[i].name.empty())
                throw std::runtime_error("inconsistent link");
            total += childTsize;
            deepest = std::max(deepest, childDepth + 1);
            out.insert(out.end(), child.begin(), child.end());
        }
        if (tsize)
            *tsize = total;
        if (depth)
            *depth = deepest;
        return out;
    }
};

} // namespace

class TestCid : public QObject {
    Q_OBJECT

private slots:
    void base58Vectors() {
        // From the Bitcoin Core base58 test vectors.
        const std::pair<const char*, const char*> vectors[] = {
            {"", ""},
            {"61", "2g"},
            {"626262", "a3gV"},
            {"636363", "aPEr"},
            {"73696d706c792061206c6f6e6720737472696e67", "2cFupjhnEsSn59qHXstmK2ffpLv2"},
            {"00eb15231dfceb60925886b67d065299925915aeb172c06647",
             "1NS17iag9jJgTHD1VXjvLCEnZuQ3rJDE9L"},
            {"516b6fcd0f", "ABnLTmg"},
            {"bf4f89001e670274dd", "3SEo3LWLoPntC"},
            {"572e4794", "3EFU7m"},
            {"ecac89cad93923c02321", "EJDM8drfXA6uyA"},
            {"10c8511e", "Rt5zm"},
            {"00000000000000000000", "1111111111"},
        };
        for (const auto& [hex, b58] : vectors) {
            QCOMPARE(base58btcEncode(hexBytes(hex)), std::string(b58));
            QCOMPARE(hexOf(base58btcDecode(b58)), std::string(hex));
        }
        for (const char* bad : {"0", "O", "I", "l", "abc+", "2g "})
            QVERIFY_THROWS_EXCEPTION(sr::Error, base58btcDecode(bad));
    }

    void base32Vectors() {
        // RFC 4648 section 10, lowercase and unpadded as multibase writes them.
        const std::pair<const char*, const char*> vectors[] = {
            {"", ""},
            {"f", "my"},
            {"fo", "mzxq"},
            {"foo", "mzxw6"},
            {"foob", "mzxw6yq"},
            {"fooba", "mzxw6ytb"},
            {"foobar", "mzxw6ytboi"},
        };
        for (const auto& [plain, b32] : vectors) {
            QCOMPARE(base32Encode(text(plain)), std::string(b32));
            QVERIFY(base32Decode(b32) == text(plain));
        }
        QVERIFY(base32Decode("MZXW6YTBOI") == text("foobar"));
        for (const char* bad : {"m", "mzx", "mz", "my=", "m1", "mzxw6ytboj"})
            QVERIFY_THROWS_EXCEPTION(sr::Error, base32Decode(bad));
    }

    void varints() {
        Bytes out;
        appendUvarint(out, 421);
        QCOMPARE(hexOf(out), std::string("a503"));
        out.clear();
        appendUvarint(out, 0);
        appendUvarint(out, 127);
        appendUvarint(out, 128);
        appendUvarint(out, 262144);
        QCOMPARE(hexOf(out), std::string("007f8001808010"));
        std::size_t offset = 0;
        QCOMPARE(readUvarint(out, offset), std::uint64_t(0));
        QCOMPARE(readUvarint(out, offset), std::uint64_t(127));
        QCOMPARE(readUvarint(out, offset), std::uint64_t(128));
        QCOMPARE(readUvarint(out, offset), std::uint64_t(262144));
        QCOMPARE(offset, out.size());
        for (const char* bad : {"", "80", "8000", "ff00", "ffffffffffffffffff01"}) {
            std::size_t at = 0;
            QVERIFY_THROWS_EXCEPTION(sr::Error, readUvarint(hexBytes(bad), at));
        }
    }

    void kuboWellKnownCids() {
        // `ipfs add` of an empty file and of "hello world\n" (Kubo's defaults).
        auto empty = unixFsFile({});
        QCOMPARE(empty.cid.toString(),
                 std::string("QmbFMke1KXqnYyBBWxB74N4c5SBnJMVAiMNRcGu6x1AwQH"));
        QCOMPARE(empty.dagSize, std::uint64_t(6));
        QCOMPARE(empty.fileSize, std::uint64_t(0));
        auto hello = unixFsFile(text("hello world\n"));
        QCOMPARE(hello.cid.toString(),
                 std::string("QmT78zSuBmuS4z925WZfrqQ1qHaJ56DQaTfyMUF7F8ff5o"));
        QCOMPARE(hello.dagSize, std::uint64_t(20)); // Kubo answers "Size":"20"
        // With --cid-version=1 Kubo uses raw leaves: the empty file is the raw empty block.
        UnixFsOptions v1;
        v1.cidVersion = 1;
        QCOMPARE(unixFsFile({}, v1).cid.toString(),
                 std::string("bafkreihdwdcefgh4dqkjv67uzcmw7ojee6xedzdetojuzjevtenxquvyku"));
    }

    void parsesAndPrintsCids() {
        auto v0 = Cid::parse("QmbFMke1KXqnYyBBWxB74N4c5SBnJMVAiMNRcGu6x1AwQH");
        QCOMPARE(v0.version(), 0);
        QCOMPARE(v0.codec(), Multicodec::DagPb);
        QCOMPARE(v0.multihash().size(), std::size_t(34));
        QCOMPARE(Cid::fromBytes(v0.bytes()), v0);
        auto v1 = v0.toV1();
        QCOMPARE(v1.version(), 1);
        QVERIFY(v1.toString().starts_with("bafybei"));
        QCOMPARE(Cid::parse(v1.toString()), v1);
        QCOMPARE(Cid::fromBytes(v1.bytes()), v1);
        QCOMPARE(hexOf(v1.bytes()).substr(0, 8), std::string("01701220"));
        // The same CIDv1 in other multibases.
        QCOMPARE(Cid::parse("z" + base58btcEncode(v1.bytes())), v1);
        QCOMPARE(Cid::parse("f" + hexOf(v1.bytes())), v1);
        QCOMPARE(Cid::parse(QString::fromStdString(v1.toString()).toUpper().toStdString()), v1);
        auto raw = Cid::parse("bafkreihdwdcefgh4dqkjv67uzcmw7ojee6xedzdetojuzjevtenxquvyku");
        QCOMPARE(raw.codec(), Multicodec::Raw);
        QCOMPARE(
            hexOf(raw.multihash()),
            std::string("1220e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"));
    }

    void rejectsBadCids_data() {
        QTest::addColumn<QString>("text");
        QTest::newRow("empty") << "";
        QTest::newRow("short v0") << "QmbFMke1KXqnYyBBWxB74N4c5SBnJMVAiMNRcGu6x1AwQ";
        QTest::newRow("long v0") << "QmbFMke1KXqnYyBBWxB74N4c5SBnJMVAiMNRcGu6x1AwQHH";
        QTest::newRow("bad char v0") << "QmbFMke1KXqnYyBBWxB74N4c5SBnJMVAiMNRcGu6x1AwQ0";
        QTest::newRow("not base58 at all") << "hello world";
        QTest::newRow("path") << "/ipfs/QmbFMke1KXqnYyBBWxB74N4c5SBnJMVAiMNRcGu6x1AwQH";
        QTest::newRow("bad base32") << "bafybei1";
        QTest::newRow("truncated v1")
            << "bafybeif7ztnhq65lumvvtr4ekcwd2ifwgm3awq4zfr3srh462rwyinlb4";
        QTest::newRow("unknown codec")
            << "bafyreif7ztnhq65lumvvtr4ekcwd2ifwgm3awq4zfr3srh462rwyinlb4y";
        QTest::newRow("version 2 hex") << "f0270122000";
        QTest::newRow("odd hex") << "f017";
        QTest::newRow("unknown base") << "mAXASIA";
        QTest::newRow("huge") << QString(1000, 'b');
    }

    void rejectsBadCids() {
        QFETCH(QString, text);
        try {
            Cid::parse(text.toStdString());
            QFAIL("accepted a bad CID");
        } catch (const sr::Error& e) {
            QCOMPARE(e.code(), sr::ErrorCode::InvalidArgument);
            QVERIFY(std::string(e.what()).starts_with("invalid CID"));
        }
        QVERIFY(!Cid::tryParse(text.toStdString()));
    }

    void multiaddrMatchesDataProtector() {
        // The example in @iexec/dataprotector's getMultiaddrAsString.
        auto cid = Cid::parse("QmSAY4mYRkCvdDzcD3A3sDeN5nChyn82p88xt7HhYHqXfi");
        const std::string onChain =
            "a50322122038d76d7059153e707cd0951cf2ff64d17f69352a285503800c7787c3af0c63dd";
        QCOMPARE(hexOf(p2pMultiaddr(cid)), onChain);
        QCOMPARE(p2pMultiaddrString(cid),
                 std::string("/p2p/QmSAY4mYRkCvdDzcD3A3sDeN5nChyn82p88xt7HhYHqXfi"));
        QCOMPARE(cidFromP2pMultiaddr(hexBytes(onChain)), cid);
        QCOMPARE(
            hexOf(p2pMultiaddrFromString("/p2p/QmSAY4mYRkCvdDzcD3A3sDeN5nChyn82p88xt7HhYHqXfi")),
            onChain);
        QCOMPARE(
            hexOf(p2pMultiaddrFromString("/ipfs/QmSAY4mYRkCvdDzcD3A3sDeN5nChyn82p88xt7HhYHqXfi")),
            onChain);
        // A CIDv1 keeps only its multihash, so it reads back as the CIDv0.
        QCOMPARE(hexOf(p2pMultiaddr(cid.toV1())), onChain);
        QCOMPARE(hexOf(p2pMultiaddrFromString("/p2p/" + cid.toV1().toString())), onChain);
        for (const char* bad :
             {"", "a503", "a50322", "a5032212", "a503221220", "0422122038d7",
              "a50323122038d76d7059153e707cd0951cf2ff64d17f69352a285503800c7787c3af0c63dd",
              "a50322122038d76d7059153e707cd0951cf2ff64d17f69352a285503800c7787c3af0c63dd00"})
            QVERIFY_THROWS_EXCEPTION(sr::Error, cidFromP2pMultiaddr(hexBytes(bad)));
        for (const char* bad : {"", "/p2p/", "/ip4/1.2.3.4", "/p2p/Qm/x", "p2p/QmSAY4",
                                "/p2p/QmSAY4mYRkCvdDzcD3A3sDeN5nChyn82p88xt7HhYHqXf0"})
            QVERIFY_THROWS_EXCEPTION(sr::Error, p2pMultiaddrFromString(bad));
    }

    void streamingDoesNotDependOnPieceSizes() {
        auto data = random(3 * 262144 + 12345, 1);
        auto whole = unixFsFile(data);
        std::mt19937 rng(2);
        UnixFsBuilder builder;
        std::size_t at = 0;
        while (at < data.size()) {
            auto n = std::min<std::size_t>(data.size() - at, rng() % 300000);
            builder.update(ByteView(data).subspan(at, n));
            at += n;
        }
        auto pieces = builder.finish();
        QCOMPARE(pieces.cid, whole.cid);
        QCOMPARE(pieces.dagSize, whole.dagSize);
        QCOMPARE(pieces.fileSize, std::uint64_t(data.size()));

        QTemporaryDir dir;
        auto path = std::filesystem::path(dir.path().toStdString()) / "file.bin";
        {
            std::ofstream out(path, std::ios::binary);
            out.write(reinterpret_cast<const char*>(data.data()),
                      static_cast<std::streamsize>(data.size()));
        }
        QCOMPARE(unixFsFileAt(path).cid, whole.cid);
        QVERIFY_THROWS_EXCEPTION(sr::Error, unixFsFileAt(path.string() + ".absent"));
        sr::CancelToken cancel;
        cancel.cancel();
        try {
            unixFsFileAt(path, {}, &cancel);
            QFAIL("not cancelled");
        } catch (const sr::Error& e) {
            QCOMPARE(e.code(), sr::ErrorCode::Cancelled);
        }
    }

    void buildsBalancedTrees_data() {
        QTest::addColumn<int>("size");
        QTest::addColumn<int>("depth");
        QTest::addColumn<int>("blocks");
        // Chunks of 4 bytes, at most 3 links: sizes around every boundary of the layout.
        QTest::newRow("empty") << 0 << 0 << 1;
        QTest::newRow("1 byte") << 1 << 0 << 1;
        QTest::newRow("1 chunk") << 4 << 0 << 1;
        QTest::newRow("2 chunks") << 5 << 1 << 3;
        QTest::newRow("3 chunks") << 12 << 1 << 4;
        QTest::newRow("4 chunks") << 13 << 2 << 7;   // [ (3 leaves), (1 leaf) ]
        QTest::newRow("9 chunks") << 36 << 2 << 13;  // 9 leaves, 3 parents, root
        QTest::newRow("10 chunks") << 37 << 3 << 17; // 10, 4, 2, 1
        QTest::newRow("27 chunks") << 108 << 3 << 40;
        QTest::newRow("28 chunks") << 109 << 4 << 45; // 28, 10, 4, 2, 1
    }

    void buildsBalancedTrees() {
        QFETCH(int, size);
        QFETCH(int, depth);
        QFETCH(int, blocks);
        UnixFsOptions options;
        options.chunkSize = 4;
        options.maxLinksPerNode = 3;
        Store store;
        UnixFsBuilder builder(options, store.sink());
        auto data = random(static_cast<std::size_t>(size), 5);
        builder.update(data);
        auto result = builder.finish();
        QCOMPARE(static_cast<int>(store.order.size()), blocks);
        QCOMPARE(store.order.back(), result.cid.toString()); // the root comes last
        std::uint64_t tsize = 0;
        int actualDepth = 0;
        QVERIFY(store.read(result.cid, &tsize, &actualDepth) == data);
        QCOMPARE(actualDepth, depth);
        QCOMPARE(tsize, result.dagSize);
        QCOMPARE(result.fileSize, std::uint64_t(size));
    }

    void rawLeavesWithCidV1() {
        UnixFsOptions options;
        options.cidVersion = 1;
        options.chunkSize = 4;
        options.maxLinksPerNode = 3;
        Store store;
        UnixFsBuilder builder(options, store.sink());
        auto data = random(30, 6);
        builder.update(data);
        auto result = builder.finish();
        QCOMPARE(result.cid.version(), 1);
        QCOMPARE(result.cid.codec(), Multicodec::DagPb);
        QVERIFY(store.read(result.cid) == data);
        // One chunk: the raw leaf itself.
        auto single = unixFsFile(text("abc"), options);
        QCOMPARE(single.cid, Cid::ofBlock(1, Multicodec::Raw, text("abc")));
        QCOMPARE(single.dagSize, std::uint64_t(3));
        UnixFsOptions invalid;
        invalid.rawLeaves = true;
        invalid.rawLeavesSet = true;
        QVERIFY_THROWS_EXCEPTION(sr::Error, UnixFsBuilder{invalid});
    }

    void decodesNodesStrictly() {
        auto hello = hexBytes("0a120802120c68656c6c6f20776f726c640a180c");
        QCOMPARE(Cid::ofBlock(0, Multicodec::DagPb, hello).toString(),
                 std::string("QmT78zSuBmuS4z925WZfrqQ1qHaJ56DQaTfyMUF7F8ff5o"));
        auto node = decodeUnixFsNode(hello);
        QCOMPARE(node.type, 2);
        QVERIFY(node.data == text("hello world\n"));
        QCOMPARE(node.fileSize, std::uint64_t(12));
        QVERIFY(node.links.empty());

        const std::pair<const char*, sr::ErrorCode> bad[] = {
            {"", sr::ErrorCode::Corrupt},             // no data
            {"0a", sr::ErrorCode::Corrupt},           // truncated key
            {"0a05080212", sr::ErrorCode::Corrupt},   // runs past the end
            {"0a0408021801", sr::ErrorCode::Corrupt}, // filesize 1, no content
            {"0a020801", sr::ErrorCode::Unsupported}, // a directory
            {"0a020805", sr::ErrorCode::Unsupported}, // a HAMT shard
            {"0a021802", sr::ErrorCode::Corrupt},     // no type
            {"0a0408021800"
             "0a0408021800",
             sr::ErrorCode::Corrupt},                     // data twice
            {"1a00", sr::ErrorCode::Corrupt},             // unknown PBNode field
            {"0800", sr::ErrorCode::Corrupt},             // wrong wire type
            {"0a0408024800", sr::ErrorCode::Corrupt},     // unknown UnixFS field 9
            {"0a06080218002001", sr::ErrorCode::Corrupt}, // blocksizes without links
            {"12020a00"
             "0a0408021800",
             sr::ErrorCode::Corrupt}, // link with a bad CID
            {"0a0408021800"
             "1224"
             "0a22"
             "1220e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
             sr::ErrorCode::Corrupt}, // a link after the data
            {"1228"
             "1200"
             "0a22"
             "1220e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"
             "1800"
             "0a06080218002000",
             sr::ErrorCode::Corrupt}, // link fields out of order
        };
        for (const auto& [hex, code] : bad) {
            try {
                decodeUnixFsNode(hexBytes(hex));
                QFAIL(qPrintable(QString("accepted ") + hex));
            } catch (const sr::Error& e) {
                QVERIFY2(e.code() == code, hex);
            }
        }
        // Every truncation of a real parent node is rejected, never read out of bounds.
        UnixFsOptions options;
        options.chunkSize = 4;
        Store store;
        UnixFsBuilder builder(options, store.sink());
        builder.update(random(20, 7));
        auto root = builder.finish();
        const auto& block = store.blocks.at(root.cid.toString());
        QCOMPARE(decodeUnixFsNode(block).links.size(), std::size_t(5));
        for (std::size_t cut = 0; cut < block.size(); ++cut)
            QVERIFY_THROWS_EXCEPTION(sr::Error, decodeUnixFsNode(ByteView(block).subspan(0, cut)));
    }
};

QTEST_APPLESS_MAIN(TestCid)
#include "tst_cid.moc"
