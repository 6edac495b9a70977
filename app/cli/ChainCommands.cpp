// strongroom-cli wallet balance | wallet send | account deposit | account withdraw.
// Parsing and printing only: core/iexec/FundsService prepares and checks the requests, the
// TransactionManager signs, journals, sends and follows them.

#include "Commands.h"
#include "Password.h"
#include "eth/Hex.h"
#include "eth/JsonRpcClient.h"
#include "eth/Signer.h"
#include "eth/TransactionManager.h"
#include "iexec/FundsService.h"
#include "iexec/NetworkRegistry.h"
#include "store/AppSettings.h"
#include "store/PendingTransactions.h"
#include "util/Error.h"
#include "wallet/AccountStore.h"

#include <algorithm>
#include <cctype>
#include <chrono>
#include <iomanip>
#include <nlohmann/json.hpp>
#include <ostream>

namespace sr::cli {
namespace {

using eth::U256;

// How long a command waits for its transaction before handing it to the journal.
constexpr std::chrono::minutes kWaitLimit{5};

/// The wallet's unlocked key as the transaction layer's Signer.
class UnlockedAccount final : public eth::Signer {
public:
    explicit UnlockedAccount(wallet::Signer signer) : signer_(std::move(signer)) {}
    eth::Address address() const override { return signer_.address(); }
    crypto::Signature signHash(const Hash32& digest) const override {
        return signer_.signHash(digest);
    }

private:
    wallet::Signer signer_;
};

std::string option(const CommandLine& line, const std::string& name) {
    const auto it = line.options.find(name);
    return it == line.options.end() ? std::string() : it->second;
}

std::string required(const CommandLine& line, const std::string& name) {
    std::string value = option(line, name);
    if (value.empty())
        throw UsageError("--" + name + " is required");
    return value;
}

eth::Address parseAddress(const std::string& text, const char* what) {
    try {
        return eth::Address::fromHex(text);
    } catch (const Error& e) {
        throw UsageError(std::string(what) + ": " + e.what());
    }
}

U256 parseAmount(const std::string& text, unsigned decimals) {
    U256 amount;
    try {
        amount = eth::parseUnits(text, decimals);
    } catch (const Error& e) {
        throw UsageError(std::string("--amount: ") + e.what());
    }
    if (amount.isZero())
        throw UsageError("--amount must be more than 0");
    return amount;
}

struct Network {
    NetworkProfile profile;
    std::unique_ptr<eth::JsonRpcClient> rpc;
};

Network openNetwork(const CommandLine& line) {
    const AppPaths paths = pathsFor(line);
    const std::string name = line.global.network
                                 ? *line.global.network
                                 : AppSettings::load(paths.settingsFile()).activeNetwork;
    Network n;
    n.profile = NetworkRegistry::load(paths).resolve(name).profile;
    n.rpc = std::make_unique<eth::JsonRpcClient>(n.profile.rpcUrls);
    return n;
}

// --account, else the wallet's first account.
eth::Address chooseAccount(const CommandLine& line, const wallet::AccountStore& store) {
    if (line.global.account) {
        const eth::Address a = parseAddress(*line.global.account, "--account");
        (void)store.account(a); // NotFound, naming it, before anything else
        return a;
    }
    const auto first = store.defaultAccount();
    if (!first)
        throw Error(ErrorCode::NotFound,
                    "This wallet has no account: run 'strongroom-cli wallet create' or "
                    "'wallet import' first.");
    return first->address;
}

nlohmann::json amountJson(const U256& value, unsigned decimals, const char* baseUnit) {
    return {{"amount", eth::formatUnits(value, decimals)}, {baseUnit, value.toDecimal()}};
}

/// Sends a prepared request from `from`: resumes the account's earlier transactions, plans
/// (gas, fees, funds) before asking for the password, then signs, journals, sends and waits.
TxRecord sendAndWait(const CommandLine& line, Network& network, const eth::Address& from,
                     const eth::TransactionRequest& request, Io& io) {
    const AppPaths paths = pathsFor(line);
    PendingTransactions journal(paths.databaseFile());
    eth::TransactionManager manager(*network.rpc, journal, network.profile.chainId);
    try {
        manager.poll(); // what an earlier run left pending is followed (and resent) first
    } catch (const Error& e) {
        if (e.code() == ErrorCode::ChainMismatch)
            throw;
        io.err << "strongroom-cli: warning: earlier transactions could not be checked: " << e.what()
               << "\n";
    }
    const eth::TransactionPlan plan = manager.plan(request, from);
    const wallet::AccountStore store(paths.keystoreDir());
    const crypto::SecretBytes password = readPassword(line, "Wallet password: ");
    const UnlockedAccount signer(store.unlock(from, asText(password)));
    const TxRecord sent = manager.send(plan, signer);
    if (!line.global.json)
        io.out << request.label << "\nTransaction " << eth::toHex(sent.hash) << " sent.\n"
               << std::flush;
    return manager.waitForSuccess(sent.id, kWaitLimit);
}

nlohmann::json transactionJson(const TxRecord& r) {
    nlohmann::json j = {{"transactionHash", eth::toHex(r.hash)},
                        {"status", std::string(txStatusName(r.status))},
                        {"from", r.account.toChecksumHex()},
                        {"nonce", r.nonce},
                        {"blockNumber", nullptr},
                        {"gasUsed", nullptr},
                        {"fee", nullptr}};
    if (r.blockNumber)
        j["blockNumber"] = *r.blockNumber;
    if (r.gasUsed && r.effectiveGasPrice) {
        const U256 fee = *r.gasUsed * *r.effectiveGasPrice;
        j["gasUsed"] = r.gasUsed->toDecimal();
        j["fee"] = amountJson(fee, eth::kEthDecimals, "wei");
    }
    return j;
}

void printConfirmation(std::ostream& out, const TxRecord& r) {
    out << "Confirmed in block " << r.blockNumber.value_or(0);
    if (r.gasUsed && r.effectiveGasPrice)
        out << " (fee " << eth::formatUnits(*r.gasUsed * *r.effectiveGasPrice, eth::kEthDecimals)
            << " ETH)";
    out << ".\n";
}

template <typename Handler> auto guarded(Handler handler) {
    return [handler](const CommandLine& line, const std::vector<std::string>& args, Io& io) {
        try {
            return handler(line, args, io);
        } catch (const UsageError& e) {
            io.err << "strongroom-cli: " << e.what() << "\n";
            return 2;
        }
    };
}

int walletBalance(const CommandLine& line, const std::vector<std::string>&, Io& io) {
    const wallet::AccountStore store(pathsFor(line).keystoreDir());
    const eth::Address account = chooseAccount(line, store);
    Network network = openNetwork(line);
    iexec::FundsService funds(*network.rpc, network.profile);
    const iexec::Balances b = funds.balances(account);
    if (line.global.json) {
        io.out << nlohmann::json{{"address", account.toChecksumHex()},
                                 {"network", network.profile.name},
                                 {"chainId", network.profile.chainId},
                                 {"blockNumber", b.block},
                                 {"eth", amountJson(b.eth, eth::kEthDecimals, "wei")},
                                 {"rlc", amountJson(b.rlc, eth::kRlcDecimals, "nRLC")},
                                 {"iexecAccount",
                                  {{"stake", amountJson(b.stake, eth::kRlcDecimals, "nRLC")},
                                   {"locked", amountJson(b.locked, eth::kRlcDecimals, "nRLC")}}}}
                      .dump(2)
               << "\n";
        return 0;
    }
    auto row = [&](const char* label, const std::string& value) {
        io.out << std::left << std::setw(16) << label << value << "\n";
    };
    row("Account", account.toChecksumHex());
    row("Network", network.profile.name + " (chain " + std::to_string(network.profile.chainId) +
                       "), block " + std::to_string(b.block));
    row("ETH", eth::formatUnits(b.eth, eth::kEthDecimals));
    row("RLC", eth::formatUnits(b.rlc, eth::kRlcDecimals));
    row("iExec stake", eth::formatUnits(b.stake, eth::kRlcDecimals) + " RLC");
    row("iExec locked", eth::formatUnits(b.locked, eth::kRlcDecimals) + " RLC");
    return 0;
}

int walletSend(const CommandLine& line, const std::vector<std::string>&, Io& io) {
    std::string token = option(line, "token");
    std::transform(token.begin(), token.end(), token.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    if (token.empty())
        token = "eth";
    if (token != "eth" && token != "rlc")
        throw UsageError("--token must be eth or rlc");
    const bool rlc = token == "rlc";
    const eth::Address to = parseAddress(required(line, "to"), "--to");
    const U256 amount =
        parseAmount(required(line, "amount"), rlc ? eth::kRlcDecimals : eth::kEthDecimals);
    const wallet::AccountStore store(pathsFor(line).keystoreDir());
    const eth::Address from = chooseAccount(line, store);
    Network network = openNetwork(line);
    iexec::FundsService funds(*network.rpc, network.profile);
    const eth::TransactionRequest request =
        rlc ? funds.sendRlc(from, to, amount) : funds.sendEth(from, to, amount);
    const TxRecord done = sendAndWait(line, network, from, request, io);
    if (line.global.json) {
        nlohmann::json j = transactionJson(done);
        j["to"] = to.toChecksumHex();
        j["token"] = token;
        j["value"] = rlc ? amountJson(amount, eth::kRlcDecimals, "nRLC")
                         : amountJson(amount, eth::kEthDecimals, "wei");
        io.out << j.dump(2) << "\n";
        return 0;
    }
    printConfirmation(io.out, done);
    return 0;
}

int accountMove(const CommandLine& line, Io& io, bool deposit) {
    const U256 amount = parseAmount(required(line, "amount"), eth::kRlcDecimals);
    const wallet::AccountStore store(pathsFor(line).keystoreDir());
    const eth::Address from = chooseAccount(line, store);
    Network network = openNetwork(line);
    iexec::FundsService funds(*network.rpc, network.profile);
    const eth::TransactionRequest request =
        deposit ? funds.deposit(from, amount) : funds.withdraw(from, amount);
    const TxRecord done = sendAndWait(line, network, from, request, io);
    const iexec::Balances after = funds.balances(from);
    if (line.global.json) {
        nlohmann::json j = transactionJson(done);
        j["value"] = amountJson(amount, eth::kRlcDecimals, "nRLC");
        j["iexecAccount"] = {{"stake", amountJson(after.stake, eth::kRlcDecimals, "nRLC")},
                             {"locked", amountJson(after.locked, eth::kRlcDecimals, "nRLC")}};
        j["rlc"] = amountJson(after.rlc, eth::kRlcDecimals, "nRLC");
        io.out << j.dump(2) << "\n";
        return 0;
    }
    printConfirmation(io.out, done);
    io.out << "iExec account: " << eth::formatUnits(after.stake, eth::kRlcDecimals)
           << " RLC staked, " << eth::formatUnits(after.locked, eth::kRlcDecimals)
           << " RLC locked; wallet: " << eth::formatUnits(after.rlc, eth::kRlcDecimals)
           << " RLC.\n";
    return 0;
}

int accountDeposit(const CommandLine& line, const std::vector<std::string>&, Io& io) {
    return accountMove(line, io, true);
}

int accountWithdraw(const CommandLine& line, const std::vector<std::string>&, Io& io) {
    return accountMove(line, io, false);
}

} // namespace

std::vector<Command> chainCommands() {
    return {
        {{"wallet", "balance"},
         "",
         "show the account's ETH, RLC and iExec account (stake, locked)",
         {},
         {},
         0,
         0,
         guarded(walletBalance)},
        {{"wallet", "send"},
         "--to A --amount X [--token eth|rlc]",
         "send ETH or RLC (amount in ETH or RLC, e.g. 1.5) and wait for it",
         {"to", "amount", "token"},
         {},
         0,
         0,
         guarded(walletSend)},
        {{"account", "deposit"},
         "--amount X",
         "move RLC from the wallet into the iExec account",
         {"amount"},
         {},
         0,
         0,
         guarded(accountDeposit)},
        {{"account", "withdraw"},
         "--amount X",
         "move RLC from the iExec account back to the wallet",
         {"amount"},
         {},
         0,
         0,
         guarded(accountWithdraw)},
    };
}

} // namespace sr::cli
