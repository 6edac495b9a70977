// The computation journal (compute::ComputeJournal): an operation goes in and comes back field
// for field, its steps and states keep their persisted names, listing filters by chain,
// requester and state, a task id finds its operation, and a damaged row is refused by name.

#include "compute/ComputeJournal.h"
#include "eth/Hex.h"
#include "store/Database.h"
#include "store/Schema.h"
#include "util/Error.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace sr;
using compute::ComputeJournal;
using compute::ComputeOperation;
using compute::ComputeState;
using compute::ComputeStep;

namespace {

ComputeOperation sample() {
    ComputeOperation o;
    o.chainId = 42161;
    o.requester = eth::Address::fromHex("0x3C44CdDdB6a900fa2b585dd299e03d12FA4293BC");
    o.app = eth::Address::fromHex("0x90F79bf6EB2c4f870365E785982E1f101E93b906");
    o.dataset = eth::Address::fromHex("0x15d34AAf54267DB7D7c367839AAf71A00a2C6A65");
    o.workerpool = eth::Address::fromHex("0x9965507D1a55bcC2695C58ba16FB37d819B0A4dc");
    o.maxPrice = eth::U256(150000000);
    o.category = 2;
    o.args = std::string("a \"b\" é");
    o.inputFiles = {"https://example.org/x.csv"};
    o.secrets[1] = {"/tmp/one", "0x" + std::string(32, 'a')};
    o.secrets[10] = {"/tmp/ten", "0x" + std::string(32, 'b')};
    o.encrypt = false;
    return o;
}

} // namespace

class TestComputeJournal : public QObject {
    Q_OBJECT
    QTemporaryDir dir_;
    std::filesystem::path db() const { return dir_.filePath("db.sqlite").toStdString(); }

private slots:
    void namesArePersisted() {
        QCOMPARE(compute::computeStepName(ComputeStep::PushSecrets),
                 std::string_view("push-secrets"));
        QCOMPARE(compute::computeStepFromName("match"), ComputeStep::Match);
        QCOMPARE(compute::computeStateName(ComputeState::Cancelled), std::string_view("cancelled"));
        QVERIFY_THROWS_EXCEPTION(Error, compute::computeStepFromName("matched"));
        QVERIFY_THROWS_EXCEPTION(Error, compute::computeStateFromName("ok"));
    }

    void roundTripsAndLists() {
        ComputeJournal journal(db());
        ComputeOperation o = journal.insert(sample());
        QVERIFY(o.id > 0 && o.createdAt > 0);
        auto back = journal.find(o.id);
        QVERIFY(back.has_value());
        QCOMPARE(ComputeJournal::toJson(*back), ComputeJournal::toJson(o));
        QCOMPARE(back->secrets.at(10).name, o.secrets.at(10).name);
        QCOMPARE(*back->args, *o.args);

        o.step = ComputeStep::Done;
        o.state = ComputeState::Done;
        o.dealId = eth::fromHexFixed<32>("0x" + std::string(64, '1'));
        o.taskId = eth::fromHexFixed<32>("0x" + std::string(64, '2'));
        o.requestOrder = {{"app", o.app.toChecksumHex()}};
        journal.update(o);
        QCOMPARE(journal.findByTask(*o.taskId)->id, o.id);
        QVERIFY(!journal.findByTask(*o.dealId).has_value());

        ComputeOperation other = sample();
        other.chainId = 421614;
        other.requester = o.app;
        other = journal.insert(other);
        QCOMPARE(journal.list().size(), std::size_t(2));
        QCOMPARE(journal.list(42161).size(), std::size_t(1));
        QCOMPARE(journal.list(0, true).size(), std::size_t(1)); // only `other` is unfinished
        QCOMPARE(journal.list(0, false, o.app).front().id, other.id);
    }

    void aDamagedRowIsRefused() {
        ComputeJournal journal(db());
        const auto o = journal.insert(sample());
        {
            Database raw(db(), strongroomMigrations());
            auto s = raw.prepare("UPDATE compute_operations SET doc = ?1 WHERE id = ?2");
            s.bind(1, std::string_view(R"({"requester":"nope"})")).bind(2, o.id);
            s.run();
        }
        try {
            (void)journal.find(o.id);
            QFAIL("a damaged row was read");
        } catch (const Error& e) {
            QCOMPARE(e.code(), ErrorCode::Corrupt);
        }
    }
};

QTEST_APPLESS_MAIN(TestComputeJournal)
#include "tst_computejournal.moc"
