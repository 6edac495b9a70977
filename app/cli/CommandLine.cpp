#include "CommandLine.h"

namespace sr::cli {

CommandLine CommandLine::parse(const std::vector<std::string>& args,
                               const std::set<std::string>& valueOptions,
                               const std::set<std::string>& flagOptions) {
    CommandLine line;
    const std::map<std::string, std::optional<std::string>*> globalValues = {
        {"network", &line.global.network},
        {"data-dir", &line.global.dataDir},
        {"password-file", &line.global.passwordFile},
        {"account", &line.global.account},
        {"max-fee", &line.global.maxFee},
    };
    bool onlyPositional = false;
    for (size_t i = 0; i < args.size(); ++i) {
        const std::string& arg = args[i];
        if (onlyPositional || arg.size() < 2 || arg[0] != '-') {
            line.words.push_back(arg);
            continue;
        }
        if (arg == "--") {
            onlyPositional = true;
            continue;
        }
        if (arg == "-h" || arg == "--help") {
            line.global.help = true;
            continue;
        }
        if (arg == "-V" || arg == "--version") {
            line.global.version = true;
            continue;
        }
        if (arg == "--json") {
            line.global.json = true;
            continue;
        }
        if (!arg.starts_with("--"))
            throw UsageError("unknown option '" + arg + "'");
        std::string name = arg.substr(2);
        std::optional<std::string> inlineValue;
        if (auto eq = name.find('='); eq != std::string::npos) {
            inlineValue = name.substr(eq + 1);
            name.resize(eq);
        }
        auto takeValue = [&]() -> std::string {
            if (inlineValue)
                return *inlineValue;
            if (i + 1 >= args.size())
                throw UsageError("option '--" + name + "' needs a value");
            return args[++i];
        };
        if (auto g = globalValues.find(name); g != globalValues.end()) {
            if (g->second->has_value())
                throw UsageError("option '--" + name + "' is given twice");
            *g->second = takeValue();
            if (g->second->value().empty())
                throw UsageError("option '--" + name + "' needs a non-empty value");
        } else if (valueOptions.contains(name) && kRepeatableOptions.contains(name)) {
            line.lists[name].push_back(takeValue());
        } else if (valueOptions.contains(name)) {
            if (line.options.contains(name))
                throw UsageError("option '--" + name + "' is given twice");
            line.options[name] = takeValue();
        } else if (flagOptions.contains(name)) {
            if (inlineValue)
                throw UsageError("option '--" + name + "' takes no value");
            line.flags.insert(name);
        } else {
            throw UsageError("unknown option '--" + name + "'");
        }
    }
    return line;
}

} // namespace sr::cli
