// Reading 1,000 dataset records (owner, name, multiaddr, checksum: 4,000 eth_call) from a real
// anvil with the real PoCo registries: in JSON-RPC batches (ContractCaller::callAll through
// DatasetView::readMany) next to one call at a time, in the same run, against the same node.
// Prints both; fails only if the two ways disagree or a read fails.
#include "eth/ContractCaller.h"
#include "eth/JsonRpcClient.h"
#include "iexec/DatasetView.h"
#include "iexec/Registry.h"
#include "sandbox/AnvilProcess.h"
#include "sandbox/DevAccountSender.h"
#include "sandbox/PocoDeployer.h"
#include "util/Error.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <cstdio>

using namespace sr;

namespace {
const eth::Address kOwner = eth::Address::fromHex("0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266");
constexpr int kDistinctDatasets = 50;
constexpr int kReads = 1000;
} // namespace

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    try {
        sandbox::AnvilProcess anvil({});
        eth::JsonRpcClient rpc({anvil.rpcUrl()});
        sandbox::PocoArtifacts artifacts(sandbox::PocoArtifacts::defaultNodeModules());
        const auto poco = sandbox::PocoDeployer(rpc, artifacts, kOwner).deploy();
        sandbox::DevAccountSender sender(rpc, kOwner);
        for (int i = 0; i < kDistinctDatasets; ++i) {
            Bytes checksum(32, std::uint8_t(i));
            sender.transact(poco.datasetRegistry, "createDataset(address,string,bytes,bytes32)",
                            {eth::AbiValue::address(kOwner),
                             eth::AbiValue::string("dataset " + std::to_string(i)),
                             eth::AbiValue::bytes(Bytes{0xa5, 0x03, std::uint8_t(i)}),
                             eth::AbiValue::bytes(checksum)});
        }
        eth::ContractCaller caller(rpc);
        const auto owned = iexec::Registry(poco.datasetRegistry).entriesOf(caller, kOwner);
        if (owned.size() != std::size_t(kDistinctDatasets))
            throw Error(ErrorCode::Internal, "the fixture's datasets are not all listed");
        std::vector<eth::Address> many;
        for (int i = 0; i < kReads; ++i)
            many.push_back(owned[std::size_t(i) % owned.size()]);

        QElapsedTimer timer;
        timer.start();
        const auto batched = iexec::DatasetView::readMany(caller, many);
        const double batchedMs = double(timer.nsecsElapsed()) / 1e6;
        timer.restart();
        std::vector<iexec::DatasetInfo> single;
        for (const auto& a : many) {
            const iexec::DatasetView view(a);
            iexec::DatasetInfo info;
            info.owner = caller.call(view.owner());
            info.name = caller.call(view.name());
            info.multiaddr = caller.call(view.multiaddr());
            info.checksum = caller.call(view.checksum());
            single.push_back(info);
        }
        const double singleMs = double(timer.nsecsElapsed()) / 1e6;
        for (std::size_t i = 0; i < many.size(); ++i) {
            if (!batched[i].value || batched[i].value->name != single[i].name ||
                batched[i].value->checksum != single[i].checksum ||
                batched[i].value->owner != single[i].owner)
                throw Error(ErrorCode::Internal,
                            "batched and single reads disagree at " + std::to_string(i));
        }
        std::printf("1,000 dataset records (4,000 eth_call) from anvil, same run:\n");
        std::printf("  batched (JSON-RPC batches)  %8.0f ms\n", batchedMs);
        std::printf("  one call at a time          %8.0f ms\n", singleMs);
        return 0;
    } catch (const Error& e) {
        std::printf("FAILED: %s\n", e.what());
        return 1;
    }
}
