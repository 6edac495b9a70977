#include "iexec/NetworkProfile.h"

#include "util/Error.h"

#include <algorithm>
#include <cctype>

namespace sr {

std::string_view networkKindName(NetworkKind kind) noexcept {
    switch (kind) {
    case NetworkKind::Mainnet:
        return "mainnet";
    case NetworkKind::Testnet:
        return "testnet";
    case NetworkKind::Sandbox:
        return "sandbox";
    }
    return "testnet";
}

bool looksLikeAddress(std::string_view address) noexcept {
    if (address.size() != 42 || address[0] != '0' || (address[1] != 'x' && address[1] != 'X'))
        return false;
    return std::all_of(address.begin() + 2, address.end(),
                       [](unsigned char c) { return std::isxdigit(c) != 0; });
}

bool looksLikeHttpUrl(std::string_view url) noexcept {
    std::string_view rest;
    if (url.starts_with("https://"))
        rest = url.substr(8);
    else if (url.starts_with("http://"))
        rest = url.substr(7);
    else
        return false;
    if (rest.empty() || rest[0] == '/' || rest[0] == ':')
        return false;
    return std::none_of(url.begin(), url.end(),
                        [](unsigned char c) { return std::isspace(c) || std::iscntrl(c); });
}

bool isPrivateTransportUrl(std::string_view url) noexcept {
    if (!looksLikeHttpUrl(url))
        return false;
    if (url.starts_with("https://"))
        return true;
    std::string_view host = url.substr(7);
    host = host.substr(0, host.find_first_of("/?#"));
    if (host.find('@') != std::string_view::npos)
        return false; // user info could hide the real host from a quick reading
    if (host.starts_with("[::1]"))
        return host.size() == 5 || host[5] == ':';
    host = host.substr(0, host.find(':'));
    std::string lower(host);
    std::transform(lower.begin(), lower.end(), lower.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    if (lower == "localhost")
        return true;
    // 127.a.b.c written as four decimal numbers, nothing else.
    if (!lower.starts_with("127."))
        return false;
    int parts = 0;
    std::size_t at = 0;
    while (at <= lower.size()) {
        const std::size_t end = std::min(lower.find('.', at), lower.size());
        const std::string_view part = std::string_view(lower).substr(at, end - at);
        if (part.empty() || part.size() > 3 ||
            !std::all_of(part.begin(), part.end(), [](char c) { return c >= '0' && c <= '9'; }) ||
            std::stoi(std::string(part)) > 255)
            return false;
        ++parts;
        at = end + 1;
    }
    return parts == 4;
}

namespace {

[[noreturn]] void bad(const std::string& profile, const std::string& what) {
    throw Error(ErrorCode::InvalidArgument, "Network profile \"" + profile + "\": " + what);
}

void checkAddress(const std::string& profile, const char* field, const std::string& value,
                  bool optional) {
    if (value.empty() && optional)
        return;
    if (!looksLikeAddress(value))
        bad(profile, std::string(field) + " must be an address (0x and 40 hex digits).");
}

// A contract address of `profile`, or InvalidArgument saying which one is missing.
eth::Address contractAddress(const NetworkProfile& profile, const std::string& value,
                             const char* what) {
    try {
        return eth::Address::fromHex(value);
    } catch (const Error&) {
        throw Error(ErrorCode::InvalidArgument, "The network profile \"" + profile.name +
                                                    "\" has no valid " + what + " address.");
    }
}

void checkUrl(const std::string& profile, const char* field, const std::string& value,
              bool optional) {
    if (value.empty() && optional)
        return;
    if (!looksLikeHttpUrl(value))
        bad(profile, std::string(field) + " must be an http:// or https:// URL.");
}

bool validName(std::string_view name) {
    if (name.empty() || name.size() > 64 || name.front() == '-')
        return false;
    return std::all_of(name.begin(), name.end(), [](unsigned char c) {
        return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-';
    });
}

const std::string& requireString(const nlohmann::json& json, const char* key) {
    auto it = json.find(key);
    if (it == json.end() || !it->is_string())
        throw Error(ErrorCode::Corrupt,
                    std::string("Network profile: \"") + key + "\" is missing or not a string.");
    return it->get_ref<const std::string&>();
}

std::string optionalString(const nlohmann::json& json, const char* key) {
    auto it = json.find(key);
    if (it == json.end() || it->is_null())
        return {};
    if (!it->is_string())
        throw Error(ErrorCode::Corrupt,
                    std::string("Network profile: \"") + key + "\" must be a string.");
    return it->get<std::string>();
}

} // namespace

void NetworkProfile::validate() const {
    const std::string& who = name.empty() ? displayName : name;
    if (!validName(name))
        bad(who, "the name must be 1 to 64 lowercase letters, digits or '-'.");
    if (displayName.empty())
        bad(who, "the display name is empty.");
    if (chainId == 0)
        bad(who, "the chain id must be a positive number.");
    if (rpcUrls.empty())
        bad(who, "at least one RPC URL is needed.");
    for (const auto& url : rpcUrls)
        checkUrl(who, "every RPC URL", url, false);
    checkAddress(who, "the hub", hub, false);
    checkAddress(who, "the DataProtector contract", dataProtector, false);
    checkAddress(who, "the workerpool", workerpool, true);
    checkUrl(who, "the SMS", sms, false);
    if (!isPrivateTransportUrl(sms))
        bad(who, "the SMS receives dataset keys, so it must be an https:// URL (http:// only "
                 "to this computer: localhost, 127.0.0.1 or [::1]).");
    checkUrl(who, "the market API", marketApi, false);
    checkUrl(who, "the IPFS node", ipfsNode, false);
    checkUrl(who, "the IPFS gateway", ipfsGateway, false);
    checkUrl(who, "the PoCo subgraph", pocoSubgraph, true);
    checkUrl(who, "the DataProtector subgraph", dataProtectorSubgraph, true);
    checkUrl(who, "the explorer", explorer, true);
    checkUrl(who, "the faucet", faucet, true);
    for (const auto& app : knownApps) {
        if (app.name.empty())
            bad(who, "a known app has no name.");
        checkAddress(who, "every known app", app.address, false);
        if (!app.schema.is_object())
            bad(who, "the schema of " + app.name + " must be a JSON object.");
    }
}

eth::Address NetworkProfile::hubAddress() const {
    return contractAddress(*this, hub, "hub");
}

eth::Address NetworkProfile::dataProtectorAddress() const {
    return contractAddress(*this, dataProtector, "DataProtector");
}

std::string NetworkProfile::explorerPage(const eth::Address& address) const {
    if (explorer.empty())
        return {};
    std::string base = explorer;
    while (base.ends_with('/'))
        base.pop_back();
    return base + "/address/" + address.toChecksumHex();
}

nlohmann::json NetworkProfile::toJson() const {
    nlohmann::json apps = nlohmann::json::array();
    for (const auto& app : knownApps)
        apps.push_back({{"name", app.name},
                        {"address", app.address},
                        {"type", app.whitelist ? "whitelist" : "app"},
                        {"schema", app.schema}});
    return {{"name", name},
            {"displayName", displayName},
            {"kind", networkKindName(kind)},
            {"chainId", chainId},
            {"rpcUrls", rpcUrls},
            {"hub", hub},
            {"dataProtector", dataProtector},
            {"workerpool", workerpool},
            {"sms", sms},
            {"marketApi", marketApi},
            {"ipfsNode", ipfsNode},
            {"ipfsGateway", ipfsGateway},
            {"pocoSubgraph", pocoSubgraph},
            {"dataProtectorSubgraph", dataProtectorSubgraph},
            {"explorer", explorer},
            {"faucet", faucet},
            {"knownApps", apps}};
}

NetworkProfile NetworkProfile::fromJson(const nlohmann::json& json) {
    if (!json.is_object())
        throw Error(ErrorCode::Corrupt, "Network profile: expected a JSON object.");
    NetworkProfile p;
    p.name = requireString(json, "name");
    p.displayName = optionalString(json, "displayName");
    if (p.displayName.empty())
        p.displayName = p.name;
    const std::string kind = optionalString(json, "kind");
    if (kind == "mainnet")
        p.kind = NetworkKind::Mainnet;
    else if (kind == "sandbox")
        p.kind = NetworkKind::Sandbox;
    else if (kind.empty() || kind == "testnet")
        p.kind = NetworkKind::Testnet;
    else
        throw Error(ErrorCode::Corrupt,
                    "Network profile: \"kind\" must be mainnet, testnet or sandbox.");
    auto chain = json.find("chainId");
    if (chain == json.end() || !chain->is_number_unsigned())
        throw Error(ErrorCode::Corrupt, "Network profile: \"chainId\" must be a positive integer.");
    p.chainId = chain->get<std::uint64_t>();
    auto rpc = json.find("rpcUrls");
    if (rpc != json.end()) {
        if (!rpc->is_array())
            throw Error(ErrorCode::Corrupt, "Network profile: \"rpcUrls\" must be a list.");
        for (const auto& url : *rpc) {
            if (!url.is_string())
                throw Error(ErrorCode::Corrupt, "Network profile: every RPC URL must be a string.");
            p.rpcUrls.push_back(url.get<std::string>());
        }
    } else if (auto single = optionalString(json, "rpcUrl"); !single.empty()) {
        p.rpcUrls.push_back(single);
    }
    p.hub = requireString(json, "hub");
    p.dataProtector = requireString(json, "dataProtector");
    p.workerpool = optionalString(json, "workerpool");
    p.sms = requireString(json, "sms");
    p.marketApi = requireString(json, "marketApi");
    p.ipfsNode = requireString(json, "ipfsNode");
    p.ipfsGateway = requireString(json, "ipfsGateway");
    p.pocoSubgraph = optionalString(json, "pocoSubgraph");
    p.dataProtectorSubgraph = optionalString(json, "dataProtectorSubgraph");
    p.explorer = optionalString(json, "explorer");
    p.faucet = optionalString(json, "faucet");
    if (auto apps = json.find("knownApps"); apps != json.end() && !apps->is_null()) {
        if (!apps->is_array())
            throw Error(ErrorCode::Corrupt, "Network profile: \"knownApps\" must be a list.");
        for (const auto& entry : *apps) {
            if (!entry.is_object())
                throw Error(ErrorCode::Corrupt, "Network profile: a known app must be an object.");
            KnownApp app;
            app.name = requireString(entry, "name");
            app.address = requireString(entry, "address");
            const std::string type = optionalString(entry, "type");
            if (!type.empty() && type != "app" && type != "whitelist")
                throw Error(ErrorCode::Corrupt,
                            "Network profile: a known app's type must be app or whitelist.");
            app.whitelist = type == "whitelist";
            if (auto schema = entry.find("schema"); schema != entry.end())
                app.schema = *schema;
            p.knownApps.push_back(std::move(app));
        }
    }
    p.validate();
    return p;
}

const std::vector<NetworkProfile>& builtinNetworks() {
    // Addresses and endpoints as published by iExec (SDK iexec 9.0.1, DataProtector
    // 2.0.0-beta.27, Web3Mail 1.9.0, Web3Telegram 0.1.0-alpha.9). Users may edit them.
    static const std::vector<NetworkProfile> networks = [] {
        const nlohmann::json emailSchema = {{"email", "string"}};
        const nlohmann::json telegramSchema = {{"telegram_chatId", "string"}};
        NetworkProfile one;
        one.name = "arbitrum-mainnet";
        one.displayName = "Arbitrum One";
        one.kind = NetworkKind::Mainnet;
        one.chainId = 42161;
        one.rpcUrls = {"https://arb1.arbitrum.io/rpc"};
        one.hub = "0x098bFCb1E50ebcA0BaA92C12eA0c3F045A1aD9f0";
        one.dataProtector = "0xF08f91F7646FDb95a4E24977b8Db91318252A667";
        one.workerpool = "0x2C06263943180Cc024dAFfeEe15612DB6e5fD248";
        one.sms = "https://sms.arbitrum-mainnet.iex.ec";
        one.marketApi = "https://api.market.arbitrum-mainnet.iex.ec";
        one.ipfsNode = "https://ipfs-upload.arbitrum-mainnet.iex.ec";
        one.ipfsGateway = "https://ipfs-gateway.arbitrum-mainnet.iex.ec";
        one.pocoSubgraph = "https://thegraph.arbitrum.iex.ec/api/subgraphs/id/"
                           "B1comLe9SANBLrjdnoNTJSubbeC7cY7EoNu6zD82HeKy";
        one.dataProtectorSubgraph = "https://thegraph.arbitrum.iex.ec/api/subgraphs/id/"
                                    "Ep5zs5zVr4tDiVuQJepUu51e5eWYJpka624X4DMBxe3u";
        one.explorer = "https://arbiscan.io";
        one.knownApps = {
            {"Web3Mail", "0xD5054a18565c4a9E5c1aa3cEB53258bd59d4c78C", true, emailSchema},
            {"Web3Telegram", "0x53AFc09a647e7D5Fa9BDC784Eb3623385C45eF89", true, telegramSchema},
        };

        NetworkProfile sepolia;
        sepolia.name = "arbitrum-sepolia";
        sepolia.displayName = "Arbitrum Sepolia";
        sepolia.kind = NetworkKind::Testnet;
        sepolia.chainId = 421614;
        sepolia.rpcUrls = {"https://sepolia-rollup.arbitrum.io/rpc"};
        sepolia.hub = "0xB2157BF2fAb286b2A4170E3491Ac39770111Da3E";
        sepolia.dataProtector = "0x168eaf6c33a77e3cad9db892452f51a5d91df621";
        sepolia.workerpool = "0xB967057a21dc6A66A29721d96b8Aa7454B7c383F";
        sepolia.sms = "https://sms.arbitrum-sepolia-testnet.iex.ec";
        sepolia.marketApi = "https://api-market.arbitrum-sepolia-testnet.iex.ec";
        sepolia.ipfsNode = "https://ipfs-upload.arbitrum-sepolia-testnet.iex.ec";
        sepolia.ipfsGateway = "https://ipfs-gateway.arbitrum-sepolia-testnet.iex.ec";
        sepolia.pocoSubgraph = "https://thegraph.arbitrum-sepolia-testnet.iex.ec/api/subgraphs/id/"
                               "2GCj8gzLCihsiEDq8cYvC5nUgK6VfwZ6hm3Wj8A3kcxz";
        sepolia.dataProtectorSubgraph =
            "https://thegraph.arbitrum-sepolia-testnet.iex.ec/api/subgraphs/id/"
            "5YjRPLtjS6GH6bB4yY55Qg4HzwtRGQ8TaHtGf9UBWWd";
        sepolia.explorer = "https://sepolia.arbiscan.io";
        sepolia.knownApps = {
            {"Web3Mail", "0x8d46d40840f1Aa2264F96184Ffadf04e5D573B9B", true, emailSchema},
            {"Web3Telegram", "0x7291ff96100DA6CF97933C225B86124ef95aEc9b", true, telegramSchema},
        };
        return std::vector<NetworkProfile>{one, sepolia};
    }();
    return networks;
}

} // namespace sr
