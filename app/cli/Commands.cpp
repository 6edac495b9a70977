#include "Commands.h"

#include "Support.h"
#include "store/AppSettings.h"
#include "util/Error.h"
#include "util/Versions.h"

#include <algorithm>
#include <cstring>
#include <iomanip>
#include <iostream>
#include <nlohmann/json.hpp>

namespace sr::cli {
namespace {

constexpr const char* kProgram = "strongroom-cli";

std::string fullUsage(const Command& c) {
    std::string words;
    for (const auto& w : c.words)
        words += (words.empty() ? "" : " ") + w;
    return std::string(kProgram) + " " + words + (c.usage.empty() ? "" : " " + c.usage);
}

void printHelp(std::ostream& out, const std::vector<std::string>& prefix) {
    out << "Usage: " << kProgram << " [GLOBAL OPTIONS] COMMAND [ARGS]\n\n"
        << "Strongroom's command line: the same engine as the desktop app, for scripts.\n\n"
        << "Commands:\n";
    for (const auto& c : commands()) {
        if (!std::equal(prefix.begin(), prefix.end(), c.words.begin(),
                        c.words.begin() + std::min(prefix.size(), c.words.size())))
            continue;
        const std::string usage = fullUsage(c).substr(std::strlen(kProgram) + 1);
        // A long usage gets its summary on the next line rather than running into it.
        if (usage.size() >= 44)
            out << "  " << usage << "\n" << std::string(46, ' ') << c.summary << "\n";
        else
            out << "  " << std::left << std::setw(44) << usage << c.summary << "\n";
    }
    out << "\nGlobal options:\n"
           "  --network NAME|FILE   arbitrum-mainnet, arbitrum-sepolia, sandbox, a custom\n"
           "                        profile's name, or the path of a profile JSON file\n"
           "  --data-dir DIR        keep all state (settings included) in DIR\n"
           "  --password-file FILE  read the wallet password from FILE instead of the terminal\n"
           "  --account ADDRESS     the account to use (default: the first one)\n"
           "  --max-fee ETH         refuse to sign a transaction whose fee could exceed ETH\n"
           "  --json                print one JSON document on stdout\n"
           "  -h, --help            show this help\n"
           "  -V, --version         show the versions of Strongroom and its libraries\n\n"
           "Exit codes: 0 success, 1 the operation failed, 2 usage error, 130 stopped by\n"
           "Ctrl-C or SIGTERM.\n";
}

void printVersion(std::ostream& out, bool json) {
    const LibraryVersions v = libraryVersions();
    if (json) {
        out << nlohmann::json{{"strongroom", v.strongroom},
                              {"openssl", v.openssl},
                              {"secp256k1", v.secp256k1},
                              {"curl", v.curl},
                              {"sqlite", v.sqlite},
                              {"sodium", v.sodium},
                              {"nlohmann_json", v.nlohmannJson}}
                   .dump(2)
            << "\n";
        return;
    }
    out << kProgram << " " << v.strongroom << "\n"
        << "OpenSSL " << v.openssl << ", libsecp256k1 " << v.secp256k1 << ", libcurl " << v.curl
        << ", SQLite " << v.sqlite << ", libsodium " << v.sodium << ", nlohmann/json "
        << v.nlohmannJson << "\n";
}

} // namespace

AppPaths pathsFor(const CommandLine& line) {
    std::optional<std::filesystem::path> dataDir;
    if (line.global.dataDir)
        dataDir = *line.global.dataDir;
    return resolveAppPaths(dataDir);
}

const std::vector<Command>& commands() {
    static const std::vector<Command> list = [] {
        std::vector<Command> all;
        for (auto group :
             {networkCommands, walletCommands, chainCommands, dataCommands, protectCommands,
              computeCommands, contactCommands, earningsCommands, signCommands})
            for (auto& command : group())
                all.push_back(std::move(command));
        return all;
    }();
    return list;
}

int runCli(const std::vector<std::string>& args, Io& io) {
    std::set<std::string> valueOptions, flagOptions;
    for (const auto& c : commands()) {
        valueOptions.insert(c.valueOptions.begin(), c.valueOptions.end());
        flagOptions.insert(c.flagOptions.begin(), c.flagOptions.end());
    }
    CommandLine line;
    try {
        line = CommandLine::parse(args, valueOptions, flagOptions);
    } catch (const UsageError& e) {
        io.err << kProgram << ": " << e.what() << "\nTry '" << kProgram << " --help'.\n";
        return 2;
    }
    if (line.global.version) {
        printVersion(io.out, line.global.json);
        return 0;
    }
    // The longest list of command words that names a command.
    const Command* command = nullptr;
    for (const auto& c : commands()) {
        if (c.words.size() <= line.words.size() &&
            std::equal(c.words.begin(), c.words.end(), line.words.begin()) &&
            (!command || c.words.size() > command->words.size()))
            command = &c;
    }
    if (line.global.help || !command) {
        if (line.global.help || line.words.empty()) {
            printHelp(line.global.help ? io.out : io.err, line.words);
            return line.global.help ? 0 : 2;
        }
        std::string given;
        for (const auto& w : line.words)
            given += (given.empty() ? "" : " ") + w;
        io.err << kProgram << ": unknown command '" << given << "'\nTry '" << kProgram
               << " --help'.\n";
        return 2;
    }
    const std::vector<std::string> positional(line.words.begin() + command->words.size(),
                                              line.words.end());
    auto usageError = [&](const std::string& what) {
        io.err << kProgram << ": " << what << "\nUsage: " << fullUsage(*command) << "\n";
        return 2;
    };
    if (positional.size() < command->minArgs)
        return usageError("missing argument");
    if (positional.size() > command->maxArgs)
        return usageError("unexpected argument '" + positional[command->maxArgs] + "'");
    for (const auto& [name, value] : line.options)
        if (std::find(command->valueOptions.begin(), command->valueOptions.end(), name) ==
            command->valueOptions.end())
            return usageError("option '--" + name + "' does not apply to this command");
    for (const auto& name : line.flags)
        if (std::find(command->flagOptions.begin(), command->flagOptions.end(), name) ==
            command->flagOptions.end())
            return usageError("option '--" + name + "' does not apply to this command");
    // A --network name that names nothing is a usage mistake, whatever the command finds
    // wrong first (an empty wallet...). Other problems of the profile are the command's.
    if (line.global.network) {
        try {
            (void)resolveNetwork(line, *line.global.network, true);
        } catch (const UsageError& e) {
            return usageError(e.what());
        } catch (const std::exception&) {
        }
    }
    try {
        return command->run(line, positional, io);
    } catch (const Error& e) {
        io.err << kProgram << ": " << e.what() << "\n";
        if (e.code() == ErrorCode::Network && !networkHint().empty())
            io.err << kProgram << ": " << networkHint() << "\n";
        // Stopped by Ctrl-C or SIGTERM: the shell's convention for an interrupted command.
        return e.code() == ErrorCode::Cancelled || interrupted()->cancelled() ? 130 : 1;
    } catch (const std::exception& e) {
        io.err << kProgram << ": unexpected failure: " << e.what() << "\n";
        return 1;
    }
}

} // namespace sr::cli
