#pragma once

#include "CommandLine.h"
#include "util/Paths.h"

#include <functional>
#include <iosfwd>
#include <string>
#include <vector>

namespace sr::cli {

struct Io {
    std::ostream& out;
    std::ostream& err;
};

/// One command of strongroom-cli: its words ("network", "list"), how it is called, and what
/// runs it. Handlers return the exit code and throw sr::Error for failed operations.
struct Command {
    std::vector<std::string> words;
    std::string usage;   ///< arguments after the words, e.g. "[NAME]"
    std::string summary; ///< one line for --help
    std::vector<std::string> valueOptions;
    std::vector<std::string> flagOptions;
    size_t minArgs = 0;
    size_t maxArgs = 0;
    std::function<int(const CommandLine&, const std::vector<std::string>& args, Io&)> run;
};

/// Every command, in help order. Each group lives in its own file (NetworkCommands.cpp, ...)
/// and is listed in Commands.cpp.
const std::vector<Command>& commands();

std::vector<Command> networkCommands();
std::vector<Command> walletCommands();
std::vector<Command> signCommands();
std::vector<Command> chainCommands();
std::vector<Command> dataCommands();
std::vector<Command> protectCommands();
std::vector<Command> computeCommands();
std::vector<Command> contactCommands();
std::vector<Command> earningsCommands();

/// The folders for this run: `--data-dir` if given, else the XDG defaults.
AppPaths pathsFor(const CommandLine& line);

/// Runs the whole command line; returns the process exit code (0, 1 or 2).
int runCli(const std::vector<std::string>& args, Io& io);

} // namespace sr::cli
