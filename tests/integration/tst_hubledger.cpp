// The hub-log reader and the earnings ledger (issue 16) against the whole sandbox with its
// worker: priced grants bought and run to completion, the rewards the ledger finds against the
// stake the owner gained on chain, pending runs until they complete, a FAKE provider that
// limits log ranges (scanned in chunks), the CSV export read back, and a reorganisation (anvil
// snapshot and revert) that takes a reward back.

#include "CliTestSupport.h"
#include "EarningsTestKit.h"
#include "FaultyHttpServer.h"
#include "ForwardingReply.h"
#include "Timeouts.h"
#include "eth/ContractCaller.h"
#include "iexec/HubLedger.h"
#include "iexec/PocoHub.h"
#include "sandbox/SandboxDemand.h"
#include "sandbox/SandboxWorker.h"

#include <QJsonArray>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>
#include <algorithm>
#include <filesystem>
#include <optional>
#include <set>

using namespace sr::test::timeouts;

using namespace sr;
using eth::Address;
using eth::U256;
using iexec::EarningRole;
using sandbox::SandboxWorker;

class HubLedgerTest : public QObject {
    Q_OBJECT
    QTemporaryDir tmp_;
    std::unique_ptr<sandbox::SandboxNetwork> net_;
    std::unique_ptr<test::WorkerTestKit> kit_;
    test::DevKey owner_ = test::devKey(2);
    test::DevKey buyerA_ = test::devKey(3);
    test::DevKey buyerB_ = test::devKey(4);
    Address reader_, dataA_, dataB_;
    std::optional<Address> slowApp_;

    std::filesystem::path dir() const { return tmp_.path().toStdString(); }
    std::filesystem::path database() const { return dir() / "strongroom.sqlite"; }

    U256 stakeOf(const Address& account) {
        eth::ContractCaller caller(kit_->rpc());
        return caller.call(iexec::PocoHub(kit_->hub()).viewAccount(account)).stake;
    }

    void deposit(const test::DevKey& who, const U256& nRlc) {
        test::depositRlc(*net_, *kit_, who, nRlc);
    }

    Hash32 buy(const test::DevKey& buyer, const Address& app, const Address& dataset,
               std::uint64_t price) {
        const auto order = kit_->grant(owner_, dataset, app, price);
        return iexec::PocoHub::taskId(kit_->request(buyer, app, order), 0);
    }

    void complete(const Hash32& task) {
        const auto record = kit_->waitForWorker(task);
        if (record.status != SandboxWorker::Status::Completed)
            throw Error(ErrorCode::Internal, "the run did not complete: " + record.reason);
    }

    /// A priced app that takes a while (three seconds), owned by the scheduler's account.
    Address slowApp() {
        if (!slowApp_)
            slowApp_ =
                test::addPricedApp(*net_, *kit_, dir() / "sandbox", dir(), "slow", 5, "sleep 3")
                    .address;
        return *slowApp_;
    }

    /// Syncs, then tells whether `task` is started and not finished.
    bool started(iexec::HubLogReader& reader, const Hash32& task) {
        reader.sync();
        for (const auto& p : reader.pending(owner_.address))
            if (p.task == task)
                return p.started;
        return false;
    }

    static bool isPending(const std::vector<iexec::PendingEarning>& pending, const Hash32& task) {
        return std::any_of(pending.begin(), pending.end(),
                           [&](const auto& p) { return p.task == task; });
    }

    static std::vector<iexec::Earning> ofRole(const std::vector<iexec::Earning>& all,
                                              EarningRole role) {
        std::vector<iexec::Earning> out;
        for (const auto& e : all)
            if (e.role == role)
                out.push_back(e);
        return out;
    }

private slots:
    void initTestCase() {
        QVERIFY(tmp_.isValid());
        try {
            net_ = test::sandboxWithWorker(dir() / "sandbox");
            kit_ = std::make_unique<test::WorkerTestKit>(*net_);
            reader_ = test::contentReader(*net_, *kit_);
            deposit(buyerA_, U256(1'000'000));
            deposit(buyerB_, U256(1'000'000));
            dataA_ = kit_->protect(owner_, "data A", {{"email", "a@b.c"}});
            dataB_ = kit_->protect(owner_, "data B", {{"email", "d@e.f"}});
        } catch (const Error& e) {
            QFAIL(e.what());
        }
    }

    void ledgerEqualsTheRewardsAndTheStakeGained() {
        try {
            const U256 before = stakeOf(owner_.address);
            std::vector<Hash32> tasks = {
                buy(buyerA_, reader_, dataA_, 7), buy(buyerA_, reader_, dataA_, 7),
                buy(buyerB_, reader_, dataB_, 11), buy(buyerB_, reader_, dataA_, 0)};
            for (const auto& t : tasks)
                complete(t);
            const U256 gained = stakeOf(owner_.address) - before;
            QCOMPARE(gained.toDecimal(), std::string("25"));

            eth::JsonRpcClient rpc({kit_->endpoints().rpcUrl});
            iexec::HubLogReader reader(rpc, net_->profile(), database());
            QVERIFY(!reader.syncedBlock());
            const auto report = reader.sync();
            QVERIFY(report.restarted);
            QCOMPARE(report.fromBlock, std::uint64_t(0));
            QCOMPARE(*reader.syncedBlock(), report.toBlock);

            const auto rewards = reader.rewardsTo(owner_.address);
            const auto data = ofRole(rewards, EarningRole::Data);
            QCOMPARE(data.size(), std::size_t(3)); // the free run pays nothing
            QCOMPARE(iexec::earningsSum(rewards, EarningRole::Data).toDecimal(),
                     gained.toDecimal());
            QVERIFY(ofRole(rewards, EarningRole::App).empty());
            for (const auto& e : data) {
                QCOMPARE(e.requester == buyerA_.address ? e.dataset : dataB_, e.dataset);
                QCOMPARE(e.app, reader_);
                QVERIFY(e.timestamp > 0);
                QVERIFY(std::find(tasks.begin(), tasks.end(), e.task) != tasks.end());
                QCOMPARE(iexec::PocoHub::taskId(e.deal, 0), e.task);
            }

            const auto byData = iexec::earningsTotals(rewards, iexec::EarningsGroup::Data);
            QCOMPARE(byData.size(), std::size_t(2));
            for (const auto& t : byData) {
                QCOMPARE(t.amount.toDecimal(),
                         std::string(t.key == dataA_.toChecksumHex() ? "14" : "11"));
                QCOMPARE(t.count, std::uint64_t(t.key == dataA_.toChecksumHex() ? 2 : 1));
            }
            const auto byRequester =
                iexec::earningsTotals(rewards, iexec::EarningsGroup::Requester);
            QCOMPARE(byRequester.size(), std::size_t(2));
            const auto byDay = iexec::earningsTotals(rewards, iexec::EarningsGroup::Day);
            U256 sum;
            for (const auto& t : byDay)
                sum += t.amount;
            QCOMPARE(sum.toDecimal(), std::string("25"));
            QVERIFY(!iexec::earningsTotals(rewards, iexec::EarningsGroup::Month).empty());

            // The deals on the owner's data, free ones too, each with its completed task.
            const auto deals = reader.dealsOwnedBy(owner_.address);
            QCOMPARE(deals.size(), std::size_t(4));
            for (const auto& d : deals) {
                QCOMPARE(d.datasetOwner, owner_.address);
                QCOMPARE(d.tasksCompleted, std::uint64_t(1));
                QCOMPARE(d.tasksPending(), std::uint64_t(0));
            }
            QVERIFY(reader.pending(owner_.address).empty());

            // A second sync reads only what came after; a new reader on the same file has it
            // all without the network.
            const auto again = reader.sync();
            QVERIFY(!again.restarted);
            QCOMPARE(again.fromBlock, report.toBlock + 1);
            eth::JsonRpcClient nowhere({"http://127.0.0.1:9"});
            iexec::HubLogReader cached(nowhere, net_->profile(), database());
            QCOMPARE(cached.rewardsTo(owner_.address).size(), rewards.size());
        } catch (const Error& e) {
            QFAIL(e.what());
        }
    }

    void pendingUntilTheRunCompletes() {
        try {
            const Address app = slowApp();
            const Hash32 task = buy(buyerA_, app, dataB_, 3);

            eth::JsonRpcClient rpc({kit_->endpoints().rpcUrl});
            iexec::HubLogReader reader(rpc, net_->profile(), database());
            reader.sync();
            const auto pending = reader.pending(owner_.address);
            QCOMPARE(pending.size(), std::size_t(1));
            QCOMPARE(pending[0].task, task);
            QCOMPARE(pending[0].role, EarningRole::Data);
            QCOMPARE(pending[0].amount.toDecimal(), std::string("3"));
            QCOMPARE(pending[0].requester, buyerA_.address);
            const Address appOwner = SandboxWorker::schedulerAccount();
            const auto appPending = reader.pending(appOwner);
            QCOMPARE(appPending.size(), std::size_t(1));
            QCOMPARE(appPending[0].role, EarningRole::App);
            QCOMPARE(appPending[0].amount.toDecimal(), std::string("5"));

            complete(task);
            reader.sync();
            QVERIFY(reader.pending(owner_.address).empty());
            const auto rewards = reader.rewardsTo(owner_.address);
            QCOMPARE(rewards.back().task, task);
            QCOMPARE(rewards.back().amount.toDecimal(), std::string("3"));
            QCOMPARE(rewards.back().role, EarningRole::Data);
            const auto appRewards = ofRole(reader.rewardsTo(appOwner), EarningRole::App);
            QCOMPARE(appRewards.size(), std::size_t(1));
            QCOMPARE(appRewards[0].amount.toDecimal(), std::string("5"));
            QCOMPARE(appRewards[0].app, app);
            QCOMPARE(appRewards[0].dataset, dataB_);
        } catch (const Error& e) {
            QFAIL(e.what());
        }
    }

    void aNodeThatLimitsRangesIsReadInChunks() {
        try {
            // FAKE: a provider in front of anvil that refuses eth_getLogs over more than 5
            // blocks, as public providers do with their own wording.
            test::FaultyHttpServer provider;
            int refused = 0;
            test::FaultyHttpServer::Reply forward = test::forwardTo(kit_->endpoints().rpcUrl);
            forward.bodyFor = [&refused, pass = forward.bodyFor](const std::string& body) {
                const auto request = nlohmann::json::parse(body);
                if (request.is_object() && request.value("method", "") == "eth_getLogs") {
                    const auto& f = request["params"][0];
                    const auto a = U256::fromHex(f["fromBlock"].get<std::string>()).toUint64();
                    const auto b = U256::fromHex(f["toBlock"].get<std::string>()).toUint64();
                    if (b - a + 1 > 5) {
                        ++refused;
                        return nlohmann::json{
                            {"jsonrpc", "2.0"},
                            {"id", request["id"]},
                            {"error", {{"code", -32005}, {"message", "block range is too wide"}}}}
                            .dump();
                    }
                }
                return pass(body);
            };
            provider.script({forward});
            eth::JsonRpcClient limited({provider.url()});
            iexec::HubLogReader chunked(limited, net_->profile(), dir() / "chunked.sqlite");
            const auto report = chunked.sync();
            QVERIFY(refused > 0);
            QVERIFY(report.logRequests >= report.toBlock / 5);

            eth::JsonRpcClient rpc({kit_->endpoints().rpcUrl});
            iexec::HubLogReader direct(rpc, net_->profile(), database());
            direct.sync();
            const auto a = chunked.rewardsTo(owner_.address);
            const auto b = direct.rewardsTo(owner_.address);
            QCOMPARE(a.size(), b.size());
            for (std::size_t i = 0; i < a.size(); ++i) {
                QCOMPARE(a[i].task, b[i].task);
                QCOMPARE(a[i].amount, b[i].amount);
                QCOMPARE(a[i].role, b[i].role);
                QCOMPARE(a[i].transaction, b[i].transaction);
            }
        } catch (const Error& e) {
            QFAIL(e.what());
        }
    }

    void aStoppedFirstReadCarriesOn() {
        try {
            // FAKE: a provider in front of anvil that lets 6 eth_getLogs through, then the
            // user stops the read (Ctrl-C).
            CancelToken stop;
            int logReads = 0;
            test::FaultyHttpServer provider;
            test::FaultyHttpServer::Reply forward = test::forwardTo(kit_->endpoints().rpcUrl);
            forward.bodyFor = [&, pass = forward.bodyFor](const std::string& body) {
                if (body.find("eth_getLogs") != std::string::npos && ++logReads == 6)
                    stop.cancel();
                return pass(body);
            };
            provider.script({forward});
            eth::JsonRpcClient rpc({provider.url()});
            iexec::HubLogReader::Options options;
            options.scanner.initialChunk = 5;
            options.scanner.maxChunk = 5;
            options.blocksPerCommit = 10;
            options.reorgDepth = 2;
            const auto file = dir() / "stopped.sqlite";
            {
                iexec::HubLogReader reader(rpc, net_->profile(), file, options);
                QVERIFY_THROWS_EXCEPTION(Error, reader.sync(&stop));
                QVERIFY(reader.syncedBlock().has_value()); // what was read is kept
                QVERIFY(*reader.syncedBlock() >= 9);
            }
            iexec::HubLogReader reader(rpc, net_->profile(), file, options);
            const std::uint64_t kept = *reader.syncedBlock();
            const auto report = reader.sync();
            QVERIFY(!report.restarted);
            QCOMPARE(report.fromBlock, kept - 1); // the last blocks again, not the whole chain

            eth::JsonRpcClient direct({kit_->endpoints().rpcUrl});
            iexec::HubLogReader whole(direct, net_->profile(), database());
            whole.sync();
            QCOMPARE(reader.rewardsTo(owner_.address).size(),
                     whole.rewardsTo(owner_.address).size());
            QCOMPARE(reader.dealsOwnedBy(owner_.address).size(),
                     whole.dealsOwnedBy(owner_.address).size());
        } catch (const Error& e) {
            QFAIL(e.what());
        }
    }

    void csvRoundTrips() {
        try {
            eth::JsonRpcClient rpc({kit_->endpoints().rpcUrl});
            iexec::HubLogReader reader(rpc, net_->profile(), database());
            reader.sync();
            const auto rewards = reader.rewardsTo(owner_.address);
            QVERIFY(!rewards.empty());
            const std::string csv = iexec::earningsCsv(rewards);
            QVERIFY(csv.starts_with("date (UTC),task,data,app,requester,role,amount (RLC),"
                                    "amount (nRLC),transaction\r\n"));
            const auto back = iexec::parseEarningsCsv(csv);
            QCOMPARE(back.size(), rewards.size());
            for (std::size_t i = 0; i < back.size(); ++i) {
                QCOMPARE(back[i].timestamp, rewards[i].timestamp);
                QCOMPARE(back[i].task, rewards[i].task);
                QCOMPARE(back[i].dataset, rewards[i].dataset);
                QCOMPARE(back[i].app, rewards[i].app);
                QCOMPARE(back[i].requester, rewards[i].requester);
                QCOMPARE(back[i].role, rewards[i].role);
                QCOMPARE(back[i].amount, rewards[i].amount);
                QCOMPARE(back[i].transaction, rewards[i].transaction);
            }
        } catch (const Error& e) {
            QFAIL(e.what());
        }
    }

    void theCliSaysWhatTheDataEarned() {
        try {
            eth::JsonRpcClient rpc({kit_->endpoints().rpcUrl});
            iexec::HubLogReader reader(rpc, net_->profile(), database());
            reader.sync();
            const auto earned = ofRole(reader.rewardsTo(owner_.address), EarningRole::Data);
            const U256 total = iexec::earningsSum(earned, EarningRole::Data);

            // The owner's address followed without its key, in a data folder of its own.
            std::filesystem::create_directories(dir() / "cli");
            test::CliUser user(QString::fromStdString((dir() / "cli").string()));
            user.network = user.writeProfile(QStringLiteral("sandbox.json"), net_->profile());
            const QString owner = QString::fromStdString(owner_.address.toChecksumHex());
            QCOMPARE(user.run({"wallet", "watch", owner}).code, 0);
            const auto earnings = [&](const QStringList& words) {
                return user.run(
                    QStringList{QStringLiteral("--account"), owner, QStringLiteral("earnings")} +
                    words);
            };
            const auto run = earnings({"--json"});
            QVERIFY2(run.code == 0, run.err.constData());
            const QJsonObject j = run.json();
            QCOMPARE(j["earned"].toObject()["data"].toObject()["nRLC"].toString().toStdString(),
                     total.toDecimal());
            QCOMPARE(j["earned"].toObject()["app"].toObject()["nRLC"].toString(),
                     QStringLiteral("0"));
            QCOMPARE(j["rewards"].toArray().size(), qsizetype(earned.size()));
            QCOMPARE(j["pending"].toObject()["runs"].toArray().size(), qsizetype(0));

            const auto byData = earnings({"--by", "data", "--json"}).json();
            QCOMPARE(byData["totals"].toArray().size(), qsizetype(2));
            const auto later = earnings({"--since", "2099-01-01", "--json"}).json();
            QCOMPARE(later["rewards"].toArray().size(), qsizetype(0));
            const auto human = earnings({"--by", "month"});
            QCOMPARE(human.code, 0);
            QVERIFY(human.out.contains("as data owner"));

            // The export is what the ledger writes, byte for byte, and reads back.
            const QString csv = user.dir + QStringLiteral("/earnings.csv");
            QCOMPARE(earnings({"--csv", csv}).code, 0);
            QFile file(csv);
            QVERIFY(file.open(QIODevice::ReadOnly));
            const std::string written = file.readAll().toStdString();
            QCOMPARE(written, iexec::earningsCsv(earned));
            QCOMPARE(iexec::parseEarningsCsv(written).size(), earned.size());

            // Bad input is a usage error that names what is wrong.
            const auto badDate = earnings({"--since", "2026-02-30"});
            QCOMPARE(badDate.code, 2);
            QVERIFY(badDate.err.contains("YYYY-MM-DD"));
            QCOMPARE(earnings({"--by", "year"}).code, 2);
        } catch (const Error& e) {
            QFAIL(e.what());
        }
    }

    void demandBuysRunsAtTheGrantedPrice() {
        try {
            // Grants on the market: to anyone at 2 nRLC for 3 runs, and one to an account that
            // is not the sandbox's (nobody there may buy it).
            const auto publish = [&](const Address& requester, std::uint64_t price,
                                     std::uint64_t volume) {
                test::publishGrant(*kit_, owner_, dataA_, Address(), requester, price, volume);
            };
            publish(Address(), 2, 3);
            publish(Address::fromHex("0x000000000000000000000000000000000000beef"), 50, 5);

            const U256 before = stakeOf(owner_.address);
            sandbox::DemandOptions options;
            options.runs = 5;
            std::vector<sandbox::DemandRun> heard;
            const auto runs = sandbox::makeDemand(
                kit_->rpc(), net_->deployment(), kit_->endpoints().market, options,
                [&](const sandbox::DemandRun& r) { heard.push_back(r); });
            QCOMPARE(runs.size(), std::size_t(3)); // the volume granted, not the runs asked
            QCOMPARE(heard.size(), runs.size());
            std::set<Address> buyers;
            for (const auto& r : runs) {
                QCOMPARE(r.dataset, dataA_);
                QCOMPARE(r.datasetOwner, owner_.address);
                QCOMPARE(r.datasetPrice.toDecimal(), std::string("2"));
                QCOMPARE(r.app, reader_); // a grant to any app: the Content Reader
                QVERIFY(r.buyer != owner_.address);
                buyers.insert(r.buyer);
                complete(r.task);
            }
            QCOMPARE(buyers.size(), std::size_t(3)); // the accounts take turns
            QCOMPARE((stakeOf(owner_.address) - before).toDecimal(), std::string("6"));

            eth::JsonRpcClient rpc({kit_->endpoints().rpcUrl});
            iexec::HubLogReader reader(rpc, net_->profile(), database());
            reader.sync();
            const auto rewards = reader.rewardsTo(owner_.address);
            for (const auto& r : runs) {
                const auto it = std::find_if(rewards.begin(), rewards.end(),
                                             [&](const auto& e) { return e.task == r.task; });
                QVERIFY(it != rewards.end());
                QCOMPARE(it->requester, r.buyer);
                QCOMPARE(it->amount.toDecimal(), std::string("2"));
            }

            // Nothing left to buy: said, with how to make a grant others can use.
            try {
                sandbox::makeDemand(kit_->rpc(), net_->deployment(), kit_->endpoints().market,
                                    options);
                QFAIL("bought without a grant");
            } catch (const Error& e) {
                QCOMPARE(e.code(), ErrorCode::NotFound);
                QVERIFY(std::string(e.what()).find("grant access to anyone") != std::string::npos);
            }
        } catch (const Error& e) {
            QFAIL(e.what());
        }
    }

    void demandCommandLine() {
        const auto sandbox = [&](const QStringList& args) {
            QProcess p;
            p.start(QStringLiteral(STRONGROOM_SANDBOX),
                    QStringList{QStringLiteral("--state-dir"),
                                QString::fromStdString((dir() / "stopped").string())} +
                        args);
            p.waitForFinished(kLongChainWork);
            return std::make_pair(p.exitCode(), p.readAllStandardError());
        };
        QCOMPARE(sandbox({"demand", "--runs", "0"}).first, 2);
        QCOMPARE(sandbox({"demand", "--runs", "x"}).first, 2);
        QCOMPARE(sandbox({"demand", "--app", "0x12"}).first, 2);
        QCOMPARE(sandbox({"status", "--runs", "2"}).first, 2);
        const auto stopped = sandbox({"demand", "--runs", "2"});
        QCOMPARE(stopped.first, 1);
        QVERIFY(stopped.second.contains("not running"));
    }

    void aReorganisationTakesARewardBack() {
        try {
            eth::JsonRpcClient rpc({kit_->endpoints().rpcUrl});
            iexec::HubLogReader reader(rpc, net_->profile(), database());
            reader.sync();
            const U256 earned =
                iexec::earningsSum(reader.rewardsTo(owner_.address), EarningRole::Data);
            const auto deals = reader.dealsOwnedBy(owner_.address).size();
            // A caller holding the rewards (as the Earnings page does), over a connection of
            // its own, kept up to date by what changed since whoever synced.
            const iexec::HubLogReader holder(rpc, net_->profile(), database());
            auto first = holder.rewardsSince(owner_.address, std::nullopt);
            QCOMPARE(first.fromBlock, std::uint64_t(0));
            QVERIFY(first.mark);
            std::vector<iexec::Earning> shown = first.earnings;
            auto mark = first.mark;
            const auto follow = [&] {
                auto update = holder.rewardsSince(owner_.address, mark);
                std::erase_if(shown,
                              [&](const iexec::Earning& e) { return e.block >= update.fromBlock; });
                shown.insert(shown.end(), update.earnings.begin(), update.earnings.end());
                mark = update.mark;
                return update.fromBlock;
            };
            const auto holdsTheLedger = [&] {
                const auto whole = reader.rewardsTo(owner_.address);
                if (whole.size() != shown.size())
                    return false;
                for (std::size_t i = 0; i < whole.size(); ++i)
                    if (whole[i].task != shown[i].task || whole[i].role != shown[i].role ||
                        whole[i].block != shown[i].block || whole[i].amount != shown[i].amount)
                        return false;
                return true;
            };
            QVERIFY(holdsTheLedger());

            const std::string beforeRun = rpc.send("evm_snapshot").get<std::string>();
            // The run takes a few seconds: once it started, the chain is saved again.
            const Hash32 task = buy(buyerB_, slowApp(), dataA_, 13);
            QTRY_VERIFY_WITH_TIMEOUT(started(reader, task), kServiceAnswers);
            const std::string beforePay = rpc.send("evm_snapshot").get<std::string>();
            // Blocks pass before it is paid: its deal and start lie below the 64 blocks a sync
            // reads again, and the task stays, closed by a payment the reorganisation takes back.
            rpc.send("anvil_mine", {"0x50"});
            reader.sync();
            QVERIFY(isPending(reader.pending(owner_.address), task));
            complete(task);
            reader.sync();
            QVERIFY(!isPending(reader.pending(owner_.address), task));
            const auto paid = reader.rewardsTo(owner_.address);
            QCOMPARE(iexec::earningsSum(paid, EarningRole::Data), earned + U256(13));
            QCOMPARE(paid.back().task, task);
            QCOMPARE(reader.dealsOwnedBy(owner_.address).size(), deals + 1);
            // Nothing dropped since: only the blocks after the holder's read are read.
            const std::uint64_t heldTo = mark->block;
            QCOMPARE(follow(), heldTo + 1);
            QVERIFY(holdsTheLedger());
            QCOMPARE(shown.back().task, task);

            // The payment is taken back (another branch grows from before it): the task is
            // under way again, unpaid.
            QVERIFY(rpc.send("evm_revert", {beforePay}).get<bool>());
            rpc.send("anvil_mine", {"0x2"});
            auto report = reader.sync();
            QVERIFY(!report.restarted); // what lies below the re-read blocks still holds
            QVERIFY(isPending(reader.pending(owner_.address), task));
            const auto rewards = reader.rewardsTo(owner_.address);
            QCOMPARE(iexec::earningsSum(rewards, EarningRole::Data), earned);
            for (const auto& e : rewards)
                QVERIFY(e.task != task);
            // The rewards of the blocks read again are the tail of the whole list.
            const auto tail = reader.rewardsTo(owner_.address, report.fromBlock);
            QVERIFY(tail.size() <= rewards.size());
            const std::size_t below = rewards.size() - tail.size();
            for (std::size_t i = 0; i < tail.size(); ++i) {
                QCOMPARE(tail[i].task, rewards[below + i].task);
                QCOMPARE(tail[i].role, rewards[below + i].role);
                QVERIFY(tail[i].block >= report.fromBlock);
            }
            QVERIFY(below == 0 || rewards[below - 1].block < report.fromBlock);
            // The holder reads again from the first block the reorganisation dropped.
            QCOMPARE(follow(), report.fromBlock);
            QVERIFY(holdsTheLedger());

            // The run itself is taken back: its deal goes too.
            QVERIFY(rpc.send("evm_revert", {beforeRun}).get<bool>());
            rpc.send("anvil_mine", {"0x2"});
            report = reader.sync();
            QVERIFY(!report.restarted);
            QVERIFY(!isPending(reader.pending(owner_.address), task));
            QCOMPARE(iexec::earningsSum(reader.rewardsTo(owner_.address), EarningRole::Data),
                     earned);
            QCOMPARE(reader.dealsOwnedBy(owner_.address).size(), deals);
            QCOMPARE(follow(), report.fromBlock);
            QVERIFY(holdsTheLedger());

            // Two syncs dropped blocks since the holder's last read: it reads all again.
            const std::uint64_t before = mark->block;
            rpc.send("anvil_mine", {"0x2"});
            iexec::HubLogReader::Options later;
            later.startBlock = 1; // another start: everything is read again
            iexec::HubLogReader restarted(rpc, net_->profile(), database(), later);
            QVERIFY(restarted.sync().restarted);
            QVERIFY(reader.sync().restarted);
            QCOMPARE(follow(), std::uint64_t(0));
            QVERIFY(holdsTheLedger());
            QVERIFY(mark->block > before);
            // One read started again: all again too (it dropped everything).
            QVERIFY(restarted.sync().restarted);
            QCOMPARE(follow(), std::uint64_t(0));
            QVERIFY(holdsTheLedger());
        } catch (const Error& e) {
            QFAIL(e.what());
        }
    }

    void cleanupTestCase() {
        kit_.reset();
        net_.reset();
    }
};

QTEST_GUILESS_MAIN(HubLedgerTest)
#include "tst_hubledger.moc"
