#pragma once

#include <map>
#include <optional>
#include <set>
#include <stdexcept>
#include <string>
#include <vector>

namespace sr::cli {

/// A mistake in how the command was called: exit code 2.
class UsageError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

/// The options every command accepts (product.md, "strongroom-cli").
struct GlobalOptions {
    std::optional<std::string> network;
    std::optional<std::string> dataDir;
    std::optional<std::string> passwordFile;
    std::optional<std::string> account;
    std::optional<std::string> maxFee; ///< --max-fee ETH: the most a transaction's fee may be
    bool json = false;
    bool help = false;
    bool version = false;
};

/// Value options that may be repeated (`--secret 1=a --secret 2=b`): their values go to
/// CommandLine::lists instead of CommandLine::options.
inline const std::set<std::string> kRepeatableOptions = {"secret", "input-file"};

struct CommandLine {
    GlobalOptions global;
    std::vector<std::string> words;             ///< command words and positional arguments
    std::map<std::string, std::string> options; ///< command options with a value
    std::set<std::string> flags;                ///< command options without a value
    /// The options that may be given more than once (kRepeatableOptions), every value in order.
    std::map<std::string, std::vector<std::string>> lists;

    /// Splits argv. `valueOptions` and `flagOptions` are the command options (without "--")
    /// any command knows; anything else starting with "--" is a UsageError.
    static CommandLine parse(const std::vector<std::string>& args,
                             const std::set<std::string>& valueOptions,
                             const std::set<std::string>& flagOptions);
};

} // namespace sr::cli
