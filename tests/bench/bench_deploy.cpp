// Deploying the full PoCo v6.1.0 contracts onto a fresh anvil: through Strongroom's stack
// (PocoDeployer: JsonRpcClient, ABI codec) next to the same recipe through ethers, in the same
// run, each on its own anvil. Prints both; fails only if a deployment does not work.
#include "NodeScript.h"
#include "eth/JsonRpcClient.h"
#include "sandbox/AnvilProcess.h"
#include "sandbox/DevAccountSender.h"
#include "sandbox/PocoDeployer.h"
#include "util/Error.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <cstdio>

using namespace sr;

namespace {
const eth::Address kOwner = eth::Address::fromHex("0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266");

bool hubWorks(eth::JsonRpcClient& rpc, const eth::Address& hub) {
    sandbox::DevAccountSender reader(rpc, kOwner);
    return reader.call(hub, "countCategory()", {}, {eth::AbiType::uint()})[0].asNumber() ==
           eth::U256(5);
}
} // namespace

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    QString why;
    if (!test::nodeAvailable(&why)) {
        std::printf("SKIPPED LOUDLY: %s\n", qPrintable(why));
        return 1;
    }
    try {
        const int rounds = 3;
        double ours = 0;
        double theirs = 0;
        for (int round = 0; round < rounds; ++round) {
            sandbox::AnvilProcess anvil({});
            eth::JsonRpcClient rpc({anvil.rpcUrl()});
            sandbox::PocoArtifacts artifacts(sandbox::PocoArtifacts::defaultNodeModules());
            QElapsedTimer timer;
            timer.start();
            const auto deployment = sandbox::PocoDeployer(rpc, artifacts, kOwner).deploy();
            ours += double(timer.nsecsElapsed()) / 1e6;
            if (!hubWorks(rpc, deployment.hub))
                throw Error(ErrorCode::Internal, "our deployment does not answer");

            sandbox::AnvilProcess other({});
            const QJsonDocument out = test::runNodeScript(
                QStringLiteral("deploy_bench.mjs"),
                QJsonDocument(
                    QJsonObject{{QStringLiteral("rpcUrl"), QString::fromStdString(other.rpcUrl())},
                                {QStringLiteral("nodeModules"),
                                 QString::fromStdString(
                                     sandbox::PocoArtifacts::defaultNodeModules().string())}}));
            if (out.isNull())
                throw Error(ErrorCode::Internal, "the ethers deployment failed");
            theirs += out.object().value(QStringLiteral("ms")).toDouble();
            eth::JsonRpcClient otherRpc({other.rpcUrl()});
            if (!hubWorks(otherRpc,
                          eth::Address::fromHex(
                              out.object().value(QStringLiteral("hub")).toString().toStdString())))
                throw Error(ErrorCode::Internal, "the ethers deployment does not answer");
        }
        std::printf("Full PoCo v6.1.0 deployment on anvil, mean of %d runs:\n", rounds);
        std::printf("  Strongroom (PocoDeployer)  %8.0f ms\n", ours / rounds);
        std::printf("  ethers 6 (same recipe)     %8.0f ms\n", theirs / rounds);
        return 0;
    } catch (const Error& e) {
        std::printf("FAILED: %s\n", e.what());
        return 1;
    }
}
