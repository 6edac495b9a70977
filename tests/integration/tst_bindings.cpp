// Every contract binding against the real PoCo v6.1.0 deployed on a real anvil: reads (one at a
// time and batched), writes through the TransactionManager, real reverts of each kind decoded
// (Error(string), Panic(uint256), PoCo custom errors, empty reverts), and event logs scanned
// over many blocks, directly and through a FAKE provider (FaultyHttpServer forwarding to
// anvil) that refuses large ranges the way public providers do.
#include "FaultyHttpServer.h"
#include "ForwardingReply.h"
#include "NodeScript.h"
#include "eth/ContractCaller.h"
#include "eth/Hex.h"
#include "eth/JsonRpcClient.h"
#include "eth/LogScanner.h"
#include "eth/Signer.h"
#include "eth/TransactionManager.h"
#include "iexec/AppView.h"
#include "iexec/DataProtectorContract.h"
#include "iexec/DatasetView.h"
#include "iexec/Erc734.h"
#include "iexec/IexecOrders.h"
#include "iexec/PocoHub.h"
#include "iexec/Registry.h"
#include "iexec/RlcToken.h"
#include "iexec/WorkerpoolView.h"
#include "sandbox/AnvilProcess.h"
#include "sandbox/DevAccountSender.h"
#include "sandbox/PocoDeployer.h"
#include "store/PendingTransactions.h"
#include "util/Error.h"
#include "util/HttpClient.h"

#include <QFile>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QtTest>

using namespace sr;
using eth::AbiType;
using eth::AbiValue;
using eth::Address;
using eth::U256;
using iexec::SignedOrder;

namespace {

// anvil's default dev accounts (public test keys).
const char* kKeys[] = {"ac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80",
                       "59c6995e998f97a5a0044966f0945389dc9e86dae88c7a8412f4603b6b78690d",
                       "5de4111afa1a4b94908f83103eb1f1706367c2e68ca870fc3fb9a804cdab365a",
                       "7c852118294e51e653712a81e05800f419141751be58f605c371e15141b007a6"};

crypto::SecretBytes key(int i) {
    return crypto::SecretBytes(eth::fromHex(kKeys[i]));
}

U256 rlc(const char* amount) {
    return eth::parseUnits(amount, eth::kRlcDecimals);
}

std::string errorOf(const std::function<void()>& f, ErrorCode* code = nullptr) {
    try {
        f();
    } catch (const Error& e) {
        if (code)
            *code = e.code();
        return e.what();
    }
    return "(no error)";
}

Hash32 randomSalt(std::uint8_t seed) {
    Hash32 h{};
    h.fill(seed);
    return h;
}

} // namespace

class BindingsTest : public QObject {
    Q_OBJECT
    std::unique_ptr<sandbox::AnvilProcess> anvil_;
    std::unique_ptr<eth::JsonRpcClient> rpc_;
    std::unique_ptr<eth::ContractCaller> caller_;
    QTemporaryDir dir_;
    std::unique_ptr<PendingTransactions> journal_;
    std::unique_ptr<eth::TransactionManager> tm_;
    std::vector<std::unique_ptr<eth::PrivateKeySigner>> signers_;
    sandbox::PocoDeployment poco_;
    nlohmann::json compiled_;
    Address dataProtector_, panics_, emitter_;
    Address dataset_, app_, workerpool_;
    iexec::OrderDomain domain_;

    const eth::PrivateKeySigner& signer(int i) { return *signers_[std::size_t(i)]; }

    TxRecord send(const eth::TransactionRequest& request, int who) {
        const auto sent = tm_->send(request, signer(who));
        return tm_->waitForSuccess(sent.id, std::chrono::seconds(20));
    }

    Address deployCompiled(const std::string& name, const Bytes& args = {}) {
        sandbox::DevAccountSender owner(*rpc_, poco_.owner);
        return owner.deploy(
            eth::fromHex(compiled_["contracts"][name]["bytecode"].get<std::string>()), args);
    }

private slots:
    void initTestCase() {
        try {
            anvil_ = std::make_unique<sandbox::AnvilProcess>(sandbox::AnvilProcess::Options{});
            rpc_ = std::make_unique<eth::JsonRpcClient>(std::vector<std::string>{anvil_->rpcUrl()});
            sandbox::PocoArtifacts artifacts(sandbox::PocoArtifacts::defaultNodeModules());
            for (int i = 0; i < 4; ++i)
                signers_.push_back(std::make_unique<eth::PrivateKeySigner>(key(i)));
            poco_ = sandbox::PocoDeployer(*rpc_, artifacts, signer(0).address()).deploy();
            caller_ = std::make_unique<eth::ContractCaller>(*rpc_);
            journal_ = std::make_unique<PendingTransactions>(
                std::filesystem::path(dir_.path().toStdString()) / "strongroom.sqlite");
            tm_ = std::make_unique<eth::TransactionManager>(*rpc_, *journal_, 31337);
        } catch (const Error& e) {
            QFAIL(e.what());
        }
        QString why;
        if (!test::nodeAvailable(&why))
            QFAIL(qPrintable(why)); // node and solc are pinned dependencies
        QFile source(QStringLiteral(STRONGROOM_SOURCE_DIR
                                    "/tests/integration/contracts/ChainTestTargets.sol"));
        QVERIFY(source.open(QIODevice::ReadOnly));
        const nlohmann::json input = {
            {"sources", {{"ChainTestTargets.sol", source.readAll().toStdString()}}}};
        const QJsonDocument out =
            test::runNodeScript(QStringLiteral("chain_solc.mjs"),
                                QJsonDocument::fromJson(QByteArray::fromStdString(input.dump())));
        QVERIFY(!out.isNull());
        compiled_ = nlohmann::json::parse(out.toJson(QJsonDocument::Compact).toStdString());
        dataProtector_ = deployCompiled(
            "TestDataProtector",
            eth::Abi::encode({AbiType::address()}, {AbiValue::address(poco_.datasetRegistry)}));
        panics_ = deployCompiled("Panics");
        emitter_ = deployCompiled("Emitter");
    }

    void hubReadsInOneBatch() {
        const iexec::PocoHub hub(poco_.hub);
        const auto [domain, token, apps, datasets, workerpools, categories] = caller_->callTogether(
            hub.domain(), hub.token(), hub.appRegistry(), hub.datasetRegistry(),
            hub.workerpoolRegistry(), hub.countCategory());
        QCOMPARE(domain.name, std::string("iExecODB"));
        QCOMPARE(domain.version, std::string("5.0.0"));
        QCOMPARE(domain.chainId, std::uint64_t(31337));
        QCOMPARE(domain.verifyingContract, poco_.hub);
        QCOMPARE(token, poco_.rlc);
        QCOMPARE(apps, poco_.appRegistry);
        QCOMPARE(datasets, poco_.datasetRegistry);
        QCOMPARE(workerpools, poco_.workerpoolRegistry);
        QCOMPARE(categories, U256(5));
        domain_ = domain;
    }

    void rlcTransferThroughTheManager() {
        const iexec::RlcToken token(poco_.rlc);
        QCOMPARE(caller_->call(token.decimals()), U256(9));
        const U256 before = caller_->call(token.balanceOf(signer(1).address()));
        send(token.transfer(signer(1).address(), rlc("1000")), 0);
        send(token.transfer(signer(2).address(), rlc("1000")), 0);
        QCOMPARE(caller_->call(token.balanceOf(signer(1).address())), before + rlc("1000"));
        send(token.approve(signer(2).address(), rlc("3.5")), 1);
        QCOMPARE(caller_->call(token.allowance(signer(1).address(), signer(2).address())),
                 rlc("3.5"));
    }

    void depositAndWithdraw() {
        const iexec::PocoHub hub(poco_.hub);
        const iexec::RlcToken token(poco_.rlc);
        const Address me = signer(1).address();
        const U256 wallet = caller_->call(token.balanceOf(me));
        auto record = send(token.approveAndCall(poco_.hub, rlc("100")), 1);
        QCOMPARE(record.purpose, eth::TxPurpose::Deposit);
        QCOMPARE(*record.details.amount, rlc("100"));
        QCOMPARE(*record.details.token, std::string("RLC"));
        QCOMPARE(record.label, std::string("Deposit 100 RLC to the iExec account"));
        auto account = caller_->call(hub.viewAccount(me));
        QCOMPARE(account.stake, rlc("100"));
        QCOMPARE(account.locked, U256(0));
        // The two-step path: approve, then deposit.
        send(token.approve(poco_.hub, rlc("5")), 1);
        send(hub.deposit(rlc("5")), 1);
        QCOMPARE(caller_->call(hub.viewAccount(me)).stake, rlc("105"));
        send(hub.withdraw(rlc("40")), 1);
        account = caller_->call(hub.viewAccount(me));
        QCOMPARE(account.stake, rlc("65"));
        QCOMPARE(caller_->call(token.balanceOf(me)), wallet - rlc("65"));
    }

    void errorStringRevertsAreDecoded() {
        // Withdrawing more than the stake: PoCo's SafeMath reverts without a message; caught
        // at estimation, before anything is signed or journaled.
        const iexec::PocoHub hub(poco_.hub);
        const auto before = journal_->history({}).size();
        ErrorCode code{};
        std::string message =
            errorOf([&] { tm_->send(hub.withdraw(rlc("1000000")), signer(1)); }, &code);
        QCOMPARE(code, ErrorCode::Reverted);
        QVERIFY2(message.find("Withdraw 1000000 RLC from the iExec account was refused by the "
                              "contract: the contract gave no reason") != std::string::npos,
                 message.c_str());
        QCOMPARE(journal_->history({}).size(), before);
        // require(..., "message"): verifySignature with a signature of the wrong length.
        message = errorOf([&] {
            caller_->call(hub.verifySignature(signer(1).address(), Hash32{}, Bytes(10, 1)));
        });
        QVERIFY2(message.find("Checking a signature was refused by the contract: "
                              "invalid-signature-format.") != std::string::npos,
                 message.c_str());
        // A selector no facet has lands in the escrow facet's fallback.
        message = errorOf([&] {
            caller_->call(eth::calls::rawCall(poco_.hub, {0xde, 0xad, 0xbe, 0xef}, "Calling"));
        });
        QVERIFY2(message.find("Calling was refused by the contract: fallback-disabled.") !=
                     std::string::npos,
                 message.c_str());
    }

    void pocoCustomErrorsAreDecoded() {
        const iexec::PocoHub hub(poco_.hub);
        // A dataset order of volume 0 is "fully consumed" for PoCo.
        SignedOrder<iexec::DatasetOrder> order;
        order.order.dataset = poco_.hub;
        std::string m =
            errorOf([&] { caller_->call(hub.assertDatasetDealCompatibility(order, Hash32{})); });
        QVERIFY2(m.find("The dataset order can't be used with this deal: Dataset order is "
                        "revoked or fully consumed") != std::string::npos,
                 m.c_str());
        // (FunctionNotFound(bytes4) can't happen on this hub: its fallback is routed.)
        // diamondCut from someone else than the owner: LibDiamond's NotContractOwner.
        eth::TransactionRequest cut;
        cut.to = poco_.hub;
        cut.data = eth::Abi::encodeCall(
            "diamondCut((address,uint8,bytes4[])[],address,bytes)",
            {AbiValue::list({}), AbiValue::address(Address()), AbiValue::bytes({})});
        cut.label = "Cut";
        ErrorCode code{};
        m = errorOf([&] { tm_->plan(cut, signer(2).address()); }, &code);
        QCOMPARE(code, ErrorCode::Reverted);
        QVERIFY2(m.find("Only the contract owner " + signer(0).address().toChecksumHex()) !=
                     std::string::npos,
                 m.c_str());
        // viewCategory past the end reverts with no reason at all.
        m = errorOf([&] {
            caller_->call(eth::calls::abiCall(
                poco_.hub, "viewCategory(uint256)", {AbiValue::number(U256(99))},
                {AbiType::parse("(string,string,uint256)")}, "Reading category 99"));
        });
        QVERIFY2(m.find("Reading category 99 was refused by the contract: the contract gave no "
                        "reason") != std::string::npos,
                 m.c_str());
    }

    void panicsAreDecoded_data() {
        QTest::addColumn<QString>("signature");
        QTest::addColumn<QString>("meaning");
        QTest::newRow("overflow") << "overflow(uint256)"
                                  << "arithmetic overflow or underflow (panic 0x11)";
        QTest::newRow("division") << "divide(uint256,uint256)"
                                  << "division or modulo by zero (panic 0x12)";
        QTest::newRow("index") << "index(uint256)"
                               << "array index out of bounds (panic 0x32)";
        QTest::newRow("assert") << "assertion()"
                                << "an assertion failed (panic 0x1)";
        QTest::newRow("enum") << "colour(uint256)"
                              << "enum's range (panic 0x21)";
        QTest::newRow("pop") << "pop()"
                             << "pop() on an empty array (panic 0x31)";
    }
    void panicsAreDecoded() {
        QFETCH(QString, signature);
        QFETCH(QString, meaning);
        const auto sig = eth::AbiSignature::parse(signature.toStdString());
        std::vector<AbiValue> args(sig.params.size(), AbiValue::number(U256(7)));
        if (sig.name == "divide")
            args[1] = AbiValue::number(U256(0));
        eth::TransactionRequest request;
        request.to = panics_;
        request.data = eth::Abi::encodeCall(signature.toStdString(), args);
        request.label = "Panic";
        ErrorCode code{};
        const std::string m = errorOf([&] { tm_->plan(request, signer(0).address()); }, &code);
        QCOMPARE(code, ErrorCode::Reverted);
        QVERIFY2(m.find(meaning.toStdString()) != std::string::npos, m.c_str());
    }

    void aMinedRevertIsFailedWithItsReason() {
        // Gas given explicitly: no estimation, so the revert happens on chain.
        eth::TransactionRequest request;
        request.to = poco_.hub;
        request.data = {0xde, 0xad, 0xbe, 0xef};
        request.label = "Call nothing";
        request.gasLimit = U256(100000);
        auto sent = tm_->send(request, signer(3));
        auto settled = tm_->wait(sent.id, std::chrono::seconds(20));
        QCOMPARE(settled.status, TxStatus::Failed);
        QCOMPARE(settled.error, std::string("fallback-disabled"));
        const std::string m =
            errorOf([&] { tm_->waitForSuccess(sent.id, std::chrono::seconds(5)); });
        QVERIFY2(m.find("Call nothing failed on chain: fallback-disabled") != std::string::npos,
                 m.c_str());
        // Without a reason.
        auto withdraw = iexec::PocoHub(poco_.hub).withdraw(rlc("999999"));
        withdraw.gasLimit = U256(200000);
        sent = tm_->send(withdraw, signer(3));
        settled = tm_->wait(sent.id, std::chrono::seconds(20));
        QCOMPARE(settled.status, TxStatus::Failed);
        QCOMPARE(settled.error, std::string("the contract gave no reason"));
        // Out of gas (above the intrinsic 21572, far below what a transfer needs).
        auto starved = iexec::RlcToken(poco_.rlc).transfer(signer(0).address(), U256(1));
        starved.gasLimit = U256(23000);
        sent = tm_->send(starved, signer(1));
        settled = tm_->wait(sent.id, std::chrono::seconds(20));
        QCOMPARE(settled.status, TxStatus::Failed);
        QVERIFY2(settled.error.find("ran out of gas") != std::string::npos, settled.error.c_str());
    }

    void dataProtectorCreatesDatasets() {
        const iexec::DataProtectorContract dp(dataProtector_);
        const Hash32 checksum = randomSalt(0x42);
        const Bytes multiaddr = {0xa5, 0x03, 0x22, 0x12, 0x20, 0x01};
        const auto record =
            send(dp.createDatasetWithSchema(signer(1).address(), "health records",
                                            "{\"email\":\"string\"}", multiaddr, checksum),
                 1);
        QCOMPARE(record.purpose, eth::TxPurpose::RegisterDataset);
        QCOMPARE(*record.details.name, std::string("health records"));
        const auto created = dp.createdDataset(tm_->receipt(record));
        QVERIFY(created);
        QCOMPARE(created->schema, std::string("{\"email\":\"string\"}"));
        dataset_ = created->dataset;

        const iexec::DatasetView view(dataset_);
        const iexec::DatasetInfo info = view.read(*caller_);
        QCOMPARE(info.owner, signer(1).address());
        QCOMPARE(info.name, std::string("health records"));
        QCOMPARE(info.multiaddr, multiaddr);
        QCOMPARE(info.checksum, checksum);
        QCOMPARE(caller_->call(view.name()), std::string("health records"));
        QCOMPARE(caller_->call(view.checksum()), checksum);
        // One decoder for every event: the registry's ERC-721 Transfer (tokenId indexed) and the
        // hub's ERC-20 Transfer share topic 0 and are told apart by their topic count.
        eth::EventDecoder events;
        for (auto e : iexec::PocoHub::events())
            events.add(e);
        events.add(iexec::Registry::kTransfer);
        events.add(iexec::DataProtectorContract::kDatasetSchema);
        int seen = 0;
        for (const auto& log : tm_->receipt(record).logs) {
            const auto d = events.decode(log);
            QVERIFY(d);
            if (d->event == "Transfer") {
                QCOMPARE((*d)["to"].asAddress(), signer(1).address());
                QCOMPARE((*d)["tokenId"].asNumber(), iexec::Registry::tokenIdOf(dataset_));
                ++seen;
            } else if (d->event == "DatasetSchema") {
                QCOMPARE((*d)["dataset"].asAddress(), dataset_);
                ++seen;
            }
        }
        QCOMPARE(seen, 2);
        const auto deposit = journal_->history({}).back(); // the first row: an RLC transfer
        bool erc20 = false;
        for (const auto& log : tm_->receipt(deposit).logs)
            if (const auto d = events.decode(log); d && d->event == "Transfer")
                erc20 = (*d)["value"].asNumber() == rlc("1000");
        QVERIFY(erc20);
        // A receipt of another contract's call has no DatasetSchema of this one.
        QVERIFY(!iexec::DataProtectorContract(poco_.hub).createdDataset(tm_->receipt(record)));
    }

    void registriesEnumerate() {
        const iexec::DataProtectorContract dp(dataProtector_);
        for (int i = 0; i < 3; ++i)
            send(dp.createDatasetWithSchema(signer(1).address(), "more " + std::to_string(i), "{}",
                                            {0x01}, randomSalt(std::uint8_t(i))),
                 1);
        const iexec::Registry registry(poco_.datasetRegistry);
        const auto entries = registry.entriesOf(*caller_, signer(1).address());
        QCOMPARE(entries.size(), std::size_t(4));
        QCOMPARE(entries[0], dataset_);
        QCOMPARE(caller_->call(registry.ownerOf(dataset_)), signer(1).address());
        QVERIFY(caller_->call(registry.isRegistered(dataset_)));
        QVERIFY(!caller_->call(registry.isRegistered(poco_.hub)));
        QCOMPARE(caller_->call(registry.balanceOf(signer(2).address())), U256(0));
        QCOMPARE(iexec::Registry::entryOf(iexec::Registry::tokenIdOf(dataset_)), dataset_);

        // Many at once; an address with no contract fails alone.
        std::vector<Address> list = entries;
        list.push_back(Address::fromHex("0x000000000000000000000000000000000000dEaD"));
        const auto many = iexec::DatasetView::readMany(*caller_, list);
        QCOMPARE(many.size(), std::size_t(5));
        for (int i = 0; i < 4; ++i)
            QVERIFY(many[std::size_t(i)].ok());
        QCOMPARE(many[3].value->name, std::string("more 2"));
        QVERIFY(!many[4].ok());
        QCOMPARE(many[4].error->code(), ErrorCode::NotFound);
    }

    void appsAndWorkerpools() {
        sandbox::DevAccountSender owner(*rpc_, poco_.owner);
        const Hash32 checksum = randomSalt(0x77);
        const std::string mrenclave = "{\"framework\":\"TDX\"}";
        owner.transact(poco_.appRegistry, "createApp(address,string,string,bytes,bytes32,bytes)",
                       {AbiValue::address(signer(2).address()), AbiValue::string("web3mail"),
                        AbiValue::string("DOCKER"), AbiValue::bytes(Bytes{'i', 'm', 'g'}),
                        AbiValue::bytes(Bytes(checksum.begin(), checksum.end())),
                        AbiValue::bytes(Bytes(mrenclave.begin(), mrenclave.end()))});
        owner.transact(poco_.workerpoolRegistry, "createWorkerpool(address,string)",
                       {AbiValue::address(signer(3).address()), AbiValue::string("pool")});
        app_ = iexec::Registry(poco_.appRegistry).entriesOf(*caller_, signer(2).address()).at(0);
        workerpool_ = iexec::Registry(poco_.workerpoolRegistry)
                          .entriesOf(*caller_, signer(3).address())
                          .at(0);
        const auto app = iexec::AppView(app_).read(*caller_);
        QCOMPARE(app.owner, signer(2).address());
        QCOMPARE(app.name, std::string("web3mail"));
        QCOMPARE(app.type, std::string("DOCKER"));
        QCOMPARE(app.multiaddr, (Bytes{'i', 'm', 'g'}));
        QCOMPARE(app.checksum, checksum);
        QCOMPARE(std::string(app.mrenclave.begin(), app.mrenclave.end()), mrenclave);
        QCOMPARE(caller_->call(iexec::AppView(app_).type()), std::string("DOCKER"));
        const auto pool = iexec::WorkerpoolView(workerpool_).read(*caller_);
        QCOMPARE(pool.owner, signer(3).address());
        QCOMPARE(pool.description, std::string("pool"));
        QCOMPARE(iexec::AppView::readMany(*caller_, {app_}).at(0).value->name,
                 std::string("web3mail"));
        QCOMPARE(iexec::WorkerpoolView::readMany(*caller_, {workerpool_}).at(0).value->owner,
                 signer(3).address());
    }

    void erc734Whitelists() {
        sandbox::PocoArtifacts artifacts(sandbox::PocoArtifacts::defaultNodeModules());
        sandbox::DevAccountSender owner(*rpc_, poco_.owner);
        const Address mock = owner.deploy(sandbox::PocoArtifacts::bytecode(
            artifacts.artifact("tools/testing/ERC734Mock.sol/ERC734Mock")));
        const Hash32 member = iexec::Erc734::keyOf(app_);
        QCOMPARE(eth::toHex(member).substr(2, 24), std::string(24, '0'));
        owner.transact(
            mock, "setKeyHasPurpose(bytes32,uint256)",
            {AbiValue::bytes(Bytes(member.begin(), member.end())), AbiValue::number(U256(4))});
        const iexec::Erc734 whitelist(mock);
        QVERIFY(caller_->call(whitelist.isGroupMember(app_)));
        QVERIFY(!caller_->call(whitelist.isGroupMember(dataset_)));
        QVERIFY(!caller_->call(whitelist.keyHasPurpose(member, U256(1))));
    }

    void datasetOrdersSignedPresignedAndRevoked() {
        const iexec::PocoHub hub(poco_.hub);
        SignedOrder<iexec::DatasetOrder> order;
        order.order.dataset = dataset_;
        order.order.datasetprice = U256(0);
        order.order.volume = U256(10);
        order.order.apprestrict = app_;
        order.order.salt = randomSalt(1);
        const Hash32 hash = iexec::orderHash(domain_, order.order);
        order.sign = iexec::signOrder(domain_, order.order, key(1));
        QVERIFY(caller_->call(hub.verifySignature(signer(1).address(), hash, order.sign)));
        QVERIFY(!caller_->call(hub.verifySignature(signer(2).address(), hash, order.sign)));
        QCOMPARE(caller_->call(hub.viewConsumed(hash)), U256(0));

        // Presign on chain (no signature needed by the owner).
        SignedOrder<iexec::DatasetOrder> presigned = order;
        presigned.order.salt = randomSalt(2);
        presigned.sign.clear();
        const Hash32 presignedHash = iexec::orderHash(domain_, presigned.order);
        const auto presign =
            send(hub.manageDatasetOrder(presigned, iexec::OrderOperation::Sign), 1);
        QCOMPARE(presign.purpose, eth::TxPurpose::PresignOrder);
        QCOMPARE(*presign.details.dataset, presigned.order.dataset);
        QCOMPARE(caller_->call(hub.viewPresigned(presignedHash)), signer(1).address());

        // Revoke: consumed becomes the volume.
        const auto record = send(hub.manageDatasetOrder(order, iexec::OrderOperation::Close), 1);
        QCOMPARE(record.purpose, eth::TxPurpose::CloseOrder);
        QCOMPARE(*record.details.dataset, order.order.dataset);
        QCOMPARE(record.label,
                 "Close an order of protected data " + order.order.dataset.toChecksumHex());
        QCOMPARE(caller_->call(hub.viewConsumed(hash)), U256(10));
        // The revocation is in the hub's logs.
        eth::EventDecoder events;
        for (auto e : iexec::PocoHub::events())
            events.add(e);
        const auto receipt = tm_->receipt(record);
        QCOMPARE(receipt.logs.size(), std::size_t(1));
        const auto decoded = events.decode(receipt.logs[0]);
        QVERIFY(decoded);
        QCOMPARE(decoded->event, std::string("ClosedDatasetOrder"));
        QCOMPARE((*decoded)["datasetHash"].asBytes(), Bytes(hash.begin(), hash.end()));
        // Someone else can't revoke without the owner's signature.
        ErrorCode code{};
        const Bytes notTheOwners = iexec::signOrder(domain_, presigned.order, key(2));
        const std::string m = errorOf(
            [&] {
                tm_->plan(
                    hub.manageDatasetOrder(presigned, iexec::OrderOperation::Close, notTheOwners),
                    signer(2).address());
            },
            &code);
        QCOMPARE(code, ErrorCode::Reverted);
        QVERIFY2(m.find("invalid-sender-or-signature") != std::string::npos, m.c_str());
    }

    void matchOrdersMakesADealWithTasks() {
        const iexec::PocoHub hub(poco_.hub);
        SignedOrder<iexec::AppOrder> app;
        app.order.app = app_;
        app.order.volume = U256(5);
        app.order.salt = randomSalt(3);
        app.sign = iexec::signOrder(domain_, app.order, key(2));
        SignedOrder<iexec::DatasetOrder> dataset;
        dataset.order.dataset = dataset_;
        dataset.order.volume = U256(5);
        dataset.order.salt = randomSalt(4);
        dataset.sign = iexec::signOrder(domain_, dataset.order, key(1));
        SignedOrder<iexec::WorkerpoolOrder> pool;
        pool.order.workerpool = workerpool_;
        pool.order.volume = U256(5);
        pool.order.category = U256(0);
        pool.order.salt = randomSalt(5);
        pool.sign = iexec::signOrder(domain_, pool.order, key(3));
        SignedOrder<iexec::RequestOrder> request;
        request.order.app = app_;
        request.order.dataset = dataset_;
        request.order.workerpool = workerpool_;
        request.order.requester = signer(2).address();
        request.order.beneficiary = signer(2).address();
        request.order.volume = U256(2);
        request.order.params = "{\"iexec_args\":\"hello\"}";
        request.order.salt = randomSalt(6);
        request.sign = iexec::signOrder(domain_, request.order, key(2));

        // A request signed by someone else is refused, with the meaning of PoCo's code.
        SignedOrder<iexec::RequestOrder> forged = request;
        forged.sign = iexec::signOrder(domain_, request.order, key(0));
        const std::string m = errorOf(
            [&] { tm_->plan(hub.matchOrders(app, dataset, pool, forged), signer(2).address()); });
        QVERIFY2(m.find("the request order's signature is invalid") != std::string::npos,
                 m.c_str());

        const auto record = send(hub.matchOrders(app, dataset, pool, request), 2);
        eth::EventDecoder events;
        for (auto e : iexec::PocoHub::events())
            events.add(e);
        Hash32 dealId{};
        bool matched = false, noticed = false;
        for (const auto& log : tm_->receipt(record).logs) {
            const auto d = events.decode(log);
            if (d && d->event == "OrdersMatched") {
                const Bytes id = (*d)["dealid"].asBytes();
                std::copy(id.begin(), id.end(), dealId.begin());
                QCOMPARE((*d)["volume"].asNumber(), U256(2));
                const Bytes datasetHash = (*d)["datasetHash"].asBytes();
                const Hash32 expected = iexec::orderHash(domain_, dataset.order);
                QCOMPARE(datasetHash, Bytes(expected.begin(), expected.end()));
                matched = true;
            }
            if (d && d->event == "SchedulerNotice") {
                QCOMPARE((*d)["workerpool"].asAddress(), workerpool_);
                noticed = true;
            }
        }
        QVERIFY(matched && noticed);
        const iexec::Deal deal = caller_->call(hub.viewDeal(dealId));
        QVERIFY(deal.exists());
        QCOMPARE(deal.app.pointer, app_);
        QCOMPARE(deal.app.owner, signer(2).address());
        QCOMPARE(deal.dataset.pointer, dataset_);
        QCOMPARE(deal.dataset.owner, signer(1).address());
        QCOMPARE(deal.workerpool.owner, signer(3).address());
        QCOMPARE(deal.requester, signer(2).address());
        QCOMPARE(deal.params, request.order.params);
        QCOMPARE(deal.botSize, U256(2));
        QCOMPARE(caller_->call(hub.viewConsumed(iexec::orderHash(domain_, dataset.order))),
                 U256(2));
        QVERIFY(!caller_->call(hub.viewDeal(randomSalt(9))).exists());

        // Tasks: unset until the scheduler initialises them.
        const Hash32 taskId = iexec::PocoHub::taskId(dealId, 1);
        QCOMPARE(caller_->call(hub.viewTask(taskId)).status, iexec::TaskStatus::Unset);
        sandbox::DevAccountSender scheduler(*rpc_, signer(3).address());
        scheduler.transact(
            poco_.hub, "initialize(bytes32,uint256)",
            {AbiValue::bytes(Bytes(dealId.begin(), dealId.end())), AbiValue::number(U256(1))});
        const iexec::Task task = caller_->call(hub.viewTask(taskId));
        QCOMPARE(task.status, iexec::TaskStatus::Active);
        QCOMPARE(task.dealid, dealId);
        QCOMPARE(task.idx, U256(1));
        QVERIFY(task.finalDeadline > U256(0));
        QCOMPARE(iexec::taskStatusName(task.status), std::string_view("active"));
    }

    void logsOverManyBlocksInTinyChunks() {
        sandbox::DevAccountSender sender(*rpc_, signer(0).address());
        const std::uint64_t from = rpc_->blockNumber() + 1;
        for (int i = 0; i < 40; ++i)
            sender.transact(emitter_, "ping(uint256,string)",
                            {AbiValue::number(U256(3)), AbiValue::string("n" + std::to_string(i))});
        rpc_->send("anvil_mine", {"0x14"}); // empty blocks in between and after
        const std::uint64_t to = rpc_->blockNumber();
        eth::LogFilter filter;
        filter.addresses = {emitter_};
        eth::EventDecoder decoder;
        decoder.addAbi(compiled_["contracts"]["Emitter"]["abi"]);
        filter.topics = {{decoder.topic("Ping")}};

        eth::LogScanner::Options tiny;
        tiny.initialChunk = 3;
        tiny.maxChunk = 7;
        eth::LogScanner scanner(*rpc_, tiny);
        std::vector<std::pair<std::uint64_t, std::uint64_t>> ranges;
        std::vector<eth::Log> logs;
        scanner.scan(filter, from, to,
                     [&](const std::vector<eth::Log>& chunk, std::uint64_t a, std::uint64_t b) {
                         ranges.emplace_back(a, b);
                         logs.insert(logs.end(), chunk.begin(), chunk.end());
                     });
        QCOMPARE(logs.size(), std::size_t(120));
        QVERIFY(ranges.size() >= (to - from + 1) / 7);
        QCOMPARE(ranges.front().first, from);
        QCOMPARE(ranges.back().second, to);
        for (std::size_t i = 1; i < ranges.size(); ++i)
            QCOMPARE(ranges[i].first, ranges[i - 1].second + 1); // no hole, no overlap
        for (std::size_t i = 0; i < logs.size(); ++i) {
            const auto d = decoder.decode(logs[i]);
            QVERIFY(d);
            QCOMPARE((*d)["round"].asNumber(), U256(i % 3));
            QCOMPARE((*d)["from"].asAddress(), signer(0).address());
            QCOMPARE((*d)["note"].asString(), "n" + std::to_string(i / 3));
        }
        // A topic filter on an indexed argument.
        eth::LogFilter second = filter;
        Hash32 round2{};
        round2[31] = 2;
        second.topics.push_back({round2});
        QCOMPARE(eth::LogScanner(*rpc_).scan(second, from, to).size(), std::size_t(40));

        // Through a FAKE provider that refuses more than 5 blocks (or 4 results) per request,
        // with the messages of real providers; the scanner halves until it passes.
        for (int style = 0; style < 3; ++style) {
            test::FaultyHttpServer provider;
            HttpClient http;
            int refused = 0;
            const std::string upstream = anvil_->rpcUrl();
            test::FaultyHttpServer::Reply forward;
            forward.bodyFor = [&](const std::string& body) {
                const auto request = nlohmann::json::parse(body);
                if (request.value("method", "") == "eth_getLogs") {
                    const auto& f = request["params"][0];
                    const auto a = U256::fromHex(f["fromBlock"].get<std::string>()).toUint64();
                    const auto b = U256::fromHex(f["toBlock"].get<std::string>()).toUint64();
                    if (b - a + 1 > 5) {
                        ++refused;
                        const char* messages[] = {
                            "query returned more than 10000 results",
                            "Log response size exceeded. this block range should work: [0x1, "
                            "0x4]",
                            "block range is too wide"};
                        return nlohmann::json{
                            {"jsonrpc", "2.0"},
                            {"id", request["id"]},
                            {"error", {{"code", -32005}, {"message", messages[style]}}}}
                            .dump();
                    }
                }
                HttpRequest up;
                up.method = "POST";
                up.url = upstream;
                up.headers = {{"Content-Type", "application/json"}};
                up.body = body;
                return http.send(up).body;
            };
            provider.script({forward});
            eth::JsonRpcClient viaProvider({provider.url()});
            eth::LogScanner adaptive(viaProvider); // starts at 2000 blocks
            const auto got = adaptive.scan(filter, from, to);
            QCOMPARE(got, logs);
            QVERIFY(refused > 0);
            QVERIFY(adaptive.chunkSize() <= 10);
        }

        // Through a FAKE provider that never answers the first three requests (a large range it
        // chokes on): each time-out halves the chunk, then the logs come through.
        {
            test::FaultyHttpServer provider;
            HttpClient http;
            const std::string upstream = anvil_->rpcUrl();
            test::FaultyHttpServer::Reply stall;
            stall.kind = test::FaultyHttpServer::Reply::Kind::Stall;
            test::FaultyHttpServer::Reply forward;
            forward.bodyFor = [&](const std::string& body) {
                HttpRequest up;
                up.method = "POST";
                up.url = upstream;
                up.headers = {{"Content-Type", "application/json"}};
                up.body = body;
                return http.send(up).body;
            };
            provider.script({stall, stall, stall, forward});
            eth::JsonRpcClient::Options quick;
            quick.maxAttempts = 1;
            quick.timeout = std::chrono::milliseconds(300);
            eth::JsonRpcClient viaProvider({provider.url()}, quick);
            eth::LogScanner::Options chunks;
            chunks.initialChunk = 64;
            chunks.growAfter = 1000;
            eth::LogScanner patient(viaProvider, chunks);
            QCOMPARE(patient.scan(filter, from, to), logs);
            QCOMPARE(patient.chunkSize(), std::uint64_t(7)); // 60 blocks -> 30 -> 15 -> 7
        }
    }

    void aProviderThatRefusesEvenOneBlockOrLiesIsAnError() {
        test::FaultyHttpServer provider;
        test::FaultyHttpServer::Reply refuse;
        refuse.bodyFor = [](const std::string& body) {
            return nlohmann::json{{"jsonrpc", "2.0"},
                                  {"id", nlohmann::json::parse(body)["id"]},
                                  {"error", {{"code", -32005}, {"message", "too many results"}}}}
                .dump();
        };
        provider.script({refuse});
        eth::JsonRpcClient client({provider.url()});
        eth::LogScanner scanner(client);
        ErrorCode code{};
        std::string m = errorOf([&] { scanner.scan({}, 100, 131); }, &code);
        QCOMPARE(code, ErrorCode::Network);
        QVERIFY2(m.find("even alone") != std::string::npos, m.c_str());

        // A log from outside the requested range is never taken.
        test::FaultyHttpServer::Reply liar;
        liar.bodyFor = [](const std::string& body) {
            nlohmann::json log = {{"address", "0x000000000000000000000000000000000000dead"},
                                  {"topics", nlohmann::json::array()},
                                  {"data", "0x"},
                                  {"blockNumber", "0x1"},
                                  {"blockHash", "0x" + std::string(64, '1')},
                                  {"transactionHash", "0x" + std::string(64, '2')},
                                  {"transactionIndex", "0x0"},
                                  {"logIndex", "0x0"}};
            return nlohmann::json{{"jsonrpc", "2.0"},
                                  {"id", nlohmann::json::parse(body)["id"]},
                                  {"result", nlohmann::json::array({log})}}
                .dump();
        };
        provider.script({liar});
        m = errorOf([&] { eth::LogScanner(client).scan({}, 100, 110); }, &code);
        QCOMPARE(code, ErrorCode::Corrupt);
        // Garbage logs are Corrupt too.
        test::FaultyHttpServer::Reply garbage;
        garbage.bodyFor = [](const std::string& body) {
            return nlohmann::json{{"jsonrpc", "2.0"},
                                  {"id", nlohmann::json::parse(body)["id"]},
                                  {"result", nlohmann::json::array({{{"address", 5}}})}}
                .dump();
        };
        provider.script({garbage});
        m = errorOf([&] { eth::LogScanner(client).scan({}, 1, 2); }, &code);
        QCOMPARE(code, ErrorCode::Corrupt);
    }

    void batchedReadsCostFewRequests() {
        // 200 dataset reads of 4 fields: 800 calls in 8 HTTP requests of 100, counted by a FAKE
        // forwarding proxy.
        test::FaultyHttpServer proxy;
        proxy.script({test::forwardTo(anvil_->rpcUrl())});
        eth::JsonRpcClient client({proxy.url()});
        eth::ContractCaller caller(client);
        std::vector<Address> many(200, dataset_);
        const auto results = iexec::DatasetView::readMany(caller, many);
        QCOMPARE(results.size(), std::size_t(200));
        QCOMPARE(results[199].value->name, std::string("health records"));
        QCOMPARE(proxy.requestCount(), 8);
    }

    void packedReadsAnswerAsPlainOnes() {
        // The same reads one by one in a batch and packed into one eth_call: same values, same
        // errors (reverts with a reason, a panic, a fallback, no contract at all).
        const Address dead = Address::fromHex("0x000000000000000000000000000000000000dEaD");
        const std::vector<eth::ContractCall<Bytes>> calls = {
            eth::calls::rawCall(poco_.hub, eth::Abi::encodeCall("datasetregistry()", {}),
                                "Reading the registry"),
            eth::calls::rawCall(poco_.hub, {0xde, 0xad, 0xbe, 0xef}, "Calling"),
            eth::calls::rawCall(
                poco_.hub,
                eth::Abi::encodeCall("verifySignature(address,bytes32,bytes)",
                                     {AbiValue::address(dead), AbiValue::bytes(Bytes(32, 0)),
                                      AbiValue::bytes(Bytes(10, 1))}),
                "Checking a signature"),
            eth::calls::rawCall(panics_, eth::Abi::encodeCall("assertion()", {}), "Asserting"),
            eth::calls::rawCall(dead, eth::Abi::encodeCall("m_datasetName()", {}), "Reading"),
            eth::calls::rawCall(dataset_, eth::Abi::encodeCall("m_datasetName()", {}), "Reading"),
            eth::calls::rawCall(dataset_, eth::Abi::encodeCall("m_datasetChecksum()", {}),
                                "Reading")};
        eth::ContractCaller plain(*rpc_);
        eth::ContractCaller packed(*rpc_);
        packed.setPacking(true);
        const auto expected = plain.tryAll(calls);
        const auto actual = packed.tryAll(calls);
        QCOMPARE(actual.size(), expected.size());
        for (std::size_t i = 0; i < calls.size(); ++i) {
            QCOMPARE(actual[i].ok(), expected[i].ok());
            if (expected[i].ok()) {
                QCOMPARE(*actual[i].value, *expected[i].value);
            } else {
                QCOMPARE(actual[i].error->code(), expected[i].error->code());
                QCOMPARE(std::string(actual[i].error->what()),
                         std::string(expected[i].error->what()));
            }
        }
        QVERIFY(expected[0].ok());
        QVERIFY(expected[5].ok());
        QVERIFY(expected[4].ok());
        QVERIFY(expected[4].value->empty());
        QVERIFY(!expected[3].ok());
        QCOMPARE(expected[3].error->code(), ErrorCode::Reverted);
    }

    void packedReadsCostOneRequestAndSurviveARefusal() {
        test::FaultyHttpServer proxy; // a FAKE provider in front of anvil, to count requests
        proxy.script({test::forwardTo(anvil_->rpcUrl())});
        eth::JsonRpcClient client({proxy.url()});
        eth::ContractCaller caller(client);
        caller.setPacking(true);
        std::vector<Address> many(200, dataset_);
        const auto results = iexec::DatasetView::readMany(caller, many);
        QCOMPARE(results.size(), std::size_t(200));
        QCOMPARE(results[199].value->name, std::string("health records"));
        // 800 reads, 80 to a packed call: ten eth_calls in one batch.
        QCOMPARE(proxy.requestCount(), 1);

        // 100 datasets' 400 reads in one packed call return more than a contract creation may
        // (24 KiB): anvil refuses it, and the same reads go one by one (four batches of 100),
        // with the same answers.
        caller.setPacking(true, 400);
        const auto again =
            iexec::DatasetView::readMany(caller, std::vector<Address>(100, dataset_));
        QCOMPARE(proxy.requestCount(), 1 + 1 + 4);
        for (const auto& r : again)
            QCOMPARE(r.value->name, std::string("health records"));
    }
};

QTEST_GUILESS_MAIN(BindingsTest)
#include "tst_bindings.moc"
