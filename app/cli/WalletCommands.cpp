// strongroom-cli wallet create | add | import | list | export | remove.
// Parsing and printing only: the account store (core/wallet) does the work.

#include "Commands.h"
#include "Password.h"
#include "Support.h"
#include "eth/Hex.h"
#include "session/Accounts.h"
#include "store/AtomicFile.h"
#include "util/Error.h"

#include <algorithm>
#include <cctype>
#include <charconv>
#include <iomanip>
#include <nlohmann/json.hpp>
#include <ostream>

namespace sr::cli {
namespace {

using session::Accounts;
using wallet::AccountInfo;

constexpr const char* kPhraseWarning =
    "Write these words down on paper, in order, and keep them somewhere safe and private.\n"
    "They are shown only this once. Anyone who has them controls this wallet; without them a\n"
    "lost password or computer cannot be recovered.";

Accounts storeFor(const CommandLine& line) {
    return Accounts(pathsFor(line));
}

nlohmann::json accountJson(const AccountInfo& a) {
    nlohmann::json j = {
        {"address", a.address.toChecksumHex()},
        {"label", a.label},
        {"kind", std::string(wallet::accountKindName(a.kind))},
        {"index", nullptr},
        {"keystore", a.file.empty() ? nlohmann::json(nullptr) : nlohmann::json(a.file.string())}};
    if (a.hdIndex)
        j["index"] = *a.hdIndex;
    return j;
}

void printAccountLine(std::ostream& out, const char* verb, const AccountInfo& a) {
    out << verb << " account " << a.address.toChecksumHex();
    if (a.hdIndex)
        out << " (m/44'/60'/0'/0/" << *a.hdIndex << ")";
    if (!a.label.empty())
        out << " \"" << a.label << "\"";
    out << "\nKeystore: " << a.file.string() << "\n";
}

int walletCreate(const CommandLine& line, const std::vector<std::string>&, Io& io) {
    std::size_t words = 12;
    if (const std::string w = option(line, "words"); !w.empty()) {
        if (w == "12")
            words = 12;
        else if (w == "24")
            words = 24;
        else
            throw UsageError("--words must be 12 or 24");
    }
    Accounts store = storeFor(line);
    const auto existing = store.list();
    if (!existing.empty() && !line.flags.contains("yes")) {
        // A second phrase is rarely what is meant: the next account comes from 'wallet add'.
        io.err << "This wallet already has " << existing.size()
               << (existing.size() == 1 ? " account" : " accounts")
               << ". 'wallet create' would add a second recovery\n"
                  "phrase, to be written down and kept as well; 'strongroom-cli wallet add'\n"
                  "gives the next account of the existing one.\n";
        if (!confirmOnTerminal("Create a second recovery phrase?")) {
            io.err << "strongroom-cli: nothing created (without a terminal, confirm with "
                      "--yes).\n";
            return 1;
        }
    }
    const crypto::SecretBytes password =
        existing.empty() ? readNewPassword(line) : readPassword(line, "Wallet password: ");
    const auto created = store.createHdWallet(password.text(), words, option(line, "label"));
    if (line.global.json) {
        nlohmann::json j = accountJson(created.account);
        // The one place a secret is printed: the user must see the phrase to write it down.
        j["mnemonic"] = std::string(created.mnemonic.phrase());
        j["warning"] = "The mnemonic is shown only once: write it down and keep it safe.";
        io.out << j.dump(2) << "\n";
        return 0;
    }
    printAccountLine(io.out, "Created", created.account);
    io.out << "\nRecovery phrase (" << created.mnemonic.wordCount() << " words):\n\n    "
           << created.mnemonic.phrase() << "\n\n"
           << kPhraseWarning << "\n";
    return 0;
}

int walletAdd(const CommandLine& line, const std::vector<std::string>&, Io& io) {
    Accounts store = storeFor(line);
    const crypto::SecretBytes password = readPassword(line, "Wallet password: ");
    const AccountInfo a = store.addHdAccount(password.text(), option(line, "label"));
    if (line.global.json)
        io.out << accountJson(a).dump(2) << "\n";
    else
        printAccountLine(io.out, "Added", a);
    return 0;
}

std::uint32_t parseIndex(const std::string& text) {
    std::uint32_t value = 0;
    const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (text.empty() || ec != std::errc() || end != text.data() + text.size() ||
        value >= 0x80000000u || (text.size() > 1 && text[0] == '0'))
        throw UsageError("--index must be a whole number from 0 to 2147483647");
    return value;
}

int walletImport(const CommandLine& line, const std::vector<std::string>&, Io& io) {
    const std::string mnemonicFile = option(line, "mnemonic-file");
    const std::string keyFile = option(line, "private-key-file");
    const std::string keystoreFile = option(line, "keystore");
    const int sources = !mnemonicFile.empty() + !keyFile.empty() + !keystoreFile.empty();
    if (sources != 1)
        throw UsageError("give exactly one of --mnemonic-file, --private-key-file, --keystore");
    if (line.options.contains("index") && mnemonicFile.empty())
        throw UsageError("--index applies to --mnemonic-file only");
    if (line.options.contains("keystore-password-file") && keystoreFile.empty())
        throw UsageError("--keystore-password-file applies to --keystore only");
    const std::uint32_t index =
        line.options.contains("index") ? parseIndex(option(line, "index")) : 0;
    const std::string label = option(line, "label");

    Accounts store = storeFor(line);
    AccountInfo imported;
    if (!mnemonicFile.empty()) {
        const crypto::SecretBytes phrase = readSecretFile(mnemonicFile, 4096);
        const crypto::SecretBytes password =
            store.empty() ? readNewPassword(line) : readPassword(line, "Wallet password: ");
        imported = store.importMnemonic(phrase.text(), index, password.text(), label);
    } else if (!keyFile.empty()) {
        const crypto::SecretBytes text = readSecretFile(keyFile, 1024);
        // 64 hex digits, an optional 0x, surrounding whitespace ignored.
        std::string_view hex = text.text();
        while (!hex.empty() && std::isspace(static_cast<unsigned char>(hex.front())))
            hex.remove_prefix(1);
        while (!hex.empty() && std::isspace(static_cast<unsigned char>(hex.back())))
            hex.remove_suffix(1);
        if (hex.starts_with("0x") || hex.starts_with("0X"))
            hex.remove_prefix(2);
        if (hex.size() != 64 ||
            hex.find_first_not_of("0123456789abcdefABCDEF") != std::string_view::npos)
            throw Error(ErrorCode::InvalidArgument,
                        keyFile + " does not hold a private key (64 hex digits).");
        crypto::SecretBytes key(32);
        for (std::size_t i = 0; i < 32; ++i) {
            auto digit = [](char c) { return c <= '9' ? c - '0' : (c | 0x20) - 'a' + 10; };
            key.data()[i] =
                static_cast<std::uint8_t>(digit(hex[2 * i]) << 4 | digit(hex[2 * i + 1]));
        }
        const crypto::SecretBytes password =
            store.empty() ? readNewPassword(line) : readPassword(line, "Wallet password: ");
        imported = store.importPrivateKey(key, password.text(), label);
    } else {
        const crypto::SecretBytes json = readSecretFile(keystoreFile, 64 * 1024);
        const std::string filePasswordFile = option(line, "keystore-password-file");
        const crypto::SecretBytes filePassword =
            !filePasswordFile.empty() ? readPasswordFile(filePasswordFile, true)
                                      : readPassword(line, "Password of the keystore file: ");
        const crypto::SecretBytes password =
            store.empty() ? readNewPassword(line) : readPassword(line, "Wallet password: ");
        imported = store.importKeystore(json.text(), filePassword.text(), password.text(), label);
    }
    if (line.global.json)
        io.out << accountJson(imported).dump(2) << "\n";
    else
        printAccountLine(io.out, "Imported", imported);
    return 0;
}

int walletWatch(const CommandLine& line, const std::vector<std::string>& args, Io& io) {
    const eth::Address address = parseAddress(args.at(0), "ADDRESS");
    Accounts store = storeFor(line);
    for (const auto& a : store.list())
        if (a.address == address)
            throw Error(ErrorCode::AlreadyExists,
                        address.toChecksumHex() + " is an account of this wallet already.");
    const AccountInfo added = store.watch(address, option(line, "label"));
    if (line.global.json)
        io.out << accountJson(added).dump(2) << "\n";
    else
        io.out << "Watching " << added.address.toChecksumHex()
               << (added.label.empty() ? "" : " \"" + added.label + "\"")
               << ": browse it with --account; it can never sign.\n";
    return 0;
}

int walletUnwatch(const CommandLine& line, const std::vector<std::string>& args, Io& io) {
    const eth::Address address = parseAddress(args.at(0), "ADDRESS");
    storeFor(line).unwatch(address);
    if (line.global.json)
        io.out << nlohmann::json{{"removed", address.toChecksumHex()}}.dump(2) << "\n";
    else
        io.out << "No longer watching " << address.toChecksumHex() << ".\n";
    return 0;
}

int walletList(const CommandLine& line, const std::vector<std::string>&, Io& io) {
    const Accounts store = storeFor(line);
    auto accounts = store.list();
    const bool keyed = !accounts.empty();
    for (auto& a : store.watched())
        accounts.push_back(std::move(a));
    const auto unreadable = store.unreadableFiles();
    for (const auto& file : unreadable)
        io.err << "strongroom-cli: warning: " << file.string()
               << " is not a keystore Strongroom can read; it is left as it is.\n";
    if (line.global.json) {
        nlohmann::json list = nlohmann::json::array();
        for (const auto& a : accounts)
            list.push_back(accountJson(a));
        io.out << nlohmann::json{{"count", list.size()}, {"accounts", list}}.dump(2) << "\n";
        return 0;
    }
    if (accounts.empty()) {
        io.out << "No accounts yet: run 'strongroom-cli wallet create' or 'wallet import'.\n";
        return 0;
    }
    // Columns as wide as their longest value ("watch-only") plus two spaces.
    std::size_t kindWidth = 4;
    for (const auto& a : accounts)
        kindWidth = std::max(kindWidth, wallet::accountKindName(a.kind).size());
    kindWidth += 2;
    io.out << std::left << "  " << std::setw(44) << "ADDRESS" << std::setw(int(kindWidth)) << "KIND"
           << std::setw(7) << "INDEX"
           << "LABEL\n";
    bool first = keyed; // the default account is never a watched one
    for (const auto& a : accounts) {
        io.out << (first ? "* " : "  ") << std::setw(44) << a.address.toChecksumHex()
               << std::setw(int(kindWidth)) << wallet::accountKindName(a.kind) << std::setw(7)
               << (a.hdIndex ? std::to_string(*a.hdIndex) : "-")
               << (a.label.empty() ? "-" : a.label) << "\n";
        first = false;
    }
    return 0;
}

int walletExport(const CommandLine& line, const std::vector<std::string>&, Io& io) {
    const std::string addressText = option(line, "address");
    const std::string out = option(line, "out");
    if (addressText.empty() || out.empty())
        throw UsageError("wallet export needs --address A and --out F");
    const eth::Address address = parseAddress(addressText, "--address");
    const bool phrase = line.flags.contains("phrase");
    std::error_code ec;
    if (std::filesystem::exists(out, ec))
        throw Error(ErrorCode::AlreadyExists, out + " already exists; choose a new file name.");
    const Accounts store = storeFor(line);
    (void)store.account(address); // NotFound before asking for a password
    const crypto::SecretBytes password = readPassword(line, "Wallet password: ");
    if (phrase) {
        const wallet::Mnemonic mnemonic = store.exportMnemonic(address, password.text());
        crypto::SecretBytes text(mnemonic.phrase().size() + 1);
        std::copy(mnemonic.phrase().begin(), mnemonic.phrase().end(), text.data());
        text.data()[text.size() - 1] = '\n';
        writeFileAtomic(out, text.text(), 0600);
    } else {
        writeFileAtomic(out, store.exportKeystore(address, password.text()), 0600);
    }
    if (line.global.json) {
        io.out << nlohmann::json{{"address", address.toChecksumHex()},
                                 {"file", out},
                                 {"content", phrase ? "mnemonic" : "keystore"}}
                      .dump(2)
               << "\n";
    } else if (phrase) {
        io.out << "Wrote the recovery phrase of " << address.toChecksumHex() << " to " << out
               << " (readable by you only). Move it offline and delete the file.\n";
    } else {
        io.out << "Wrote the keystore of " << address.toChecksumHex() << " to " << out
               << ". It opens with the wallet password, in Strongroom, geth, MetaMask or the\n"
                  "iExec SDK, and carries the account's result encryption key pair.\n";
    }
    return 0;
}

int walletRemove(const CommandLine& line, const std::vector<std::string>&, Io& io) {
    const std::string addressText = option(line, "address");
    if (addressText.empty())
        throw UsageError("wallet remove needs --address A");
    const eth::Address address = parseAddress(addressText, "--address");
    Accounts store = storeFor(line);
    const AccountInfo a = store.account(address);
    // A password file is not a confirmation: without --yes, the terminal is asked, and a run
    // without a terminal removes nothing.
    if (!line.flags.contains("yes")) {
        io.err << "This deletes the keystore of " << address.toChecksumHex()
               << (a.kind == wallet::AccountKind::Hd
                       ? ".\nIt can be restored only from its recovery phrase.\n"
                       : ".\nIt can be restored only from a backup of its key or keystore.\n");
        if (!confirmOnTerminal("Remove this account?")) {
            io.err << "strongroom-cli: not removed (without a terminal, confirm with --yes).\n";
            return 1;
        }
    }
    const crypto::SecretBytes password = readPassword(line, "Wallet password: ");
    const auto removal = store.remove(address, password.text());
    if (line.global.json) {
        io.out << nlohmann::json{{"address", address.toChecksumHex()},
                                 {"removed", true},
                                 {"mnemonicRemoved", removal.seedRemoved}}
                      .dump(2)
               << "\n";
        return 0;
    }
    io.out << "Removed account " << address.toChecksumHex() << ".\n";
    if (removal.seedRemoved)
        io.out << "It was the last account of its recovery phrase: the phrase was removed too.\n";
    return 0;
}

} // namespace

std::vector<Command> walletCommands() {
    return {
        {{"wallet", "create"},
         "[--words 12|24] [--label L] [--yes]",
         "create an HD wallet; prints its recovery phrase once (--yes: a second phrase)",
         {"words", "label"},
         {"yes"},
         0,
         0,
         guarded(walletCreate)},
        {{"wallet", "add"},
         "[--label L]",
         "add the next account of the wallet's recovery phrase",
         {"label"},
         {},
         0,
         0,
         guarded(walletAdd)},
        {{"wallet", "import"},
         "--mnemonic-file F [--index N] | --private-key-file F | --keystore F "
         "[--keystore-password-file F] [--label L]",
         "import an account",
         {"mnemonic-file", "index", "private-key-file", "keystore", "keystore-password-file",
          "label"},
         {},
         0,
         0,
         guarded(walletImport)},
        {{"wallet", "list"},
         "",
         "list the accounts and watched addresses (* marks the default account)",
         {},
         {},
         0,
         0,
         guarded(walletList)},
        {{"wallet", "watch"},
         "ADDRESS [--label L]",
         "follow an address without its key (browse it with --account, never sign)",
         {"label"},
         {},
         1,
         1,
         guarded(walletWatch)},
        {{"wallet", "unwatch"},
         "ADDRESS",
         "stop following a watch-only address",
         {},
         {},
         1,
         1,
         guarded(walletUnwatch)},
        {{"wallet", "export"},
         "--address A --out F [--phrase]",
         "write an account's keystore (or its recovery phrase) to a new file",
         {"address", "out"},
         {"phrase"},
         0,
         0,
         guarded(walletExport)},
        {{"wallet", "remove"},
         "--address A [--yes]",
         "delete an account's keystore (asks for confirmation, or --yes)",
         {"address"},
         {"yes"},
         0,
         0,
         guarded(walletRemove)},
    };
}

} // namespace sr::cli
