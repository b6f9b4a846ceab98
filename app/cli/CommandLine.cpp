#include "CommandLine.h"

namespace rs::cli {

std::optional<std::string> ParsedArgs::option(const std::string& name) const
{
    const auto it = options.find(name);
    return it == options.end() ? std::nullopt : std::optional{it->second};
}

std::vector<std::string> ParsedArgs::values(const std::string& name) const
{
    const auto it = repeated.find(name);
    return it == repeated.end() ? std::vector<std::string>() : it->second;
}

std::variant<ParsedArgs, std::string> parseArgs(const std::vector<std::string>& args,
                                                const ArgSpec& spec)
{
    ParsedArgs parsed;
    for (std::size_t i = 0; i < args.size(); ++i) {
        std::string arg = args[i];
        if (arg == "--") {
            parsed.positional.insert(parsed.positional.end(), args.begin() + i + 1, args.end());
            break;
        }
        if (!arg.starts_with("--") || arg.size() == 2) {
            parsed.positional.push_back(arg);
            continue;
        }
        std::optional<std::string> inlineValue;
        if (const auto eq = arg.find('='); eq != std::string::npos) {
            inlineValue = arg.substr(eq + 1);
            arg.erase(eq);
        }
        if (spec.flags.contains(arg) && !inlineValue) {
            parsed.flags.insert(arg);
        } else if (spec.repeatable.contains(arg)) {
            if (!inlineValue && i + 1 >= args.size())
                return "option " + arg + " needs a value";
            parsed.repeated[arg].push_back(inlineValue ? *inlineValue : args[++i]);
        } else if (spec.options.contains(arg)) {
            if (inlineValue)
                parsed.options[arg] = *inlineValue;
            else if (i + 1 < args.size())
                parsed.options[arg] = args[++i];
            else
                return "option " + arg + " needs a value";
        } else {
            return "unknown option " + arg;
        }
    }
    return parsed;
}

} // namespace rs::cli
