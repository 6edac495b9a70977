#include "sandbox/PocoArtifacts.h"

#include "eth/Hex.h"
#include "store/AtomicFile.h"
#include "util/Error.h"
#include "util/Paths.h"

#include <cstdlib>

namespace sr::sandbox {

std::filesystem::path PocoArtifacts::defaultNodeModules() {
    if (const char* env = std::getenv("STRONGROOM_NODE_MODULES"); env && *env)
        return env;
    // The package installs the artifacts the deployer reads in the same layout.
    if (auto shipped = shippedPath(kShippedPath);
        shipped && std::filesystem::exists(*shipped / "@iexec" / "poco"))
        return *shipped;
    return STRONGROOM_NODE_MODULES;
}

PocoArtifacts::PocoArtifacts(std::filesystem::path nodeModules)
    : poco_(nodeModules / "@iexec" / "poco"), nodeModules_(std::move(nodeModules)) {
    std::error_code ec;
    if (!std::filesystem::is_directory(poco_ / "artifacts", ec))
        throw Error(ErrorCode::NotFound,
                    "The iExec contracts are not installed (looked for " + poco_.string() +
                        "). Run packaging/install-deps.sh, which installs @iexec/poco@6.1.0.");
}

nlohmann::json PocoArtifacts::readJson(const std::filesystem::path& file) const {
    nlohmann::json json = nlohmann::json::parse(readFile(file), nullptr, false);
    if (json.is_discarded() || !json.is_object())
        throw Error(ErrorCode::Corrupt, file.string() + " is not a valid contract artifact.");
    return json;
}

nlohmann::json PocoArtifacts::artifact(const std::string& relativePath) const {
    return readJson(poco_ / "artifacts" / "contracts" / (relativePath + ".json"));
}

nlohmann::json PocoArtifacts::deployment(const std::string& name) const {
    return readJson(poco_ / "deployments" / "arbitrumSepolia" / (name + ".json"));
}

nlohmann::json PocoArtifacts::rlcAbi() const {
    auto json = readJson(nodeModules_ / "rlc-faucet-contract" / "build" / "contracts" / "RLC.json");
    return json.at("abi");
}

Bytes PocoArtifacts::bytecode(const nlohmann::json& record) {
    if (!record.contains("bytecode") || !record["bytecode"].is_string())
        throw Error(ErrorCode::Corrupt, "A contract record has no bytecode.");
    return eth::fromHex(record["bytecode"].get<std::string>());
}

Bytes PocoArtifacts::linkedBytecode(const nlohmann::json& artifact, const eth::Address& library) {
    std::string hex = artifact.at("bytecode").get<std::string>();
    if (hex.starts_with("0x"))
        hex.erase(0, 2);
    // Placeholders are 40 hex characters at the byte offsets listed in linkReferences.
    const std::string address = library.toLowerHex().substr(2);
    if (auto refs = artifact.find("linkReferences"); refs != artifact.end() && refs->is_object()) {
        for (const auto& [source, libraries] : refs->items())
            for (const auto& [name, places] : libraries.items())
                for (const auto& place : places) {
                    const std::size_t start = place.at("start").get<std::size_t>() * 2;
                    if (start + 40 > hex.size())
                        throw Error(ErrorCode::Corrupt,
                                    "A link reference points outside the code.");
                    hex.replace(start, 40, address);
                }
    }
    if (hex.find("__") != std::string::npos)
        throw Error(ErrorCode::Corrupt, "A contract still has an unlinked library placeholder.");
    return eth::fromHex(hex);
}

} // namespace sr::sandbox
