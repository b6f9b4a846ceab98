#include "FormatCommand.h"

#include "CommandLine.h"
#include "core/DesignFile.h"

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
    int exitCode = ExitOk;
    for (const auto& file : a.positional) {
        const auto text = readTextFile(file, DesignReadLimits{}.maxBytes);
        if (!text) {
            context.err << text.errors().front().message << "\n";
            exitCode = ExitUsage;
            continue;
        }
        const auto design = readDesign(text.value(), context.catalogues);
        if (!design) {
            // A newer file is not broken: say so, or its owner "fixes" what an update reads.
            const auto& first = design.errors().front();
            context.err << file << ": "
                        << (first.code == ErrorCode::NewerSchema
                                ? "newer than this program supports, not formatted: "
                                : "invalid, not formatted (run 'resilience validate'): ")
                        << first.toString() << "\n";
            exitCode = std::max(exitCode, int{ExitFailed});
            continue;
        }
        if (writeDesign(design.value()) == text.value())
            continue;
        if (a.has("--check")) {
            context.out << file << ": not in canonical form\n";
            exitCode = std::max(exitCode, int{ExitFailed});
        } else if (const auto saved = saveDesignFile(file, design.value()); !saved) {
            context.err << saved.errors().front().message << "\n";
            exitCode = ExitUsage;
        } else {
            context.out << file << ": formatted\n";
        }
    }
    return exitCode;
}

} // namespace rs::cli
