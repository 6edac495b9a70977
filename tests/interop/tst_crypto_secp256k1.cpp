// Differential test of signing, recovery, addresses, EIP-55 and EIP-191 against @noble/curves
// and ethers: a few hundred deterministic random keys, digests and messages, one node process.

#include "NodeScript.h"
#include "RandomInputs.h"
#include "crypto/Secp256k1.h"
#include "eth/Address.h"
#include "eth/Eip191.h"
#include "eth/Hex.h"
#include "util/Error.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QtTest>
#include <random>

using sr::Bytes;
using sr::crypto::SecretBytes;
using sr::eth::Address;

namespace {

QString hex(sr::ByteView v) {
    return QString::fromStdString(sr::eth::toHex(v, false));
}

class Inputs : public sr::test::RandomInputs {
public:
    using RandomInputs::RandomInputs;
    // A valid private key; a few are near the ends of the range [1, n-1].
    SecretBytes privateKey(std::size_t index) {
        Bytes key = bytes(32);
        if (index % 50 == 1)
            key = sr::eth::fromHex(std::string(63, '0') + std::to_string(1 + index % 9));
        if (index % 50 == 2)
            key = sr::eth::fromHex(
                "fffffffffffffffffffffffffffffffebaaedce6af48a03bbfd25e8cd036413f");
        while (!sr::crypto::isValidPrivateKey(key))
            key = bytes(32);
        return SecretBytes(sr::ByteView{key});
    }
};

} // namespace

class TestCryptoSecp256k1 : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void signaturesIdentical();
    void publicKeysAndAddressesIdentical();
    void recoveryIdentical();
    void checksumsIdentical();
    void checksumAcceptanceIdentical();
    void personalMessagesIdentical();

private:
    // Kept from initTestCase: the inputs, what we computed, what the reference replied.
    std::vector<SecretBytes> keys_;
    std::vector<sr::Hash32> digests_;
    std::vector<Bytes> ourSignatures_;
    std::vector<Address> addresses_;
    std::vector<std::string> candidates_;
    std::vector<Bytes> messages_;
    std::vector<Bytes> ourMessageSignatures_;
    QJsonObject reply_;
};

void TestCryptoSecp256k1::initTestCase() {
    QString why;
    if (!sr::test::nodeAvailable(&why))
        QSKIP(qPrintable("SKIPPED LOUDLY: " + why));

    Inputs in(0xec0de5ecb256ULL);
    QJsonArray sign, recover;
    for (std::size_t i = 0; i < 300; ++i) {
        keys_.push_back(in.privateKey(i));
        sr::Hash32 digest{};
        const Bytes d = in.bytes(32);
        std::copy(d.begin(), d.end(), digest.begin());
        if (i == 3)
            digest.fill(0); // edge digests: zero and all ones (above n)
        if (i == 4)
            digest.fill(0xff);
        digests_.push_back(digest);
        ourSignatures_.push_back(sr::eth::toRsv(sr::crypto::signHash(keys_.back(), digest)));
        sign.append(QJsonObject{{"key", hex(keys_.back().view())}, {"digest", hex(digest)}});
        recover.append(QJsonObject{{"digest", hex(digest)}, {"rsv", hex(ourSignatures_.back())}});
    }
    QJsonArray addresses, candidates;
    for (std::size_t i = 0; i < 300; ++i) {
        addresses_.push_back(Address::fromBytes(in.bytes(20)));
        addresses.append(QString::fromStdString(addresses_.back().toLowerHex().substr(2)));
        // Checksummed, then with one letter's case flipped (wrong unless it has no letters).
        std::string text = addresses_.back().toChecksumHex();
        if (i % 2 == 1) {
            for (std::size_t at = 2 + in.below(40), tries = 0; tries < 40; ++tries) {
                char& c = text[2 + (at - 2 + tries) % 40];
                if (std::isalpha(static_cast<unsigned char>(c))) {
                    c = static_cast<char>(std::islower(static_cast<unsigned char>(c))
                                              ? std::toupper(static_cast<unsigned char>(c))
                                              : std::tolower(static_cast<unsigned char>(c)));
                    break;
                }
            }
        }
        candidates_.push_back(text);
        candidates.append(QString::fromStdString(text));
    }
    QJsonArray messages;
    for (std::size_t i = 0; i < 200; ++i) {
        // Lengths include 0 and multi-digit decimal lengths (the prefix encodes the length).
        messages_.push_back(in.bytes(i == 0 ? 0 : in.below(i < 100 ? 40 : 1200)));
        const SecretBytes& key = keys_[i];
        ourMessageSignatures_.push_back(sr::eth::signPersonalMessage(key, messages_.back()));
        messages.append(QJsonObject{{"key", hex(key.view())},
                                    {"message", hex(messages_.back())},
                                    {"ours", "0x" + hex(ourMessageSignatures_.back())}});
    }
    const QJsonDocument reply =
        sr::test::runNodeScript(QStringLiteral("crypto_secp256k1.mjs"),
                                QJsonDocument(QJsonObject{{"sign", sign},
                                                          {"recover", recover},
                                                          {"addresses", addresses},
                                                          {"checksumCandidates", candidates},
                                                          {"messages", messages}}));
    QVERIFY2(reply.isObject(), "crypto_secp256k1.mjs gave no reply");
    reply_ = reply.object();
}

void TestCryptoSecp256k1::signaturesIdentical() {
    const QJsonArray reference = reply_.value("sign").toArray();
    QCOMPARE(reference.size(), qsizetype(keys_.size()));
    for (std::size_t i = 0; i < keys_.size(); ++i)
        QCOMPARE(hex(ourSignatures_[i]),
                 reference.at(static_cast<qsizetype>(i)).toObject().value("rsv").toString());
    qInfo("%zu signatures (r, s, v) identical to @noble/curves", keys_.size());
}

void TestCryptoSecp256k1::publicKeysAndAddressesIdentical() {
    const QJsonArray reference = reply_.value("sign").toArray();
    QCOMPARE(reference.size(), qsizetype(keys_.size()));
    for (std::size_t i = 0; i < keys_.size(); ++i) {
        const QJsonObject expected = reference.at(static_cast<qsizetype>(i)).toObject();
        const auto publicKey = sr::crypto::publicKeyFromPrivate(keys_[i]);
        QCOMPARE(hex(publicKey), expected.value("publicKey").toString());
        QCOMPARE(QString::fromStdString(Address::fromPublicKey(publicKey).toChecksumHex()),
                 expected.value("address").toString());
    }
    qInfo("%zu public keys and addresses identical to @noble/curves and ethers", keys_.size());
}

void TestCryptoSecp256k1::recoveryIdentical() {
    const QJsonArray reference = reply_.value("recover").toArray();
    QCOMPARE(reference.size(), qsizetype(keys_.size()));
    for (std::size_t i = 0; i < keys_.size(); ++i) {
        const auto recovered =
            sr::crypto::recoverPublicKey(digests_[i], sr::eth::fromRsv(ourSignatures_[i]));
        QCOMPARE(hex(recovered), reference.at(static_cast<qsizetype>(i)).toString());
        QCOMPARE(recovered, sr::crypto::publicKeyFromPrivate(keys_[i]));
    }
}

void TestCryptoSecp256k1::checksumsIdentical() {
    const QJsonArray reference = reply_.value("addresses").toArray();
    QCOMPARE(reference.size(), qsizetype(addresses_.size()));
    for (std::size_t i = 0; i < addresses_.size(); ++i)
        QCOMPARE(QString::fromStdString(addresses_[i].toChecksumHex()),
                 reference.at(static_cast<qsizetype>(i)).toString());
    qInfo("%zu EIP-55 checksums identical to ethers.getAddress", addresses_.size());
}

void TestCryptoSecp256k1::checksumAcceptanceIdentical() {
    const QJsonArray reference = reply_.value("checksumCandidates").toArray();
    QCOMPARE(reference.size(), qsizetype(candidates_.size()));
    int rejected = 0;
    for (std::size_t i = 0; i < candidates_.size(); ++i) {
        bool accepted = true;
        try {
            Address::fromHex(candidates_[i]);
        } catch (const sr::Error&) {
            accepted = false;
            ++rejected;
        }
        QVERIFY2(accepted == reference.at(static_cast<qsizetype>(i)).toBool(),
                 candidates_[i].c_str());
    }
    QVERIFY(rejected >= 100);
    qInfo("%zu mixed-case addresses: same accept/reject as ethers (%d rejected)",
          candidates_.size(), rejected);
}

void TestCryptoSecp256k1::personalMessagesIdentical() {
    const QJsonArray reference = reply_.value("messages").toArray();
    QCOMPARE(reference.size(), qsizetype(messages_.size()));
    for (std::size_t i = 0; i < messages_.size(); ++i) {
        const QJsonObject expected = reference.at(static_cast<qsizetype>(i)).toObject();
        QCOMPARE(hex(sr::eth::hashPersonalMessage(messages_[i])),
                 expected.value("hash").toString());
        QCOMPARE("0x" + hex(ourMessageSignatures_[i]), expected.value("signature").toString());
        // ethers.verifyMessage on our signature names our address.
        const Address ours = Address::fromPublicKey(sr::crypto::publicKeyFromPrivate(keys_[i]));
        QCOMPARE(QString::fromStdString(ours.toChecksumHex()),
                 expected.value("recovered").toString());
    }
    qInfo("%zu EIP-191 signatures byte-identical to ethers signMessage", messages_.size());
}

QTEST_APPLESS_MAIN(TestCryptoSecp256k1)
#include "tst_crypto_secp256k1.moc"
