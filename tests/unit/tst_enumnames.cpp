// The name tables journals persist their enums by (util/EnumNames.h), and the journals' lookups
// built on them: every value named, every name read back, an unknown name refused.
#include "ErrorCodeOf.h"
#include "compute/ComputeJournal.h"
#include "eth/TransactionRequest.h"
#include "eth/TxRecord.h"
#include "iexec/ProtectJournal.h"
#include "store/AddressBook.h"
#include "util/EnumNames.h"
#include "util/Error.h"

#include <QtTest>
#include <string>

using namespace sr;
using test::errorCodeOf;

namespace {

enum class Colour { Red, Green, Blue, Unnamed };

constexpr EnumName<Colour> kColours[] = {
    {Colour::Red, "red"},
    {Colour::Green, "green"},
    {Colour::Blue, "blue"},
};

// Checked by the compiler: the lookups are usable in constant expressions.
static_assert(enumName(kColours, Colour::Green) == "green");
static_assert(enumFromName(kColours, "blue") == Colour::Blue);
static_assert(!enumFromName(kColours, "Blue").has_value());

} // namespace

class EnumNamesTest : public QObject {
    Q_OBJECT

private slots:
    void namesAndValuesRoundTrip() {
        for (const auto& row : kColours) {
            QCOMPARE(enumName(kColours, row.value), row.name);
            QCOMPARE(enumFromName(kColours, row.name), std::optional<Colour>(row.value));
        }
    }

    void aStoredNameItDoesNotListIsADamagedRow() {
        QCOMPARE(storedEnum(kColours, "green", "The palette", "colour"), Colour::Green);
        try {
            (void)storedEnum(kColours, "mauve", "The palette", "colour");
            QFAIL("an unknown name was read");
        } catch (const Error& e) {
            QCOMPARE(e.code(), ErrorCode::Corrupt);
            QCOMPARE(std::string(e.what()),
                     std::string("The palette holds an unknown colour \"mauve\"."));
        }
    }

    void unknownOnesFallBackOrAreRefused() {
        QCOMPARE(enumName(kColours, Colour::Unnamed), std::string_view("unknown"));
        QCOMPARE(enumName(kColours, Colour::Unnamed, "red"), std::string_view("red"));
        QVERIFY(!enumFromName(kColours, "").has_value());
        QVERIFY(!enumFromName(kColours, "re").has_value());
        QVERIFY(!enumFromName(kColours, "reds").has_value());
        QVERIFY(!enumFromName(kColours, "RED").has_value());
    }

    // Each journal reads back every name it writes, and refuses a name it never wrote.
    void journalsReadBackWhatTheyWrite() {
        for (auto s :
             {iexec::ProtectStep::Seal, iexec::ProtectStep::CheckKey, iexec::ProtectStep::Done})
            QCOMPARE(iexec::protectStepFromName(iexec::protectStepName(s)), s);
        QCOMPARE(iexec::protectStepName(iexec::ProtectStep::PushKey), std::string_view("push-key"));
        for (auto s : {iexec::ProtectState::Active, iexec::ProtectState::Failed,
                       iexec::ProtectState::Done, iexec::ProtectState::Cancelled})
            QCOMPARE(iexec::protectStateFromName(iexec::protectStateName(s)), s);
        for (auto s : {compute::ComputeStep::Plan, compute::ComputeStep::PushSecrets,
                       compute::ComputeStep::Done})
            QCOMPARE(compute::computeStepFromName(compute::computeStepName(s)), s);
        QCOMPARE(compute::computeStepName(compute::ComputeStep::PushSecrets),
                 std::string_view("push-secrets"));
        for (auto s : {compute::ComputeState::Active, compute::ComputeState::Cancelled})
            QCOMPARE(compute::computeStateFromName(compute::computeStateName(s)), s);
        for (auto s : {TxStatus::Signed, TxStatus::Confirmed, TxStatus::Cancelled})
            QCOMPARE(txStatusFromName(txStatusName(s)), s);
        for (auto k : {TxKind::Original, TxKind::SpeedUp, TxKind::Cancel})
            QCOMPARE(txKindFromName(txKindName(k)), k);
        QCOMPARE(txKindName(TxKind::SpeedUp), std::string_view("speed-up"));
        QCOMPARE(eth::txPurposeFromName("match-orders"), eth::TxPurpose::RunApp);
        QCOMPARE(eth::txPurposeFromName("from-a-newer-version"), eth::TxPurpose::Other);
        for (auto k : {ContactKind::User, ContactKind::App, ContactKind::Whitelist})
            QCOMPARE(contactKindFromName(contactKindName(k)), k);

        QCOMPARE(errorCodeOf([] { (void)iexec::protectStepFromName("Seal"); }), ErrorCode::Corrupt);
        QCOMPARE(errorCodeOf([] { (void)iexec::protectStateFromName(""); }), ErrorCode::Corrupt);
        QCOMPARE(errorCodeOf([] { (void)compute::computeStepFromName("pushkey"); }),
                 ErrorCode::Corrupt);
        QCOMPARE(errorCodeOf([] { (void)compute::computeStateFromName("done "); }),
                 ErrorCode::Corrupt);
        QCOMPARE(errorCodeOf([] { (void)txStatusFromName("lost"); }), ErrorCode::Corrupt);
        QCOMPARE(errorCodeOf([] { (void)txKindFromName("speedup"); }), ErrorCode::Corrupt);
        QCOMPARE(errorCodeOf([] { (void)contactKindFromName("friend"); }), ErrorCode::Corrupt);
    }
};

QTEST_APPLESS_MAIN(EnumNamesTest)
#include "tst_enumnames.moc"
