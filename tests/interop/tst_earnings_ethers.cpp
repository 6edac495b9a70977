// The earnings ledger (issue 16) against ethers: on the sandbox with its worker, other accounts
// buy runs of a data owner's grants (sandbox demand), one of them for a priced app; the rewards
// HubLogReader finds for the data owner and for the app owner are, in number, sum and tasks,
// the Reward logs ethers reads and decodes on its own (earnings_ethers.mjs), and the data
// owner's earnings are the stake it gained on chain.

#include "../integration/EarningsTestKit.h"
#include "NodeScript.h"
#include "eth/ContractCaller.h"
#include "eth/Hex.h"
#include "iexec/HubLedger.h"
#include "iexec/PocoHub.h"
#include "sandbox/SandboxDemand.h"
#include "sandbox/SandboxNetwork.h"
#include "util/Error.h"

#include <QTemporaryDir>
#include <QtTest>
#include <set>

using namespace sr;
using eth::Address;
using eth::U256;
using json = nlohmann::json;

class EarningsEthersTest : public QObject {
    Q_OBJECT
    QTemporaryDir tmp_;
    std::unique_ptr<sandbox::SandboxNetwork> net_;

private slots:
    void initTestCase() {
        QString why;
        if (!test::nodeAvailable(&why))
            QSKIP(qPrintable("SKIPPED LOUDLY: " + why));
        try {
            net_ = test::sandboxWithWorker(std::filesystem::path(tmp_.path().toStdString()) /
                                           "sandbox");
        } catch (const Error& e) {
            QFAIL(e.what());
        }
    }

    void cleanupTestCase() { net_.reset(); }

    void ledgerEqualsTheRewardLogsEthersReads() {
        try {
            const auto dir = std::filesystem::path(tmp_.path().toStdString());
            test::WorkerTestKit kit(*net_);
            const test::DevKey owner = test::devKey(2);
            const Address appOwner = sandbox::SandboxWorker::schedulerAccount();
            // A priced app of our own (owned by the scheduler's account), next to the free
            // Content Reader.
            const auto paid = test::addPricedApp(*net_, kit, dir / "sandbox", dir, "paid", 5);

            const Address data = kit.protect(owner, "earning data", {{"email", "e@a.rn"}});
            const auto publish = [&](const Address& app, std::uint64_t price,
                                     std::uint64_t volume) {
                test::publishGrant(kit, owner, data, app, Address(), price, volume);
            };
            const U256 before = eth::ContractCaller(kit.rpc())
                                    .call(iexec::PocoHub(kit.hub()).viewAccount(owner.address))
                                    .stake;
            publish(paid.address, 9, 2);
            sandbox::DemandOptions options;
            options.runs = 2;
            options.app = paid.address;
            auto runs =
                sandbox::makeDemand(kit.rpc(), net_->deployment(), kit.endpoints().market, options);
            publish(Address(), 4, 3);
            options.runs = 3;
            options.app.reset();
            for (const auto& r : sandbox::makeDemand(kit.rpc(), net_->deployment(),
                                                     kit.endpoints().market, options))
                runs.push_back(r);
            QCOMPARE(runs.size(), std::size_t(5));
            for (const auto& r : runs) {
                const auto record = kit.waitForWorker(r.task);
                QVERIFY2(record.status == sandbox::SandboxWorker::Status::Completed,
                         record.reason.c_str());
            }
            const U256 gained = eth::ContractCaller(kit.rpc())
                                    .call(iexec::PocoHub(kit.hub()).viewAccount(owner.address))
                                    .stake -
                                before;
            QCOMPARE(gained.toDecimal(), std::string("30")); // 2 x 9 + 3 x 4

            eth::JsonRpcClient rpc({kit.endpoints().rpcUrl});
            iexec::HubLogReader reader(rpc, net_->profile(), dir / "strongroom.sqlite");
            reader.sync();
            const json out = test::runNode(
                "earnings_ethers.mjs",
                {{"rpcUrl", kit.endpoints().rpcUrl},
                 {"hub", kit.hub().toChecksumHex()},
                 {"accounts", {owner.address.toChecksumHex(), appOwner.toChecksumHex()}}});
            QVERIFY2(!out.is_null(), "the node script failed");
            for (const Address& account : {owner.address, appOwner}) {
                const auto rewards = reader.rewardsTo(account);
                const json& theirs = out["accounts"][account.toLowerHex()];
                QCOMPARE(rewards.size(), theirs["count"].get<std::size_t>());
                U256 sum;
                std::multiset<std::string> refs;
                for (const auto& e : rewards) {
                    sum += e.amount;
                    refs.insert(eth::toHex(e.task));
                }
                QCOMPARE(sum.toDecimal(), theirs["total"].get<std::string>());
                QCOMPARE(refs, theirs["refs"].get<std::multiset<std::string>>());
            }
            const auto ownerRewards = reader.rewardsTo(owner.address);
            QCOMPARE(iexec::earningsSum(ownerRewards, iexec::EarningRole::Data), gained);
            const auto appRewards = reader.rewardsTo(appOwner);
            QCOMPARE(iexec::earningsSum(appRewards, iexec::EarningRole::App).toDecimal(),
                     std::string("10")); // the paid app's two runs
            const auto byApp = iexec::earningsTotals(ownerRewards, iexec::EarningsGroup::App);
            QCOMPARE(byApp.size(), std::size_t(2));
        } catch (const Error& e) {
            QFAIL(e.what());
        }
    }
};

QTEST_GUILESS_MAIN(EarningsEthersTest)
#include "tst_earnings_ethers.moc"
