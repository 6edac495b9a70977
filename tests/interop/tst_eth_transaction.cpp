// Differential test of transactions against ethers: a few hundred random legacy (EIP-155) and
// EIP-1559 transactions from a fixed seed, with random keys, fees, values, data, contract
// creations and access lists, are signed on both sides and must be byte-identical; ethers then
// parses our raw transactions to the same hash, signing hash and sender. One node process.

#include "NodeScript.h"
#include "RandomInputs.h"
#include "crypto/SecretBytes.h"
#include "eth/Hex.h"
#include "eth/Transaction.h"
#include "util/Error.h"

#include <QJsonDocument>
#include <QtTest>
#include <nlohmann/json.hpp>
#include <random>

using nlohmann::json;
using sr::Bytes;
using sr::eth::toHex;
using sr::eth::Transaction;
using sr::eth::U256;
using sr::test::runNode;

namespace {

class Generator : public sr::test::RandomInputs {
public:
    using RandomInputs::RandomInputs;

    // Magnitudes from zero to 256 bits, so every RLP integer length appears.
    U256 amount() {
        const std::size_t length = below(5) == 0 ? 0 : below(33);
        return U256::fromBigEndian(bytes(length));
    }

    Transaction transaction(bool legacy) {
        Transaction tx;
        tx.type = legacy ? Transaction::Type::Legacy : Transaction::Type::Eip1559;
        static constexpr std::uint64_t kChains[] = {
            1, 42161, 421614, 31337, 137, 0xffffffffffffULL, 0x7fffffffffffffffULL};
        tx.chainId = below(3) == 0 ? 1 + below(1'000'000) : kChains[below(std::size(kChains))];
        tx.nonce = below(4) == 0 ? 0 : rng_() % (std::uint64_t{1} << 53); // ethers: a JS number
        tx.gasLimit = below(2) ? U256(21000 + below(10'000'000)) : U256(rng_());
        if (legacy) {
            tx.gasPrice = amount();
        } else {
            tx.maxFeePerGas = amount();
            tx.maxPriorityFeePerGas = tx.maxFeePerGas.isZero()
                                          ? U256(0)
                                          : U256::fromBigEndian(bytes(32)) % tx.maxFeePerGas;
            for (std::size_t i = 0, n = below(3) == 0 ? 1 + below(3) : 0; i < n; ++i) {
                sr::eth::AccessListEntry e{sr::eth::Address::fromBytes(bytes(20)), {}};
                for (std::size_t k = 0, m = below(4); k < m; ++k) {
                    sr::Hash32 h{};
                    const Bytes b = bytes(32);
                    std::copy(b.begin(), b.end(), h.begin());
                    e.storageKeys.push_back(h);
                }
                tx.accessList.push_back(std::move(e));
            }
        }
        if (below(8) != 0)
            tx.to = sr::eth::Address::fromBytes(bytes(20));
        tx.value = amount();
        tx.data = bytes(below(4) == 0 ? below(300) : below(70));
        return tx;
    }
};

json fields(const Transaction& tx) {
    json j = {{"type", tx.type == Transaction::Type::Legacy ? 0 : 2},
              {"chainId", std::to_string(tx.chainId)},
              {"nonce", tx.nonce},
              {"gasLimit", tx.gasLimit.toDecimal()},
              {"to", tx.to ? json(tx.to->toChecksumHex()) : json(nullptr)},
              {"value", tx.value.toDecimal()},
              {"data", toHex(tx.data)}};
    if (tx.type == Transaction::Type::Legacy) {
        j["gasPrice"] = tx.gasPrice.toDecimal();
    } else {
        j["maxFeePerGas"] = tx.maxFeePerGas.toDecimal();
        j["maxPriorityFeePerGas"] = tx.maxPriorityFeePerGas.toDecimal();
        j["accessList"] = json::array();
        for (const auto& e : tx.accessList) {
            json keys = json::array();
            for (const auto& k : e.storageKeys)
                keys.push_back(toHex(k));
            j["accessList"].push_back(
                {{"address", e.address.toChecksumHex()}, {"storageKeys", keys}});
        }
    }
    return j;
}

} // namespace

class TestEthTransaction : public QObject {
    Q_OBJECT

private slots:
    void againstEthers() {
        QString why;
        if (!sr::test::nodeAvailable(&why))
            QSKIP(qPrintable("SKIPPED LOUDLY: " + why));

        Generator gen(0x7a5eed1559ULL);
        constexpr int kCases = 300;
        std::vector<Transaction> txs;
        json request = {{"cases", json::array()}};
        for (int i = 0; i < kCases; ++i) {
            const Bytes key = gen.bytes(32);
            Transaction tx = gen.transaction(i % 2 == 0);
            tx.sign(sr::crypto::SecretBytes(key));
            request["cases"].push_back(
                {{"privateKey", toHex(key)}, {"tx", fields(tx)}, {"ours", toHex(tx.serialize())}});
            txs.push_back(std::move(tx));
        }

        const json reply = runNode("eth_transaction.mjs", request);
        QVERIFY2(!reply.is_null(), "the reference script failed (see the warning above)");
        QVERIFY(reply.contains("cases") && reply.at("cases").size() == std::size_t{kCases});

        int legacy = 0;
        int creations = 0;
        int withAccessList = 0;
        for (int i = 0; i < kCases; ++i) {
            const json& c = request["cases"][i];
            const json& r = reply["cases"][i];
            const std::string label = "case " + std::to_string(i) + ": " + c["tx"].dump();
            QVERIFY2(!r.contains("error"), qPrintable(QString::fromStdString(
                                               label + "\nethers: " + r.value("error", ""))));
            const Transaction& tx = txs[static_cast<std::size_t>(i)];
            QVERIFY2(r["signed"] == c["ours"], label.c_str());
            QVERIFY2(r["parsed"]["serialized"] == c["ours"], label.c_str());
            QVERIFY2(r["parsed"]["hash"] == toHex(tx.hash()), label.c_str());
            QVERIFY2(r["parsed"]["unsignedHash"] == toHex(tx.signingHash()), label.c_str());
            QVERIFY2(r["parsed"]["from"] == tx.sender().toChecksumHex(), label.c_str());
            QVERIFY2(Transaction::decode(tx.serialize()) == tx, label.c_str());
            legacy += tx.type == Transaction::Type::Legacy;
            creations += !tx.to.has_value();
            withAccessList += !tx.accessList.empty();
        }
        qInfo("%d transactions (%d legacy, %d creations, %d with access lists) byte-identical to "
              "ethers",
              kCases, legacy, creations, withAccessList);
    }
};

QTEST_APPLESS_MAIN(TestEthTransaction)
#include "tst_eth_transaction.moc"
