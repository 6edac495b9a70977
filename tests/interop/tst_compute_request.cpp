// Differential test of the request orders we build against the iexec SDK 9's own
// createRequestorder + signRequestorder: random fields (args with quotes, controls and
// non-ASCII text, input files, numbered secrets, result encryption on or off, tags, prices),
// the SDK signs with its own random salt, and the order we build from the same fields with
// that salt must be the same, field for field, with the same params string, order hash and
// signature.

#include "NodeScript.h"
#include "RandomInputs.h"
#include "compute/RequestBuilder.h"
#include "crypto/SecretBytes.h"
#include "eth/Hex.h"
#include "eth/Signer.h"
#include "iexec/IexecOrders.h"
#include "util/Error.h"

#include <QtTest>
#include <nlohmann/json.hpp>

using nlohmann::json;
using sr::Bytes;
using sr::eth::Address;
using sr::eth::toHex;
using sr::eth::U256;

namespace {

class Generator : public sr::test::RandomInputs {
public:
    using RandomInputs::RandomInputs;
    Address address() { return Address::fromBytes(bytes(20)); }
    Address maybeAddress() { return below(3) == 0 ? Address() : address(); }
    U256 price() { return below(3) == 0 ? U256(0) : U256(rng_() >> below(64)); }

    std::string text() {
        static const char* kPieces[] = {"a",  "Z",  " ",    "é",    "中",   "😀", "\"", "\\", "/",
                                        "\n", "\t", "\x01", "\x1f", "\x7f", "0", "-",  "'"};
        std::string s;
        for (std::size_t i = 0, n = below(16); i < n; ++i)
            s += kPieces[below(std::size(kPieces))];
        return s;
    }

    sr::Hash32 tag() {
        static constexpr std::uint16_t kTags[] = {0x000, 0x001, 0x009, 0x100, 0x109};
        sr::Hash32 t{};
        const std::uint16_t v = kTags[below(std::size(kTags))];
        t[30] = static_cast<std::uint8_t>(v >> 8);
        t[31] = static_cast<std::uint8_t>(v);
        return t;
    }

    sr::compute::RequestParams params() {
        sr::compute::RequestParams p;
        if (below(3) != 0)
            p.args = text();
        for (std::size_t i = 0, n = below(3); i < n; ++i)
            p.inputFiles.push_back((below(2) ? "https://" : "http://") +
                                   std::string("example.org/") + std::to_string(below(1000)) +
                                   (below(2) ? "?q=é&x=\"y\"" : ""));
        static constexpr std::uint64_t kNumbers[] = {1, 2, 3, 9, 10, 11, 100, 12345};
        for (std::size_t i = 0, n = below(4); i < n; ++i)
            p.secrets[kNumbers[below(std::size(kNumbers))]] =
                below(2) ? toHex(bytes(16)) : "name-" + std::to_string(below(99));
        p.encryptResult = below(3) != 0;
        return p;
    }

    sr::iexec::OrderDomain domain() {
        sr::iexec::OrderDomain d;
        d.chainId = below(2) ? 42161 : 1 + below(1'000'000'000);
        d.verifyingContract = address();
        return d;
    }
};

json sdkParams(const sr::compute::RequestParams& p) {
    json out = json::object();
    if (p.args)
        out["iexec_args"] = *p.args;
    if (!p.inputFiles.empty())
        out["iexec_input_files"] = p.inputFiles;
    // DataProtector's processProtectedData always passes iexec_secrets, {} when none.
    json secrets = json::object();
    for (const auto& [n, name] : p.secrets)
        secrets[std::to_string(n)] = name;
    out["iexec_secrets"] = secrets;
    if (p.encryptResult)
        out["iexec_result_encryption"] = true;
    return out;
}

} // namespace

class TestComputeRequest : public QObject {
    Q_OBJECT

private slots:
    void paramsOfARequestWithNothing() {
        sr::compute::RequestParams p;
        p.encryptResult = false;
        QCOMPARE(sr::compute::requestParamsJson(p),
                 std::string(R"({"iexec_secrets":{},"iexec_result_storage_provider":"ipfs"})"));
    }

    void badParamsAreRefused() {
        sr::compute::RequestParams p;
        p.inputFiles = {"ftp://example.org/x"};
        QVERIFY_THROWS_EXCEPTION(sr::Error, sr::compute::requestParamsJson(p));
        p = {};
        p.args = std::string("\xff\xfe");
        QVERIFY_THROWS_EXCEPTION(sr::Error, sr::compute::requestParamsJson(p));
        p = {};
        p.secrets[0] = "x";
        QVERIFY_THROWS_EXCEPTION(sr::Error, sr::compute::requestParamsJson(p));
        p = {};
        p.secrets[1] = "";
        QVERIFY_THROWS_EXCEPTION(sr::Error, sr::compute::requestParamsJson(p));
    }

    void againstTheIexecSdk() {
        QString why;
        if (!sr::test::nodeAvailable(&why))
            QSKIP(qPrintable("SKIPPED LOUDLY: " + why));

        Generator gen(0xc0ffee15ULL);
        constexpr int kCases = 120;
        json request = {{"cases", json::array()}};
        std::vector<std::pair<sr::compute::RequestFields, sr::iexec::OrderDomain>> built;
        std::vector<Bytes> keys;
        for (int i = 0; i < kCases; ++i) {
            const Bytes key = gen.bytes(32);
            const auto domain = gen.domain();
            sr::compute::RequestFields f;
            f.app = gen.address();
            f.appmaxprice = gen.price();
            f.dataset = gen.maybeAddress();
            f.datasetmaxprice = gen.price();
            f.workerpool = gen.maybeAddress();
            f.workerpoolmaxprice = gen.price();
            f.requester = sr::eth::PrivateKeySigner(sr::crypto::SecretBytes(key)).address();
            f.category = U256(gen.below(5));
            f.tag = gen.tag();
            f.params = gen.params();
            json fields = {{"app", f.app.toChecksumHex()},
                           {"appmaxprice", f.appmaxprice.toDecimal()},
                           {"dataset", f.dataset.toChecksumHex()},
                           {"datasetmaxprice", f.datasetmaxprice.toDecimal()},
                           {"workerpool", f.workerpool.toChecksumHex()},
                           {"workerpoolmaxprice", f.workerpoolmaxprice.toDecimal()},
                           {"category", f.category.toDecimal()},
                           {"tag", toHex(f.tag)},
                           {"params", sdkParams(f.params)}};
            request["cases"].push_back(
                {{"domain", domain.toJson()}, {"privateKey", toHex(key)}, {"fields", fields}});
            built.emplace_back(f, domain);
            keys.push_back(key);
        }

        const json reply = sr::test::runNode("compute_request.mjs", request);
        QVERIFY2(!reply.is_null(), "the reference script failed (see the warning above)");
        QCOMPARE(reply.at("cases").size(), std::size_t{kCases});
        int encrypted = 0, withSecrets = 0;
        for (int i = 0; i < kCases; ++i) {
            const json& r = reply["cases"][i];
            const std::string label =
                "case " + std::to_string(i) + ": " + request["cases"][i]["fields"].dump();
            QVERIFY2(!r.contains("error"),
                     qPrintable(QString::fromStdString(label + "\nSDK: " + r.value("error", ""))));
            const auto& [fields, domain] = built[static_cast<std::size_t>(i)];
            const json& sdk = r["order"];
            const auto salt = sr::eth::fromHexFixed<32>(sdk["salt"].get<std::string>());
            const auto ours = sr::compute::buildRequestOrder(fields, salt);
            QVERIFY2(sdk["params"].get<std::string>() == ours.params,
                     qPrintable(QString::fromStdString(
                         label + "\nSDK:  " + sdk["params"].get<std::string>() +
                         "\nours: " + ours.params)));
            QVERIFY2(sr::iexec::requestOrderFromJson(sdk) == ours, label.c_str());
            QVERIFY2(r["orderHash"] == toHex(sr::iexec::orderHash(domain, ours)), label.c_str());
            const sr::crypto::SecretBytes secret(keys[static_cast<std::size_t>(i)]);
            QVERIFY2(sdk["sign"] == toHex(sr::iexec::signOrder(domain, ours, secret)),
                     label.c_str());
            encrypted += fields.params.encryptResult ? 1 : 0;
            withSecrets += fields.params.secrets.empty() ? 0 : 1;
        }
        QVERIFY(encrypted > 0 && encrypted < kCases && withSecrets > 0);
        qInfo("%d random requests (%d encrypted, %d with secrets): orders, params strings, "
              "hashes and signatures equal the iexec SDK's",
              kCases, encrypted, withSecrets);
    }
};

QTEST_APPLESS_MAIN(TestComputeRequest)
#include "tst_compute_request.moc"
