#include "Support.h"

#include "Password.h"
#include "eth/Hex.h"
#include "eth/TransactionManager.h"
#include "iexec/NetworkRegistry.h"
#include "store/AppSettings.h"
#include "util/Error.h"
#include "wallet/WatchOnlyAccounts.h"

#include <csignal>
#include <ostream>

namespace sr::cli {

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

eth::U256 parseAmount(const std::string& text, unsigned decimals, const char* what) {
    eth::U256 amount;
    try {
        amount = eth::parseUnits(text, decimals);
    } catch (const Error& e) {
        throw UsageError(std::string(what) + ": " + e.what());
    }
    if (amount.isZero())
        throw UsageError(std::string(what) + " must be more than 0");
    return amount;
}

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

namespace {

CancelToken& interruptToken() {
    static CancelToken token;
    return token;
}

extern "C" void onInterrupt(int signal) {
    interruptToken().cancel(); // an atomic store: safe in a signal handler
    // The next one is not caught: a user who insists gets the default (the process ends).
    std::signal(signal, SIG_DFL);
}

bool isWatched(const CommandLine& line, const eth::Address& address) {
    for (const auto& a : wallet::WatchOnlyAccounts(pathsFor(line).keystoreDir()).list())
        if (a.address == address)
            return true;
    return false;
}

} // namespace

const CancelToken* interrupted() {
    return &interruptToken();
}

void installInterruptHandler() {
    (void)interruptToken(); // constructed before any signal can come
    std::signal(SIGINT, onInterrupt);
    std::signal(SIGTERM, onInterrupt);
}

eth::Address chooseAccount(const CommandLine& line, const wallet::AccountStore& store) {
    if (line.global.account) {
        const eth::Address a = parseAddress(*line.global.account, "--account");
        if (!isWatched(line, a))
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

void requireKey(const CommandLine& line, const wallet::AccountStore& store,
                const eth::Address& account) {
    for (const auto& a : store.list())
        if (a.address == account)
            return;
    if (isWatched(line, account))
        throw Error(ErrorCode::Unsupported,
                    account.toChecksumHex() +
                        " is a watch-only address: this wallet has no key for it, so it can "
                        "browse but never sign. Import its key to use it.");
    (void)store.account(account); // NotFound, naming it
}

wallet::Signer unlockAccount(const CommandLine& line, const eth::Address& account) {
    const wallet::AccountStore store(pathsFor(line).keystoreDir());
    requireKey(line, store, account); // before asking for a password
    const crypto::SecretBytes password = readPassword(line, "Wallet password: ");
    return store.unlock(account, password.text());
}

TxRecord sendAndWait(const CommandLine& line, Network& network, const eth::Address& from,
                     const eth::TransactionRequest& request, Io& io) {
    const AppPaths paths = pathsFor(line);
    PendingTransactions journal(paths.databaseFile());
    eth::TransactionManager manager(*network.rpc, journal, network.profile.chainId,
                                    managerOptions(line));
    try {
        manager.poll(); // what an earlier run left pending is followed (and resent) first
    } catch (const Error& e) {
        if (e.code() == ErrorCode::ChainMismatch)
            throw;
        io.err << "strongroom-cli: warning: earlier transactions could not be checked: " << e.what()
               << "\n";
    }
    const eth::TransactionPlan plan = manager.plan(request, from);
    // The fee is said before the password is asked (on stderr, with the prompts): nothing is
    // signed unseen.
    io.err << request.label << ": fee up to " << eth::formatUnits(plan.maxFee(), eth::kEthDecimals)
           << " ETH (" << plan.gasLimit.toDecimal() << " gas at up to "
           << eth::formatUnits(plan.fees.perGasCap(), 9) << " gwei).\n"
           << std::flush;
    const wallet::Signer signer = unlockAccount(line, from);
    const TxRecord sent = manager.send(plan, signer);
    if (!line.global.json)
        io.out << request.label << "\nTransaction " << eth::toHex(sent.hash) << " sent.\n"
               << std::flush;
    try {
        return manager.waitForSuccess(sent.id, kWaitLimit, interrupted());
    } catch (const Error& e) {
        // A cancel of ours mined in its place is an outcome (said as such), not a Ctrl-C.
        if (e.code() != ErrorCode::Cancelled || !interrupted()->cancelled())
            throw;
        // Interrupted while waiting: the transaction is out there, and journaled.
        throw Error(ErrorCode::Cancelled,
                    "Stopped waiting; transaction " + eth::toHex(sent.hash) +
                        " was sent and stays in the journal: the next command on this network "
                        "follows it to the end.");
    }
}

eth::TransactionManager::Options managerOptions(const CommandLine& line) {
    eth::TransactionManager::Options options;
    if (line.global.maxFee)
        options.maxFee = parseAmount(*line.global.maxFee, eth::kEthDecimals, "--max-fee");
    return options;
}

nlohmann::json amountJson(const eth::U256& value, unsigned decimals, const char* baseUnit) {
    return {{"amount", eth::formatUnits(value, decimals)}, {baseUnit, value.toDecimal()}};
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
        const eth::U256 fee = *r.gasUsed * *r.effectiveGasPrice;
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

} // namespace sr::cli
