#pragma once

#include "eth/Address.h"
#include "eth/ContractCaller.h"
#include "eth/JsonRpcClient.h"
#include "iexec/AppTypes.h"
#include "iexec/AppView.h"
#include "iexec/MarketClient.h"
#include "iexec/NetworkProfile.h"
#include "store/AddressBook.h"
#include "util/CancelToken.h"

#include <filesystem>
#include <memory>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

namespace sr {
class Database;
}

namespace sr::iexec {

/// The TEE framework named in an app's mrenclave JSON ({"framework": "TDX", ...}), or "".
std::string teeFrameworkOf(const Bytes& mrenclave);
/// The TEE framework an order's tag asks for, by iExec's tag bits (bit 0 TEE, 1 SCONE,
/// 2 GRAMINE, 3 TDX): "TDX", "SCONE", "GRAMINE", "SGX" for the TEE bit alone (from before the
/// framework bits, when SGX was the only TEE), "" without the TEE bit.
std::string teeFrameworkOfTag(const Hash32& tag);
/// Where an app runs from its open app orders' tags, else its MREnclave: with orders, the
/// first of TDX, SCONE, GRAMINE, SGX that any of them asks for ("" when none has the TEE
/// bit: not confidential); without, the MREnclave's framework; with neither, NoOrder.
AppTee appTeeOf(const std::vector<AppOrder>& openOrders, const Bytes& mrenclave);

/// Reads apps and whitelists from the chain.
/// The two reads that tell what `address` is, to send in a batch with others: is it an app of
/// `appRegistry`, does it answer ERC-734 keyHasPurpose.
std::vector<eth::ContractCall<bool>> appKindCalls(const eth::Address& appRegistry,
                                                  const eth::Address& address);
/// What their answers say: App or Whitelist; Error(InvalidArgument) for anything else, or the
/// node's error when it failed to answer.
AppKind appKindOf(const eth::Address& address, const std::vector<eth::CallResult<bool>>& answers);

/// The node's chain id is checked by the session that hands the inspector out
/// (session::ChainSession), not here.
class AppInspector {
public:
    /// Throws Error(InvalidArgument) for a profile without a valid hub.
    AppInspector(eth::JsonRpcClient& rpc, const NetworkProfile& profile);

    /// What `address` is: an app of the AppRegistry (with its records), or a contract that
    /// answers ERC-734 keyHasPurpose (with its members, from its KeyAdded events confirmed by
    /// keyHasPurpose). Error(InvalidArgument) for the zero address or anything else. Where
    /// each app runs comes from its open orders on the profile's market (appTeeOf); a market
    /// that cannot be read leaves it MarketUnreadable (or MrEnclave) rather than failing.
    AppDetails inspect(const eth::Address& address, const CancelToken* cancel = nullptr);
    /// Only the kind (two batched calls), for checks before a grant.
    AppKind kindOf(const eth::Address& address, const CancelToken* cancel = nullptr);

private:
    std::vector<eth::Address> whitelistMembers(const eth::Address& whitelist,
                                               const CancelToken* cancel);
    /// Where `app` runs; `marketError` is the market's failure so far (not asked again).
    AppTee teeOf(const AppInfo& app, std::string& marketError, const CancelToken* cancel);
    eth::JsonRpcClient& rpc_;
    eth::Address hub_;
    std::uint64_t chainId_;
    std::string marketApi_;
    std::optional<eth::Address> appRegistry_;
    std::unique_ptr<MarketClient> market_;
};

/// Saves an address book entry, an app or a whitelist checked on chain first (a typo there
/// would route grants to a stranger's contract): Error(InvalidArgument) naming what the
/// address is instead. A person's address is saved as is.
Contact saveCheckedContact(AddressBook& book, eth::JsonRpcClient& rpc,
                           const NetworkProfile& profile, Contact contact,
                           const CancelToken* cancel = nullptr);

/// The approved apps of each network, in the data folder's database. The profile's known apps
/// (Web3Mail, Web3Telegram, the sandbox apps) are preloaded once; the user may edit or remove
/// them like any other. One instance per thread.
class ApprovedApps {
public:
    explicit ApprovedApps(const std::filesystem::path& databaseFile);
    ~ApprovedApps();

    /// Adds the profile's known apps not yet seen on this chain (a removed one stays removed).
    void preload(const NetworkProfile& profile);
    /// The approved apps of a chain, by name.
    std::vector<ApprovedApp> list(std::uint64_t chainId) const;
    std::optional<ApprovedApp> find(std::uint64_t chainId, const eth::Address& address) const;
    /// Adds or replaces (keeping the schema and name given here).
    void approve(const ApprovedApp& app);
    /// Changes the name or required schema of an approved app. Error(NotFound).
    void edit(std::uint64_t chainId, const eth::Address& address, const std::string& name,
              const nlohmann::json& schema);
    /// Error(NotFound) when it is not approved.
    void remove(std::uint64_t chainId, const eth::Address& address);

    /// An ApprovedApp from what the chain says, named `name` when given.
    static ApprovedApp fromDetails(std::uint64_t chainId, const AppDetails& details,
                                   const std::string& name, const nlohmann::json& schema);

private:
    std::unique_ptr<Database> db_;
};

} // namespace sr::iexec
