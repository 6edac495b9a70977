// The real iexec SDK (npm iexec 9.0.1, run by node) against the sandbox's SMS and market API on
// a real anvil with the real PoCo contracts: it pushes and checks a dataset key, its result
// key and a requester secret, publishes, reads, unpublishes and cancels dataset orders and
// publishes an app order, then runs a full market round (orders read from the books, matched
// on chain, the deal found through /deals), all through its public IExec class, exactly as on
// Arbitrum. Every answer it got is checked here, and so is what the services stored.

#include "../integration/SandboxTestChain.h"
#include "NodeScript.h"
#include "eth/Hex.h"
#include "sandbox/SandboxServices.h"
#include "util/Error.h"
#include "util/HttpClient.h"

#include <QJsonDocument>
#include <QTemporaryDir>
#include <QtTest>
#include <nlohmann/json.hpp>

using namespace sr;
using eth::Address;
using nlohmann::json;

namespace {

std::string keyHex(const test::DevKey& key) {
    return eth::toHex(key.key.view());
}

std::string text(const crypto::SecretBytes& secret) {
    return std::string(reinterpret_cast<const char*>(secret.data()), secret.size());
}

bool failedWith(const json& step, const std::string& fragment) {
    return step.is_object() && step.contains("error") &&
           step.at("error").get<std::string>().find(fragment) != std::string::npos;
}

} // namespace

class SandboxSdkTest : public QObject {
    Q_OBJECT

private slots:
    void theSdkTalksToTheSandbox() {
        QString why;
        if (!test::nodeAvailable(&why))
            QSKIP(qPrintable("SKIPPED LOUDLY: " + why));
        QTemporaryDir state;
        QVERIFY(state.isValid());
        try {
            test::SandboxTestChain chain;
            const test::DevKey owner = test::devKey(1);
            const test::DevKey stranger = test::devKey(2);
            const Address dataset = chain.createDataset(owner.address, "sdk data");
            const Address otherDataset = chain.createDataset(owner.address, "sdk other data");
            const Address app = chain.createApp(owner.address, "sdk app");
            const Address otherApp = chain.createApp(stranger.address, "sdk other app");
            const Address workerpool = chain.createWorkerpool(stranger.address, "sdk pool");
            const test::DevKey requester = test::devKey(3);
            sandbox::SandboxServices services(
                sandbox::SandboxServices::Options{.rpcUrl = chain.rpcUrl(),
                                                  .deployment = chain.deployment(),
                                                  .stateDir = state.path().toStdString()});
            services.start();

            const std::string secret = "q83vEjRWeJq83vEjRWeJq83vEjRWeJq83vEjRWeJq8w=";
            const std::string resultKey = "-----BEGIN PUBLIC KEY-----\nMIIBIjANBgkqhkiG9w0BAQEF"
                                          "AAOCAQ8AMIIBCgKCAQEA\n-----END PUBLIC KEY-----\n";
            const json input = {{"rpcUrl", chain.rpcUrl()},
                                {"hubAddress", chain.deployment().hub.toChecksumHex()},
                                {"smsURL", services.smsUrl()},
                                {"iexecGatewayURL", services.marketUrl()},
                                {"ownerKey", keyHex(owner)},
                                {"strangerKey", keyHex(stranger)},
                                {"requesterKey", keyHex(requester)},
                                {"workerpool", workerpool.toChecksumHex()},
                                {"dataset", dataset.toChecksumHex()},
                                {"otherDataset", otherDataset.toChecksumHex()},
                                {"app", app.toChecksumHex()},
                                {"otherApp", otherApp.toChecksumHex()},
                                {"secret", secret},
                                {"resultKey", resultKey}};
            QElapsedTimer timer;
            timer.start();
            const QJsonDocument reply = test::runNodeScript(
                QStringLiteral("sandbox_sdk.mjs"),
                QJsonDocument::fromJson(QByteArray::fromStdString(input.dump())), 90000);
            QVERIFY2(!reply.isNull(), "the SDK script failed");
            const json r = json::parse(reply.toJson(QJsonDocument::Compact).toStdString());
            qInfo("SDK session: %lld ms", timer.elapsed());
            const auto show = [&](const char* name) { return r.at(name).dump(); };

            // SMS: the dataset key.
            QCOMPARE(r.at("secretBefore"), json(false));
            QVERIFY2(r.at("pushSecret") == json(true), show("pushSecret").c_str());
            QCOMPARE(r.at("secretAfter"), json(true));
            QVERIFY2(failedWith(r.at("pushSecretAgain"), "already exists"),
                     show("pushSecretAgain").c_str());
            QVERIFY2(failedWith(r.at("strangerPush"), "is not allowed to set secret"),
                     show("strangerPush").c_str());
            QCOMPARE(r.at("otherSecretExists"), json(false));
            QCOMPARE(text(*services.sms().datasetSecret(dataset)), secret);
            QVERIFY(!services.sms().hasDatasetSecret(otherDataset));

            // SMS: web2 (result key, base64 of the PEM as the SDK sends it) and requester.
            QCOMPARE(r.at("resultKeyBefore"), json(false));
            QCOMPARE(r.at("pushResultKey"), json({{"isPushed", true}, {"isUpdated", false}}));
            QVERIFY2(failedWith(r.at("pushResultKeyAgain"), "already exists"),
                     show("pushResultKeyAgain").c_str());
            QCOMPARE(r.at("updateResultKey"), json({{"isPushed", true}, {"isUpdated", true}}));
            QCOMPARE(r.at("resultKeyAfter"), json(true));
            QVERIFY(services.sms().resultEncryptionPublicKey(owner.address).has_value());
            QCOMPARE(r.at("pushRequesterSecret"), json({{"isPushed", true}}));
            QCOMPARE(r.at("requesterSecretExists"), json(true));
            QCOMPARE(text(*services.sms().requesterSecret(owner.address, "my-api-key")),
                     std::string("requester-value"));

            // Market: publish, read, unpublish.
            QVERIFY2(!r.at("signedOrder").contains("error"), show("signedOrder").c_str());
            const std::string hash = r.at("localHash").get<std::string>();
            QVERIFY2(r.at("publishedHash") == json(hash), show("publishedHash").c_str());
            QVERIFY2(failedWith(r.at("publishAgain"), "order already published"),
                     show("publishAgain").c_str());
            QVERIFY2(failedWith(r.at("strangerPublish"), "only order signer"),
                     show("strangerPublish").c_str());
            const json& fetched = r.at("fetchedOrder");
            QVERIFY2(fetched.value("orderHash", "") == hash, show("fetchedOrder").c_str());
            QCOMPARE(fetched.at("status"), json("open"));
            QCOMPARE(fetched.at("remaining"), json(5));
            QCOMPARE(fetched.at("signer"), json(owner.address.toChecksumHex()));
            QCOMPARE(fetched.at("order").at("apprestrict"), json(app.toChecksumHex()));
            QCOMPARE(fetched.at("order").at("datasetprice"), json(3));
            QCOMPARE(fetched.at("order").at("sign"), r.at("signedOrder").at("sign"));
            QCOMPARE(r.at("bookForApp").at("count"), json(1));
            QCOMPARE(r.at("bookForApp").at("hashes"), json::array({hash}));
            QCOMPARE(r.at("bookForApp").at("first").at("order").at("dataset"),
                     json(dataset.toChecksumHex()));
            QCOMPARE(r.at("bookForOtherAppStrict").at("count"), json(0));
            QCOMPARE(r.at("bookUnrestrictedOnly").at("count"), json(0));
            QVERIFY2(failedWith(r.at("strangerUnpublish"), "only order signer"),
                     show("strangerUnpublish").c_str());
            QCOMPARE(r.at("unpublished"), json(hash));
            QCOMPARE(r.at("bookAfterUnpublish").at("count"), json(0));

            // Market: a cancel on chain by the SDK takes the order out of the book.
            const std::string second = r.at("publishSecond").get<std::string>();
            QCOMPARE(r.at("bookBeforeCancel").at("hashes"), json::array({second}));
            QVERIFY2(r.at("cancel").is_string(), show("cancel").c_str());
            QCOMPARE(r.at("bookAfterCancel").at("count"), json(0));
            QCOMPARE(r.at("fetchedCancelled").at("status"), json("canceled"));
            QCOMPARE(r.at("fetchedCancelled").at("remaining"), json(0));

            // Market: unpublish last, then all.
            const json& lastAndAll = r.at("unpublishLastAndAll");
            QVERIFY2(lastAndAll.contains("hashes"), lastAndAll.dump().c_str());
            const auto hashes = lastAndAll.at("hashes");
            QCOMPARE(lastAndAll.at("last"), hashes.at(2));
            auto all = lastAndAll.at("all").get<std::vector<std::string>>();
            std::sort(all.begin(), all.end());
            std::vector<std::string> expected{hashes.at(0).get<std::string>(),
                                              hashes.at(1).get<std::string>()};
            std::sort(expected.begin(), expected.end());
            QCOMPARE(all, expected);

            // Market: an app order by its owner.
            const json& appOrder = r.at("appOrder");
            QVERIFY2(appOrder.contains("published"), appOrder.dump().c_str());
            QCOMPARE(appOrder.at("published"), appOrder.at("local"));
            QCOMPARE(appOrder.at("book").at("hashes"), json::array({appOrder.at("local")}));

            // A full round: published orders read back from the books and matched by the SDK;
            // the deal in /deals, the orders filled.
            const json& match = r.at("match");
            QVERIFY2(match.contains("dealid"), match.dump().c_str());
            QCOMPARE(
                match.at("fromBook"),
                json({{"app", true}, {"dataset", true}, {"workerpool", true}, {"request", true}}));
            QCOMPARE(match.at("volume"), json(1));
            QCOMPARE(match.at("byDatasetorder").at("count"), json(1));
            QCOMPARE(match.at("byDatasetorder").at("dealids"), json::array({match.at("dealid")}));
            const json& deal = match.at("byDatasetorder").at("first");
            QCOMPARE(deal.at("dataset").at("pointer"), json(dataset.toChecksumHex()));
            QCOMPARE(deal.at("app").at("pointer"), json(otherApp.toChecksumHex()));
            QCOMPARE(deal.at("workerpool").at("owner"), json(stranger.address.toChecksumHex()));
            QCOMPARE(deal.at("requester"), json(requester.address.toChecksumHex()));
            QCOMPARE(deal.at("requestHash"), match.at("hashes").at("requestorderHash"));
            QCOMPARE(match.at("byRequesterCount"), json(1));
            QCOMPARE(match.at("datasetorderAfter"), json({{"status", "filled"}, {"remaining", 0}}));
            QCOMPARE(match.at("requestBookAfter"), json(0));

            services.stop();
        } catch (const Error& e) {
            QFAIL(e.what());
        }
    }
};

QTEST_GUILESS_MAIN(SandboxSdkTest)
#include "tst_sandbox_sdk.moc"
