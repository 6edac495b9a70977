// BIP-32: the published test vectors 1-4 (typed in as facts), the Trezor vectors' master keys,
// Ethereum paths and strict path parsing.

#include "NodeScript.h"
#include "eth/Hex.h"
#include "util/Error.h"
#include "wallet/DerivationPath.h"
#include "wallet/HdKey.h"
#include "wallet/Mnemonic.h"

#include <QtTest>
#include <fstream>
#include <nlohmann/json.hpp>

using sr::Error;
using sr::ErrorCode;
using sr::eth::fromHex;
using sr::wallet::DerivationPath;
using sr::wallet::HdKey;
using sr::wallet::Mnemonic;

namespace {

std::string text(const sr::crypto::SecretBytes& bytes) {
    return {reinterpret_cast<const char*>(bytes.data()), bytes.size()};
}

struct Step {
    const char* path;
    const char* xpub;
    const char* xprv;
};

struct Vector {
    const char* seed;
    std::vector<Step> steps;
};

// bitcoin/bips bip-0032.mediawiki, "Test Vectors" 1 to 4. (Vector 5 lists invalid serialised
// keys; Strongroom never parses extended keys, so it does not apply.)
const std::vector<Vector>& bip32Vectors() {
    static const std::vector<Vector> vectors = {
        {"000102030405060708090a0b0c0d0e0f",
         {{"m",
           "xpub661MyMwAqRbcFtXgS5sYJABqqG9YLmC4Q1Rdap9gSE8NqtwybGhePY2gZ29ESFjqJoCu1Rupje8YtGqsef"
           "D265TMg7usUDFdp6W1EGMcet8",
           "xprv9s21ZrQH143K3QTDL4LXw2F7HEK3wJUD2nW2nRk4stbPy6cq3jPPqjiChkVvvNKmPGJxWUtg6LnF5kejMR"
           "NNU3TGtRBeJgk33yuGBxrMPHi"},
          {"m/0'",
           "xpub68Gmy5EdvgibQVfPdqkBBCHxA5htiqg55crXYuXoQRKfDBFA1WEjWgP6LHhwBZeNK1VTsfTFUHCdrfp1bg"
           "wQ9xv5ski8PX9rL2dZXvgGDnw",
           "xprv9uHRZZhk6KAJC1avXpDAp4MDc3sQKNxDiPvvkX8Br5ngLNv1TxvUxt4cV1rGL5hj6KCesnDYUhd7oWgT11"
           "eZG7XnxHrnYeSvkzY7d2bhkJ7"},
          {"m/0'/1",
           "xpub6ASuArnXKPbfEwhqN6e3mwBcDTgzisQN1wXN9BJcM47sSikHjJf3UFHKkNAWbWMiGj7Wf5uMash7SyYq52"
           "7Hqck2AxYysAA7xmALppuCkwQ",
           "xprv9wTYmMFdV23N2TdNG573QoEsfRrWKQgWeibmLntzniatZvR9BmLnvSxqu53Kw1UmYPxLgboyZQaXwTCg8M"
           "SY3H2EU4pWcQDnRnrVA1xe8fs"},
          {"m/0'/1/2'",
           "xpub6D4BDPcP2GT577Vvch3R8wDkScZWzQzMMUm3PWbmWvVJrZwQY4VUNgqFJPMM3No2dFDFGTsxxpG5uJh7n7"
           "epu4trkrX7x7DogT5Uv6fcLW5",
           "xprv9z4pot5VBttmtdRTWfWQmoH1taj2axGVzFqSb8C9xaxKymcFzXBDptWmT7FwuEzG3ryjH4ktypQSAewRiN"
           "MjANTtpgP4mLTj34bhnZX7UiM"},
          {"m/0'/1/2'/2",
           "xpub6FHa3pjLCk84BayeJxFW2SP4XRrFd1JYnxeLeU8EqN3vDfZmbqBqaGJAyiLjTAwm6ZLRQUMv1ZACTj37sR"
           "62cfN7fe5JnJ7dh8zL4fiyLHV",
           "xprvA2JDeKCSNNZky6uBCviVfJSKyQ1mDYahRjijr5idH2WwLsEd4Hsb2Tyh8RfQMuPh7f7RtyzTtdrbdqqsun"
           "u5Mm3wDvUAKRHSC34sJ7in334"},
          {"m/0'/1/2'/2/1000000000",
           "xpub6H1LXWLaKsWFhvm6RVpEL9P4KfRZSW7abD2ttkWP3SSQvnyA8FSVqNTEcYFgJS2UaFcxupHiYkro49S8yG"
           "asTvXEYBVPamhGW6cFJodrTHy",
           "xprvA41z7zogVVwxVSgdKUHDy1SKmdb533PjDz7J6N6mV6uS3ze1ai8FHa8kmHScGpWmj4WggLyQjgPie1rFSr"
           "uoUihUZREPSL39UNdE3BBDu76"}}},
        {"fffcf9f6f3f0edeae7e4e1dedbd8d5d2cfccc9c6c3c0bdbab7b4b1aeaba8a5a29f9c999693908d8a878481"
         "7e7b7875726f6c696663605d5a5754514e4b484542",
         {{"m",
           "xpub661MyMwAqRbcFW31YEwpkMuc5THy2PSt5bDMsktWQcFF8syAmRUapSCGu8ED9W6oDMSgv6Zz8idoc4a6mr"
           "8BDzTJY47LJhkJ8UB7WEGuduB",
           "xprv9s21ZrQH143K31xYSDQpPDxsXRTUcvj2iNHm5NUtrGiGG5e2DtALGdso3pGz6ssrdK4PFmM8NSpSBHNqPq"
           "m55Qn3LqFtT2emdEXVYsCzC2U"},
          {"m/0",
           "xpub69H7F5d8KSRgmmdJg2KhpAK8SR3DjMwAdkxj3ZuxV27CprR9LgpeyGmXUbC6wb7ERfvrnKZjXoUmmDznez"
           "pbZb7ap6r1D3tgFxHmwMkQTPH",
           "xprv9vHkqa6EV4sPZHYqZznhT2NPtPCjKuDKGY38FBWLvgaDx45zo9WQRUT3dKYnjwih2yJD9mkrocEZXo1ex8"
           "G81dwSM1fwqWpWkeS3v86pgKt"},
          {"m/0/2147483647'",
           "xpub6ASAVgeehLbnwdqV6UKMHVzgqAG8Gr6riv3Fxxpj8ksbH9ebxaEyBLZ85ySDhKiLDBrQSARLq1uNRts8Ru"
           "JiHjaDMBU4Zn9h8LZNnBC5y4a",
           "xprv9wSp6B7kry3Vj9m1zSnLvN3xH8RdsPP1Mh7fAaR7aRLcQMKTR2vidYEeEg2mUCTAwCd6vnxVrcjfy2kRgV"
           "sFawNzmjuHc2YmYRmagcEPdU9"},
          {"m/0/2147483647'/1",
           "xpub6DF8uhdarytz3FWdA8TvFSvvAh8dP3283MY7p2V4SeE2wyWmG5mg5EwVvmdMVCQcoNJxGoWaU9DCWh89Lo"
           "jfZ537wTfunKau47EL2dhHKon",
           "xprv9zFnWC6h2cLgpmSA46vutJzBcfJ8yaJGg8cX1e5StJh45BBciYTRXSd25UEPVuesF9yog62tGAQtHjXajP"
           "PdbRCHuWS6T8XA2ECKADdw4Ef"},
          {"m/0/2147483647'/1/2147483646'",
           "xpub6ERApfZwUNrhLCkDtcHTcxd75RbzS1ed54G1LkBUHQVHQKqhMkhgbmJbZRkrgZw4koxb5JaHWkY4ALHY2g"
           "rBGRjaDMzQLcgJvLJuZZvRcEL",
           "xprvA1RpRA33e1JQ7ifknakTFpgNXPmW2YvmhqLQYMmrj4xJXXWYpDPS3xz7iAxn8L39njGVyuoseXzU6rcxFL"
           "J8HFsTjSyQbLYnMpCqE2VbFWc"},
          {"m/0/2147483647'/1/2147483646'/2",
           "xpub6FnCn6nSzZAw5Tw7cgR9bi15UV96gLZhjDstkXXxvCLsUXBGXPdSnLFbdpq8p9HmGsApME5hQTZ3emM2rn"
           "Y5agb9rXpVGyy3bdW6EEgAtqt",
           "xprvA2nrNbFZABcdryreWet9Ea4LvTJcGsqrMzxHx98MMrotbir7yrKCEXw7nadnHM8Dq38EGfSh6dqA9QWTye"
           "fMLEcBYJUuekgW4BYPJcr9E7j"}}},
        {"4b381541583be4423346c643850da4b320e46a87ae3d2a4e6da11eba819cd4acba45d239319ac14f863b8d"
         "5ab5a0d0c64d2e8a1e7d1457df2e5a3c51c73235be",
         {{"m",
           "xpub661MyMwAqRbcEZVB4dScxMAdx6d4nFc9nvyvH3v4gJL378CSRZiYmhRoP7mBy6gSPSCYk6SzXPTf3ND1cZ"
           "AceL7SfJ1Z3GC8vBgp2epUt13",
           "xprv9s21ZrQH143K25QhxbucbDDuQ4naNntJRi4KUfWT7xo4EKsHt2QJDu7KXp1A3u7Bi1j8ph3EGsZ9Xvz9dG"
           "uVrtHHs7pXeTzjuxBrCmmhgC6"},
          {"m/0'",
           "xpub68NZiKmJWnxxS6aaHmn81bvJeTESw724CRDs6HbuccFQN9Ku14VQrADWgqbhhTHBaohPX4CjNLf9fq9MYo"
           "6oDaPPLPxSb7gwQN3ih19Zm4Y",
           "xprv9uPDJpEQgRQfDcW7BkF7eTya6RPxXeJCqCJGHuCJ4GiRVLzkTXBAJMu2qaMWPrS7AANYqdq6vcBcBUdJCV"
           "VFceUvJFjaPdGZ2y9WACViL4L"}}},
        {"3ddd5602285899a946114506157c7997e5444528f3003f6134712147db19b678",
         {{"m",
           "xpub661MyMwAqRbcGczjuMoRm6dXaLDEhW1u34gKenbeYqAix21mdUKJyuyu5F1rzYGVxyL6tmgBUAEPrEz92m"
           "BXjByMRiJdba9wpnN37RLLAXa",
           "xprv9s21ZrQH143K48vGoLGRPxgo2JNkJ3J3fqkirQC2zVdk5Dgd5w14S7fRDyHH4dWNHUgkvsvNDCkvAwcSHN"
           "AQwhwgNMgZhLtQC63zxwhQmRv"},
          {"m/0'",
           "xpub69AUMk3qDBi3uW1sXgjCmVjJ2G6WQoYSnNHyzkmdCHEhSZ4tBok37xfFEqHd2AddP56Tqp4o56AePAgCjY"
           "dvpW2PU2jbUPFKsav5ut6Ch1m",
           "xprv9vB7xEWwNp9kh1wQRfCCQMnZUEG21LpbR9NPCNN1dwhiZkjjeGRnaALmPXCX7SgjFTiCTT6bXes17boXtj"
           "q3xLpcDjzEuGLQBM5ohqkao9G"},
          {"m/0'/1'",
           "xpub6BJA1jSqiukeaesWfxe6sNK9CCGaujFFSJLomWHprUL9DePQ4JDkM5d88n49sMGJxrhpjazuXYWdMf17C9"
           "T5XnxkopaeS7jGk1GyyVziaMt",
           "xprv9xJocDuwtYCMNAo3Zw76WENQeAS6WGXQ55RCy7tDJ8oALr4FWkuVoHJeHVAcAqiZLE7Je3vZJHxspZdFHf"
           "nBEjHqU5hG1Jaj32dVoS6XLT1"}}},
    };
    return vectors;
}

} // namespace

class Bip32Test : public QObject {
    Q_OBJECT

private slots:
    void publishedVectors() {
        int steps = 0;
        for (const Vector& v : bip32Vectors()) {
            const HdKey master = HdKey::fromSeed(fromHex(v.seed));
            for (const Step& step : v.steps) {
                const DerivationPath path = DerivationPath::parse(step.path);
                QCOMPARE(QString::fromStdString(path.toString()), QString::fromLatin1(step.path));
                const HdKey key = master.derive(path);
                QCOMPARE(text(key.toXprv()), std::string(step.xprv));
                QCOMPARE(key.toXpub(), std::string(step.xpub));
                QCOMPARE(std::size_t(key.depth()), path.indices().size());
                ++steps;
            }
            // Deriving one level at a time gives the same keys as a whole path.
            HdKey walk = master.clone();
            const DerivationPath last = DerivationPath::parse(v.steps.back().path);
            for (const std::uint32_t index : last.indices())
                walk = walk.derive(index);
            QCOMPARE(text(walk.toXprv()), std::string(v.steps.back().xprv));
        }
        QCOMPARE(steps, 17);
    }

    // python-mnemonic's vectors carry the BIP-32 master key of each seed: 288 of them.
    void trezorMasterKeys() {
        QString why;
        const QString dir = sr::test::testVectorsDir(&why);
        if (dir.isEmpty())
            QFAIL(qPrintable(why));
        std::ifstream in((dir + "/python-mnemonic/vectors.json").toStdString());
        QVERIFY(in.good());
        const nlohmann::json vectors = nlohmann::json::parse(in);
        int count = 0;
        for (const auto& [language, list] : vectors.items())
            for (const auto& v : list) {
                const auto seed = fromHex(v[2].get<std::string>());
                QCOMPARE(text(HdKey::fromSeed(seed).toXprv()), v[3].get<std::string>());
                ++count;
            }
        QCOMPARE(count, 288);
    }

    // Known Ethereum facts: the "test test ... junk" phrase of Hardhat/Anvil/Foundry, whose
    // first accounts every Ethereum developer has seen.
    void ethereumPath() {
        const Mnemonic m =
            Mnemonic::fromPhrase("test test test test test test test test test test test junk");
        const HdKey master = HdKey::fromSeed(m.toSeed().view());
        QCOMPARE(master.derive(DerivationPath::ethereum(0)).address().toChecksumHex(),
                 std::string("0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266"));
        QCOMPARE(master.derive(DerivationPath::ethereum(1)).address().toChecksumHex(),
                 std::string("0x70997970C51812dc3A010C7d01b50e0d17dc79C8"));
        QCOMPARE(sr::eth::toHex(master.derive(DerivationPath::ethereum(0)).privateKey().view()),
                 std::string("0xac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80"));
        QCOMPARE(DerivationPath::ethereum(7).toString(), std::string("m/44'/60'/0'/0/7"));
        QCOMPARE(DerivationPath::parse("m/44h/60h/0h/0/7"), DerivationPath::ethereum(7));
        QVERIFY_THROWS_EXCEPTION(Error, DerivationPath::ethereum(0x80000000u));
    }

    void pathParsing_data() {
        QTest::addColumn<QString>("path");
        QTest::addColumn<bool>("valid");
        QTest::newRow("master") << QStringLiteral("m") << true;
        QTest::newRow("ethereum") << QStringLiteral("m/44'/60'/0'/0/0") << true;
        QTest::newRow("h notation") << QStringLiteral("m/44h/60h/0h/0/0") << true;
        QTest::newRow("largest") << QStringLiteral("m/2147483647'/2147483647") << true;
        QTest::newRow("empty") << QString() << false;
        QTest::newRow("no m") << QStringLiteral("44'/60'") << false;
        QTest::newRow("capital M") << QStringLiteral("M/0") << false;
        QTest::newRow("trailing slash") << QStringLiteral("m/0/") << false;
        QTest::newRow("slash only") << QStringLiteral("m/") << false;
        QTest::newRow("double slash") << QStringLiteral("m//0") << false;
        QTest::newRow("leading zero") << QStringLiteral("m/01") << false;
        QTest::newRow("2^31") << QStringLiteral("m/2147483648") << false;
        QTest::newRow("huge") << QStringLiteral("m/99999999999999999999999") << false;
        QTest::newRow("negative") << QStringLiteral("m/-1") << false;
        QTest::newRow("plus") << QStringLiteral("m/+1") << false;
        QTest::newRow("space") << QStringLiteral("m/ 1") << false;
        QTest::newRow("trailing space") << QStringLiteral("m/1 ") << false;
        QTest::newRow("double hardened") << QStringLiteral("m/1''") << false;
        QTest::newRow("H") << QStringLiteral("m/1H") << false;
        QTest::newRow("hex") << QStringLiteral("m/0x10") << false;
        QTest::newRow("letters") << QStringLiteral("m/abc") << false;
        QTest::newRow("mx") << QStringLiteral("mx") << false;
    }
    void pathParsing() {
        QFETCH(QString, path);
        QFETCH(bool, valid);
        try {
            const DerivationPath parsed = DerivationPath::parse(path.toStdString());
            QVERIFY2(valid, "accepted an invalid path");
            QCOMPARE(DerivationPath::parse(parsed.toString()), parsed);
        } catch (const Error& e) {
            QVERIFY2(!valid, e.what());
            QCOMPARE(e.code(), ErrorCode::InvalidArgument);
        }
    }

    void depthLimit() {
        QVERIFY_THROWS_EXCEPTION(Error, DerivationPath(std::vector<std::uint32_t>(256, 0)));
        std::string deep = "m";
        for (int i = 0; i < 256; ++i)
            deep += "/0";
        QVERIFY_THROWS_EXCEPTION(Error, DerivationPath::parse(deep));
        QCOMPARE(DerivationPath::parse(deep.substr(0, deep.size() - 2)).indices().size(),
                 std::size_t(255));
    }

    void seedSizes() {
        for (std::size_t bad : {0, 15, 65, 128})
            QVERIFY_THROWS_EXCEPTION(Error, HdKey::fromSeed(sr::Bytes(bad, 7)));
        QCOMPARE(HdKey::fromSeed(sr::Bytes(16, 7)).depth(), std::uint8_t(0));
        QCOMPARE(HdKey::fromSeed(sr::Bytes(64, 7)).parentFingerprint(), 0u);
    }
};

QTEST_APPLESS_MAIN(Bip32Test)
#include "tst_bip32.moc"
