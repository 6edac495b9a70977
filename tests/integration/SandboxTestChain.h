#pragma once

// A real local iExec chain for the sandbox services' tests: anvil, the real PoCo v6.1.0
// deployed by its dev account 0, and helpers to register datasets, apps and workerpools for
// other dev accounts (whose well-known private keys sign like users' keys would).

#include "crypto/Secp256k1.h"
#include "crypto/SecretBytes.h"
#include "eth/Abi.h"
#include "eth/Address.h"
#include "eth/Hex.h"
#include "eth/JsonRpcClient.h"
#include "iexec/IexecOrders.h"
#include "sandbox/AnvilProcess.h"
#include "sandbox/DevAccountSender.h"
#include "sandbox/PocoDeployer.h"
#include "util/Error.h"

#include <memory>
#include <string>
#include <vector>

namespace sr::test {

struct DevKey {
    crypto::SecretBytes key;
    eth::Address address;
};

/// anvil's default dev accounts 0..5 (mnemonic "test test ... junk"): public test keys.
inline DevKey devKey(int index) {
    static const char* const kKeys[] = {
        "ac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80",
        "59c6995e998f97a5a0044966f0945389dc9e86dae88c7a8412f4603b6b78690d",
        "5de4111afa1a4b94908f83103eb1f1706367c2e68ca870fc3fb9a804cdab365a",
        "7c852118294e51e653712a81e05800f419141751be58f605c371e15141b007a6",
        "47e179ec197488593b187f80a00eb0da91f1b9d0b13f8733639f19c30a34926a",
        "8b3a350cf5c34c9194ca85829a2df0ec3153be0318b5e2d3348e872092edffba",
    };
    DevKey out;
    out.key = crypto::SecretBytes(eth::fromHex(kKeys[index]));
    out.address = eth::Address::fromPublicKey(crypto::publicKeyFromPrivate(out.key));
    return out;
}

class SandboxTestChain {
public:
    SandboxTestChain()
        : anvil_(std::make_unique<sandbox::AnvilProcess>(sandbox::AnvilProcess::Options{})),
          rpc_(std::make_unique<eth::JsonRpcClient>(std::vector<std::string>{anvil_->rpcUrl()})) {
        sandbox::PocoArtifacts artifacts(sandbox::PocoArtifacts::defaultNodeModules());
        sandbox::PocoDeployer deployer(*rpc_, artifacts, devKey(0).address);
        deployment_ = deployer.deploy();
    }

    std::string rpcUrl() const { return anvil_->rpcUrl(); }
    eth::JsonRpcClient& rpc() { return *rpc_; }
    const sandbox::PocoDeployment& deployment() const { return deployment_; }
    sandbox::DevAccountSender sender(const eth::Address& from) {
        return sandbox::DevAccountSender(*rpc_, from);
    }

    /// Registers a dataset owned by `owner` (names must differ: the address derives from them).
    eth::Address createDataset(const eth::Address& owner, const std::string& name) {
        using eth::AbiValue;
        const std::vector<AbiValue> args = {AbiValue::address(owner), AbiValue::string(name),
                                            AbiValue::bytes({0x01, 0x02}),
                                            AbiValue::bytes(Bytes(32, 0x11))};
        return create(deployment_.datasetRegistry, "Dataset(address,string,bytes,bytes32)", args);
    }
    eth::Address createApp(const eth::Address& owner, const std::string& name) {
        using eth::AbiValue;
        const std::vector<AbiValue> args = {
            AbiValue::address(owner), AbiValue::string(name),           AbiValue::string("DOCKER"),
            AbiValue::bytes({0x01}),  AbiValue::bytes(Bytes(32, 0x22)), AbiValue::bytes({})};
        return create(deployment_.appRegistry, "App(address,string,string,bytes,bytes32,bytes)",
                      args);
    }
    eth::Address createWorkerpool(const eth::Address& owner, const std::string& description) {
        using eth::AbiValue;
        return create(deployment_.workerpoolRegistry, "Workerpool(address,string)",
                      {AbiValue::address(owner), AbiValue::string(description)});
    }

    /// The hub's EIP-712 domain on this chain.
    iexec::OrderDomain domain() {
        iexec::OrderDomain d;
        d.chainId = rpc_->chainId();
        d.verifyingContract = deployment_.hub;
        return d;
    }

    /// matchOrders of the four orders, each signed by its key, sent by the requester's dev
    /// account; returns the deal id (from OrdersMatched).
    Hash32 matchOrders(const iexec::AppOrder& app, const DevKey& appKey,
                       const iexec::DatasetOrder& dataset, const DevKey& datasetKey,
                       const iexec::WorkerpoolOrder& pool, const DevKey& poolKey,
                       const iexec::RequestOrder& request, const DevKey& requestKey) {
        using eth::AbiValue;
        const auto d = domain();
        const auto b32 = [](const Hash32& h) { return AbiValue::bytes(Bytes(h.begin(), h.end())); };
        const auto a = [](const eth::Address& x) { return AbiValue::address(x); };
        const auto n = [](const eth::U256& x) { return AbiValue::number(x); };
        const AbiValue appArg = AbiValue::list(
            {a(app.app), n(app.appprice), n(app.volume), b32(app.tag), a(app.datasetrestrict),
             a(app.workerpoolrestrict), a(app.requesterrestrict), b32(app.salt),
             AbiValue::bytes(iexec::signOrder(d, app, appKey.key))});
        const AbiValue datasetArg = AbiValue::list(
            {a(dataset.dataset), n(dataset.datasetprice), n(dataset.volume), b32(dataset.tag),
             a(dataset.apprestrict), a(dataset.workerpoolrestrict), a(dataset.requesterrestrict),
             b32(dataset.salt), AbiValue::bytes(iexec::signOrder(d, dataset, datasetKey.key))});
        const AbiValue poolArg =
            AbiValue::list({a(pool.workerpool), n(pool.workerpoolprice), n(pool.volume),
                            b32(pool.tag), n(pool.category), n(pool.trust), a(pool.apprestrict),
                            a(pool.datasetrestrict), a(pool.requesterrestrict), b32(pool.salt),
                            AbiValue::bytes(iexec::signOrder(d, pool, poolKey.key))});
        const AbiValue requestArg = AbiValue::list(
            {a(request.app), n(request.appmaxprice), a(request.dataset), n(request.datasetmaxprice),
             a(request.workerpool), n(request.workerpoolmaxprice), a(request.requester),
             n(request.volume), b32(request.tag), n(request.category), n(request.trust),
             a(request.beneficiary), a(request.callback), AbiValue::string(request.params),
             b32(request.salt), AbiValue::bytes(iexec::signOrder(d, request, requestKey.key))});
        const auto receipt = sender(requestKey.address)
                                 .transact(deployment_.hub,
                                           "matchOrders((address,uint256,uint256,bytes32,address,"
                                           "address,address,bytes32,bytes),(address,uint256,"
                                           "uint256,bytes32,address,address,address,bytes32,"
                                           "bytes),(address,uint256,uint256,bytes32,uint256,"
                                           "uint256,address,address,address,bytes32,bytes),("
                                           "address,uint256,address,uint256,address,uint256,"
                                           "address,uint256,bytes32,uint256,uint256,address,"
                                           "address,string,bytes32,bytes))",
                                           {appArg, datasetArg, poolArg, requestArg});
        const std::string matched = eth::toHex(
            eth::Abi::eventTopic("OrdersMatched(bytes32,bytes32,bytes32,bytes32,bytes32,uint256)"));
        for (const auto& log : receipt.at("logs")) {
            if (log.at("topics").at(0).get<std::string>() == matched) {
                const Bytes data = eth::fromHex(log.at("data").get<std::string>());
                Hash32 dealId{};
                std::copy(data.begin(), data.begin() + 32, dealId.begin());
                return dealId;
            }
        }
        throw Error(ErrorCode::Corrupt, "matchOrders emitted no OrdersMatched");
    }

private:
    // predict<X>(...) gives the address create<X>(...) will deploy to.
    eth::Address create(const eth::Address& registry, const std::string& suffix,
                        const std::vector<eth::AbiValue>& args) {
        auto s = sender(devKey(0).address);
        const eth::Address predicted =
            s.call(registry, "predict" + suffix, args, {eth::AbiType::address()})[0].asAddress();
        s.transact(registry, "create" + suffix, args);
        return predicted;
    }

    std::unique_ptr<sandbox::AnvilProcess> anvil_;
    std::unique_ptr<eth::JsonRpcClient> rpc_;
    sandbox::PocoDeployment deployment_;
};

} // namespace sr::test
