// Transactions: the EIP-155 example of the EIP typed in as facts, a type 2 transaction with an
// access list, round trips, and corrupt raw transactions.

#include "crypto/Secp256k1.h"
#include "eth/Hex.h"
#include "eth/Rlp.h"
#include "eth/Transaction.h"
#include "util/Error.h"

#include <QtTest>

using sr::Bytes;
using sr::Error;
using sr::ErrorCode;
using sr::eth::Address;
using sr::eth::fromHex;
using sr::eth::Rlp;
using sr::eth::toHex;
using sr::eth::Transaction;
using sr::eth::U256;

namespace {

// The EIP-155 example: key 0x4646...46.
sr::crypto::SecretBytes eip155Key() {
    std::string hex = "0x";
    for (int i = 0; i < 32; ++i)
        hex += "46";
    return sr::crypto::SecretBytes(fromHex(hex));
}

Transaction eip155Example() {
    Transaction tx;
    tx.type = Transaction::Type::Legacy;
    tx.chainId = 1;
    tx.nonce = 9;
    tx.gasPrice = U256(20'000'000'000ull);
    tx.gasLimit = U256(21000);
    tx.to = Address::fromHex("0x3535353535353535353535353535353535353535");
    tx.value = U256(1'000'000'000'000'000'000ull);
    return tx;
}

const char* kEip155Signed =
    "0xf86c098504a817c800825208943535353535353535353535353535353535353535880de0b6b3a76400008025"
    "a028ef61340bd939bc2195fe537567866003e1a15d3c71ff63e1590620aa636276a067cbe9d8997f761aecb7033"
    "04b3800ccf555c9f3dc64214b297fb1966a3b6d83";

ErrorCode decodeError(const Bytes& raw) {
    try {
        Transaction::decode(raw);
    } catch (const Error& e) {
        return e.code();
    }
    return ErrorCode::Internal;
}

Bytes legacyWith(std::vector<Rlp> fields) {
    return Rlp::list(std::move(fields)).encode();
}

} // namespace

class TestTransaction : public QObject {
    Q_OBJECT

private slots:
    void eip155ExampleFromTheEip() {
        Transaction tx = eip155Example();
        QCOMPARE(toHex(tx.signingHash()),
                 std::string("0xdaf5a779ae972f972197303d7b574746c7ef83eadac0f2791ad23db92e4c8e53"));
        tx.sign(eip155Key());
        QCOMPARE(U256::fromBigEndian(tx.signature->r).toDecimal(),
                 std::string("18515461264373351373200002665853028612451056578545711640558177340"
                             "181847433846"));
        QCOMPARE(U256::fromBigEndian(tx.signature->s).toDecimal(),
                 std::string("46948507304638947509940763649030358759909902576025900602547168820"
                             "602576006531"));
        QCOMPARE(toHex(tx.serialize()), std::string(kEip155Signed));

        const Transaction back = Transaction::decode(fromHex(kEip155Signed));
        QCOMPARE(back, tx);
        QCOMPARE(back.sender().toChecksumHex(),
                 std::string("0x9d8A62f656a8d1615C1294fd71e9CFb3E4855A4F"));
        QCOMPARE(back.hash(), tx.hash());
    }

    // Produced once by ethers 6.17.0 with the same key; the interop suite checks many more.
    void eip1559WithAccessListAndCreation() {
        Transaction tx;
        tx.chainId = 42161;
        tx.nonce = 0;
        tx.maxPriorityFeePerGas = U256(1);
        tx.maxFeePerGas = U256(2);
        tx.gasLimit = U256(21000);
        tx.data = Bytes{0x60, 0x00};
        sr::Hash32 key{};
        key[31] = 1;
        tx.accessList = {{Address::fromHex("0x3535353535353535353535353535353535353535"), {key}}};
        tx.sign(eip155Key());
        QCOMPARE(toHex(tx.serialize()),
                 std::string("0x02f88b82a4b18001028252088080826000f838f79435353535353535353535353"
                             "53535353535353535e1a00000000000000000000000000000000000000000000000"
                             "00000000000000000101a0e9f6d1f3148113cb523883e1150dfbd8cbf024f96f219"
                             "6a2f5a86e8b97701791a04157dcb4c715ecdf5593fe6e5f189e6aeb6828ef0f412c"
                             "0a4db108c78218d839"));
        QCOMPARE(toHex(tx.hash()),
                 std::string("0xedb6de8ad35a65dba4db4ac5c4b34dddc24509bbfa943c17ffb593958fcd16a2"));
        const Transaction back = Transaction::decode(tx.serialize());
        QCOMPARE(back, tx);
        QVERIFY(!back.to.has_value());
        QCOMPARE(back.sender().toChecksumHex(),
                 std::string("0x9d8A62f656a8d1615C1294fd71e9CFb3E4855A4F"));
    }

    void signingRules() {
        Transaction tx = eip155Example();
        tx.chainId = 0;
        QVERIFY_THROWS_EXCEPTION(Error, tx.sign(eip155Key()));
        Transaction t2;
        t2.chainId = 1;
        t2.maxPriorityFeePerGas = U256(3);
        t2.maxFeePerGas = U256(2);
        QVERIFY_THROWS_EXCEPTION(Error, t2.sign(eip155Key()));
        Transaction unsigned_;
        QVERIFY_THROWS_EXCEPTION(Error, unsigned_.serialize());
        QVERIFY_THROWS_EXCEPTION(Error, unsigned_.sender());
        QVERIFY_THROWS_EXCEPTION(Error, t2.sign(sr::crypto::SecretBytes(Bytes(32, 0))));
    }

    void preEip155IsReadable() {
        // v = 27/28 legacy transactions still exist on chain: decode them (chain id 0).
        Transaction tx = eip155Example();
        tx.chainId = 0;
        tx.signature = sr::crypto::signHash(eip155Key(), tx.signingHash());
        const Transaction back = Transaction::decode(tx.serialize());
        QCOMPARE(back.chainId, std::uint64_t{0});
        QCOMPARE(back.sender().toChecksumHex(),
                 std::string("0x9d8A62f656a8d1615C1294fd71e9CFb3E4855A4F"));
    }

    void corruptRawTransactions() {
        const Bytes good = fromHex(kEip155Signed);
        const Rlp body = Rlp::decode(good);
        auto fields = [&] { return body.items(); };
        auto with = [&](std::size_t index, Rlp value) {
            auto f = fields();
            f[index] = std::move(value);
            return legacyWith(std::move(f));
        };

        QCOMPARE(decodeError({}), ErrorCode::Corrupt);
        Bytes truncated = good;
        truncated.pop_back();
        QCOMPARE(decodeError(truncated), ErrorCode::Corrupt);
        Bytes trailing = good;
        trailing.push_back(0);
        QCOMPARE(decodeError(trailing), ErrorCode::Corrupt);
        {
            auto f = fields();
            f.pop_back();
            QCOMPARE(decodeError(legacyWith(f)), ErrorCode::Corrupt); // 8 fields
            f.push_back(body.items()[8]);
            f.push_back(Rlp::uint(0));
            QCOMPARE(decodeError(legacyWith(f)), ErrorCode::Corrupt); // 10 fields
        }
        QCOMPARE(decodeError(with(0, Rlp::bytes(Bytes{0x00, 0x09}))), ErrorCode::Corrupt);
        QCOMPARE(decodeError(with(0, Rlp::bytes(Bytes(9, 0xff)))), ErrorCode::Corrupt);
        QCOMPARE(decodeError(with(3, Rlp::bytes(Bytes(19, 0x35)))), ErrorCode::Corrupt);
        QCOMPARE(decodeError(with(3, Rlp::list())), ErrorCode::Corrupt);
        QCOMPARE(decodeError(with(5, Rlp::list())), ErrorCode::Corrupt);
        QCOMPARE(decodeError(with(6, Rlp::uint(29))), ErrorCode::Corrupt); // bad v
        QCOMPARE(decodeError(with(6, Rlp::uint(35))), ErrorCode::Corrupt); // chain id 0 in v
        QCOMPARE(decodeError(with(7, Rlp::uint(0))), ErrorCode::Corrupt);  // r = 0
        QCOMPARE(decodeError(with(8, Rlp::bytes(Bytes(33, 1)))), ErrorCode::Corrupt);
        {
            // High s (n - s) is valid ECDSA but not a valid transaction (EIP-2).
            const U256 n =
                U256::fromHex("0xfffffffffffffffffffffffffffffffebaaedce6af48a03bbfd25e8cd0364141");
            const U256 s = body.items()[8].asUint();
            QCOMPARE(decodeError(with(8, Rlp::uint(n - s))), ErrorCode::Corrupt);
        }
        {
            // r = n cannot recover any key.
            const U256 n =
                U256::fromHex("0xfffffffffffffffffffffffffffffffebaaedce6af48a03bbfd25e8cd0364141");
            QCOMPARE(decodeError(with(7, Rlp::uint(n))), ErrorCode::Corrupt);
        }

        // Typed transactions.
        Transaction t;
        t.chainId = 1;
        t.maxFeePerGas = U256(2);
        t.gasLimit = U256(21000);
        t.sign(eip155Key());
        const Bytes typed = t.serialize();
        QVERIFY(Transaction::decode(typed) == t);
        const Rlp typedBody = Rlp::decode(sr::ByteView(typed).subspan(1));
        auto typedWith = [&](std::size_t index, Rlp value) {
            auto f = typedBody.items();
            f[index] = std::move(value);
            Bytes out{0x02};
            const Bytes enc = Rlp::list(std::move(f)).encode();
            out.insert(out.end(), enc.begin(), enc.end());
            return out;
        };
        QCOMPARE(decodeError(typedWith(9, Rlp::uint(2))), ErrorCode::Corrupt); // yParity
        QCOMPARE(decodeError(typedWith(8, Rlp::list({Rlp::list({Rlp::bytes(Bytes(20, 1))})}))),
                 ErrorCode::Corrupt); // entry without keys
        QCOMPARE(decodeError(
                     typedWith(8, Rlp::list({Rlp::list({Rlp::bytes(Bytes(20, 1)),
                                                        Rlp::list({Rlp::bytes(Bytes(31, 1))})})}))),
                 ErrorCode::Corrupt); // short storage key
        QCOMPARE(decodeError(typedWith(8, Rlp::bytes(Bytes{}))), ErrorCode::Corrupt);
        QCOMPARE(decodeError(typedWith(0, Rlp::bytes(Bytes(9, 1)))), ErrorCode::Corrupt);
        QCOMPARE(decodeError(Bytes{0x02}), ErrorCode::Corrupt);
        QCOMPARE(decodeError(Bytes{0x02, 0xc0}), ErrorCode::Corrupt);
        Bytes type1 = typed;
        type1[0] = 0x01;
        QCOMPARE(decodeError(type1), ErrorCode::Unsupported);
        Bytes type3 = typed;
        type3[0] = 0x03;
        QCOMPARE(decodeError(type3), ErrorCode::Unsupported);
        QCOMPARE(decodeError(Bytes{0x80}), ErrorCode::Corrupt);
        QCOMPARE(decodeError(Bytes{0xb8, 0x01, 0x00}), ErrorCode::Corrupt);
    }
};

QTEST_APPLESS_MAIN(TestTransaction)
#include "tst_transaction.moc"
