// The earnings ledger's local reads on a database written before migration 10 (which records in
// each task the block that closed it): the migration fills that in from the task events kept,
// so pending and the rewards read by block range stay what the logs say. No node is asked.
#include "eth/Hex.h"
#include "iexec/HubLedger.h"
#include "store/Database.h"
#include "store/Schema.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace sr;
using eth::Address;

namespace {

const Address kOwner = Address::fromHex("0x3c44cdddb6a900fa2b585dd299e03d12fa4293bc");
const Address kHub = Address::fromHex("0x5fbdb2315678afecb367f032d93f642f64180aa3");
constexpr std::int64_t kChain = 31337;

std::string hash(char c) {
    return "0x" + std::string(64, c);
}

} // namespace

class HubLedgerCacheTest : public QObject {
    Q_OBJECT
    QTemporaryDir tmp_;

    std::filesystem::path file() const {
        return std::filesystem::path(tmp_.path().toStdString()) / "strongroom.sqlite";
    }

private slots:
    void aDatabaseOfTheLastSchemaKeepsItsPendingTasks() {
        {
            // Migrations 1-9 only: a deal on the owner's data with three tasks: the first
            // finalised, the second claimed, the third started only; one reward for the first.
            const auto& all = strongroomMigrations();
            QVERIFY(all.size() > 9);
            Database old(file(), std::vector<std::string>(all.begin(), all.begin() + 9));
            const std::string owner = kOwner.toLowerHex(), zero = Address().toLowerHex();
            old.prepare("INSERT INTO hub_deals VALUES (?1, ?2, 10, ?3, 1700000000, ?4, 0, ?5, ?5,"
                        " '0', ?7, ?6, '7', ?5, ?5, '0', ?5, 0, 3)")
                .bind(1, kChain)
                .bind(2, hash('d'))
                .bind(3, hash('b'))
                .bind(4, hash('e'))
                .bind(5, zero)
                .bind(6, owner)
                .bind(7, std::string_view("0x000000000000000000000000000000000000d000"))
                .run();
            for (int i = 0; i < 3; ++i)
                old.prepare("INSERT INTO hub_tasks VALUES (?1, ?2, ?3, ?4)")
                    .bind(1, kChain)
                    .bind(2, hash(static_cast<char>('1' + i)))
                    .bind(3, hash('d'))
                    .bind(4, std::int64_t(i))
                    .run();
            const auto event = [&](std::int64_t block, char task, const char* kind) {
                old.prepare("INSERT INTO hub_task_events VALUES (?1, ?2, 0, ?3, 1700000000, ?4,"
                            " ?5, ?6)")
                    .bind(1, kChain)
                    .bind(2, block)
                    .bind(3, hash('b'))
                    .bind(4, hash('e'))
                    .bind(5, hash(task))
                    .bind(6, std::string_view(kind))
                    .run();
            };
            event(11, '1', "initialize");
            event(12, '2', "initialize");
            event(13, '3', "initialize");
            event(14, '1', "finalize");
            event(15, '2', "claimed");
            old.prepare("INSERT INTO hub_rewards VALUES (?1, 14, 1, ?2, 1700000000, ?3, ?4, '7',"
                        " ?5)")
                .bind(1, kChain)
                .bind(2, hash('b'))
                .bind(3, hash('e'))
                .bind(4, owner)
                .bind(5, hash('1'))
                .run();
        }
        NetworkProfile profile;
        profile.name = "local";
        profile.chainId = kChain;
        profile.rpcUrls = {"http://127.0.0.1:9"}; // never asked: only local reads here
        profile.hub = kHub.toChecksumHex();
        eth::JsonRpcClient rpc(profile.rpcUrls);
        iexec::HubLogReader reader(rpc, profile, file());

        const auto pending = reader.pending(kOwner);
        QCOMPARE(pending.size(), std::size_t(1));
        QCOMPARE(eth::toHex(pending[0].task), hash('3'));
        QCOMPARE(pending[0].index, std::uint64_t(2));
        QVERIFY(pending[0].started);
        QCOMPARE(pending[0].amount, eth::U256(7));

        const auto rewards = reader.rewardsTo(kOwner);
        QCOMPARE(rewards.size(), std::size_t(1));
        QCOMPARE(rewards[0].role, iexec::EarningRole::Data);
        QCOMPARE(reader.rewardsTo(kOwner, 14).size(), std::size_t(1));
        QVERIFY(reader.rewardsTo(kOwner, 15).empty());
    }
};

QTEST_GUILESS_MAIN(HubLedgerCacheTest)
#include "tst_hubledgercache.moc"
