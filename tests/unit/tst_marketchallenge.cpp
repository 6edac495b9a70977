// The market login challenge: only the exact iExec shape is accepted for signing; an order, an
// order operation, another domain or chain, or any extra field is refused before any signature.

#include "eth/Eip712.h"
#include "iexec/IexecOrders.h"
#include "iexec/MarketClient.h"
#include "util/Error.h"

#include <QtTest>
#include <functional>

using nlohmann::json;
using sr::Error;
using sr::ErrorCode;
using sr::iexec::MarketClient;

namespace {

constexpr std::uint64_t kChain = 421614;

// The document the iExec market API serves (and the sandbox market copies).
json realChallenge() {
    return {{"types",
             {{"EIP712Domain",
               {{{"name", "name"}, {"type", "string"}},
                {{"name", "version"}, {"type", "string"}},
                {{"name", "chainId"}, {"type", "uint256"}}}},
              {"Challenge", {{{"name", "challenge"}, {"type", "string"}}}}}},
            {"domain", {{"name", "iExec Gateway"}, {"version", "1"}, {"chainId", "421614"}}},
            {"primaryType", "Challenge"},
            {"message",
             {{"challenge",
               "Sign this message to log into iExec Gateway: cjOuBp3mAPpnvTe9Y8uULBOWzIRkCFOe"}}}};
}

int codeOf(const json& document, std::string* message = nullptr) {
    try {
        MarketClient::checkChallenge(document, kChain);
    } catch (const Error& e) {
        if (message)
            *message = e.what();
        return static_cast<int>(e.code());
    }
    return 0; // accepted
}

} // namespace

class TestMarketChallenge : public QObject {
    Q_OBJECT

private slots:
    void acceptsTheRealChallenge() {
        QCOMPARE(codeOf(realChallenge()), 0);
        json numeric = realChallenge();
        numeric["domain"]["chainId"] = kChain;
        QCOMPARE(codeOf(numeric), 0);
        // It is valid typed data, so that what is signed is what was checked.
        QVERIFY(sr::eth::Eip712::fromJson(realChallenge()).primaryType() == "Challenge");
    }

    void refusesOrdersInThePocoDomain() {
        sr::iexec::OrderDomain domain;
        domain.chainId = kChain;
        domain.verifyingContract =
            sr::eth::Address::fromHex("0x3eca1B216A7DF1C7689aEb259fFB83ADFB894E7f");
        sr::iexec::RequestOrder request;
        sr::iexec::DatasetOrder dataset;
        for (const json& hostile :
             {sr::iexec::typedData(domain, request), sr::iexec::typedData(domain, dataset),
              sr::iexec::operationTypedData(domain, dataset, sr::iexec::OrderOperation::Close)}) {
            std::string message;
            QCOMPARE(codeOf(hostile, &message), static_cast<int>(ErrorCode::Crypto));
            QVERIFY2(message.find("nothing was signed") != std::string::npos, message.c_str());
        }
    }

    void refusesEveryDeviation_data() {
        QTest::addColumn<std::function<void(json&)>>("change");
        const auto add = [](const char* name, std::function<void(json&)> change) {
            QTest::newRow(name) << change;
        };
        add("another chain", [](json& d) { d["domain"]["chainId"] = "42161"; });
        add("chain as text with a sign", [](json& d) { d["domain"]["chainId"] = "+421614"; });
        add("another name", [](json& d) { d["domain"]["name"] = "iExecODB"; });
        add("another version", [](json& d) { d["domain"]["version"] = "5.0.0"; });
        add("a verifying contract", [](json& d) {
            d["domain"]["verifyingContract"] = "0x3eca1B216A7DF1C7689aEb259fFB83ADFB894E7f";
        });
        add("a salt", [](json& d) { d["domain"]["salt"] = std::string(66, '1'); });
        add("another primary type", [](json& d) { d["primaryType"] = "EIP712Domain"; });
        add("an extra type", [](json& d) {
            d["types"]["Other"] = json::array({{{"name", "x"}, {"type", "uint256"}}});
        });
        add("a second field", [](json& d) {
            d["types"]["Challenge"].push_back({{"name", "amount"}, {"type", "uint256"}});
            d["message"]["amount"] = "1";
        });
        add("field of another type", [](json& d) {
            d["types"]["Challenge"][0]["type"] = "bytes32";
            d["message"]["challenge"] = "0x" + std::string(64, '0');
        });
        add("domain types reordered", [](json& d) {
            std::swap(d["types"]["EIP712Domain"][0], d["types"]["EIP712Domain"][1]);
        });
        add("no domain type", [](json& d) { d["types"].erase("EIP712Domain"); });
        add("other text", [](json& d) { d["message"]["challenge"] = "Approve 1000 RLC"; });
        add("prefix only", [](json& d) {
            d["message"]["challenge"] = "Sign this message to log into iExec Gateway: ";
        });
        add("text after the value", [](json& d) {
            d["message"]["challenge"] =
                "Sign this message to log into iExec Gateway: abc and transfer everything";
        });
        add("a very long value", [](json& d) {
            d["message"]["challenge"] =
                "Sign this message to log into iExec Gateway: " + std::string(129, 'a');
        });
        add("challenge not text", [](json& d) { d["message"]["challenge"] = 5; });
        add("an extra top-level member", [](json& d) { d["extra"] = true; });
        add("not an object", [](json& d) { d = json::array(); });
    }

    void refusesEveryDeviation() {
        QFETCH(std::function<void(json&)>, change);
        json document = realChallenge();
        change(document);
        QCOMPARE(codeOf(document), static_cast<int>(ErrorCode::Crypto));
    }
};

QTEST_APPLESS_MAIN(TestMarketChallenge)
#include "tst_marketchallenge.moc"
