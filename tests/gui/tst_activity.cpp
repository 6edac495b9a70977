// The Activity list says what each transaction is from its recorded purpose and details, in the
// user's language (English and French); a row journaled before those were recorded shows its
// label. The model only holds data: rows come from setRecords, and it owns nothing that could
// reach the network (no client, no timer).
#include "Localization.h"
#include "Resources.h"
#include "wallet/ActivityModel.h"
#include "wallet/WalletSession.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QtTest>
#include <type_traits>

using namespace sr;
using eth::TxPurpose;
using ui::ActivityModel;

namespace {

const eth::Address kAlice = eth::Address::fromHex("0x70997970C51812dc3A010C7d01b50e0d17dc79C8");
const eth::Address kData = eth::Address::fromHex("0x3C44CdDdB6a900fa2b585dd299e03d12FA4293BC");
const eth::Address kApp = eth::Address::fromHex("0x90F79bf6EB2c4f870365E785982E1f101E93b906");

QString hex(const eth::Address& a) {
    return QString::fromStdString(a.toChecksumHex());
}

TxRecord row(std::int64_t id, TxPurpose purpose, eth::TxDetails details,
             std::string label = "English label") {
    TxRecord r;
    r.id = id;
    r.chainId = 31337;
    r.nonce = std::uint64_t(id);
    r.hash[0] = std::uint8_t(id);
    r.purpose = purpose;
    r.details = std::move(details);
    r.label = std::move(label);
    r.status = TxStatus::Confirmed;
    r.blockNumber = 100 + std::uint64_t(id);
    r.createdAt = 1700000000 + id;
    return r;
}

eth::TxDetails amount(const char* value, std::string_view token, unsigned decimals,
                      std::optional<eth::Address> recipient = {}) {
    eth::TxDetails d;
    d.amount = eth::parseUnits(value, decimals);
    d.token = std::string(token);
    d.recipient = recipient;
    return d;
}

/// The journal's rows, newest first, as ActivityFeed hands them over.
std::vector<TxRecord> journal() {
    eth::TxDetails transfer;
    transfer.recipient = kAlice;
    transfer.dataset = kData;
    transfer.name = "Health records";
    eth::TxDetails revoke;
    revoke.dataset = kData;
    revoke.app = kApp;
    eth::TxDetails registered;
    registered.name = "my-email";
    TxRecord speedUp = row(7, TxPurpose::Withdraw, amount("2", eth::kTokenRlc, 9));
    speedUp.kind = TxKind::SpeedUp;
    speedUp.replaces = 6;
    TxRecord cancel = row(9, TxPurpose::Cancel, transfer, "Cancel: Transfer");
    cancel.kind = TxKind::Cancel;
    cancel.replaces = 8;
    return {
        cancel,                                                               // 0
        row(8, TxPurpose::TransferDataset, transfer),                         // 1
        speedUp,                                                              // 2
        row(5, TxPurpose::RevokeAccess, revoke),                              // 3
        row(4, TxPurpose::RegisterDataset, registered),                       // 4
        row(3, TxPurpose::Deposit, amount("1234.5", eth::kTokenRlc, 9)),      // 5
        row(2, TxPurpose::SendRlc, amount("1.5", eth::kTokenRlc, 9, kAlice)), // 6
        // Journaled before details were recorded: its label, as it was written.
        row(1, TxPurpose::SendEth, {},
            "Send 0.1 ETH to 0x70997970C51812dc3A010C7d01b50e0d17dc79C8"),
    };
}

} // namespace

// The model cannot be given the wallet session (its node client and journal): data comes in
// through setRecords only.
static_assert(!std::is_constructible_v<ActivityModel, ui::WalletSession&>);
static_assert(!std::is_constructible_v<ActivityModel, ui::WalletSession&, QObject*>);

class ActivityTest : public QObject {
    Q_OBJECT
    ui::Localization localization_;

    static QString what(const ActivityModel& model, int row) {
        return model.index(row, ActivityModel::WhatColumn).data().toString();
    }

private slots:
    void initTestCase() { ui::initResources(); }
    void cleanup() { localization_.apply(QStringLiteral("en")); }

    void holdsDataAndNothingThatReachesTheNetwork() {
        ActivityModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        // Nothing of its own: no timer, no node client, no worker.
        QVERIFY(model.findChildren<QObject*>().isEmpty());
        QCOMPARE(model.rowCount(), 0);
        QSignalSpy refreshed(&model, &ActivityModel::refreshed);
        model.setRecords(journal(), QString());
        QCOMPARE(refreshed.count(), 1);
        QCOMPARE(model.rowCount(), 8);
        QCOMPARE(model.record(0).id, std::int64_t(9));
        // A newer listing changes rows without a reset; a failed read keeps them.
        auto next = journal();
        next.front().status = TxStatus::Pending;
        next.pop_back();
        model.setRecords(next, QString());
        QCOMPARE(model.rowCount(), 7);
        QCOMPARE(model.activeCount(), 1);
        model.setProblem(QStringLiteral("node unreachable"));
        QCOMPARE(model.rowCount(), 7);
        QCOMPARE(model.problem(), QStringLiteral("node unreachable"));
        QCOMPARE(refreshed.count(), 3);
        QVERIFY(model.findChildren<QObject*>().isEmpty());
        model.setRecords({}, QString());
        QCOMPARE(model.rowCount(), 0);
    }

    void saysWhatEachTransactionIsInEnglish() {
        QCOMPARE(localization_.apply(QStringLiteral("en")), QStringLiteral("en"));
        ActivityModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setRecords(journal(), QString());
        QCOMPARE(what(model, 0),
                 QStringLiteral("Cancellation: Transfer protected data “Health records” to ") +
                     hex(kAlice));
        QCOMPARE(what(model, 1),
                 QStringLiteral("Transfer protected data “Health records” to ") + hex(kAlice));
        QCOMPARE(what(model, 2), QStringLiteral("Speed-up: Withdraw 2 RLC from the iExec account"));
        QCOMPARE(what(model, 3), QStringLiteral("Revoke access to ") + hex(kData) +
                                     QStringLiteral(" for anyone with app ") + hex(kApp));
        QCOMPARE(what(model, 4), QStringLiteral("Register protected data “my-email”"));
        QCOMPARE(what(model, 5), QStringLiteral("Deposit 1,234.5 RLC to the iExec account"));
        QCOMPARE(what(model, 6), QStringLiteral("Send 1.5 RLC to ") + hex(kAlice));
        QCOMPARE(what(model, 7),
                 QStringLiteral("Send 0.1 ETH to 0x70997970C51812dc3A010C7d01b50e0d17dc79C8"));
    }

    void saysWhatEachTransactionIsInFrench() {
        QCOMPARE(localization_.apply(QStringLiteral("fr")), QStringLiteral("fr"));
        ActivityModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setRecords(journal(), QString());
        const QString group = QLocale().groupSeparator();
        QCOMPARE(what(model, 0),
                 QStringLiteral("Annulation : Transférer les données protégées « Health records » "
                                "à ") +
                     hex(kAlice));
        QCOMPARE(what(model, 1),
                 QStringLiteral("Transférer les données protégées « Health records » à ") +
                     hex(kAlice));
        QCOMPARE(what(model, 2),
                 QStringLiteral("Accélération : Retirer 2 RLC de votre compte iExec"));
        QCOMPARE(what(model, 3), QStringLiteral("Révoquer l’accès à ") + hex(kData) +
                                     QStringLiteral(" pour tout le monde avec l’application ") +
                                     hex(kApp));
        QCOMPARE(what(model, 4), QStringLiteral("Enregistrer les données protégées « my-email »"));
        QCOMPARE(what(model, 5), QStringLiteral("Déposer 1") + group +
                                     QStringLiteral("234,5 RLC sur votre compte iExec"));
        QCOMPARE(what(model, 6), QStringLiteral("Envoyer 1,5 RLC à ") + hex(kAlice));
        // An older row keeps the words it was journaled with.
        QCOMPARE(what(model, 7),
                 QStringLiteral("Send 0.1 ETH to 0x70997970C51812dc3A010C7d01b50e0d17dc79C8"));
        QCOMPARE(model.headerData(ActivityModel::WhatColumn, Qt::Horizontal).toString(),
                 QStringLiteral("Quoi"));
    }
};

QTEST_MAIN(ActivityTest)
#include "tst_activity.moc"
