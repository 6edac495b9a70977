#pragma once

// What several strongroom-cli command groups share: options, addresses and amounts, the active
// network, the account to act as, and sending a transaction through the journal.

#include "CommandLine.h"
#include "Commands.h"
#include "eth/Address.h"
#include "eth/TransactionManager.h"
#include "eth/TransactionRequest.h"
#include "eth/U256.h"
#include "iexec/NetworkProfile.h"
#include "iexec/NetworkRegistry.h"
#include "session/Accounts.h"
#include "session/Session.h"
#include "store/PendingTransactions.h"
#include "wallet/UnlockedAccount.h"

#include <memory>
#include <nlohmann/json.hpp>
#include <string>
#include <utility>

namespace sr::cli {

/// `text` made safe for a terminal: control characters (C0, DEL, C1) and the Unicode
/// direction overrides are written as escapes (\n, \e, \x7f, \u{202e}), so that a name
/// anyone can set on chain cannot move the cursor, recolour or rewrite what is shown. For
/// human output only: --json keeps the raw string.
std::string printable(std::string_view text);

/// `--name`'s value, or "" when it was not given.
std::string option(const CommandLine& line, const std::string& name);
/// `--name`'s value; UsageError when it was not given.
std::string required(const CommandLine& line, const std::string& name);
/// An address typed by the user (EIP-55 checked when mixed case); UsageError naming `what`.
eth::Address parseAddress(const std::string& text, const char* what);
/// parseAddress for who receives funds, data or access: the zero address (nobody's: what is
/// sent there is lost) is a UsageError.
eth::Address parseRecipient(const std::string& text, const char* what);
/// A positive amount in whole units ("1.5") with `decimals`; UsageError naming `what`.
eth::U256 parseAmount(const std::string& text, unsigned decimals, const char* what = "--amount");

/// The network this run talks to (`--network`, else the one chosen in the settings): the
/// engine's session for this data folder and network, which hands out the services and sends
/// transactions. `profile` is the session's, kept at hand for the command files.
struct Network {
    std::shared_ptr<session::ChainSession> session;
    NetworkProfile profile;
};
/// Opens the session of the chosen network (nothing is asked of the node yet): its node
/// client answers Ctrl-C and gives up after kRpcPatience; its transactions follow this command
/// line's --max-fee (a UsageError when it is not an amount).
Network openNetwork(const CommandLine& line);
/// What to add to a network failure of this run ("the sandbox is stopped: ..."), or "".
std::string& networkHint();
/// The environment variable that chooses the network when --network is not given (before the
/// active network of the settings, which `network use` sets).
inline constexpr const char* kNetworkVariable = "STRONGROOM_NETWORK";
/// The network this run uses, by name or profile file: --network, else $STRONGROOM_NETWORK,
/// else the settings' active one; `second` is true when typed (the first two).
std::pair<std::string, bool> chosenNetwork(const CommandLine& line);
/// The profile `name` (a name or a profile file); a `typed` name that names nothing is a
/// UsageError. A missing sandbox says how to start it for this data folder.
NetworkEntry resolveNetwork(const CommandLine& line, const std::string& name, bool typed);
/// The longest a JSON-RPC call may take, retries included, before the CLI gives up on a node.
inline constexpr std::chrono::seconds kRpcPatience{20};

/// `--account` (an account of the wallet or a watch-only address), else the wallet's first
/// account.
eth::Address chooseAccount(const CommandLine& line, const session::Accounts& store);
/// Error(Unsupported) when `account` is watch-only (no key here to sign with), Error(NotFound)
/// when it is not in the wallet at all: said before any password is asked.
void requireKey(const CommandLine& line, const session::Accounts& store,
                const eth::Address& account);
/// Asks for the password (`--password-file` or the terminal) and unlocks `account`.
wallet::UnlockedAccount unlockAccount(const CommandLine& line, const eth::Address& account);

/// Set by the first Ctrl-C (SIGINT) or SIGTERM once installInterruptHandler() ran: long work
/// (encrypting, downloading, protecting, waiting for a transaction) stops cleanly, leaves no
/// partial file and keeps what is journaled resumable. A second signal ends the process at once.
const CancelToken* interrupted();
/// Installs that handler (the CLI's main does, before any command).
void installInterruptHandler();

/// How long a command waits for its transaction before leaving it to the journal.
inline constexpr std::chrono::minutes kWaitLimit{5};

/// The session's transaction flow for a command: follows the network's earlier transactions
/// first, plans (gas, fees, funds) and says the fee before asking for the password, then signs,
/// journals, sends and waits for success (Error when it reverts or is not mined within
/// kWaitLimit).
TxRecord sendAndWait(const CommandLine& line, Network& network, const eth::Address& from,
                     const eth::TransactionRequest& request, Io& io);

/// Sets each of `keys` of the object `j` that holds an address to its EIP-55 form: --json
/// always prints addresses checksummed. Other values are left as they are.
void checksumAddresses(nlohmann::json& j, std::initializer_list<const char*> keys);

/// {"amount": "1.5", baseUnit: "1500000000"}
nlohmann::json amountJson(const eth::U256& value, unsigned decimals, const char* baseUnit);
/// The TransactionManager options of this command line (--max-fee).
eth::TransactionManager::Options managerOptions(const CommandLine& line);

/// What a journaled transaction is, as fields: kind (its purpose's stable name), description
/// (in English), and those of recipient, amount (an integer in the token's base units), token,
/// dataset, app and name it records.
nlohmann::json journalEntryJson(const TxRecord& r);
/// A sent transaction for --json output (what it is under "what").
nlohmann::json transactionJson(const TxRecord& r);
/// "Confirmed in block N (fee X ETH)."
void printConfirmation(std::ostream& out, const TxRecord& r);

/// Runs a handler, turning usage mistakes found while running into exit code 2.
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

} // namespace sr::cli
