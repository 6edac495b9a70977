// Keystore unlock time, Strongroom next to ethers on THE SAME file (scrypt N = 2^17, r = 8,
// p = 1, as Strongroom, geth and the iExec SDK write), measured in the same run; and
// secp256k1 signatures per second (personal_sign, hashing included) for both.
// Run: cmake --build <build> --target run_bench_keystore   (or <build>/tests/bench/bench_keystore)

#include "NodeScript.h"
#include "crypto/Keccak.h"
#include "crypto/Secp256k1.h"
#include "eth/Hex.h"
#include "wallet/Keystore.h"
#include "wallet/UnlockedAccount.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <vector>

using Clock = std::chrono::steady_clock;

namespace {

constexpr int kRuns = 5;
constexpr double kSignSeconds = 2.0;

double median(std::vector<double> v) {
    std::sort(v.begin(), v.end());
    return v.size() % 2 ? v[v.size() / 2] : (v[v.size() / 2 - 1] + v[v.size() / 2]) / 2;
}

double ms(Clock::duration d) {
    return std::chrono::duration<double, std::milli>(d).count();
}

} // namespace

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    const std::string password = "correct horse battery staple";
    const sr::crypto::SecretBytes key = sr::crypto::SecretBytes::random(32);
    const sr::wallet::Keystore keystore = sr::wallet::Keystore::create(key, password);
    const std::string json = keystore.toJson();
    const auto& p = keystore.crypto().scryptParams();
    std::printf("Keystore: scrypt N=%llu r=%u p=%u (%llu MiB), aes-128-ctr\n",
                static_cast<unsigned long long>(p.n), p.r, p.p,
                static_cast<unsigned long long>(128 * p.n * p.r >> 20));

    // Ours: parse + unlock, as opening an account does.
    std::vector<double> ours;
    for (int i = 0; i < kRuns; ++i) {
        const auto t = Clock::now();
        const auto unlocked = sr::wallet::Keystore::parse(json).unlock(password);
        ours.push_back(ms(Clock::now() - t));
        if (!unlocked.equals(key.view()))
            return std::fprintf(stderr, "unlock returned the wrong key\n"), 1;
    }

    // Our signatures per second (EIP-191: hash + sign), one core.
    const sr::wallet::UnlockedAccount signer(*keystore.address(), key.clone());
    std::uint64_t count = 0;
    const auto start = Clock::now();
    const auto limit = std::chrono::duration<double>(kSignSeconds);
    std::uint8_t message[3] = {};
    while (Clock::now() - start < limit) {
        message[0] = std::uint8_t(count), message[1] = std::uint8_t(count >> 8),
        message[2] = std::uint8_t(count >> 16);
        (void)signer.signPersonalMessage(sr::ByteView(message, sizeof message));
        ++count;
    }
    const double ourRate =
        double(count) / std::chrono::duration<double>(Clock::now() - start).count();

    QString why;
    QJsonObject reply;
    if (sr::test::nodeAvailable(&why)) {
        reply = sr::test::runNodeScript(
                    QStringLiteral("keystore_bench.mjs"),
                    QJsonDocument(
                        QJsonObject{{QStringLiteral("json"), QString::fromStdString(json)},
                                    {QStringLiteral("password"), QString::fromStdString(password)},
                                    {QStringLiteral("runs"), kRuns},
                                    {QStringLiteral("signSeconds"), kSignSeconds}}),
                    600000)
                    .object();
        if (reply.isEmpty())
            return std::fprintf(stderr, "the ethers side failed\n"), 1;
        if (reply[QStringLiteral("address")].toString().toStdString() !=
            keystore.address()->toChecksumHex())
            return std::fprintf(stderr, "ethers opened the file to another address\n"), 1;
    } else {
        std::printf("SKIPPED LOUDLY (ethers side): %s\n", qPrintable(why));
    }
    auto list = [](const QJsonValue& v) {
        std::vector<double> out;
        for (const auto& x : v.toArray())
            out.push_back(x.toDouble());
        return out;
    };

    std::printf("\nUnlock of the same file, median of %d runs (min):\n", kRuns);
    std::printf("  %-46s %9.1f ms (%.1f)\n", "Strongroom (libsodium scrypt, C++)", median(ours),
                *std::min_element(ours.begin(), ours.end()));
    if (!reply.isEmpty()) {
        const auto a = list(reply[QStringLiteral("asyncMs")]);
        const auto s = list(reply[QStringLiteral("syncMs")]);
        std::printf("  %-46s %9.1f ms (%.1f)\n", "ethers 6.17 Wallet.fromEncryptedJson", median(a),
                    *std::min_element(a.begin(), a.end()));
        std::printf("  %-46s %9.1f ms (%.1f)\n", "ethers 6.17 decryptKeystoreJsonSync", median(s),
                    *std::min_element(s.begin(), s.end()));
        std::printf("  Strongroom is %.1fx faster than ethers (async)\n", median(a) / median(ours));
    }
    std::printf("\nSignatures per second (personal_sign: keccak + RFC 6979 ECDSA), one thread:\n");
    std::printf("  %-46s %9.0f /s\n", "Strongroom (libsecp256k1)", ourRate);
    if (!reply.isEmpty())
        std::printf("  %-46s %9.0f /s\n", "ethers 6.17 SigningKey.sign (@noble/curves)",
                    reply[QStringLiteral("signaturesPerSecond")].toDouble());
    return 0;
}
