#include "sandbox/ByoApps.h"

#include "crypto/Sha256.h"
#include "eth/Abi.h"
#include "eth/JsonRpcClient.h"
#include "sandbox/DevAccountSender.h"
#include "store/AtomicFile.h"
#include "util/Error.h"

#include <unistd.h>

namespace sr::sandbox {
namespace {

namespace fs = std::filesystem;
using eth::AbiValue;

void writeByoApps(const fs::path& dir, const std::vector<ByoApp>& apps) {
    nlohmann::json list = nlohmann::json::array();
    for (const auto& a : apps)
        list.push_back({{"name", a.name},
                        {"address", a.address.toChecksumHex()},
                        {"program", a.program.string()},
                        {"schema", a.schema},
                        {"price", a.price.toDecimal()},
                        {"whitelisted", a.whitelisted}});
    writeFileAtomic(byoAppsFile(dir), nlohmann::json{{"apps", list}}.dump(2) + "\n", 0600);
}

} // namespace

fs::path byoAppsFile(const fs::path& workerStateDir) {
    return workerStateDir / "apps.json";
}

std::vector<ByoApp> readByoApps(const fs::path& workerStateDir) {
    std::string text;
    try {
        text = readFile(byoAppsFile(workerStateDir));
    } catch (const Error& e) {
        if (e.code() == ErrorCode::NotFound)
            return {};
        throw;
    }
    const auto json = nlohmann::json::parse(text, nullptr, false);
    if (json.is_discarded() || !json.contains("apps") || !json["apps"].is_array())
        throw Error(ErrorCode::Corrupt, byoAppsFile(workerStateDir).string() + " is malformed.");
    std::vector<ByoApp> apps;
    try {
        for (const auto& a : json["apps"]) {
            ByoApp app;
            app.name = a.at("name").get<std::string>();
            app.address = eth::Address::fromHex(a.at("address").get<std::string>());
            app.program = a.at("program").get<std::string>();
            app.schema = a.value("schema", nlohmann::json::object());
            app.price = eth::U256::fromDecimal(a.value("price", std::string("0")));
            app.whitelisted = a.value("whitelisted", false);
            apps.push_back(std::move(app));
        }
    } catch (const std::exception&) {
        throw Error(ErrorCode::Corrupt, byoAppsFile(workerStateDir).string() + " is malformed.");
    }
    return apps;
}

ByoApp addByoApp(const std::string& rpcUrl, const SandboxDeployment& deployment,
                 const fs::path& workerStateDir, const std::string& name, const fs::path& program,
                 const std::string& schemaJson, const eth::U256& price, bool whitelist) {
    if (name.empty() || name.size() > 100)
        throw Error(ErrorCode::InvalidArgument, "An app name needs 1 to 100 characters.");
    std::error_code ec;
    const fs::path absolute = fs::absolute(program, ec);
    if (!fs::is_regular_file(absolute, ec))
        throw Error(ErrorCode::InvalidArgument,
                    "The program " + program.string() + " does not exist or is not a file.");
    if (::access(absolute.c_str(), X_OK) != 0)
        throw Error(ErrorCode::InvalidArgument,
                    "The program " + program.string() + " is not executable (chmod +x).");
    auto schema = nlohmann::json::object();
    if (!schemaJson.empty()) {
        schema = nlohmann::json::parse(schemaJson, nullptr, false);
        if (schema.is_discarded() || !schema.is_object())
            throw Error(ErrorCode::InvalidArgument,
                        "The schema must be a JSON object, e.g. {\"email\":\"string\"}.");
    }
    auto apps = readByoApps(workerStateDir);
    for (const auto& a : apps)
        if (a.name == name)
            throw Error(ErrorCode::AlreadyExists, "An app named '" + name + "' is already added.");
    for (const auto& a : deployment.apps)
        if (a.name == name)
            throw Error(ErrorCode::AlreadyExists, "'" + name + "' is a sandbox app's name.");

    eth::JsonRpcClient rpc({rpcUrl});
    DevAccountSender scheduler(rpc, SandboxChain::schedulerAccount());
    // The image stands for the program; its checksum makes each deployment's address unique.
    const std::string image = "local:" + absolute.string() + "#" + name;
    const Hash32 checksum = crypto::sha256(asBytes(image));
    const std::vector<AbiValue> args = {AbiValue::address(SandboxChain::schedulerAccount()),
                                        AbiValue::string(name),
                                        AbiValue::string("DOCKER"),
                                        AbiValue::bytes(Bytes(image.begin(), image.end())),
                                        AbiValue::bytes(Bytes(checksum.begin(), checksum.end())),
                                        AbiValue::bytes({})};
    const auto registry = deployment.poco.appRegistry;
    const eth::Address address =
        scheduler
            .call(registry, "predictApp(address,string,string,bytes,bytes32,bytes)", args,
                  {eth::AbiType::address()})[0]
            .asAddress();
    const auto code =
        rpc.call("eth_getCode", nlohmann::json::array({address.toLowerHex(), "latest"}));
    if (code.get<std::string>() == "0x")
        scheduler.transact(registry, "createApp(address,string,string,bytes,bytes32,bytes)", args);
    if (whitelist)
        scheduler.transact(deployment.appWhitelist, "addApp(address)",
                           {AbiValue::address(address)});
    ByoApp app{name, address, absolute, schema, price, whitelist};
    apps.push_back(app);
    ensureDirectory(workerStateDir, 0700);
    writeByoApps(workerStateDir, apps);
    return app;
}

ByoApp removeByoApp(const std::string& rpcUrl, const SandboxDeployment& deployment,
                    const fs::path& workerStateDir, const std::string& name) {
    auto apps = readByoApps(workerStateDir);
    for (auto it = apps.begin(); it != apps.end(); ++it) {
        if (it->name != name)
            continue;
        const ByoApp removed = *it;
        apps.erase(it);
        writeByoApps(workerStateDir, apps);
        if (removed.whitelisted) {
            eth::JsonRpcClient rpc({rpcUrl});
            DevAccountSender scheduler(rpc, SandboxChain::schedulerAccount());
            try {
                scheduler.transact(deployment.appWhitelist, "removeApp(address)",
                                   {AbiValue::address(removed.address)});
            } catch (const Error&) {
                // A whitelist without removeApp keeps it listed; the worker no longer runs it.
            }
        }
        return removed;
    }
    throw Error(ErrorCode::NotFound, "No app named '" + name + "' was added.");
}

} // namespace sr::sandbox
