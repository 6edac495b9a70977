#include "Support.h"

#include "Password.h"
#include "eth/Hex.h"
#include "eth/TransactionManager.h"
#include "iexec/NetworkRegistry.h"
#include "sandbox/SandboxControl.h"
#include "store/AppSettings.h"
#include "util/Error.h"
#include "util/ProcessCancel.h"

#include <csignal>
#include <cstdlib>
#include <ostream>

namespace sr::cli {

std::string printable(std::string_view text) {
    static constexpr char kHex[] = "0123456789abcdef";
    std::string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size(); ++i) {
        const auto c = static_cast<unsigned char>(text[i]);
        if (c < 0x20 || c == 0x7f) {
            switch (c) {
            case '\n':
                out += "\\n";
                break;
            case '\r':
                out += "\\r";
                break;
            case '\t':
                out += "\\t";
                break;
            case 0x1b:
                out += "\\e";
                break;
            default:
                out += "\\x";
                out += kHex[c >> 4];
                out += kHex[c & 0xf];
            }
            continue;
        }
        // C1 controls (U+0080..U+009F: C2 80..C2 9F in UTF-8), the CSI of some terminals.
        if (c == 0xc2 && i + 1 < text.size()) {
            const auto next = static_cast<unsigned char>(text[i + 1]);
            if (next >= 0x80 && next <= 0x9f) {
                out += "\\u{";
                out += kHex[next >> 4];
                out += kHex[next & 0xf];
                out += '}';
                ++i;
                continue;
            }
        }
        // Direction embeddings and overrides (U+202A..U+202E) and isolates (U+2066..U+2069),
        // which make a name read backwards.
        if (c == 0xe2 && i + 2 < text.size()) {
            const auto b1 = static_cast<unsigned char>(text[i + 1]);
            const auto b2 = static_cast<unsigned char>(text[i + 2]);
            if ((b1 == 0x80 && b2 >= 0xaa && b2 <= 0xae) ||
                (b1 == 0x81 && b2 >= 0xa6 && b2 <= 0xa9)) {
                const unsigned code = 0x2000u + ((b1 & 0x3fu) << 6) + (b2 & 0x3fu);
                out += "\\u{";
                for (int shift = 12; shift >= 0; shift -= 4)
                    out += kHex[(code >> shift) & 0xf];
                out += '}';
                i += 2;
                continue;
            }
        }
        out += static_cast<char>(c);
    }
    return out;
}

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

eth::Address parseRecipient(const std::string& text, const char* what) {
    const eth::Address address = parseAddress(text, what);
    if (address.isZero())
        throw UsageError(std::string(what) +
                         " is the zero address, which nobody owns: what is sent there is lost");
    return address;
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

NetworkEntry resolveNetwork(const CommandLine& line, const std::string& name, bool typed) {
    const AppPaths paths = pathsFor(line);
    try {
        return NetworkRegistry::load(paths).resolve(name);
    } catch (const Error& e) {
        if (e.code() != ErrorCode::NotFound)
            throw;
        if (name == "sandbox") {
            // The way to start the sandbox this data folder uses.
            throw Error(
                ErrorCode::NotFound,
                "The sandbox of this data folder is not set up (no " +
                    (paths.sandboxDir() / "network.json").string() +
                    "): start it with 'strongroom-sandbox up" +
                    (line.global.dataDir ? " --data-dir " + *line.global.dataDir : std::string()) +
                    "'.");
        }
        // A name typed on this command line that names nothing is a usage mistake.
        if (typed)
            throw UsageError(e.what());
        throw;
    }
}

std::pair<std::string, bool> chosenNetwork(const CommandLine& line) {
    if (line.global.network)
        return {*line.global.network, true};
    if (const char* env = std::getenv(kNetworkVariable); env && *env)
        return {env, true};
    return {AppSettings::load(pathsFor(line).settingsFile()).activeNetwork, false};
}

std::string& networkHint() {
    static std::string hint;
    return hint;
}

Network openNetwork(const CommandLine& line) {
    const auto [name, typed] = chosenNetwork(line);
    const NetworkEntry entry = resolveNetwork(line, name, typed);
    const AppPaths paths = pathsFor(line);
    if (entry.origin == NetworkOrigin::Sandbox &&
        sandbox::SandboxControl::markedStopped(paths.sandboxDir() / "network.json"))
        // Local work goes on (journal, cache, operations); what needs the node says why.
        networkHint() =
            "The sandbox is stopped: start it with 'strongroom-sandbox up" +
            (line.global.dataDir ? " --data-dir " + *line.global.dataDir : std::string()) + "'.";
    // Ctrl-C reaches every read, even those made deep inside a service, and a node that
    // accepts and never answers costs at most kRpcPatience per call, said as such.
    session::ChainSession::Options options;
    options.rpc.totalTimeout = kRpcPatience;
    options.rpc.cancel = interrupted();
    options.transactions = managerOptions(line);
    Network n;
    n.session = std::make_shared<session::ChainSession>(paths, entry.profile, options);
    n.profile = n.session->profile();
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
    for (const auto& a : session::Accounts(pathsFor(line)).watched())
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
    // Every HTTP exchange of this process (node, IPFS, SMS, market) stops on Ctrl-C, even
    // those of services that take no token.
    setProcessCancel(&interruptToken());
    std::signal(SIGINT, onInterrupt);
    std::signal(SIGTERM, onInterrupt);
}

eth::Address chooseAccount(const CommandLine& line, const session::Accounts& store) {
    if (line.global.account) {
        const eth::Address a = parseAddress(*line.global.account, "--account");
        if (!isWatched(line, a))
            (void)store.account(a); // NotFound, naming it, before anything else
        return a;
    }
    std::optional<wallet::AccountInfo> first;
    try {
        first = store.defaultAccount();
    } catch (const Error& e) {
        if (e.code() != ErrorCode::Corrupt)
            throw;
        throw Error(ErrorCode::Corrupt,
                    std::string(e.what()) +
                        " Nothing was done with another account: pass --account ADDRESS to use "
                        "one ('strongroom-cli wallet list' shows them).");
    }
    if (!first)
        throw Error(ErrorCode::NotFound,
                    "This wallet has no account: run 'strongroom-cli wallet create' or "
                    "'wallet import' first.");
    return first->address;
}

void requireKey(const CommandLine& line, const session::Accounts& store,
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

wallet::UnlockedAccount unlockAccount(const CommandLine& line, const eth::Address& account) {
    const session::Accounts store(pathsFor(line));
    requireKey(line, store, account); // before asking for a password
    const crypto::SecretBytes password = readPassword(line, "Wallet password: ");
    return store.unlock(account, password.text());
}

TxRecord sendAndWait(const CommandLine& line, Network& network, const eth::Address& from,
                     const eth::TransactionRequest& request, Io& io) {
    session::ChainSession& chain = *network.session;
    (void)chain.transactions(); // the journal's error, if any, before anything else
    try {
        chain.followEarlier(); // what an earlier run left pending is followed (and resent) first
    } catch (const Error& e) {
        if (e.code() == ErrorCode::ChainMismatch)
            throw;
        io.err << "strongroom-cli: warning: earlier transactions could not be checked: " << e.what()
               << "\n";
    }
    const eth::TransactionPlan plan = chain.plan(request, from);
    // The fee is said before the password is asked (on stderr, with the prompts): nothing is
    // signed unseen.
    io.err << printable(request.description()) << ": fee up to "
           << eth::formatUnits(plan.maxFee(), eth::kEthDecimals) << " ETH ("
           << plan.gasLimit.toDecimal() << " gas at up to "
           << eth::formatUnits(plan.fees.perGasCap(), 9) << " gwei).\n"
           << std::flush;
    const wallet::UnlockedAccount signer = unlockAccount(line, from);
    const TxRecord sent = chain.send(plan, signer);
    if (!line.global.json)
        io.out << printable(request.description()) << "\nTransaction " << eth::toHex(sent.hash)
               << " sent.\n"
               << std::flush;
    try {
        return chain.followToSuccess(sent.id, kWaitLimit, interrupted());
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

void checksumAddresses(nlohmann::json& j, std::initializer_list<const char*> keys) {
    for (const char* key : keys) {
        const auto it = j.find(key);
        if (it == j.end() || !it->is_string() || it->get_ref<const std::string&>().size() != 42)
            continue;
        try {
            *it = eth::Address::fromHex(it->get<std::string>()).toChecksumHex();
        } catch (const Error&) {
            // not an address (or a bad checksum): shown as recorded
        }
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

nlohmann::json journalEntryJson(const TxRecord& r) {
    const eth::TxDetails& d = r.details;
    const std::string text = eth::describeTransaction(r.purpose, d);
    nlohmann::json j = {{"kind", std::string(eth::txPurposeName(r.purpose))},
                        {"description", text.empty() ? r.label : text}};
    if (d.recipient)
        j["recipient"] = d.recipient->toChecksumHex();
    if (d.amount)
        j["amount"] = d.amount->toDecimal(); // in the token's base units
    if (d.token)
        j["token"] = *d.token;
    if (d.dataset)
        j["dataset"] = d.dataset->toChecksumHex();
    if (d.app)
        j["app"] = d.app->toChecksumHex();
    if (d.name)
        j["name"] = *d.name;
    return j;
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
    j["what"] = journalEntryJson(r);
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
