// Differential test of our UnixFS importer and /p2p/ multiaddrs against the JavaScript
// references: ipfs-unixfs-importer with Kubo's defaults (CIDv0, dag-pb leaves, 256 KiB chunks,
// balanced DAG of 174 links) and @multiformats/multiaddr. Contents are random from a fixed
// seed; large files go to node as paths. Every CID and every cumulative size must be equal.

#include "NodeScript.h"
#include "RandomInputs.h"
#include "eth/Hex.h"
#include "iexec/Cid.h"
#include "iexec/Multiaddr.h"
#include "iexec/UnixFs.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>
#include <fstream>
#include <random>

using namespace sr::iexec;
using sr::Bytes;
using sr::ByteView;

namespace {

constexpr std::size_t kChunk = 262144;

using Inputs = sr::test::RandomInputs;

struct Case {
    QString label;
    UnixFsOptions options;
    Bytes content;    // small cases, sent as hex
    std::string path; // large cases, written to disk and sent as a path
};

} // namespace

class TestIpfsUnixFs : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() {
        QString why;
        if (!sr::test::nodeAvailable(&why))
            QSKIP(qPrintable("SKIPPED LOUDLY: " + why));
        QVERIFY(dir_.isValid());
    }

    void cidsEqualTheImporterWithKuboDefaults() {
        Inputs in(0x1f5c1d2024ULL);
        std::vector<Case> cases;
        auto add = [&](std::size_t size, UnixFsOptions options = {}) {
            Case c;
            c.label = QString("size %1 chunk %2 links %3 v%4")
                          .arg(size)
                          .arg(options.chunkSize)
                          .arg(options.maxLinksPerNode)
                          .arg(options.cidVersion);
            c.options = options;
            if (size <= (1u << 20)) {
                c.content = in.bytes(size);
            } else {
                // Written in pieces: the C++ side streams it too (unixFsFileAt).
                c.path = (std::filesystem::path(dir_.path().toStdString()) /
                          ("file-" + std::to_string(cases.size()) + ".bin"))
                             .string();
                std::ofstream out(c.path, std::ios::binary);
                for (std::size_t done = 0; done < size;) {
                    auto piece = in.bytes(std::min<std::size_t>(size - done, 1u << 20));
                    out.write(reinterpret_cast<const char*>(piece.data()),
                              static_cast<std::streamsize>(piece.size()));
                    done += piece.size();
                }
            }
            cases.push_back(std::move(c));
        };
        // Kubo's defaults around every chunk boundary, then multi-level trees:
        // 174 chunks fill one parent; one more byte needs a second level.
        for (std::size_t size :
             {std::size_t(0), std::size_t(1), std::size_t(2), std::size_t(100), std::size_t(4096),
              kChunk - 1, kChunk, kChunk + 1, 2 * kChunk - 1, 2 * kChunk, 2 * kChunk + 1,
              3 * kChunk + 12345, std::size_t(3u << 20), std::size_t(5u << 20) + 7, 174 * kChunk,
              174 * kChunk + 1, std::size_t(48u << 20) + 99})
            add(size);
        for (int i = 0; i < 20; ++i)
            add(1 + in.below(600000));
        // Small chunks and fan-outs reach 3 to 6 levels with little data.
        for (auto [chunk, links] : {std::pair<std::size_t, std::size_t>{1, 2}, {16, 3}, {7, 5}}) {
            UnixFsOptions options;
            options.chunkSize = chunk;
            options.maxLinksPerNode = links;
            for (std::size_t size :
                 {std::size_t(0), chunk, chunk + 1, chunk * links, chunk * links + 1,
                  chunk * links * links, chunk * links * links + 1})
                add(size, options);
            for (int i = 0; i < 8; ++i)
                add(in.below(700), options);
        }
        // Kubo's --cid-version=1 (raw leaves).
        UnixFsOptions v1;
        v1.cidVersion = 1;
        for (std::size_t size :
             {std::size_t(0), std::size_t(5), kChunk, kChunk + 1, std::size_t(2u << 20) + 3})
            add(size, v1);
        UnixFsOptions v1Small = v1;
        v1Small.chunkSize = 10;
        v1Small.maxLinksPerNode = 4;
        for (std::size_t size : {std::size_t(10), std::size_t(41), std::size_t(170)})
            add(size, v1Small);

        QJsonArray files;
        for (const auto& c : cases) {
            QJsonObject file;
            if (c.path.empty())
                file["hex"] = QString::fromStdString(sr::eth::toHex(c.content, false));
            else
                file["path"] = QString::fromStdString(c.path);
            file["chunkSize"] = static_cast<qint64>(c.options.chunkSize);
            file["maxChildren"] = static_cast<qint64>(c.options.maxLinksPerNode);
            file["cidVersion"] = c.options.cidVersion;
            file["rawLeaves"] = c.options.cidVersion == 1;
            files.append(file);
        }
        auto reply = sr::test::runNodeScript("ipfs_unixfs.mjs",
                                             QJsonDocument(QJsonObject{{"files", files}}), 600000);
        QVERIFY(!reply.isNull());
        auto results = reply.object()["files"].toArray();
        QCOMPARE(results.size(), static_cast<qsizetype>(cases.size()));
        for (std::size_t i = 0; i < cases.size(); ++i) {
            const auto& c = cases[i];
            auto ours =
                c.path.empty() ? unixFsFile(c.content, c.options) : unixFsFileAt(c.path, c.options);
            auto theirs = results[static_cast<qsizetype>(i)].toObject();
            QVERIFY2(QString::fromStdString(ours.cid.toString()) == theirs["cid"].toString(),
                     qPrintable(c.label + ": " + QString::fromStdString(ours.cid.toString()) +
                                " vs " + theirs["cid"].toString()));
            QVERIFY2(static_cast<qint64>(ours.dagSize) == theirs["size"].toInteger(),
                     qPrintable(c.label + ": dag size"));
        }
        qInfo("%zu files compared, largest %zu bytes", cases.size(), std::size_t(48u << 20) + 99);
    }

    void multiaddrsEqualMultiformats() {
        Inputs in(0xadd7e55ULL);
        QJsonArray cids;
        std::vector<Cid> ours;
        for (int i = 0; i < 100; ++i) {
            auto block = in.bytes(in.below(100));
            auto cid = i % 3 == 0   ? Cid::ofBlock(1, Multicodec::DagPb, block)
                       : i % 3 == 1 ? Cid::ofBlock(0, Multicodec::DagPb, block)
                                    : Cid::ofBlock(1, Multicodec::Raw, block);
            ours.push_back(cid);
            cids.append(QString::fromStdString(cid.toString()));
        }
        QJsonArray bytes;
        for (const auto& cid : ours)
            bytes.append(QString::fromStdString(sr::eth::toHex(p2pMultiaddr(cid), false)));
        auto reply = sr::test::runNodeScript(
            "ipfs_unixfs.mjs",
            QJsonDocument(QJsonObject{{"multiaddrs", cids}, {"multiaddrBytes", bytes}}));
        QVERIFY(!reply.isNull());
        auto theirBytes = reply.object()["multiaddrs"].toArray();
        auto theirStrings = reply.object()["multiaddrStrings"].toArray();
        QCOMPARE(theirBytes.size(), cids.size());
        for (qsizetype i = 0; i < cids.size(); ++i) {
            const auto& cid = ours[static_cast<std::size_t>(i)];
            QCOMPARE(theirBytes[i].toString(), bytes[i].toString());
            QCOMPARE(theirStrings[i].toString(), QString::fromStdString(p2pMultiaddrString(cid)));
            // Reading back what DataProtector wrote gives the dag-pb CIDv0 of the multihash.
            auto back =
                cidFromP2pMultiaddr(sr::eth::fromHex(theirBytes[i].toString().toStdString()));
            QCOMPARE(back.multihash(), cid.multihash());
            QCOMPARE(back.version(), 0);
            QCOMPARE(p2pMultiaddrFromString(theirStrings[i].toString().toStdString()),
                     p2pMultiaddr(cid));
        }
    }

private:
    QTemporaryDir dir_;
};

QTEST_APPLESS_MAIN(TestIpfsUnixFs)
#include "tst_ipfs_unixfs.moc"
