// Signatures per second: our signHash (libsecp256k1) next to @noble/curves measured in the same
// run on the same keys and digests, plus public-key recovery. Prints a small table; exits
// non-zero only if the two implementations disagree on a signature.

#include "NodeScript.h"
#include "crypto/Secp256k1.h"
#include "eth/Eip191.h"
#include "eth/Hex.h"

#include <QJsonArray>
#include <QJsonObject>
#include <chrono>
#include <cstdio>
#include <random>

using Clock = std::chrono::steady_clock;

int main() {
    constexpr int kDigests = 2000;
    constexpr int kKeys = 16;
    constexpr int kRounds = 5; // signatures timed = kRounds * kDigests

    std::mt19937_64 rng(0xbe4c4u);
    const auto randomBytes = [&](std::size_t n) {
        sr::Bytes out(n);
        for (auto& b : out)
            b = static_cast<std::uint8_t>(rng());
        return out;
    };
    std::vector<sr::crypto::SecretBytes> keys;
    QJsonArray keysJson;
    while (keys.size() < kKeys) {
        const sr::Bytes key = randomBytes(32);
        if (!sr::crypto::isValidPrivateKey(key))
            continue;
        keys.emplace_back(sr::ByteView{key});
        keysJson.append(QString::fromStdString(sr::eth::toHex(key, false)));
    }
    std::vector<sr::Hash32> digests(kDigests);
    QJsonArray digestsJson;
    for (auto& digest : digests) {
        const sr::Bytes d = randomBytes(32);
        std::copy(d.begin(), d.end(), digest.begin());
        digestsJson.append(QString::fromStdString(sr::eth::toHex(digest, false)));
    }

    // Warm-up (context creation and randomisation happen on first use).
    for (int i = 0; i < 200; ++i)
        (void)sr::crypto::signHash(keys[i % kKeys], digests[static_cast<std::size_t>(i)]);

    std::vector<sr::crypto::Signature> signatures(kDigests);
    auto start = Clock::now();
    for (int round = 0; round < kRounds; ++round)
        for (int i = 0; i < kDigests; ++i)
            signatures[static_cast<std::size_t>(i)] =
                sr::crypto::signHash(keys[i % kKeys], digests[static_cast<std::size_t>(i)]);
    const double signSeconds = std::chrono::duration<double>(Clock::now() - start).count();

    start = Clock::now();
    for (int i = 0; i < kDigests; ++i)
        (void)sr::crypto::recoverPublicKey(digests[static_cast<std::size_t>(i)],
                                           signatures[static_cast<std::size_t>(i)]);
    const double recoverSeconds = std::chrono::duration<double>(Clock::now() - start).count();

    const double oursSign = kRounds * kDigests / signSeconds;
    const double oursRecover = kDigests / recoverSeconds;

    double nobleSign = 0;
    double nobleRecover = 0;
    QString why;
    if (!sr::test::nodeAvailable(&why)) {
        std::printf("SKIPPED LOUDLY: @noble/curves not measured: %s\n", qPrintable(why));
    } else {
        const QJsonObject reply =
            sr::test::runNodeScript(
                QStringLiteral("crypto_bench_secp256k1.mjs"),
                QJsonDocument(
                    QJsonObject{{"keys", keysJson}, {"digests", digestsJson}, {"rounds", kRounds}}),
                600000)
                .object();
        if (reply.isEmpty()) {
            std::printf("crypto_bench_secp256k1.mjs failed\n");
            return 1;
        }
        const std::string ours = sr::eth::toHex(sr::eth::toRsv(signatures[0]), false);
        if (reply.value("firstSignature").toString().toStdString() != ours) {
            std::printf("MISMATCH: our first signature %s, noble's %s\n", ours.c_str(),
                        qPrintable(reply.value("firstSignature").toString()));
            return 1;
        }
        nobleSign = reply.value("signPerSecond").toDouble();
        nobleRecover = reply.value("recoverPerSecond").toDouble();
    }

    std::printf("secp256k1, %d signatures over %d keys (RFC 6979, low-s, with recovery id)\n",
                kRounds * kDigests, kKeys);
    std::printf("%-34s %14s %14s\n", "", "sign/s", "recover/s");
    std::printf("%-34s %14.0f %14.0f\n", "Strongroom signHash (libsecp256k1)", oursSign,
                oursRecover);
    if (nobleSign > 0) {
        std::printf("%-34s %14.0f %14.0f\n", "@noble/curves 2.4.0 (node)", nobleSign, nobleRecover);
        std::printf("%-34s %13.1fx %13.1fx\n", "ratio", oursSign / nobleSign,
                    oursRecover / nobleRecover);
    }
    return 0;
}
