// Differential test of iExec order hashes and signatures against the iexec SDK (its own
// hashApporder / hashDatasetorder / hashWorkerpoolorder / hashRequestorder), ethers' struct hash
// and eth-sig-util's V4 signature: random orders of the four kinds from a fixed seed, on random
// domains, in one node process.

#include "NodeScript.h"
#include "RandomInputs.h"
#include "crypto/SecretBytes.h"
#include "eth/Hex.h"
#include "iexec/IexecOrders.h"
#include "util/Error.h"

#include <QJsonDocument>
#include <QtTest>
#include <nlohmann/json.hpp>
#include <random>

using nlohmann::json;
using sr::Bytes;
using sr::eth::Address;
using sr::eth::toHex;
using sr::eth::U256;
using sr::test::runNode;

namespace {

class Generator : public sr::test::RandomInputs {
public:
    using RandomInputs::RandomInputs;
    sr::Hash32 hash() {
        sr::Hash32 h{};
        const Bytes b = bytes(32);
        std::copy(b.begin(), b.end(), h.begin());
        return h;
    }
    Address address() { return below(4) == 0 ? Address() : Address::fromBytes(bytes(20)); }
    U256 price() { return below(4) == 0 ? U256(0) : U256(rng_() >> below(64)); }
    U256 volume() { return U256(1 + below(1'000'000)); }
    U256 small(std::size_t n) { return U256(below(n)); }

    // Tags the SDK accepts on every order kind: none, TEE+TDX, GPU, TEE+TDX+GPU.
    sr::Hash32 tag() {
        static constexpr std::uint16_t kTags[] = {0x000, 0x009, 0x100, 0x109};
        sr::Hash32 t{};
        const std::uint16_t v = kTags[below(std::size(kTags))];
        t[30] = static_cast<std::uint8_t>(v >> 8);
        t[31] = static_cast<std::uint8_t>(v);
        return t;
    }

    // Request params are a JSON document (the SDK checks that it parses).
    std::string params() {
        static const char* kPieces[] = {"a", "Z", " ", "é", "中", "😀", "\\\"", "-", "0"};
        std::string args;
        for (std::size_t i = 0, n = below(20); i < n; ++i)
            args += kPieces[below(std::size(kPieces))];
        return below(4) == 0 ? "{}" : "{\"iexec_args\":\"" + args + "\"}";
    }

    sr::iexec::OrderDomain domain() {
        static constexpr std::uint64_t kChains[] = {42161, 421614, 134, 31337};
        sr::iexec::OrderDomain d;
        d.chainId = below(2) ? kChains[below(std::size(kChains))] : 1 + below(1'000'000'000);
        d.verifyingContract = Address::fromBytes(bytes(20));
        return d;
    }
};

} // namespace

class TestEthIexecOrders : public QObject {
    Q_OBJECT

private slots:
    void againstTheIexecSdk() {
        QString why;
        if (!sr::test::nodeAvailable(&why))
            QSKIP(qPrintable("SKIPPED LOUDLY: " + why));

        Generator gen(0x1e7ecde5eedULL);
        constexpr int kCases = 200;
        json request = {{"cases", json::array()}};
        struct Expected {
            sr::Hash32 orderHash;
            sr::Hash32 structHash;
            Bytes signature;
        };
        std::vector<Expected> expected;
        for (int i = 0; i < kCases; ++i) {
            const auto domain = gen.domain();
            const Bytes key = gen.bytes(32);
            const sr::crypto::SecretBytes secret(key);
            json c = {{"domain", domain.toJson()}, {"privateKey", toHex(key)}};
            auto record = [&](const char* kind, const auto& order) {
                c["kind"] = kind;
                c["order"] = sr::iexec::toJson(order);
                c["typedData"] = sr::iexec::typedData(domain, order);
                expected.push_back({sr::iexec::orderHash(domain, order),
                                    sr::iexec::structHash(order),
                                    sr::iexec::signOrder(domain, order, secret)});
            };
            switch (i % 4) {
            case 0: {
                sr::iexec::AppOrder o{gen.address(), gen.price(),   gen.volume(),  gen.tag(),
                                      gen.address(), gen.address(), gen.address(), gen.hash()};
                record("app", o);
                break;
            }
            case 1: {
                sr::iexec::DatasetOrder o{gen.address(), gen.price(),   gen.volume(),  gen.tag(),
                                          gen.address(), gen.address(), gen.address(), gen.hash()};
                record("dataset", o);
                break;
            }
            case 2: {
                sr::iexec::WorkerpoolOrder o{
                    gen.address(),  gen.price(),   gen.volume(),  gen.tag(),     gen.small(5),
                    gen.small(100), gen.address(), gen.address(), gen.address(), gen.hash()};
                record("workerpool", o);
                break;
            }
            default: {
                sr::iexec::RequestOrder o{
                    gen.address(),  gen.price(),   gen.address(), gen.price(),  gen.address(),
                    gen.price(),    gen.address(), gen.volume(),  gen.tag(),    gen.small(5),
                    gen.small(100), gen.address(), gen.address(), gen.params(), gen.hash()};
                record("request", o);
                break;
            }
            }
            request["cases"].push_back(std::move(c));
        }

        const json reply = runNode("eth_iexecorders.mjs", request);
        QVERIFY2(!reply.is_null(), "the reference script failed (see the warning above)");
        QVERIFY(reply.contains("cases") && reply.at("cases").size() == std::size_t{kCases});

        for (int i = 0; i < kCases; ++i) {
            const json& c = request["cases"][i];
            const json& r = reply["cases"][i];
            const std::string label = "case " + std::to_string(i) + ": " +
                                      c["kind"].get<std::string>() + " " + c["order"].dump();
            QVERIFY2(!r.contains("error"), qPrintable(QString::fromStdString(
                                               label + "\nreference: " + r.value("error", ""))));
            const Expected& e = expected[static_cast<std::size_t>(i)];
            QVERIFY2(r["orderHash"] == toHex(e.orderHash), label.c_str());
            QVERIFY2(r["structHash"] == toHex(e.structHash), label.c_str());
            QVERIFY2(r["signature"] == toHex(e.signature), label.c_str());
        }
        qInfo("%d random orders (50 of each kind): order hashes equal the iexec SDK's, struct "
              "hashes ethers', signatures eth-sig-util's",
              kCases);
    }
};

QTEST_APPLESS_MAIN(TestEthIexecOrders)
#include "tst_eth_iexecorders.moc"
