#pragma once

#include <map>
#include <optional>
#include <set>
#include <string>
#include <variant>
#include <vector>

namespace rs::cli {

/// Exit codes a CI gate can rely on.
enum ExitCode : int
{
    ExitOk = 0,     ///< valid, or nothing at or above the failure threshold
    ExitFailed = 1, ///< invalid input or findings at or above the threshold
    ExitUsage = 2,  ///< wrong arguments, or a file that cannot be read
};

/// The arguments of one command: flags (--json), options with a value (--fail-on error) and
/// positional arguments, checked against what the command accepts.
struct ParsedArgs
{
    std::set<std::string> flags;
    std::map<std::string, std::string> options;
    std::vector<std::string> positional;
    std::map<std::string, std::vector<std::string>> repeated; ///< each value, in order

    bool has(const std::string& flag) const { return flags.contains(flag); }
    std::optional<std::string> option(const std::string& name) const;
    /// Every value a repeatable option was given.
    std::vector<std::string> values(const std::string& name) const;
};

struct ArgSpec
{
    std::set<std::string> flags;
    std::set<std::string> options;
    std::set<std::string> repeatable = {}; ///< options that may be given more than once
};

/// Parses `args`; an unknown or incomplete option is an error message, not an exception.
std::variant<ParsedArgs, std::string> parseArgs(const std::vector<std::string>& args,
                                                const ArgSpec& spec);

} // namespace rs::cli
