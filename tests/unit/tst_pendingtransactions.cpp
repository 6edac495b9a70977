// The pending-transaction journal: rows survive reopening, nonces are chosen atomically (no
// two writers, threads or connections, ever get the same one; gaps are filled), the history
// query pages newest first, a damaged row is a clear error, and what a transaction is (its
// purpose and details) round-trips, while rows journaled before it was recorded keep their
// label through the migration.
#include "eth/Hex.h"
#include "eth/Signer.h"
#include "eth/Transaction.h"
#include "store/Database.h"
#include "store/PendingTransactions.h"
#include "store/Schema.h"
#include "util/Error.h"

#include <QTemporaryDir>
#include <QtTest>
#include <set>
#include <thread>
#include <tuple>

using namespace sr;
using eth::U256;

namespace {

const eth::PrivateKeySigner& signer() {
    static const eth::PrivateKeySigner s(crypto::SecretBytes(
        eth::fromHex("ac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80")));
    return s;
}

TxRecord signedRecord(std::uint64_t nonce, std::uint64_t chainId = 31337, unsigned fee = 1000) {
    eth::Transaction tx;
    tx.chainId = chainId;
    tx.nonce = nonce;
    tx.maxFeePerGas = U256(fee);
    tx.maxPriorityFeePerGas = U256(1);
    tx.gasLimit = U256(21000);
    tx.to = eth::Address::fromHex("0x70997970C51812dc3A010C7d01b50e0d17dc79C8");
    tx.value = U256(12345);
    eth::signTransaction(tx, signer());
    TxRecord r = TxRecord::fromTransaction(tx, signer().address());
    r.purpose = eth::TxPurpose::SendEth;
    r.label = "Send 12345 wei";
    return r;
}

} // namespace

class PendingTransactionsTest : public QObject {
    Q_OBJECT
    QTemporaryDir dir_;
    int n_ = 0;
    std::filesystem::path freshFile() {
        return std::filesystem::path(dir_.path().toStdString()) /
               ("journal" + std::to_string(++n_) + ".sqlite");
    }

private slots:
    void rowsRoundTripAndSurviveReopening() {
        const auto file = freshFile();
        std::int64_t id = 0;
        TxRecord original = signedRecord(3);
        {
            PendingTransactions journal(file);
            TxRecord r = journal.insert(original);
            id = r.id;
            QVERIFY(id > 0);
            r.status = TxStatus::Mined;
            r.blockNumber = 42;
            r.blockHash = Hash32{1, 2, 3};
            r.gasUsed = U256(21000);
            r.effectiveGasPrice = U256(999);
            r.broadcastCount = 2;
            r.broadcastAt = 1700000000;
            r.error = "a note";
            journal.update(r);
        }
        PendingTransactions journal(file);
        const auto back = journal.find(id);
        QVERIFY(back);
        QCOMPARE(back->hash, original.hash);
        QCOMPARE(back->raw, original.raw);
        QCOMPARE(back->nonce, std::uint64_t(3));
        QCOMPARE(back->account, signer().address());
        QCOMPARE(*back->to, *original.to);
        QCOMPARE(back->value, U256(12345));
        QCOMPARE(back->status, TxStatus::Mined);
        QCOMPARE(*back->blockNumber, std::uint64_t(42));
        QCOMPARE((*back->blockHash)[2], std::uint8_t(3));
        QCOMPARE(*back->gasUsed, U256(21000));
        QCOMPARE(back->broadcastCount, 2);
        QCOMPARE(back->error, std::string("a note"));
        QCOMPARE(back->label, std::string("Send 12345 wei"));
        QCOMPARE(back->transaction().sender(), signer().address());
        QVERIFY(journal.findByHash(31337, original.hash));
        QVERIFY(!journal.findByHash(1, original.hash));
        QCOMPARE(journal.active(31337).size(), std::size_t(1));
        QCOMPARE(journal.active(31337, eth::Address()).size(), std::size_t(0));
    }

    void noncesFillGapsAndSkipHeldOnes() {
        PendingTransactions journal(freshFile());
        auto insertAt = [&](std::uint64_t firstFree) {
            return journal.insertWithNonce(31337, signer().address(), firstFree,
                                           [](std::uint64_t n) { return signedRecord(n); });
        };
        QCOMPARE(insertAt(5).nonce, std::uint64_t(5));
        QCOMPARE(insertAt(5).nonce, std::uint64_t(6)); // 5 is held
        TxRecord seven = insertAt(5);
        QCOMPARE(seven.nonce, std::uint64_t(7));
        // 6 is dropped: its nonce is free again and the next send fills the gap (here with
        // the very same bytes: a new row all the same).
        auto six = *journal.findByHash(31337, signedRecord(6).hash);
        six.status = TxStatus::Dropped;
        journal.update(six);
        const TxRecord again = insertAt(5);
        QCOMPARE(again.nonce, std::uint64_t(6));
        QVERIFY(again.id != six.id);
        QCOMPARE(journal.findByHash(31337, six.hash)->id, again.id);
        QCOMPARE(insertAt(5).nonce, std::uint64_t(8));
        // The node moved past everything: start there.
        QCOMPARE(insertAt(20).nonce, std::uint64_t(20));
        QCOMPARE(*journal.highestNonce(31337, signer().address()), std::uint64_t(20));
        QVERIFY(!journal.highestNonce(1, signer().address()));
        // A build() that ignores the nonce it was given is a bug, and nothing is written.
        try {
            journal.insertWithNonce(31337, signer().address(), 0,
                                    [](std::uint64_t) { return signedRecord(99); });
            QFAIL("a mismatched nonce was journaled");
        } catch (const Error& e) {
            QCOMPARE(e.code(), ErrorCode::Internal);
        }
        QVERIFY(!journal.findByHash(31337, signedRecord(99).hash));
    }

    void concurrentWritersNeverShareANonce() {
        const auto file = freshFile();
        PendingTransactions shared(file);
        PendingTransactions other(file); // a second connection, as another process would have
        std::vector<std::thread> threads;
        std::mutex m;
        std::vector<std::uint64_t> nonces;
        for (int t = 0; t < 4; ++t) {
            threads.emplace_back([&, t] {
                PendingTransactions& journal = (t % 2) ? other : shared;
                for (int i = 0; i < 10; ++i) {
                    const TxRecord r =
                        journal.insertWithNonce(31337, signer().address(), 0,
                                                [](std::uint64_t n) { return signedRecord(n); });
                    std::lock_guard lock(m);
                    nonces.push_back(r.nonce);
                }
            });
        }
        for (auto& th : threads)
            th.join();
        const std::set<std::uint64_t> unique(nonces.begin(), nonces.end());
        QCOMPARE(unique.size(), std::size_t(40));
        QCOMPARE(*unique.rbegin(), std::uint64_t(39));
    }

    void historyIsNewestFirstAndPages() {
        PendingTransactions journal(freshFile());
        std::vector<std::int64_t> ids;
        for (std::uint64_t n = 0; n < 5; ++n)
            ids.push_back(journal.insert(signedRecord(n)).id);
        journal.insert(signedRecord(0, 1)); // another chain
        auto confirmed = *journal.find(ids[1]);
        confirmed.status = TxStatus::Confirmed;
        confirmed.blockNumber = 10;
        journal.update(confirmed);

        PendingTransactions::HistoryQuery q;
        q.chainId = 31337;
        q.limit = 3;
        auto page = journal.history(q);
        QCOMPARE(page.size(), std::size_t(3));
        QCOMPARE(page[0].id, ids[4]);
        QCOMPARE(page[2].id, ids[2]);
        q.beforeId = page.back().id;
        page = journal.history(q);
        QCOMPARE(page.size(), std::size_t(2));
        QCOMPARE(page[0].id, ids[1]);
        q = {};
        q.statuses = {TxStatus::Confirmed};
        page = journal.history(q);
        QCOMPARE(page.size(), std::size_t(1));
        QCOMPARE(page[0].status, TxStatus::Confirmed);
        q = {};
        QCOMPARE(journal.history(q).size(), std::size_t(6));
        QCOMPARE(journal.settledSince(31337, 10).size(), std::size_t(1));
        QCOMPARE(journal.settledSince(31337, 11).size(), std::size_t(0));
        QCOMPARE(journal.siblings(*journal.find(ids[0])).size(), std::size_t(0));
        TxRecord speedUp = signedRecord(0, 31337, 2000);
        speedUp.kind = TxKind::SpeedUp;
        speedUp.replaces = ids[0];
        speedUp = journal.insert(speedUp);
        const auto siblings = journal.siblings(*journal.find(ids[0]));
        QCOMPARE(siblings.size(), std::size_t(1));
        QCOMPARE(siblings[0].kind, TxKind::SpeedUp);
        QCOMPARE(*siblings[0].replaces, ids[0]);
    }

    void statusNamesAreStable() {
        QCOMPARE(txStatusName(TxStatus::Signed), std::string_view("signed"));
        QCOMPARE(txStatusName(TxStatus::Rejected), std::string_view("rejected"));
        QCOMPARE(txStatusName(TxStatus::Cancelled), std::string_view("cancelled"));
        for (TxStatus s : {TxStatus::Signed, TxStatus::Pending, TxStatus::Mined,
                           TxStatus::Confirmed, TxStatus::Failed, TxStatus::Dropped,
                           TxStatus::Replaced, TxStatus::Rejected, TxStatus::Cancelled})
            QCOMPARE(txStatusFromName(txStatusName(s)), s);
        try {
            txStatusFromName("lost");
            QFAIL("an unknown status was read");
        } catch (const Error& e) {
            QCOMPARE(e.code(), ErrorCode::Corrupt);
        }
        QVERIFY(isActive(TxStatus::Mined));
        QVERIFY(!isActive(TxStatus::Confirmed));
        QVERIFY(!isActive(TxStatus::Cancelled));
        QVERIFY(!holdsNonce(TxStatus::Cancelled)); // the cancel holds it
        QVERIFY(holdsNonce(TxStatus::Failed));
        QVERIFY(!holdsNonce(TxStatus::Dropped));
    }

    void aDamagedRowIsCorrupt() {
        const auto file = freshFile();
        std::int64_t id = 0;
        {
            PendingTransactions journal(file);
            id = journal.insert(signedRecord(1)).id;
        }
        {
            Database db(file, strongroomMigrations());
            db.exec("UPDATE pending_transactions SET status = 'exploded', value = 'x'");
        }
        PendingTransactions journal(file);
        try {
            journal.find(id);
            QFAIL("a damaged row was read");
        } catch (const Error& e) {
            QCOMPARE(e.code(), ErrorCode::Corrupt);
        }
    }

    void purposesKeepTheirNames() {
        using eth::TxPurpose;
        // Persisted names: an older journal's rows read the same.
        const std::pair<TxPurpose, const char*> names[] = {
            {TxPurpose::Other, "other"},
            {TxPurpose::SendEth, "send-eth"},
            {TxPurpose::SendRlc, "send-rlc"},
            {TxPurpose::ApproveRlc, "approve-rlc"},
            {TxPurpose::Deposit, "deposit"},
            {TxPurpose::Withdraw, "withdraw"},
            {TxPurpose::RegisterDataset, "create-dataset"},
            {TxPurpose::TransferDataset, "transfer-dataset"},
            {TxPurpose::RevokeAccess, "revoke-access"},
            {TxPurpose::PresignOrder, "presign-order"},
            {TxPurpose::CloseOrder, "close-order"},
            {TxPurpose::RunApp, "match-orders"},
            {TxPurpose::Cancel, "cancel"},
        };
        for (const auto& [purpose, name] : names) {
            QCOMPARE(eth::txPurposeName(purpose), std::string_view(name));
            QCOMPARE(eth::txPurposeFromName(name), purpose);
        }
        QCOMPARE(eth::txPurposeFromName("manage-dataset-order"), TxPurpose::Other);
        QCOMPARE(eth::txPurposeFromName(""), TxPurpose::Other);
    }

    void detailsSayWhatATransactionIsInEnglish() {
        using eth::TxPurpose;
        const auto alice = eth::Address::fromHex("0x70997970C51812dc3A010C7d01b50e0d17dc79C8");
        const auto data = eth::Address::fromHex("0x3C44CdDdB6a900fa2b585dd299e03d12FA4293BC");
        const auto app = eth::Address::fromHex("0x90F79bf6EB2c4f870365E785982E1f101E93b906");
        eth::TxDetails send;
        send.recipient = alice;
        send.amount = U256(2500000000);
        send.token = std::string(eth::kTokenRlc);
        QCOMPARE(eth::describeTransaction(TxPurpose::SendRlc, send),
                 "Send 2.5 RLC to " + alice.toChecksumHex());
        eth::TxDetails eth1;
        eth1.recipient = alice;
        eth1.amount = eth::parseUnits("1.5", eth::kEthDecimals);
        eth1.token = std::string(eth::kTokenEth);
        QCOMPARE(eth::describeTransaction(TxPurpose::SendEth, eth1),
                 "Send 1.5 ETH to " + alice.toChecksumHex());
        eth::TxDetails deposit;
        deposit.amount = U256(5000000000);
        deposit.token = std::string(eth::kTokenRlc);
        QCOMPARE(eth::describeTransaction(TxPurpose::Deposit, deposit),
                 std::string("Deposit 5 RLC to the iExec account"));
        QCOMPARE(eth::describeTransaction(TxPurpose::Withdraw, deposit),
                 std::string("Withdraw 5 RLC from the iExec account"));
        eth::TxDetails transfer;
        transfer.recipient = alice;
        transfer.dataset = data;
        transfer.name = "photos";
        QCOMPARE(eth::describeTransaction(TxPurpose::TransferDataset, transfer),
                 "Transfer protected data \"photos\" to " + alice.toChecksumHex());
        eth::TxDetails revoke;
        revoke.dataset = data;
        revoke.app = app;
        QCOMPARE(eth::describeTransaction(TxPurpose::RevokeAccess, revoke),
                 "Revoke access to " + data.toChecksumHex() + " for anyone with app " +
                     app.toChecksumHex());
        // Not enough to say it: empty, and a request falls back to its label or a generic word.
        QCOMPARE(eth::describeTransaction(TxPurpose::SendEth, {}), std::string());
        QCOMPARE(eth::describeTransaction(TxPurpose::Other, send), std::string());
        eth::TransactionRequest request;
        QCOMPARE(request.description(), std::string("Transaction"));
        request.purpose = TxPurpose::Deposit;
        request.details = deposit;
        QCOMPARE(request.description(), std::string("Deposit 5 RLC to the iExec account"));
        request.label = "Deploy";
        QCOMPARE(request.description(), std::string("Deploy"));
    }

    void detailsRoundTrip() {
        const auto file = freshFile();
        TxRecord r = signedRecord(1);
        r.purpose = eth::TxPurpose::TransferDataset;
        r.details.recipient = eth::Address::fromHex("0x70997970C51812dc3A010C7d01b50e0d17dc79C8");
        r.details.amount = U256::fromDecimal("123456789012345678901234567890");
        r.details.token = std::string(eth::kTokenRlc);
        r.details.dataset = eth::Address::fromHex("0x3C44CdDdB6a900fa2b585dd299e03d12FA4293BC");
        r.details.app = eth::Address::fromHex("0x90F79bf6EB2c4f870365E785982E1f101E93b906");
        r.details.name = "Bank \"statements\" 2026";
        const std::int64_t id = PendingTransactions(file).insert(r).id;
        const auto back = PendingTransactions(file).find(id);
        QVERIFY(back);
        QCOMPARE(back->purpose, eth::TxPurpose::TransferDataset);
        QVERIFY(back->details == r.details);
        // A row without details reads back without any.
        const std::int64_t bare = PendingTransactions(file).insert(signedRecord(2)).id;
        QVERIFY(PendingTransactions(file).find(bare)->details == eth::TxDetails());
    }

    void rowsFromBeforeDetailsKeepTheirLabel() {
        // A journal as the version before this one left it: schema 6, label-only rows, one
        // with a purpose this version no longer names.
        const auto file = freshFile();
        const TxRecord sent = signedRecord(4);
        {
            std::vector<std::string> before = strongroomMigrations();
            before.resize(6);
            Database db(file, before);
            for (const auto& [nonce, purpose, label] :
                 {std::tuple{4, "send-rlc",
                             "Send 5 RLC to 0x70997970C51812dc3A010C7d01b50e0d17dc79C8"},
                  std::tuple{5, "manage-dataset-order", "Revoke access to dataset 0x3C44"}}) {
                auto s = db.prepare(
                    "INSERT INTO pending_transactions (chain_id, account, nonce, hash, raw,"
                    " to_address, value, tx_type, gas_limit, max_fee, max_priority_fee, gas_price,"
                    " purpose, label, status, kind, created_at, updated_at) VALUES (31337, ?1, ?2,"
                    " ?3, ?4, NULL, '12345', 2, '21000', '1000', '1', '0', ?5, ?6, 'confirmed',"
                    " 'original', 1700000000, 1700000000)");
                s.bind(1, sent.account.toLowerHex())
                    .bind(2, std::int64_t(nonce))
                    .bind(3, eth::toHex(sent.hash))
                    .bindBlob(4, sent.raw)
                    .bind(5, std::string_view(purpose))
                    .bind(6, std::string_view(label));
                s.run();
            }
        }
        PendingTransactions journal(file);
        PendingTransactions::HistoryQuery query;
        query.chainId = 31337;
        auto rows = journal.history(query);
        QCOMPARE(rows.size(), std::size_t(2));
        QCOMPARE(rows[1].purpose, eth::TxPurpose::SendRlc);
        QCOMPARE(rows[1].label,
                 std::string("Send 5 RLC to 0x70997970C51812dc3A010C7d01b50e0d17dc79C8"));
        QVERIFY(rows[1].details == eth::TxDetails());
        QCOMPARE(rows[1].status, TxStatus::Confirmed);
        QCOMPARE(rows[0].purpose, eth::TxPurpose::Other);
        QCOMPARE(rows[0].label, std::string("Revoke access to dataset 0x3C44"));
        // New rows in the migrated journal are structured.
        TxRecord next = signedRecord(6);
        next.purpose = eth::TxPurpose::Deposit;
        next.details.amount = U256(5000000000);
        next.details.token = std::string(eth::kTokenRlc);
        const std::int64_t id = journal.insert(next).id;
        QVERIFY(journal.find(id)->details == next.details);
        QCOMPARE(journal.history(query).size(), std::size_t(3));
        // The old purpose name is still in the file, untouched.
        Database db(file, strongroomMigrations());
        auto s = db.prepare("SELECT purpose FROM pending_transactions WHERE nonce = 5");
        QVERIFY(s.step());
        QCOMPARE(s.text(0), std::string("manage-dataset-order"));
    }

    void theFileIsPrivate() {
        const auto file = freshFile();
        PendingTransactions journal(file);
        const auto perms = std::filesystem::status(file).permissions();
        QVERIFY((perms & (std::filesystem::perms::group_all |
                          std::filesystem::perms::others_all)) == std::filesystem::perms::none);
    }
};

QTEST_GUILESS_MAIN(PendingTransactionsTest)
#include "tst_pendingtransactions.moc"
