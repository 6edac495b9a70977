// A failure kept in a journal (util/RecordedError.h): its code, reason and named parameters
// survive the protect and the computation journals, their names are stable, and rows written
// before reasons were kept (migration 12 for protect_operations, documents without the new
// keys for computations) read back with their code and English message, and no reason.

#include "compute/ComputeJournal.h"
#include "iexec/ProtectJournal.h"
#include "store/Database.h"
#include "store/Schema.h"
#include "util/Error.h"
#include "util/RecordedError.h"

#include <QTemporaryDir>
#include <QtTest>
#include <set>

using namespace sr;

namespace {

const RecordedError kUnreachable{
    ErrorCode::Network,
    ErrorReason::Unreachable,
    {{"host", "127.0.0.1:1"}, {"cause", "Connection refused \"now\" é"}},
    "Could not connect to 127.0.0.1:1: Connection refused."};

iexec::ProtectOperation protectSample() {
    iexec::ProtectOperation o;
    o.chainId = 31337;
    o.owner = eth::Address::fromHex("0x3C44CdDdB6a900fa2b585dd299e03d12FA4293BC");
    o.name = "medical";
    o.paths = {"/tmp/medical.csv"};
    o.sealedKey = "{}";
    return o;
}

compute::ComputeOperation computeSample() {
    compute::ComputeOperation o;
    o.chainId = 31337;
    o.requester = eth::Address::fromHex("0x3C44CdDdB6a900fa2b585dd299e03d12FA4293BC");
    o.app = eth::Address::fromHex("0x90F79bf6EB2c4f870365E785982E1f101E93b906");
    o.dataset = eth::Address::fromHex("0x15d34AAf54267DB7D7c367839AAf71A00a2C6A65");
    return o;
}

// A new operation of `journal` that stopped on kUnreachable, as journaled.
template <typename Journal, typename Operation, typename State>
Operation journalAFailure(Journal& journal, Operation sample, State failed) {
    Operation op = journal.insert(std::move(sample));
    op.state = failed;
    op.failure = kUnreachable;
    journal.update(op);
    return op;
}

} // namespace

class RecordedErrorTest : public QObject {
    Q_OBJECT
    QTemporaryDir dir_;
    std::filesystem::path db(const char* name) const { return dir_.filePath(name).toStdString(); }

private slots:
    void codesAndReasonsHaveStableNames() {
        for (int c = 1; c <= static_cast<int>(ErrorCode::Reverted); ++c) {
            const auto code = static_cast<ErrorCode>(c);
            QCOMPARE(errorCodeFromName(errorCodeName(code)), std::optional<ErrorCode>(code));
        }
        QCOMPARE(errorCodeName(ErrorCode::InvalidArgument), std::string_view("invalid-argument"));
        QVERIFY(!errorCodeFromName("unknown").has_value());
        QVERIFY(!errorCodeFromName("").has_value());
        std::set<std::string_view> names;
        for (int r = 0; r <= static_cast<int>(ErrorReason::AddressChecksum); ++r) {
            const auto reason = static_cast<ErrorReason>(r);
            QCOMPARE(errorReasonFromName(errorReasonName(reason)), reason);
            names.insert(errorReasonName(reason));
        }
        QCOMPARE(names.size(), std::size_t(ErrorReason::AddressChecksum) + 1);
        QCOMPARE(errorReasonName(ErrorReason::NotEnoughFunds),
                 std::string_view("not-enough-funds"));
        // Written by a newer version: read as no reason, shown by its message.
        QCOMPARE(errorReasonFromName("gremlins"), ErrorReason::Unspecified);
    }

    void paramsKeepTheirOrderAndText() {
        const std::string text = errorParamsToText(kUnreachable.params);
        QCOMPARE(errorParamsFromText(text), kUnreachable.params);
        QCOMPARE(errorParamsToText({}), std::string("[]"));
        QVERIFY(errorParamsFromText("[]").empty());
        for (const char* bad :
             {"", "{}", "[1]", "[[\"a\"]]", "[[\"a\", 2]]", "[[\"a\",\"b\",\"c\"]]"})
            QVERIFY_THROWS_EXCEPTION(Error, errorParamsFromText(bad));
    }

    void anErrorRoundTripsAsAValue() {
        const Error e(ErrorCode::Io, ErrorReason::DiskFull, {{"path", "/data/x"}}, "Disk full.");
        const RecordedError r = RecordedError::of(e);
        QCOMPARE(r.code, ErrorCode::Io);
        QCOMPARE(r.reason, ErrorReason::DiskFull);
        QCOMPARE(r.params, (ErrorParams{{"path", "/data/x"}}));
        QCOMPARE(r.message, std::string("Disk full."));
        const Error back = r.toError();
        QCOMPARE(back.code(), e.code());
        QCOMPARE(back.reason(), e.reason());
        QCOMPARE(back.params(), e.params());
        QCOMPARE(std::string(back.what()), std::string(e.what()));
        const RecordedError old = RecordedError::fromCodeName("no-such-code", "old text");
        QCOMPARE(old.code, ErrorCode::Internal);
        QCOMPARE(old.reason, ErrorReason::Unspecified);
        QVERIFY(old.params.empty());
    }

    void aProtectFailureIsKeptAsData() {
        iexec::ProtectJournal journal(db("protect.sqlite"));
        QVERIFY(!journal.insert(protectSample()).failure.has_value());
        auto op = journalAFailure(journal, protectSample(), iexec::ProtectState::Failed);
        const auto back = journal.find(op.id);
        QVERIFY(back->failure.has_value());
        QCOMPARE(*back->failure, kUnreachable);
        QCOMPARE(journal.list().front().failure, std::optional<RecordedError>(kUnreachable));
        QVERIFY(!journal.list().back().failure.has_value());
        // A resumed run clears it.
        op.failure.reset();
        journal.update(op);
        QVERIFY(!journal.find(op.id)->failure.has_value());
    }

    void anOldProtectRowMigratesWithItsMessage() {
        const auto file = db("old-protect.sqlite");
        {
            // The schema before migration 12, and a failed row as that version wrote it.
            std::vector<std::string> before = strongroomMigrations();
            before.resize(11);
            Database old(file, before);
            old.prepare("INSERT INTO protect_operations (chain_id, owner, name, paths, step, "
                        "state, sealed_key, error_code, error, created_at, updated_at) VALUES "
                        "(31337, '0x3C44CdDdB6a900fa2b585dd299e03d12FA4293BC', 'old', '[]', "
                        "'upload', 'failed', '{}', 'network', 'The IPFS node did not answer.', "
                        "1, 1)")
                .run();
        }
        iexec::ProtectJournal journal(file);
        const auto ops = journal.list();
        QCOMPARE(ops.size(), std::size_t(1));
        QVERIFY(ops.front().failure.has_value());
        const RecordedError expected{
            ErrorCode::Network, ErrorReason::Unspecified, {}, "The IPFS node did not answer."};
        QCOMPARE(*ops.front().failure, expected);
    }

    void aComputeFailureIsKeptAsData() {
        compute::ComputeJournal journal(db("compute.sqlite"));
        const auto op = journalAFailure(journal, computeSample(), compute::ComputeState::Failed);
        QCOMPARE(journal.find(op.id)->failure, std::optional<RecordedError>(kUnreachable));

        // A document written before reasons were kept: code and message, no reason.
        auto doc = compute::ComputeJournal::toJson(op);
        doc.erase("errorReason");
        doc.erase("errorParams");
        const auto old = compute::ComputeJournal::fromJson(doc);
        const RecordedError expected{
            kUnreachable.code, ErrorReason::Unspecified, {}, kUnreachable.message};
        QCOMPARE(old.failure, std::optional<RecordedError>(expected));
        doc["errorCode"] = "";
        doc["error"] = "";
        QVERIFY(!compute::ComputeJournal::fromJson(doc).failure.has_value());
    }
};

QTEST_GUILESS_MAIN(RecordedErrorTest)
#include "tst_recordederror.moc"
