#include "sandbox/SandboxChain.h"

#include "crypto/Sha256.h"
#include "eth/Abi.h"
#include "eth/Hex.h"
#include "sandbox/DevAccountSender.h"
#include "sandbox/SandboxContracts.h"
#include "store/AtomicFile.h"
#include "util/Error.h"

#include <algorithm>
#include <optional>
#include <thread>
#include <zlib.h>

namespace sr::sandbox {
namespace {

using eth::AbiValue;
using eth::Address;

/// Registry token ids are addresses (uint160).
Address tokenAddress(const eth::U256& id) {
    const auto word = id.toBigEndian();
    return Address::fromBytes(ByteView(word.data() + 12, 20));
}

Address readAddress(const nlohmann::json& json, const char* key) {
    if (!json.contains(key) || !json[key].is_string())
        throw Error(ErrorCode::Corrupt, std::string("The sandbox deployment record lacks ") + key);
    return Address::fromHex(json[key].get<std::string>());
}

/// The apps every sandbox has, with what they need (schemas as the real apps declare them).
struct AppSpec {
    const char* name;
    const char* image;
    nlohmann::json schema;
};

std::vector<AppSpec> appSpecs() {
    return {{"Sandbox Web3Mail", "strongroom/sandbox-web3mail:1.0.0", {{"email", "string"}}},
            {"Sandbox Web3Telegram",
             "strongroom/sandbox-web3telegram:1.0.0",
             {{"telegram_chatId", "string"}}},
            {"Sandbox Content Reader", "strongroom/sandbox-content-reader:1.0.0",
             nlohmann::json::object()}};
}

// anvil_dumpState's bytes are gzip; --state reads the JSON inside.
std::string gunzip(const Bytes& compressed) {
    z_stream z{};
    if (inflateInit2(&z, 16 + MAX_WBITS) != Z_OK)
        throw Error(ErrorCode::Internal, "zlib could not start.");
    std::string out;
    z.next_in = const_cast<Bytef*>(compressed.data());
    z.avail_in = static_cast<uInt>(compressed.size());
    int status = Z_OK;
    char buffer[1 << 16];
    while (status == Z_OK) {
        z.next_out = reinterpret_cast<Bytef*>(buffer);
        z.avail_out = sizeof buffer;
        status = inflate(&z, Z_NO_FLUSH);
        out.append(buffer, sizeof buffer - z.avail_out);
        if (status == Z_BUF_ERROR && z.avail_in == 0)
            break;
    }
    inflateEnd(&z);
    if (status != Z_STREAM_END)
        throw Error(ErrorCode::Corrupt, "anvil's state dump is not valid gzip.");
    return out;
}

} // namespace

nlohmann::json SandboxDeployment::toJson() const {
    nlohmann::json apps_ = nlohmann::json::array();
    for (const auto& app : apps)
        apps_.push_back(
            {{"name", app.name}, {"address", app.address.toChecksumHex()}, {"schema", app.schema}});
    return {{"poco", poco.toJson()},
            {"dataProtector", dataProtector.toChecksumHex()},
            {"appWhitelist", appWhitelist.toChecksumHex()},
            {"workerpool", workerpool.toChecksumHex()},
            {"apps", apps_}};
}

SandboxDeployment SandboxDeployment::fromJson(const nlohmann::json& json) {
    if (!json.is_object() || !json.contains("poco") || !json.contains("apps") ||
        !json["apps"].is_array())
        throw Error(ErrorCode::Corrupt, "The sandbox deployment record is malformed.");
    SandboxDeployment d;
    d.poco = PocoDeployment::fromJson(json["poco"]);
    d.dataProtector = readAddress(json, "dataProtector");
    d.appWhitelist = readAddress(json, "appWhitelist");
    d.workerpool = readAddress(json, "workerpool");
    for (const auto& app : json["apps"])
        d.apps.push_back({app.at("name").get<std::string>(), readAddress(app, "address"),
                          app.value("schema", nlohmann::json::object())});
    return d;
}

Address SandboxChain::ownerAccount() {
    return Address::fromHex("0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266");
}

Address SandboxChain::schedulerAccount() {
    return Address::fromHex("0x70997970C51812dc3A010C7d01b50e0d17dc79C8");
}

std::filesystem::path SandboxChain::chainStateFile(const std::filesystem::path& stateDir) {
    return stateDir / "chain.json";
}

std::filesystem::path SandboxChain::deploymentFile(const std::filesystem::path& stateDir) {
    return stateDir / "deployment.json";
}

SandboxChain::SandboxChain(const Options& options, const Progress& progress) {
    auto step = [&](const std::string& what) {
        if (progress)
            progress(what);
    };
    AnvilProcess::Options anvil;
    anvil.port = options.port;
    anvil.chainId = kChainId;
    const bool persistent = !options.stateDir.empty();
    std::error_code ec;
    if (persistent) {
        ensureDirectory(options.stateDir);
        anvil.cachePath = options.stateDir / "anvil-cache";
        const auto chainFile = chainStateFile(options.stateDir);
        const auto recordFile = deploymentFile(options.stateDir);
        const bool haveBoth =
            std::filesystem::exists(chainFile, ec) && std::filesystem::exists(recordFile, ec);
        if (haveBoth) {
            deployment_ = SandboxDeployment::fromJson(
                nlohmann::json::parse(readFile(recordFile), nullptr, false));
            loaded_ = true;
        } else {
            // Half a state (a crash during the first start) is worse than none.
            std::filesystem::remove(chainFile, ec);
            std::filesystem::remove(recordFile, ec);
        }
        // Loaded at start and written by anvil on a clean exit; between the two, saveState()
        // after every block (anvil's own periodic save is whole seconds apart and not atomic).
        anvil.extraArgs = {"--state", chainFile.string()};
        stateFile_ = chainFile;
    }
    step(loaded_ ? "starting the chain from its saved state" : "starting the chain");
    anvil_ = std::make_unique<AnvilProcess>(anvil);
    rpc_ = std::make_unique<eth::JsonRpcClient>(std::vector<std::string>{anvil_->rpcUrl()});
    if (loaded_) {
        // The record must describe this chain: the hub answers with its registries.
        DevAccountSender reader(*rpc_, ownerAccount());
        const auto registry =
            reader.call(deployment_.poco.hub, "datasetregistry()", {}, {eth::AbiType::address()});
        if (registry[0].asAddress() != deployment_.poco.datasetRegistry)
            throw Error(ErrorCode::Corrupt,
                        "The saved sandbox chain does not match its deployment record; remove " +
                            options.stateDir.string() + " to start afresh.");
        // A state made when the sandbox's apps had an MREnclave (SDK 9 refuses such an app):
        // they are registered again without one, as a new sandbox has them, and the record
        // names the new ones (the old stay on chain, unused).
        if (registerAppsWithoutEnclave() && persistent) {
            saveState();
            writeFileAtomic(deploymentFile(options.stateDir), deployment_.toJson().dump(2) + "\n");
        }
    } else {
        deployEverything(progress);
        if (persistent) {
            // The chain first: a record without its chain is set aside at the next start.
            saveState();
            writeFileAtomic(deploymentFile(options.stateDir), deployment_.toJson().dump(2) + "\n");
        }
    }
    if (persistent)
        saver_ = std::thread([this] { watchBlocks(); });
}

SandboxChain::~SandboxChain() {
    stopping_ = true;
    if (saver_.joinable())
        saver_.join();
}

void SandboxChain::stop() {
    stopping_ = true;
    if (saver_.joinable())
        saver_.join();
    if (anvil_)
        anvil_->stop();
}

void SandboxChain::saveState() {
    if (stateFile_.empty())
        return;
    const std::lock_guard lock(saveMutex_);
    // A client of its own: the saver thread must not share the deployer's.
    eth::JsonRpcClient rpc({anvil_->rpcUrl()});
    const std::uint64_t block = rpc.blockNumber();
    const nlohmann::json dump = rpc.call("anvil_dumpState");
    if (!dump.is_string())
        throw Error(ErrorCode::Corrupt, "anvil_dumpState answered something other than bytes.");
    writeFileAtomic(stateFile_, gunzip(eth::fromHex(dump.get<std::string>())));
    savedBlock_ = block;
}

void SandboxChain::watchBlocks() {
    eth::JsonRpcClient rpc({anvil_->rpcUrl()});
    std::uint64_t seen = savedBlock_.load();
    while (!stopping_) {
        try {
            const std::uint64_t block = rpc.blockNumber();
            if (block != seen) {
                saveState();
                seen = block;
            }
        } catch (const std::exception&) {
            // anvil busy or stopping: the next turn tries again
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(25));
    }
}

void SandboxChain::deployEverything(const Progress& progress) {
    auto step = [&](const std::string& what) {
        if (progress)
            progress(what);
    };
    PocoArtifacts artifacts(PocoArtifacts::defaultNodeModules());
    PocoDeployer deployer(*rpc_, artifacts, ownerAccount());
    deployment_.poco = deployer.deploy(progress);

    DevAccountSender owner(*rpc_, ownerAccount());
    DevAccountSender scheduler(*rpc_, schedulerAccount());

    step("DataProtector");
    deployment_.dataProtector =
        owner.deploy(SandboxContracts::creationCode("SandboxDataProtector"),
                     eth::Abi::encode({eth::AbiType::address()},
                                      {AbiValue::address(deployment_.poco.datasetRegistry)}));

    step("workerpool");
    scheduler.transact(
        deployment_.poco.workerpoolRegistry, "createWorkerpool(address,string)",
        {AbiValue::address(schedulerAccount()), AbiValue::string("Strongroom sandbox workerpool")});
    deployment_.workerpool = tokenAddress(
        scheduler
            .call(deployment_.poco.workerpoolRegistry, "tokenOfOwnerByIndex(address,uint256)",
                  {AbiValue::address(schedulerAccount()), AbiValue::number(0)},
                  {eth::AbiType::uint()})[0]
            .asNumber());

    step("sandbox apps");
    DevAccountSender whitelistOwner(*rpc_, schedulerAccount());
    deployment_.appWhitelist =
        whitelistOwner.deploy(SandboxContracts::creationCode("SandboxAppWhitelist"));
    for (const auto& spec : appSpecs())
        deployment_.apps.push_back({spec.name, registerApp(spec.name), spec.schema});
}

Address SandboxChain::registerApp(const std::string& name) {
    const auto specs = appSpecs();
    const auto spec =
        std::find_if(specs.begin(), specs.end(), [&](const AppSpec& s) { return name == s.name; });
    if (spec == specs.end())
        throw Error(ErrorCode::NotFound, "The sandbox has no app named " + name + ".");
    DevAccountSender scheduler(*rpc_, schedulerAccount());
    const std::string image = spec->image;
    const Hash32 checksum = crypto::sha256(asBytes(image));
    // No MREnclave, as on Arbitrum, where SDK 9 refuses an app that has one: a TDX app says
    // where it runs through its app orders' tag, which the workerpool publishes.
    scheduler.transact(
        deployment_.poco.appRegistry, "createApp(address,string,string,bytes,bytes32,bytes)",
        {AbiValue::address(schedulerAccount()), AbiValue::string(spec->name),
         AbiValue::string("DOCKER"), AbiValue::bytes(Bytes(image.begin(), image.end())),
         AbiValue::bytes(Bytes(checksum.begin(), checksum.end())), AbiValue::bytes({})});
    // The newest app of the scheduler (it owns the sandbox's apps and those added).
    const auto owned = scheduler
                           .call(deployment_.poco.appRegistry, "balanceOf(address)",
                                 {AbiValue::address(schedulerAccount())}, {eth::AbiType::uint()})[0]
                           .asNumber();
    const Address app = tokenAddress(
        scheduler
            .call(deployment_.poco.appRegistry, "tokenOfOwnerByIndex(address,uint256)",
                  {AbiValue::address(schedulerAccount()), AbiValue::number(owned - eth::U256(1))},
                  {eth::AbiType::uint()})[0]
            .asNumber());
    DevAccountSender(*rpc_, schedulerAccount())
        .transact(deployment_.appWhitelist, "addApp(address)", {AbiValue::address(app)});
    return app;
}

bool SandboxChain::registerAppsWithoutEnclave() {
    DevAccountSender reader(*rpc_, schedulerAccount());
    const auto enclaveOf = [&](const Address& app) {
        return reader.call(app, "m_appMREnclave()", {}, {eth::AbiType::bytes()})[0].asBytes();
    };
    bool changed = false;
    for (auto& app : deployment_.apps) {
        if (enclaveOf(app.address).empty())
            continue;
        // One registered without an enclave already (an upgrade cut short before the record
        // was written) is taken as it is: registering the same app twice reverts.
        std::optional<Address> found;
        const auto owned =
            reader
                .call(deployment_.poco.appRegistry, "balanceOf(address)",
                      {AbiValue::address(schedulerAccount())}, {eth::AbiType::uint()})[0]
                .asNumber();
        for (eth::U256 i = 0; i < owned && !found; i = i + eth::U256(1)) {
            const Address candidate = tokenAddress(
                reader
                    .call(deployment_.poco.appRegistry, "tokenOfOwnerByIndex(address,uint256)",
                          {AbiValue::address(schedulerAccount()), AbiValue::number(i)},
                          {eth::AbiType::uint()})[0]
                    .asNumber());
            const auto name =
                reader.call(candidate, "m_appName()", {}, {eth::AbiType::string()})[0].asString();
            if (name == app.name && enclaveOf(candidate).empty())
                found = candidate;
        }
        if (found) {
            Bytes key(32, 0);
            std::copy(found->bytes().begin(), found->bytes().end(), key.begin() + 12);
            const bool member =
                reader
                    .call(deployment_.appWhitelist, "keyHasPurpose(bytes32,uint256)",
                          {AbiValue::bytes(key), AbiValue::number(4)}, {eth::AbiType::boolean()})[0]
                    .asBool();
            if (!member)
                DevAccountSender(*rpc_, schedulerAccount())
                    .transact(deployment_.appWhitelist, "addApp(address)",
                              {AbiValue::address(*found)});
            app.address = *found;
        } else {
            app.address = registerApp(app.name);
        }
        changed = true;
    }
    return changed;
}

} // namespace sr::sandbox
