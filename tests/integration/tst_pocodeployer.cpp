// Deploys the real PoCo v6.1.0 contracts on a real anvil and reads them back.
#include "eth/Abi.h"
#include "eth/Hex.h"
#include "eth/JsonRpcClient.h"
#include "sandbox/AnvilProcess.h"
#include "sandbox/DevAccountSender.h"
#include "sandbox/PocoDeployer.h"
#include "util/Error.h"

#include <QtTest>

using namespace sr;
using eth::AbiType;
using eth::AbiValue;
using eth::Address;

namespace {
// anvil's first default dev account.
const Address kOwner = Address::fromHex("0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266");
} // namespace

class PocoDeployerTest : public QObject {
    Q_OBJECT
    std::unique_ptr<sandbox::AnvilProcess> anvil_;
    std::unique_ptr<eth::JsonRpcClient> rpc_;
    sandbox::PocoDeployment deployment_;

private slots:
    void initTestCase() {
        try {
            anvil_ = std::make_unique<sandbox::AnvilProcess>(sandbox::AnvilProcess::Options{});
            rpc_ = std::make_unique<eth::JsonRpcClient>(std::vector<std::string>{anvil_->rpcUrl()});
            sandbox::PocoArtifacts artifacts(sandbox::PocoArtifacts::defaultNodeModules());
            sandbox::PocoDeployer deployer(*rpc_, artifacts, kOwner);
            QElapsedTimer timer;
            timer.start();
            int steps = 0;
            deployment_ = deployer.deploy([&](const std::string&) { ++steps; });
            qInfo("PoCo deployed in %lld ms (%d steps)", timer.elapsed(), steps);
        } catch (const Error& e) {
            QFAIL(e.what());
        }
    }

    void hubKnowsItsParts() {
        sandbox::DevAccountSender s(*rpc_, kOwner);
        const auto addr = [&](const char* fn) {
            return s.call(deployment_.hub, fn, {}, {AbiType::address()})[0].asAddress();
        };
        QCOMPARE(addr("token()"), deployment_.rlc);
        QCOMPARE(addr("appregistry()"), deployment_.appRegistry);
        QCOMPARE(addr("datasetregistry()"), deployment_.datasetRegistry);
        QCOMPARE(addr("workerpoolregistry()"), deployment_.workerpoolRegistry);
        QCOMPARE(addr("owner()"), kOwner);
        QCOMPARE(s.call(deployment_.hub, "countCategory()", {}, {AbiType::uint()})[0].asNumber(),
                 eth::U256(5));
        QCOMPARE(s.call(deployment_.hub, "decimals()", {}, {AbiType::uint(8)})[0].asNumber(),
                 eth::U256(9));
        const auto domain = s.call(deployment_.hub, "domain()", {},
                                   {AbiType::parse("(string,string,uint256,address,bytes32)")});
        const auto& fields = domain[0].asList();
        QCOMPARE(fields[0].asString(), std::string("iExecODB"));
        QCOMPARE(fields[1].asString(), std::string("5.0.0"));
        QCOMPARE(fields[2].asNumber(), eth::U256(31337));
        QCOMPARE(fields[3].asAddress(), deployment_.hub);
    }

    void rlcIsAnErc20WithNineDecimals() {
        sandbox::DevAccountSender s(*rpc_, kOwner);
        QCOMPARE(s.call(deployment_.rlc, "decimals()", {}, {AbiType::uint(8)})[0].asNumber(),
                 eth::U256(9));
        const auto balance = s.call(deployment_.rlc, "balanceOf(address)",
                                    {AbiValue::address(kOwner)}, {AbiType::uint()})[0]
                                 .asNumber();
        QVERIFY(!balance.isZero()); // the whole supply starts with the deployer
    }

    void registriesCreateEntries() {
        sandbox::DevAccountSender s(*rpc_, kOwner);
        const Bytes checksum(32, 0x11);
        s.transact(deployment_.datasetRegistry, "createDataset(address,string,bytes,bytes32)",
                   {AbiValue::address(kOwner), AbiValue::string("test data"),
                    AbiValue::bytes({0x01, 0x02}), AbiValue::bytes(checksum)});
        QCOMPARE(s.call(deployment_.datasetRegistry, "balanceOf(address)",
                        {AbiValue::address(kOwner)}, {AbiType::uint()})[0]
                     .asNumber(),
                 eth::U256(1));
    }

    void depositsReachTheIexecAccount() {
        sandbox::DevAccountSender s(*rpc_, kOwner);
        s.transact(deployment_.rlc, "approveAndCall(address,uint256,bytes)",
                   {AbiValue::address(deployment_.hub), AbiValue::number(1000000000),
                    AbiValue::bytes({})});
        const auto account =
            s.call(deployment_.hub, "viewAccount(address)", {AbiValue::address(kOwner)},
                   {AbiType::parse("(uint256,uint256)")});
        QCOMPARE(account[0].asList()[0].asNumber(), eth::U256(1000000000));
    }

    void aBrokenStepSaysWhich() {
        sandbox::DevAccountSender s(*rpc_, kOwner);
        try {
            s.transact(deployment_.hub, "createCategory(string,string,uint256)",
                       {AbiValue::string("X"), AbiValue::string(""), AbiValue::number(0)});
            // Only the owner may create categories: from another account it must revert.
            sandbox::DevAccountSender other(
                *rpc_, Address::fromHex("0x70997970C51812dc3A010C7d01b50e0d17dc79C8"));
            other.transact(deployment_.hub, "createCategory(string,string,uint256)",
                           {AbiValue::string("Y"), AbiValue::string(""), AbiValue::number(1)});
            QFAIL("a non-owner created a category");
        } catch (const Error& e) {
            QCOMPARE(e.code(), ErrorCode::Reverted);
            QVERIFY(std::string(e.what()).find("createCategory") != std::string::npos);
        }
    }
};

QTEST_GUILESS_MAIN(PocoDeployerTest)
#include "tst_pocodeployer.moc"
