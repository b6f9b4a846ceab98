#include "FormatCommand.h"

#include "CommandLine.h"
#include "RewriteFiles.h"

namespace rs::cli {

std::string_view FormatCommand::usage() const
{
    return "Usage: resilience format FILE... [--check]\n\n"
           "Rewrites each valid design file in the canonical form the application saves: fixed\n"
           "key order, regions, services and links sorted by id, two-space indent.\n\n"
           "  --check  change nothing; exit 1 if a file is not in canonical form\n\n"
           "Exit codes: 0 done, 1 a file is invalid (or not canonical with --check), 2 usage or\n"
           "I/O error.\n";
}

int FormatCommand::run(const std::vector<std::string>& args, CommandContext& context) const
{
    const auto parsed = parseArgs(args, {{"--check"}, {}});
    if (const auto* error = std::get_if<std::string>(&parsed)) {
        context.err << "resilience format: " << *error << "\n" << usage();
        return ExitUsage;
    }
    const auto& a = std::get<ParsedArgs>(parsed);
    if (a.positional.empty()) {
        context.err << "resilience format: no design file given\n" << usage();
        return ExitUsage;
    }
    return rewriteDesignFiles(
        a.positional, context, {"formatted", "not formatted", "not in canonical form"},
        [](Design&) { return std::optional<std::string>(); }, a.has("--check"));
}

} // namespace rs::cli
