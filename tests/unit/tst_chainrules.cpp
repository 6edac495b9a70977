// Pure rules of the chain layer: how provider and node messages are read (eth_getLogs limits,
// refusals of raw transactions) and how replacement fees are bumped.
#include "eth/FeeEstimator.h"
#include "eth/Hex.h"
#include "eth/LogScanner.h"
#include "eth/Signer.h"
#include "eth/Transaction.h"
#include "eth/TransactionManager.h"
#include "util/Error.h"

#include <QtTest>

using namespace sr;
using eth::FeeEstimator;
using eth::FeeQuote;
using eth::LogScanner;
using eth::TransactionManager;
using eth::U256;

namespace {
const char* kDevKey0 = "ac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80";
}

class ChainRulesTest : public QObject {
    Q_OBJECT

private slots:
    void providerRangeMessages_data() {
        QTest::addColumn<qlonglong>("code");
        QTest::addColumn<QString>("message");
        QTest::addColumn<bool>("tooLarge");
        QTest::addColumn<qulonglong>("suggested"); // 0: none
        QTest::newRow("geth results")
            << -32005LL << "query returned more than 10000 results" << true << 0ull;
        QTest::newRow("geth range")
            << -32000LL << "exceed maximum block range: 5000" << true << 5000ull;
        QTest::newRow("alchemy")
            << -32602LL
            << "Log response size exceeded. You can make eth_getLogs requests with up to a 2K "
               "block range and no limit on the response size, or you can request any block "
               "range with a cap of 10K logs in the response. Based on your parameters, this "
               "block range should work: [0x10, 0x1b2]"
            << true << 419ull;
        QTest::newRow("alchemy no range")
            << -32602LL
            << "Log response size exceeded. You can make eth_getLogs requests with "
               "up to a 2K block range"
            << true << 2000ull;
        QTest::newRow("ankr") << -32600LL << "block range is too wide" << true << 0ull;
        QTest::newRow("quicknode")
            << -32614LL << "eth_getLogs is limited to a 10,000 range" << true << 0ull;
        QTest::newRow("quicknode blocks")
            << -32614LL << "eth_getLogs is limited to 1000 blocks" << true << 1000ull;
        QTest::newRow("chainstack")
            << -32000LL << "range is too large, max is 1k blocks" << true << 1000ull;
        // Found by fuzz_logerror: the whole 64-bit range once wrapped to a chunk of 0.
        QTest::newRow("whole range")
            << -32602LL
            << "Log response size exceeded. Based on your parameters, this block range should "
               "work: [0x0, 0xFFFFFFFFFFFFFFFF]"
            << true << 18446744073709551615ull;
        QTest::newRow("erigon") << -32000LL << "query exceeds limit of 1000 blocks" << true
                                << 1000ull;
        QTest::newRow("nethermind")
            << -32016LL << "Too many blocks requested, max range 500" << true << 500ull;
        QTest::newRow("infura range") << -32005LL << "block range limit exceeded" << true << 0ull;
        QTest::newRow("rate limit") << -32005LL
                                    << "daily request count exceeded, request rate "
                                       "limited"
                                    << false << 0ull;
        QTest::newRow("bad params") << -32602LL
                                    << "invalid argument 0: hex string without 0x "
                                       "prefix"
                                    << false << 0ull;
        QTest::newRow("unknown method")
            << -32601LL << "the method eth_getLogs does not exist" << false << 0ull;
    }
    void providerRangeMessages() {
        QFETCH(qlonglong, code);
        QFETCH(QString, message);
        QFETCH(bool, tooLarge);
        QFETCH(qulonglong, suggested);
        QCOMPARE(LogScanner::isRangeTooLarge(code, message.toStdString()), tooLarge);
        if (!tooLarge)
            return;
        const auto s = LogScanner::suggestedChunk(message.toStdString(), 0x10);
        if (suggested == 0)
            QVERIFY2(!s || *s > 0, "a suggestion is never zero");
        else {
            QVERIFY2(s.has_value(), qPrintable(message));
            QCOMPARE(qulonglong(*s), suggested);
        }
    }

    void suggestedChunkReadsOnlyTheStartOfAHugeMessage() {
        // A node may answer with an error message of megabytes. A regex engine that backtracks
        // (libstdc++'s recurses once per character) overflowed the stack on a long run of
        // digits; the message is now read from its start, in one pass per wording.
        QElapsedTimer timer;
        timer.start();
        const std::string digits =
            "block range too large: " + std::string(8 << 20, '1') + " blocks";
        QVERIFY(!LogScanner::suggestedChunk(digits, 0));
        const std::string brackets = "[0x" + std::string(8 << 20, 'a');
        QVERIFY(!LogScanner::suggestedChunk(brackets, 0));
        QVERIFY(LogScanner::isRangeTooLarge(-32000, digits));
        // A known wording at the start is still read, whatever follows it.
        const std::string padded = "maximum block range: 5000 " + std::string(8 << 20, '[');
        QCOMPARE(LogScanner::suggestedChunk(padded, 0), std::optional<std::uint64_t>(5000));
        // Past the part read, a wording is not looked for.
        const std::string late = std::string(LogScanner::kMaxErrorTextRead, ' ') + "10 blocks";
        QVERIFY(!LogScanner::suggestedChunk(late, 0));
        QVERIFY2(timer.elapsed() < 5000, "each reading is linear in the part read");
    }

    void suggestedChunkWordings_data() {
        QTest::addColumn<QString>("message");
        QTest::addColumn<qulonglong>("suggested"); // 0: none
        QTest::newRow("spaced bracket") << "should work: [ 0x10 , 0x1f ]" << 16ull;
        QTest::newRow("reversed bracket") << "[0x1f, 0x10] then 300 blocks" << 300ull;
        QTest::newRow("bracket without hex") << "[0x, 0x10] and no count" << 0ull;
        QTest::newRow("hyphen block") << "use a 2k-block window" << 2000ull;
        QTest::newRow("spaced k") << "at most 3 k - blocks" << 3000ull;
        QTest::newRow("range text") << "block range limit (1000)" << 1000ull;
        QTest::newRow("range too far") << "block range is far far far too wide: 1000" << 0ull;
        QTest::newRow("range bracket first") << "block range [0x1] 1000" << 0ull;
        QTest::newRow("max range") << "max range 500" << 500ull;
        QTest::newRow("maximum range") << "maximum range: 700" << 700ull;
        QTest::newRow("max range too far") << "max range is quite large: 800" << 0ull;
        QTest::newRow("thirteen digits") << "1234567890123 blocks" << 0ull;
        QTest::newRow("zero") << "0 blocks" << 0ull;
    }
    void suggestedChunkWordings() {
        QFETCH(QString, message);
        QFETCH(qulonglong, suggested);
        const auto s = LogScanner::suggestedChunk(message.toStdString(), 0);
        if (suggested == 0)
            QVERIFY2(!s, qPrintable(message));
        else
            QCOMPARE(s, std::optional<std::uint64_t>(suggested));
    }

    void refusalsOfRawTransactions_data() {
        QTest::addColumn<QString>("message");
        QTest::addColumn<int>("refusal");
        using R = TransactionManager::Refusal;
        QTest::newRow("geth known") << "already known" << int(R::AlreadyKnown);
        QTest::newRow("parity known")
            << "Transaction with the same hash was already imported." << int(R::AlreadyKnown);
        QTest::newRow("nethermind known") << "AlreadyKnown" << int(R::AlreadyKnown);
        QTest::newRow("geth nonce")
            << "nonce too low: next nonce 5, tx nonce 3" << int(R::NonceTooLow);
        QTest::newRow("nethermind nonce")
            << "OldNonce, Current nonce: 5, nonce of rejected tx: 3" << int(R::NonceTooLow);
        QTest::newRow("anvil nonce") << "nonce too low" << int(R::NonceTooLow);
        QTest::newRow("underpriced")
            << "replacement transaction underpriced" << int(R::Underpriced);
        QTest::newRow("funds") << "insufficient funds for gas * price + value: balance 0, tx "
                                  "cost 21000"
                               << int(R::InsufficientFunds);
        QTest::newRow("other") << "intrinsic gas too low" << int(R::Other);
        QTest::newRow("base fee") << "max fee per gas less than block base fee" << int(R::Other);
    }
    void refusalsOfRawTransactions() {
        QFETCH(QString, message);
        QFETCH(int, refusal);
        QCOMPARE(int(TransactionManager::classifyRefusal(message.toStdString())), refusal);
    }

    void bumpsAreAtLeastTenPercentAndNeverBelowTheMarket() {
        FeeQuote previous;
        previous.maxFeePerGas = U256(1000);
        previous.maxPriorityFeePerGas = U256(0);
        FeeQuote market;
        market.maxFeePerGas = U256(900);
        market.maxPriorityFeePerGas = U256(0);
        FeeQuote b = FeeEstimator::bumped(previous, market, 10);
        QCOMPARE(b.maxFeePerGas, U256(1100));
        QCOMPARE(b.maxPriorityFeePerGas, U256(1)); // 0 still moves up
        previous.maxFeePerGas = U256(1001);
        b = FeeEstimator::bumped(previous, market, 10);
        QCOMPARE(b.maxFeePerGas, U256(1102)); // rounded up
        market.maxFeePerGas = U256(5000);
        market.maxPriorityFeePerGas = U256(300);
        b = FeeEstimator::bumped(previous, market, 10);
        QCOMPARE(b.maxFeePerGas, U256(5000));
        QCOMPARE(b.maxPriorityFeePerGas, U256(300));
        // A legacy transaction stays legacy.
        FeeQuote legacy;
        legacy.type = eth::Transaction::Type::Legacy;
        legacy.gasPrice = U256(2000);
        b = FeeEstimator::bumped(legacy, market, 12);
        QCOMPARE(b.type, eth::Transaction::Type::Legacy);
        QCOMPARE(b.gasPrice, U256(5000));
        market.maxFeePerGas = U256(100);
        b = FeeEstimator::bumped(legacy, market, 12);
        QCOMPARE(b.gasPrice, U256(2240));
    }

    void privateKeySignerSignsTransactions() {
        eth::PrivateKeySigner signer(crypto::SecretBytes(eth::fromHex(kDevKey0)));
        QCOMPARE(signer.address().toChecksumHex(),
                 std::string("0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266"));
        eth::Transaction tx;
        tx.chainId = 31337;
        tx.nonce = 7;
        tx.maxFeePerGas = U256(2000000000u);
        tx.maxPriorityFeePerGas = U256(1);
        tx.gasLimit = U256(21000);
        tx.to = signer.address();
        eth::signTransaction(tx, signer);
        QCOMPARE(tx.sender(), signer.address());
        // Same bytes as signing with the key directly.
        eth::Transaction direct = tx;
        direct.signature.reset();
        direct.sign(crypto::SecretBytes(eth::fromHex(kDevKey0)));
        QCOMPARE(direct.serialize(), tx.serialize());

        tx.maxPriorityFeePerGas = U256(3000000000u);
        try {
            eth::signTransaction(tx, signer);
            QFAIL("a tip above the cap was signed");
        } catch (const Error& e) {
            QCOMPARE(e.code(), ErrorCode::InvalidArgument);
        }
        try {
            eth::PrivateKeySigner bad(crypto::SecretBytes(Bytes(32, 0)));
            QFAIL("a zero key was accepted");
        } catch (const Error& e) {
            QCOMPARE(e.code(), ErrorCode::InvalidArgument);
        }
    }

    void aSignerThatLiesIsCaught() {
        struct Liar : eth::Signer {
            eth::PrivateKeySigner real{crypto::SecretBytes(eth::fromHex(kDevKey0))};
            eth::Address address() const override {
                return eth::Address::fromHex("0x70997970C51812dc3A010C7d01b50e0d17dc79C8");
            }
            crypto::Signature signHash(const Hash32& d) const override { return real.signHash(d); }
        } liar;
        eth::Transaction tx;
        tx.chainId = 1;
        tx.gasLimit = U256(21000);
        try {
            eth::signTransaction(tx, liar);
            QFAIL("a signature of another account was accepted");
        } catch (const Error& e) {
            QCOMPARE(e.code(), ErrorCode::Crypto);
            QVERIFY(!tx.signature);
        }
    }
};

QTEST_GUILESS_MAIN(ChainRulesTest)
#include "tst_chainrules.moc"
