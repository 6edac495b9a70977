#pragma once

// What the earnings suites (integration_tst_hubledger, interop_tst_earnings_ethers) and the GUI
// suites that run tasks (gui_tst_earnings, gui_tst_overview, gui_tst_computations) share on top
// of WorkerTestKit: a sandbox with its worker, grants published on its market, priced apps of
// our own, a key in a data folder.

#include "PublishedSandbox.h"
#include "SandboxAppOrders.h"
#include "TestAccounts.h"
#include "WorkerTestKit.h"
#include "eth/Signer.h"
#include "iexec/MarketClient.h"
#include "sandbox/ByoApps.h"
#include "sandbox/DevAccountSender.h"
#include "sandbox/FaucetService.h"
#include "store/AppSettings.h"
#include "util/Paths.h"
#include "wallet/AccountStore.h"

#include <filesystem>
#include <fstream>
#include <memory>

namespace sr::test {

/// A sandbox with its workerpool (the apps run through the strongroom-sandbox binary).
inline std::unique_ptr<sandbox::SandboxNetwork>
sandboxWithWorker(const std::filesystem::path& stateDir,
                  std::chrono::seconds maxWallClock = std::chrono::seconds(5)) {
    auto options = sandboxWithWorkerpool(stateDir);
    options.maxWallClock = maxWallClock;
    return std::make_unique<sandbox::SandboxNetwork>(options);
}

/// Stores `key` in the keystore of data folder `dataDir` as account `label` under `password`,
/// with a key derivation cheap enough for tests.
inline void importKey(const std::filesystem::path& dataDir, const DevKey& key,
                      const std::string& password, const std::string& label) {
    importTestAccount(dataDir, crypto::SecretBytes(key.key.view()), password, label);
}

/// The sandbox's free Content Reader app, its orders on the market (throws if it is not
/// deployed).
inline eth::Address contentReader(sandbox::SandboxNetwork& net, WorkerTestKit& kit) {
    for (const auto& app : net.deployment().apps)
        if (app.name == "Sandbox Content Reader") {
            kit.waitForOrders(app.address);
            return app.address;
        }
    throw Error(ErrorCode::Internal, "the sandbox has no Content Reader");
}

/// Funds `who` with RLC from the faucet and deposits `nRlc` of it in its iExec account.
inline void depositRlc(sandbox::SandboxNetwork& net, WorkerTestKit& kit, const DevKey& who,
                       const eth::U256& nRlc) {
    sandbox::FaucetService::fund(kit.rpc(), net.deployment().poco.rlc, net.deployment().poco.owner,
                                 who.address);
    sandbox::DevAccountSender(kit.rpc(), who.address)
        .transact(net.deployment().poco.rlc, "approveAndCall(address,uint256,bytes)",
                  {eth::AbiValue::address(kit.hub()), eth::AbiValue::number(nRlc),
                   eth::AbiValue::bytes({})});
}

/// Publishes `owner`'s grant of `dataset` on the market: for `app` and `requester` (zero:
/// any), `price` nRLC per run, `volume` runs. Returns the signed order.
inline iexec::SignedOrder<iexec::DatasetOrder>
publishGrant(WorkerTestKit& kit, const DevKey& owner, const eth::Address& dataset,
             const eth::Address& app, const eth::Address& requester, std::uint64_t price,
             std::uint64_t volume) {
    iexec::DatasetOrder o;
    o.dataset = dataset;
    o.datasetprice = price;
    o.volume = volume;
    o.apprestrict = app;
    o.requesterrestrict = requester;
    const Bytes salt = crypto::randomBytes(32);
    std::copy(salt.begin(), salt.end(), o.salt.begin());
    const iexec::SignedOrder<iexec::DatasetOrder> order{
        o, iexec::signOrder(kit.domain(), o, owner.key)};
    iexec::MarketClient(kit.endpoints().market, kit.domain())
        .publishDatasetOrder(order, eth::PrivateKeySigner(crypto::SecretBytes(owner.key.view())));
    return order;
}

/// An app of our own (owned by the scheduler's account) at `price` nRLC per run: a /bin/sh
/// program that runs `before` then writes a result; its orders are on the market on return.
inline sandbox::ByoApp addPricedApp(sandbox::SandboxNetwork& net, WorkerTestKit& kit,
                                    const std::filesystem::path& stateDir,
                                    const std::filesystem::path& scratch, const std::string& name,
                                    std::uint64_t price, const std::string& before = "") {
    const auto program = scratch / (name + ".sh");
    {
        std::ofstream out(program);
        out << "#!/bin/sh\n"
            << before << "\necho " << name << " > \"$IEXEC_OUT/result.txt\"\n"
            << "echo '{\"deterministic-output-path\":\"'\"$IEXEC_OUT\"'/result.txt\"}'"
            << " > \"$IEXEC_OUT/computed.json\"\n";
    }
    std::filesystem::permissions(program, std::filesystem::perms::owner_all);
    const auto app = sandbox::addByoApp(net.chain().rpcUrl(), net.deployment(),
                                        sandbox::SandboxNetwork::workerStateDir(stateDir), name,
                                        program, "", eth::U256(price), false);
    kit.waitForOrders(app.address);
    return app;
}

} // namespace sr::test
