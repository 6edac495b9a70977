#include "sandbox/SandboxContracts.h"

#include "eth/Hex.h"
#include "util/Error.h"

namespace sr::sandbox {
namespace detail {
extern const std::uint8_t kSandboxContractsData[];
extern const std::size_t kSandboxContractsSize;
} // namespace detail

namespace {
const nlohmann::json& document() {
    static const nlohmann::json json = nlohmann::json::parse(SandboxContracts::embeddedJson());
    return json;
}

const nlohmann::json& contract(const std::string& name) {
    const auto& contracts = document().at("contracts");
    auto it = contracts.find(name);
    if (it == contracts.end())
        throw Error(ErrorCode::NotFound, "No sandbox contract named " + name);
    return *it;
}
} // namespace

std::string SandboxContracts::embeddedJson() {
    return std::string(reinterpret_cast<const char*>(detail::kSandboxContractsData),
                       detail::kSandboxContractsSize);
}

Bytes SandboxContracts::creationCode(const std::string& name) {
    return eth::fromHex(contract(name).at("bytecode").get<std::string>());
}

nlohmann::json SandboxContracts::abi(const std::string& name) {
    return contract(name).at("abi");
}

std::string SandboxContracts::compilerVersion() {
    return document().at("compiler").get<std::string>();
}

} // namespace sr::sandbox
