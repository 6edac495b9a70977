// strongroom-cli wallet balance | wallet send | account deposit | account withdraw.
// Parsing and printing only: core/iexec/FundsService prepares and checks the requests, the
// TransactionManager signs, journals, sends and follows them.

#include "Commands.h"
#include "Support.h"
#include "eth/Hex.h"
#include "iexec/FundsService.h"
#include "session/Accounts.h"
#include "util/Error.h"

#include <algorithm>
#include <cctype>
#include <iomanip>
#include <nlohmann/json.hpp>
#include <ostream>

namespace sr::cli {
namespace {

using eth::U256;

int walletBalance(const CommandLine& line, const std::vector<std::string>&, Io& io) {
    const session::Accounts store(pathsFor(line));
    const eth::Address account = chooseAccount(line, store);
    Network network = openNetwork(line);
    iexec::FundsService funds = network.session->funds();
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

/// The chosen account, its key checked before any network work, and the network it sends on.
struct Sender {
    eth::Address from;
    Network network;
};

Sender chooseSender(const CommandLine& line) {
    const session::Accounts store(pathsFor(line));
    const eth::Address from = chooseAccount(line, store);
    requireKey(line, store, from);
    return {from, openNetwork(line)};
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
    const eth::Address to = parseRecipient(required(line, "to"), "--to");
    const U256 amount =
        parseAmount(required(line, "amount"), rlc ? eth::kRlcDecimals : eth::kEthDecimals);
    auto [from, network] = chooseSender(line);
    iexec::FundsService funds = network.session->funds();
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
    auto [from, network] = chooseSender(line);
    iexec::FundsService funds = network.session->funds();
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
