// A protected data's timeline (issue 16) on the whole sandbox with its worker: protected, a
// priced grant published on the market, a run bought and paid, the grant closed on chain, the
// data transferred; the timeline has each event in that order with the right amounts, and a
// kept scan reads only the new blocks when a later grant arrives.

#include "CliTestSupport.h"
#include "EarningsTestKit.h"
#include "eth/ContractCaller.h"
#include "iexec/DataTimeline.h"
#include "iexec/DatasetCatalog.h"
#include "iexec/HubLedger.h"
#include "iexec/PocoHub.h"
#include "sandbox/DevAccountSender.h"
#include "sandbox/SandboxWorker.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QtTest>
#include <filesystem>
#include <fstream>

using namespace sr;
using eth::Address;
using eth::U256;
using iexec::TimelineKind;

class DataTimelineTest : public QObject {
    Q_OBJECT
    QTemporaryDir tmp_;
    std::unique_ptr<sandbox::SandboxNetwork> net_;
    std::unique_ptr<test::WorkerTestKit> kit_;
    test::DevKey owner_ = test::devKey(2);
    test::DevKey buyer_ = test::devKey(3);
    test::DevKey heir_ = test::devKey(4);
    Address reader_;

    std::filesystem::path dir() const { return tmp_.path().toStdString(); }
    std::filesystem::path database() const { return dir() / "strongroom.sqlite"; }

    iexec::MarketClient market() {
        return iexec::MarketClient(kit_->endpoints().market, kit_->domain());
    }

    static std::vector<TimelineKind> kinds(const iexec::DataTimeline& t) {
        std::vector<TimelineKind> out;
        for (const auto& e : t.events)
            out.push_back(e.kind);
        return out;
    }

private slots:
    void initTestCase() {
        QVERIFY(tmp_.isValid());
        try {
            net_ = test::sandboxWithWorker(dir() / "sandbox");
            kit_ = std::make_unique<test::WorkerTestKit>(*net_);
            reader_ = test::contentReader(*net_, *kit_);
            test::depositRlc(*net_, *kit_, buyer_, U256(1'000'000'000));
        } catch (const Error& e) {
            QFAIL(e.what());
        }
    }

    void protectGrantRunRevokeTransfer() {
        try {
            const Address data = kit_->protect(owner_, "timeline data", {{"email", "a@b.c"}});
            // 0.1 RLC a run, up to 5 runs, for anyone.
            const auto grant =
                test::publishGrant(*kit_, owner_, data, reader_, Address(), 100'000'000, 5);
            const Hash32 grantHash = iexec::orderHash(kit_->domain(), grant.order);
            const Hash32 deal = kit_->request(buyer_, reader_, grant);
            const auto record = kit_->waitForWorker(iexec::PocoHub::taskId(deal, 0));
            QCOMPARE(record.status, sandbox::SandboxWorker::Status::Completed);
            sandbox::DevAccountSender owner(kit_->rpc(), owner_.address);
            owner.send(
                iexec::PocoHub(kit_->hub()).manageDatasetOrder(grant, iexec::OrderOperation::Close),
                "revoke the grant");
            eth::JsonRpcClient rpc({kit_->endpoints().rpcUrl});
            iexec::HubLogReader hubLogs(rpc, net_->profile(), database());
            iexec::DatasetCatalog catalog(rpc, net_->profile(), database());
            owner.send(catalog.transfer(owner_.address, data, heir_.address), "transfer");

            auto marketClient = market();
            iexec::DataTimelineReader reader(rpc, net_->profile(), hubLogs, &marketClient);
            iexec::DataTimelineScan scan;
            const auto t = reader.read(data, std::nullopt, &scan);
            QVERIFY(!t.marketProblem);
            const std::vector<TimelineKind> expected = {
                TimelineKind::Created, TimelineKind::Granted, TimelineKind::Run,
                TimelineKind::Revoked, TimelineKind::Transferred};
            QCOMPARE(kinds(t), expected);
            const auto& created = t.events[0];
            QCOMPARE(created.to, owner_.address);
            const auto& granted = t.events[1];
            QCOMPARE(granted.orderHash, grantHash);
            QVERIFY(granted.order);
            QCOMPARE(granted.order->apprestrict, reader_);
            QVERIFY(granted.order->requesterrestrict.isZero());
            QCOMPARE(granted.order->datasetprice.toDecimal(), std::string("100000000"));
            QCOMPARE(granted.order->volume.toDecimal(), std::string("5"));
            QVERIFY(granted.timestamp);
            const auto& run = t.events[2];
            QVERIFY(run.deal);
            QCOMPARE(run.deal->dealId, deal);
            QCOMPARE(run.deal->requester, buyer_.address);
            QCOMPARE(run.deal->app, reader_);
            QCOMPARE(run.deal->tasksCompleted, std::uint64_t(1));
            QCOMPARE(run.orderHash, grantHash);
            QCOMPARE(run.earned.toDecimal(), std::string("100000000"));
            QCOMPARE(run.rewards, std::uint64_t(1));
            const auto& revoked = t.events[3];
            QCOMPARE(revoked.orderHash, grantHash);
            QVERIFY(revoked.order);
            QCOMPARE(revoked.order->datasetprice.toDecimal(), std::string("100000000"));
            const auto& transferred = t.events[4];
            QCOMPARE(transferred.from, owner_.address);
            QCOMPARE(transferred.to, heir_.address);
            // Chain order, and times that never go back.
            for (std::size_t i = 1; i < t.events.size(); ++i) {
                QVERIFY(t.events[i].timestamp);
                if (t.events[i].block && t.events[i - 1].block)
                    QVERIFY(*t.events[i].block >= *t.events[i - 1].block);
            }
            const auto json = t.toJson();
            QCOMPARE(json.at("count").get<std::size_t>(), std::size_t(5));
            QCOMPARE(json.at("events").at(2).at("earned").get<std::string>(),
                     std::string("100000000"));
            QCOMPARE(json.at("events").at(4).at("to").get<std::string>(),
                     heir_.address.toChecksumHex());

            // The new owner grants it to one buyer: a kept scan reads only the blocks since,
            // and the grant comes last, open, with all its runs left.
            const auto before = *scan.toBlock;
            const auto second =
                test::publishGrant(*kit_, heir_, data, reader_, buyer_.address, 0, 3);
            const auto again = reader.read(data, std::nullopt, &scan);
            QVERIFY(*scan.toBlock >= before);
            QCOMPARE(again.events.size(), std::size_t(6));
            const auto& last = again.events.back();
            QCOMPARE(last.kind, TimelineKind::Granted);
            QCOMPARE(last.orderHash, iexec::orderHash(kit_->domain(), second.order));
            QCOMPARE(last.order->requesterrestrict, buyer_.address);
            QVERIFY(last.remaining);
            QCOMPARE(*last.remaining, std::uint64_t(3));

            // The command line tells the same, in words and as JSON.
            const QString profile = QString::fromStdString((dir() / "sandbox.json").string());
            {
                std::ofstream out(profile.toStdString());
                out << net_->profile().toJson().dump(2);
            }
            const QStringList cli = {QStringLiteral("--data-dir"),
                                     QString::fromStdString((dir() / "cli").string()),
                                     QStringLiteral("--network"), profile};
            const auto address = QString::fromStdString(data.toChecksumHex());
            const auto words = test::runCli(
                cli + QStringList{QStringLiteral("data"), QStringLiteral("timeline"), address});
            QVERIFY2(words.code == 0, words.err.constData());
            const QList<QByteArray> lines = words.out.trimmed().split('\n');
            QCOMPARE(lines.size(), 7); // the heading and six events
            QVERIFY2(lines[1].contains("created      by " + owner_.address.toChecksumHex()),
                     lines[1].constData());
            QVERIFY2(lines[2].contains("granted") && lines[2].contains("0.1 RLC per run"),
                     lines[2].constData());
            QVERIFY2(lines[3].contains("earned 0.1 RLC"), lines[3].constData());
            QVERIFY2(lines[5].contains("transferred  from"), lines[5].constData());
            const auto cliJson =
                test::runCli(cli + QStringList{QStringLiteral("--json"), QStringLiteral("data"),
                                               QStringLiteral("timeline"), address});
            QVERIFY2(cliJson.code == 0, cliJson.err.constData());
            const auto events = cliJson.json().value(QStringLiteral("events")).toArray();
            QCOMPARE(events.size(), 6);
            QCOMPARE(events[2].toObject().value(QStringLiteral("kind")).toString(),
                     QStringLiteral("run"));
            QCOMPARE(events[2].toObject().value(QStringLiteral("earned")).toString(),
                     QStringLiteral("100000000"));

            // Deals of one data, oldest first.
            const auto deals = hubLogs.dealsOf(data);
            QCOMPARE(deals.size(), std::size_t(1));
            QCOMPARE(deals[0].dealId, deal);
            QVERIFY(hubLogs.dealsOf(reader_).empty());
        } catch (const Error& e) {
            QFAIL(e.what());
        }
    }

    void withoutAMarketTheChainStillTells() {
        try {
            const Address data = kit_->protect(owner_, "no market", {{"email", "x@y.z"}});
            eth::JsonRpcClient rpc({kit_->endpoints().rpcUrl});
            iexec::HubLogReader hubLogs(rpc, net_->profile(), database());
            iexec::MarketClient nowhere("http://127.0.0.1:9", kit_->domain());
            iexec::DataTimelineReader reader(rpc, net_->profile(), hubLogs, &nowhere);
            const auto t = reader.read(data, std::nullopt);
            QVERIFY(t.marketProblem);
            QCOMPARE(t.events.size(), std::size_t(1));
            QCOMPARE(t.events[0].kind, TimelineKind::Created);
        } catch (const Error& e) {
            QFAIL(e.what());
        }
    }

    void onlyCloseCallsAreRead() {
        iexec::DatasetOrder o;
        o.dataset = test::devKey(1).address;
        o.datasetprice = 7;
        o.volume = 2;
        const iexec::SignedOrder<iexec::DatasetOrder> closing{o, Bytes(65, 1)};
        const iexec::PocoHub hub(Address::fromHex("0x1111111111111111111111111111111111111111"));
        const auto close = hub.manageDatasetOrder(closing, iexec::OrderOperation::Close);
        const auto read = iexec::DataTimelineReader::closedOrderOf(close.data);
        QVERIFY(read);
        QVERIFY(*read == o);
        const auto sign = hub.manageDatasetOrder(closing, iexec::OrderOperation::Sign);
        QVERIFY(!iexec::DataTimelineReader::closedOrderOf(sign.data));
        QVERIFY(!iexec::DataTimelineReader::closedOrderOf(hub.withdraw(U256(1)).data));
        QVERIFY(!iexec::DataTimelineReader::closedOrderOf(Bytes{1, 2}));
    }

    void cleanupTestCase() {
        kit_.reset();
        net_.reset();
    }
};

QTEST_GUILESS_MAIN(DataTimelineTest)
#include "tst_datatimeline.moc"
