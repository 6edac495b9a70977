#include "sandbox/PocoDeployer.h"

#include "eth/Abi.h"
#include "eth/AbiJson.h"
#include "eth/Hex.h"
#include "sandbox/DevAccountSender.h"
#include "util/Error.h"

#include <set>

namespace sr::sandbox {
namespace {

using eth::Abi;
using eth::AbiType;
using eth::AbiValue;
using eth::Address;

using Selector = std::array<std::uint8_t, 4>;

/// The selectors a facet brings: its functions, plus receive/fallback under the pseudo
/// selectors PoCo's Diamond uses for them.
std::vector<Selector> selectorsOf(const nlohmann::json& abi) {
    std::vector<Selector> out;
    for (const auto& entry : abi) {
        const std::string type = entry.value("type", "");
        if (type == "function")
            out.push_back(Abi::selector(eth::abijson::signature(entry).canonical()));
        else if (type == "receive")
            out.push_back({0x00, 0x00, 0x00, 0x00});
        else if (type == "fallback")
            out.push_back({0xff, 0xff, 0xff, 0xff});
    }
    return out;
}

AbiValue facetCut(const Address& facet, const std::vector<Selector>& selectors) {
    std::vector<AbiValue> list;
    for (const auto& s : selectors)
        list.push_back(AbiValue::bytes(Bytes(s.begin(), s.end())));
    return AbiValue::list(
        {AbiValue::address(facet), AbiValue::number(0) /* Add */, AbiValue::list(std::move(list))});
}

const AbiType kFacetCuts = AbiType::parse("(address,uint8,bytes4[])[]");

} // namespace

nlohmann::json PocoDeployment::toJson() const {
    return {{"hub", hub.toChecksumHex()},
            {"rlc", rlc.toChecksumHex()},
            {"appRegistry", appRegistry.toChecksumHex()},
            {"datasetRegistry", datasetRegistry.toChecksumHex()},
            {"workerpoolRegistry", workerpoolRegistry.toChecksumHex()},
            {"owner", owner.toChecksumHex()}};
}

PocoDeployment PocoDeployment::fromJson(const nlohmann::json& json) {
    auto read = [&](const char* key) {
        if (!json.contains(key) || !json[key].is_string())
            throw Error(ErrorCode::Corrupt, std::string("Deployment record without ") + key);
        return Address::fromHex(json[key].get<std::string>());
    };
    return {read("hub"),
            read("rlc"),
            read("appRegistry"),
            read("datasetRegistry"),
            read("workerpoolRegistry"),
            read("owner")};
}

const std::vector<std::string>& PocoDeployer::facetNames() {
    static const std::vector<std::string> names = {"IexecAccessorsABILegacyFacet",
                                                   "IexecCategoryManagerFacet",
                                                   "IexecConfigurationExtraFacet",
                                                   "IexecConfigurationFacet",
                                                   "IexecERC20Facet",
                                                   "IexecEscrowTokenFacet",
                                                   "IexecOrderManagementFacet",
                                                   "IexecPoco1Facet",
                                                   "IexecPoco2Facet",
                                                   "IexecPocoAccessorsFacet",
                                                   "IexecPocoBoostFacet",
                                                   "IexecPocoBoostAccessorsFacet",
                                                   "IexecRelayFacet"};
    return names;
}

PocoDeployer::PocoDeployer(eth::JsonRpcClient& rpc, const PocoArtifacts& artifacts, Address owner)
    : rpc_(rpc), artifacts_(artifacts), owner_(owner) {}

PocoDeployment PocoDeployer::deploy(const Progress& progress) {
    auto step = [&](const std::string& what) {
        if (progress)
            progress(what);
    };
    DevAccountSender sender(rpc_, owner_);
    PocoDeployment out;
    out.owner = owner_;

    step("RLC token");
    out.rlc = sender.deploy(PocoArtifacts::bytecode(artifacts_.deployment("RLC")));

    step("Diamond base facets");
    const auto initRecord = artifacts_.deployment("DiamondInit");
    const auto cutRecord = artifacts_.deployment("DiamondCutFacet");
    const auto loupeRecord = artifacts_.deployment("DiamondLoupeFacet");
    const auto ownershipRecord = artifacts_.deployment("OwnershipFacet");
    const Address init = sender.deploy(PocoArtifacts::bytecode(initRecord));
    const Address cut = sender.deploy(PocoArtifacts::bytecode(cutRecord));
    const Address loupe = sender.deploy(PocoArtifacts::bytecode(loupeRecord));
    const Address ownership = sender.deploy(PocoArtifacts::bytecode(ownershipRecord));

    std::set<Selector> present;
    std::vector<AbiValue> baseCuts;
    for (const auto& [facet, record] : {std::pair{cut, &cutRecord}, std::pair{loupe, &loupeRecord},
                                        std::pair{ownership, &ownershipRecord}}) {
        std::vector<Selector> selectors;
        for (const auto& s : selectorsOf(record->at("abi")))
            if (present.insert(s).second)
                selectors.push_back(s);
        baseCuts.push_back(facetCut(facet, selectors));
    }

    step("Diamond (the hub)");
    const auto initSelector = Abi::selector("init()");
    const Bytes diamondArgs = Abi::encode(
        {kFacetCuts, AbiType::parse("(address,address,bytes)")},
        {AbiValue::list(std::move(baseCuts)),
         AbiValue::list({AbiValue::address(owner_), AbiValue::address(init),
                         AbiValue::bytes(Bytes(initSelector.begin(), initSelector.end()))})});
    out.hub = sender.deploy(PocoArtifacts::bytecode(artifacts_.artifact("Diamond.sol/Diamond")),
                            diamondArgs);

    step("IexecLibOrders_v5");
    const Address libOrders = sender.deploy(PocoArtifacts::bytecode(
        artifacts_.artifact("libs/IexecLibOrders_v5.sol/IexecLibOrders_v5")));

    for (const auto& name : facetNames()) {
        step(name);
        const auto artifact = artifacts_.artifact("facets/" + name + ".sol/" + name);
        const Address facet = sender.deploy(PocoArtifacts::linkedBytecode(artifact, libOrders));
        std::vector<Selector> selectors;
        for (const auto& s : selectorsOf(artifact.at("abi")))
            if (present.insert(s).second)
                selectors.push_back(s);
        if (selectors.empty())
            continue;
        sender.transact(out.hub, "diamondCut((address,uint8,bytes4[])[],address,bytes)",
                        {AbiValue::list({facetCut(facet, selectors)}),
                         AbiValue::address(Address::zero()), AbiValue::bytes({})});
    }

    const std::string baseUri = "https://sandbox.strongroom.invalid/";
    auto registry = [&](const std::string& path, const std::string& kind) {
        step(kind + " registry");
        const Address reg = sender.deploy(PocoArtifacts::bytecode(artifacts_.artifact(path)));
        sender.transact(reg, "initialize(address)", {AbiValue::address(Address::zero())});
        sender.transact(reg, "setBaseURI(string)", {AbiValue::string(baseUri + kind + "/")});
        return reg;
    };
    out.appRegistry = registry("registries/apps/AppRegistry.sol/AppRegistry", "app");
    out.datasetRegistry =
        registry("registries/datasets/DatasetRegistry.sol/DatasetRegistry", "dataset");
    out.workerpoolRegistry =
        registry("registries/workerpools/WorkerpoolRegistry.sol/WorkerpoolRegistry", "workerpool");

    step("hub configuration");
    sender.transact(
        out.hub, "configure(address,string,string,uint8,address,address,address,address)",
        {AbiValue::address(out.rlc), AbiValue::string("Staked RLC"), AbiValue::string("SRLC"),
         AbiValue::number(9), AbiValue::address(out.appRegistry),
         AbiValue::address(out.datasetRegistry), AbiValue::address(out.workerpoolRegistry),
         AbiValue::address(Address::zero())});

    step("categories");
    const std::pair<const char*, int> categories[] = {
        {"XS", 300}, {"S", 1200}, {"M", 3600}, {"L", 10800}, {"XL", 36000}};
    for (const auto& [name, seconds] : categories)
        sender.transact(
            out.hub, "createCategory(string,string,uint256)",
            {AbiValue::string(name), AbiValue::string("\"\""), AbiValue::number(seconds)});
    return out;
}

} // namespace sr::sandbox
