// The sandbox SMS against a real anvil with the real PoCo contracts: every endpoint the iexec
// SDK uses, every refusal of the real SMS (401, 409, 413, 400), storage sealed at rest, a
// restart on the same state folder, and the worker's dataset-key release for an active task.

#include "SandboxTestChain.h"
#include "crypto/Keccak.h"
#include "eth/Eip191.h"
#include "eth/Hex.h"
#include "iexec/IexecOrders.h"
#include "iexec/PocoHub.h"
#include "iexec/SmsChallenge.h"
#include "sandbox/SmsService.h"
#include "sandbox/WorkerProtocol.h"
#include "util/Error.h"
#include "util/HttpClient.h"

#include <QTemporaryDir>
#include <QtTest>
#include <filesystem>
#include <fstream>
#include <sys/stat.h>

using namespace sr;
using eth::AbiValue;
using eth::Address;

namespace {

std::string personalSign(const test::DevKey& signer, const Hash32& challenge) {
    return eth::toHex(eth::signPersonalMessage(signer.key, challenge));
}

std::string fileContents(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

std::string text(const crypto::SecretBytes& secret) {
    return std::string(secret.text());
}

} // namespace

class SmsServiceTest : public QObject {
    Q_OBJECT
    std::unique_ptr<test::SandboxTestChain> chain_;
    QTemporaryDir state_;
    std::unique_ptr<sandbox::SmsService> sms_;
    HttpClient http_;
    test::DevKey owner_ = test::devKey(1);
    test::DevKey stranger_ = test::devKey(2);
    Address dataset_;
    Address app_;
    const std::string secret_ = "c2VjcmV0LWRhdGFzZXQta2V5LWluLWJhc2U2NC0xMjM0NTY3OA==";

    std::filesystem::path stateDir() const {
        return std::filesystem::path(state_.path().toStdString()) / "sms";
    }

    void startSms() {
        sms_ = std::make_unique<sandbox::SmsService>(
            sandbox::SmsService::Options{.rpcUrl = chain_->rpcUrl(),
                                         .deployment = chain_->deployment(),
                                         .stateDir = stateDir()});
        sms_->start();
    }

    HttpResponse send(const std::string& method, const std::string& target,
                      const std::string& body = {},
                      const std::optional<std::string>& authorization = std::nullopt) {
        HttpRequest request;
        request.method = method;
        request.url = sms_->baseUrl() + target;
        request.body = body;
        if (method == "POST" || method == "PUT")
            request.headers.emplace_back("Content-Type", "text/plain");
        if (authorization)
            request.headers.emplace_back("Authorization", *authorization);
        return http_.send(request);
    }

    HttpResponse pushWeb3(const test::DevKey& signer, const Address& dataset,
                          const std::string& value) {
        return send("POST", "/secrets/web3?secretAddress=" + dataset.toChecksumHex(), value,
                    personalSign(signer, iexec::smsChallenge(dataset, {value})));
    }

    HttpResponse pushWeb2(const std::string& method, const test::DevKey& signer,
                          const std::string& name, const std::string& value) {
        return send(
            method,
            "/secrets/web2?ownerAddress=" + signer.address.toChecksumHex() + "&secretName=" + name,
            value, personalSign(signer, iexec::smsChallenge(signer.address, {name, value})));
    }

    /// A deal of one task on `dataset` between fresh app and workerpool (owned by dev keys 2
    /// and 3), requested by dev key 4; returns the deal id.
    Hash32 makeDeal(const Address& dataset, std::uint8_t tag, const std::string& params,
                    std::uint8_t saltByte) {
        const test::DevKey appOwner = test::devKey(2);
        const test::DevKey poolOwner = test::devKey(3);
        const test::DevKey requester = test::devKey(4);
        const Address app =
            chain_->createApp(appOwner.address, "session app " + std::to_string(saltByte));
        const Address pool =
            chain_->createWorkerpool(poolOwner.address, "session pool " + std::to_string(saltByte));
        Hash32 tagBytes{};
        tagBytes[31] = tag;
        Hash32 salt{};
        salt[0] = saltByte;
        iexec::AppOrder appOrder;
        appOrder.app = app;
        appOrder.volume = 1;
        appOrder.tag = tagBytes;
        appOrder.salt = salt;
        iexec::DatasetOrder datasetOrder;
        datasetOrder.dataset = dataset;
        datasetOrder.volume = 1;
        datasetOrder.salt = salt;
        iexec::WorkerpoolOrder poolOrder;
        poolOrder.workerpool = pool;
        poolOrder.volume = 1;
        poolOrder.tag = tagBytes;
        poolOrder.salt = salt;
        iexec::RequestOrder requestOrder;
        requestOrder.app = app;
        requestOrder.dataset = dataset;
        requestOrder.workerpool = pool;
        requestOrder.requester = requester.address;
        requestOrder.volume = 1;
        requestOrder.beneficiary = requester.address;
        requestOrder.params = params;
        requestOrder.salt = salt;
        return chain_->matchOrders(appOrder, appOwner, datasetOrder, owner_, poolOrder, poolOwner,
                                   requestOrder, requester);
    }

    /// makeDeal's task, initialised unless told not to.
    Hash32 makeTask(const Address& dataset, std::uint8_t tag, const std::string& params,
                    std::uint8_t saltByte, bool initialize = true) {
        const Hash32 dealId = makeDeal(dataset, tag, params, saltByte);
        if (initialize)
            chain_->sender(test::devKey(3).address)
                .transact(
                    chain_->deployment().hub, "initialize(bytes32,uint256)",
                    {AbiValue::bytes(Bytes(dealId.begin(), dealId.end())), AbiValue::number(0)});
        return iexec::PocoHub::taskId(dealId, 0);
    }

    HttpResponse challenge(const Hash32& taskId, const test::DevKey& signer) {
        return send("POST", "/tee/challenges/" + eth::toHex(ByteView(taskId.data(), 32)), "",
                    personalSign(signer, sandbox::challengeRequestHash(taskId)));
    }

    HttpResponse session(const sandbox::WorkerpoolAuthorization& authorization,
                         const test::DevKey* headerSigner) {
        std::optional<std::string> header;
        if (headerSigner)
            header = personalSign(*headerSigner, authorization.hash());
        HttpRequest request;
        request.method = "POST";
        request.url = sms_->baseUrl() + "/tee/sessions";
        request.body = authorization.toJson().dump();
        request.headers.emplace_back("Content-Type", "application/json");
        if (header)
            request.headers.emplace_back("Authorization", *header);
        return http_.send(request);
    }

    sandbox::WorkerpoolAuthorization authorize(const Hash32& taskId, const Address& enclave,
                                               const test::DevKey& scheduler,
                                               const test::DevKey& worker) {
        sandbox::WorkerpoolAuthorization a;
        a.taskId = taskId;
        a.worker = worker.address;
        a.enclave = enclave;
        a.signature = eth::signPersonalMessage(scheduler.key, a.hash());
        return a;
    }

private slots:
    void initTestCase() {
        QVERIFY(state_.isValid());
        try {
            chain_ = std::make_unique<test::SandboxTestChain>();
            dataset_ = chain_->createDataset(owner_.address, "sms test data");
            app_ = chain_->createApp(stranger_.address, "sms test app");
            startSms();
        } catch (const Error& e) {
            QFAIL(e.what());
        }
    }

    void web3SecretIsPushedOnceByTheOwner() {
        QCOMPARE(send("HEAD", "/secrets/web3?secretAddress=" + dataset_.toChecksumHex()).status,
                 404L);
        QCOMPARE(pushWeb3(owner_, dataset_, secret_).status, 204L);
        QCOMPARE(send("HEAD", "/secrets/web3?secretAddress=" + dataset_.toChecksumHex()).status,
                 204L);
        // Any case of the address finds it, as in the real SMS.
        QCOMPARE(send("HEAD", "/secrets/web3?secretAddress=" + dataset_.toLowerHex()).status, 204L);
        QVERIFY(sms_->hasDatasetSecret(dataset_));
        QCOMPARE(text(*sms_->datasetSecret(dataset_)), secret_);

        // Not updatable: a second, properly signed push is a conflict and changes nothing.
        QCOMPARE(pushWeb3(owner_, dataset_, "another key").status, 409L);
        QCOMPARE(text(*sms_->datasetSecret(dataset_)), secret_);
    }

    void web3RefusesWhoIsNotTheOwner() {
        const Address other = chain_->createDataset(owner_.address, "sms refusals");
        // Signed by someone else.
        QCOMPARE(pushWeb3(stranger_, other, "k").status, 401L);
        // Signed by the owner over another value than the body.
        QCOMPARE(send("POST", "/secrets/web3?secretAddress=" + other.toChecksumHex(), "k",
                      personalSign(owner_, iexec::smsChallenge(other, {"not k"})))
                     .status,
                 401L);
        // Signed for another dataset.
        QCOMPARE(send("POST", "/secrets/web3?secretAddress=" + other.toChecksumHex(), "k",
                      personalSign(owner_, iexec::smsChallenge(dataset_, {"k"})))
                     .status,
                 401L);
        // Not a signature at all.
        QCOMPARE(send("POST", "/secrets/web3?secretAddress=" + other.toChecksumHex(), "k",
                      std::string("0xnot-a-signature"))
                     .status,
                 401L);
        // Not a registered dataset: an app, and an account.
        QCOMPARE(pushWeb3(stranger_, app_, "k").status, 401L);
        QCOMPARE(pushWeb3(owner_, owner_.address, "k").status, 401L);
        QCOMPARE(send("HEAD", "/secrets/web3?secretAddress=" + other.toChecksumHex()).status, 404L);
        QVERIFY(!sms_->hasDatasetSecret(other));
    }

    void web3RefusesMalformedRequests() {
        const Address other = chain_->createDataset(owner_.address, "sms malformed");
        const std::string target = "/secrets/web3?secretAddress=" + other.toChecksumHex();
        QCOMPARE(send("POST", target, "k").status, 400L); // no Authorization
        QCOMPARE(send("POST", "/secrets/web3", "k",
                      personalSign(owner_, iexec::smsChallenge(other, {"k"})))
                     .status,
                 400L); // no secretAddress
        QCOMPARE(
            send("POST", "/secrets/web3?secretAddress=0x1234", "k", std::string("0x00")).status,
            400L);
        QCOMPARE(
            send("POST", target, "", personalSign(owner_, iexec::smsChallenge(other, {""}))).status,
            400L); // no body
        QCOMPARE(send("HEAD", "/secrets/web3").status, 400L);
        // Over 4 KiB: refused after the signature check, as the real SMS.
        const std::string big(sandbox::SmsService::kMaxSecretBytes + 1, 'a');
        QCOMPARE(pushWeb3(owner_, other, big).status, 413L);
        QCOMPARE(send("GET", target).status, 405L);
        // A huge body is refused before it is read.
        QCOMPARE(pushWeb3(owner_, other, std::string(3u << 20, 'b')).status, 413L);
        QVERIFY(!sms_->hasDatasetSecret(other));
    }

    void web2SecretsArePushedCheckedAndUpdated() {
        const std::string name = sandbox::SmsService::kResultEncryptionKeyName;
        const std::string check =
            "/secrets/web2?ownerAddress=" + owner_.address.toChecksumHex() + "&secretName=" + name;
        QCOMPARE(send("HEAD", check).status, 404L);
        QCOMPARE(pushWeb2("PUT", owner_, name, "v0").status, 404L); // nothing to update
        QCOMPARE(pushWeb2("POST", owner_, name, "LS0tLS1CRUdJTiBQVUJMSUMgS0VZ").status, 204L);
        QCOMPARE(send("HEAD", check).status, 204L);
        QCOMPARE(*sms_->resultEncryptionPublicKey(owner_.address),
                 std::string("LS0tLS1CRUdJTiBQVUJMSUMgS0VZ"));
        QCOMPARE(pushWeb2("POST", owner_, name, "v2").status, 409L);
        QCOMPARE(pushWeb2("PUT", owner_, name, "v2").status, 204L);
        QCOMPARE(*sms_->resultEncryptionPublicKey(owner_.address), std::string("v2"));
        // Names are case-insensitive in the real SMS.
        QCOMPARE(send("HEAD", "/secrets/web2?ownerAddress=" + owner_.address.toLowerHex() +
                                  "&secretName=IEXEC-RESULT-ENCRYPTION-PUBLIC-KEY")
                     .status,
                 204L);

        // Only the owner writes its own secrets.
        const std::string forOwner =
            "/secrets/web2?ownerAddress=" + owner_.address.toChecksumHex() + "&secretName=" + name;
        QCOMPARE(send("PUT", forOwner, "evil",
                      personalSign(stranger_, iexec::smsChallenge(owner_.address, {name, "evil"})))
                     .status,
                 401L);
        QCOMPARE(*sms_->resultEncryptionPublicKey(owner_.address), std::string("v2"));
        QCOMPARE(send("POST", "/secrets/web2?ownerAddress=" + owner_.address.toChecksumHex(), "v",
                      personalSign(owner_, iexec::smsChallenge(owner_.address, {"", "v"})))
                     .status,
                 400L); // no secretName
    }

    void requesterSecrets() {
        const test::DevKey requester = test::devKey(4);
        const std::string path =
            "/requesters/" + requester.address.toChecksumHex() + "/secrets/api-key_1";
        const auto push = [&](const test::DevKey& signer, const std::string& key,
                              const std::string& value) {
            return send(
                "POST", "/requesters/" + requester.address.toChecksumHex() + "/secrets/" + key,
                value, personalSign(signer, iexec::smsChallenge(requester.address, {key, value})));
        };
        QCOMPARE(send("HEAD", path).status, 404L);
        QCOMPARE(push(stranger_, "api-key_1", "s3cr3t").status, 401L);
        QCOMPARE(push(requester, "api-key_1", "s3cr3t").status, 204L);
        QCOMPARE(send("HEAD", path).status, 204L);
        QCOMPARE(text(*sms_->requesterSecret(requester.address, "api-key_1")),
                 std::string("s3cr3t"));
        const auto again = push(requester, "api-key_1", "other");
        QCOMPARE(again.status, 409L);
        QVERIFY(again.body.find("Secret already exists") != std::string::npos);
        QCOMPARE(push(requester, "bad.key", "v").status, 400L);
        QCOMPARE(
            send("HEAD", "/requesters/" + requester.address.toChecksumHex() + "/secrets/bad.key")
                .status,
            400L);
        QCOMPARE(
            send("HEAD", "/requesters/" + requester.address.toChecksumHex() + "/nothing").status,
            404L);
    }

    void appDeveloperSecrets() {
        const std::string path = "/apps/" + app_.toChecksumHex() + "/secrets";
        const auto push = [&](const test::DevKey& signer, const std::string& value) {
            return send("POST", path, value,
                        personalSign(signer, iexec::smsChallenge(app_, {"1", value})));
        };
        QCOMPARE(send("HEAD", path).status, 404L);
        QCOMPARE(push(owner_, "app secret").status, 401L); // not the app's owner
        QCOMPARE(push(stranger_, "app secret").status, 204L);
        QCOMPARE(send("HEAD", path).status, 204L);
        QCOMPARE(push(stranger_, "again").status, 409L);
        QCOMPARE(text(*sms_->appDeveloperSecret(app_)), std::string("app secret"));
    }

    void datasetKeyGoesOnlyToAnActiveTeeTask() {
        try {
            // A deal on the dataset: app (TEE), dataset, workerpool and request orders, all
            // free, signed by their owners' keys, matched on chain by the requester.
            const test::DevKey poolOwner = test::devKey(3);
            const Hash32 dealId = makeDeal(dataset_, 0x01, "", 0x42);
            const Hash32 taskId = iexec::PocoHub::taskId(dealId, 0);

            // Not initialised yet: the key stays in.
            try {
                sms_->datasetSecretForTask(taskId);
                QFAIL("a key was released for an inactive task");
            } catch (const Error& e) {
                QCOMPARE(e.code(), ErrorCode::Crypto);
            }
            chain_->sender(poolOwner.address)
                .transact(
                    chain_->deployment().hub, "initialize(bytes32,uint256)",
                    {AbiValue::bytes(Bytes(dealId.begin(), dealId.end())), AbiValue::number(0)});
            QCOMPARE(text(sms_->datasetSecretForTask(taskId)), secret_);
        } catch (const Error& e) {
            QFAIL(e.what());
        }
    }

    void teeSessionsGoOnlyToTheAuthorisedWorkerOfAnActiveTeeTask() {
        try {
            const test::DevKey poolOwner = test::devKey(3);
            const test::DevKey worker = test::devKey(5);
            const std::string params = "{\"iexec_secrets\":{}}";

            // Not initialised: no challenge, no session.
            const Hash32 pending = makeTask(dataset_, 0x09, params, 0x51, false);
            QCOMPARE(challenge(pending, poolOwner).status, 403L);
            QCOMPARE(
                session(authorize(pending, poolOwner.address, poolOwner, worker), &worker).status,
                403L);

            const Hash32 taskId = makeTask(dataset_, 0x09, params, 0x52);
            // Only the workerpool's owner gets the enclave challenge.
            QCOMPARE(challenge(taskId, stranger_).status, 401L);
            const auto made = challenge(taskId, poolOwner);
            QCOMPARE(made.status, 200L);
            const Address enclave = Address::fromHex(made.body);
            QCOMPARE(challenge(taskId, poolOwner).body, made.body); // the same on every call

            const auto good = authorize(taskId, enclave, poolOwner, worker);
            // The request must be signed by the authorised worker.
            QCOMPARE(session(good, nullptr).status, 400L);
            QCOMPARE(session(good, &stranger_).status, 401L);
            // The authorisation must come from the workerpool's owner.
            QCOMPARE(session(authorize(taskId, enclave, stranger_, worker), &worker).status, 403L);
            // With the enclave this SMS made for the task.
            QCOMPARE(
                session(authorize(taskId, stranger_.address, poolOwner, worker), &worker).status,
                403L);

            const auto opened = session(good, &worker);
            QCOMPARE(opened.status, 200L);
            const auto env = nlohmann::json::parse(opened.body)["data"]["environment"];
            QCOMPARE(env["pre-compute"]["IEXEC_DATASET_KEY"].get<std::string>(), secret_);
            QCOMPARE(env["pre-compute"]["IEXEC_DATASET_FILENAME"].get<std::string>(),
                     dataset_.toChecksumHex());
            QVERIFY(!env["app"].contains("IEXEC_DATASET_KEY"));
            QCOMPARE(env["app"]["IEXEC_DATASET_FILENAME"].get<std::string>(),
                     dataset_.toChecksumHex());
            QCOMPARE(env["post-compute"]["SIGN_WORKER_ADDRESS"].get<std::string>(),
                     worker.address.toChecksumHex());

            // A deal without the TEE bit never gets a session.
            const Hash32 plain = makeTask(dataset_, 0x00, params, 0x53);
            const Address plainEnclave = Address::fromHex(challenge(plain, poolOwner).body);
            QCOMPARE(session(authorize(plain, plainEnclave, poolOwner, worker), &worker).status,
                     403L);

            // A dataset whose key the SMS does not hold, a requester secret that does not exist.
            const Address keyless = chain_->createDataset(owner_.address, "sms keyless");
            const Hash32 noKey = makeTask(keyless, 0x09, params, 0x54);
            const auto r1 =
                session(authorize(noKey, Address::fromHex(challenge(noKey, poolOwner).body),
                                  poolOwner, worker),
                        &worker);
            QCOMPARE(r1.status, 404L);
            QVERIFY(r1.body.find("no key for dataset") != std::string::npos);
            const Hash32 noSecret =
                makeTask(dataset_, 0x09, "{\"iexec_secrets\":{\"1\":\"absent\"}}", 0x55);
            const auto r2 =
                session(authorize(noSecret, Address::fromHex(challenge(noSecret, poolOwner).body),
                                  poolOwner, worker),
                        &worker);
            QCOMPARE(r2.status, 404L);
            QVERIFY(r2.body.find("absent") != std::string::npos);
            // Encryption asked but the beneficiary has no public key.
            const Hash32 noPublicKey = makeTask(
                dataset_, 0x09, "{\"iexec_secrets\":{},\"iexec_result_encryption\":true}", 0x56);
            const auto r3 = session(
                authorize(noPublicKey, Address::fromHex(challenge(noPublicKey, poolOwner).body),
                          poolOwner, worker),
                &worker);
            QCOMPARE(r3.status, 404L);
            QVERIFY(r3.body.find("result-encryption") != std::string::npos);
        } catch (const Error& e) {
            QFAIL(e.what());
        }
    }

    void secretsAreSealedAtRestAndSurviveARestart() {
        sms_->stop();
        sms_.reset();
        // Nothing in the state folder holds a secret in clear.
        for (const auto& entry : std::filesystem::recursive_directory_iterator(stateDir())) {
            if (!entry.is_regular_file())
                continue;
            const std::string bytes = fileContents(entry.path());
            QVERIFY2(bytes.find(secret_) == std::string::npos, entry.path().c_str());
            QVERIFY2(bytes.find("s3cr3t") == std::string::npos, entry.path().c_str());
            QVERIFY2(bytes.find("app secret") == std::string::npos, entry.path().c_str());
        }
        struct stat info {};
        QCOMPARE(::stat((stateDir() / "sms.key").c_str(), &info), 0);
        QCOMPARE(info.st_mode & 0777, 0600u);
        QCOMPARE(::stat(stateDir().c_str(), &info), 0);
        QCOMPARE(info.st_mode & 0777, 0700u);
        QCOMPARE(std::filesystem::file_size(stateDir() / "sms.key"), std::uintmax_t(32));

        startSms();
        QCOMPARE(send("HEAD", "/secrets/web3?secretAddress=" + dataset_.toChecksumHex()).status,
                 204L);
        QCOMPARE(text(*sms_->datasetSecret(dataset_)), secret_);
        QCOMPARE(pushWeb3(owner_, dataset_, secret_).status, 409L);
        QCOMPARE(*sms_->resultEncryptionPublicKey(owner_.address), std::string("v2"));
    }

    void aDamagedKeyFileIsRefused() {
        sms_->stop();
        sms_.reset();
        const auto key = stateDir() / "sms.key";
        const std::string saved = fileContents(key);
        {
            std::ofstream out(key, std::ios::binary | std::ios::trunc);
            out << "short";
        }
        try {
            startSms();
            QFAIL("a damaged key file was accepted");
        } catch (const Error& e) {
            QCOMPARE(e.code(), ErrorCode::Corrupt);
        }
        // Another key opens nothing: the sealed rows are authenticated.
        {
            std::ofstream out(key, std::ios::binary | std::ios::trunc);
            out << std::string(32, 'x');
        }
        startSms();
        try {
            sms_->datasetSecret(dataset_);
            QFAIL("a secret opened under another key");
        } catch (const Error& e) {
            QCOMPARE(e.code(), ErrorCode::Crypto);
        }
        sms_.reset();
        {
            std::ofstream out(key, std::ios::binary | std::ios::trunc);
            out << saved;
        }
        startSms();
        QCOMPARE(text(*sms_->datasetSecret(dataset_)), secret_);
    }

    void cleanupTestCase() {
        sms_.reset();
        chain_.reset();
    }
};

QTEST_GUILESS_MAIN(SmsServiceTest)
#include "tst_smsservice.moc"
