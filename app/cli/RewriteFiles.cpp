#include "RewriteFiles.h"

#include "CommandLine.h"
#include "core/DesignFile.h"

#include <algorithm>

namespace rs::cli {

int rewriteDesignFiles(const std::vector<std::string>& files, CommandContext& context,
                       const RewriteWords& words,
                       const std::function<std::optional<std::string>(Design&)>& change,
                       bool checkOnly)
{
    int exitCode = ExitOk;
    for (const auto& file : files) {
        const auto text = readTextFile(file, DesignReadLimits{}.maxBytes);
        if (!text) {
            context.err << text.errors().front().message << "\n";
            exitCode = ExitUsage;
            continue;
        }
        auto design = readDesign(text.value(), context.catalogues);
        if (!design) {
            // A newer file is not broken: say so, or its owner "fixes" what an update reads.
            const auto& first = design.errors().front();
            context.err << file << ": "
                        << (first.code == ErrorCode::NewerSchema
                                ? "newer than this program supports, "
                                : "invalid, ")
                        << words.notDone
                        << (first.code == ErrorCode::NewerSchema ? ": "
                                                                 : " (run 'resilience validate'): ")
                        << first.toString() << "\n";
            exitCode = std::max(exitCode, int{ExitFailed});
            continue;
        }
        if (const auto refused = change(design.value())) {
            context.err << file << ": " << words.notDone << ": " << *refused << "\n";
            exitCode = std::max(exitCode, int{ExitFailed});
            continue;
        }
        if (writeDesign(design.value()) == text.value())
            continue;
        if (checkOnly) {
            context.out << file << ": " << words.pending << "\n";
            exitCode = std::max(exitCode, int{ExitFailed});
        } else if (const auto saved = saveDesignFile(file, design.value()); !saved) {
            context.err << saved.errors().front().message << "\n";
            exitCode = ExitUsage;
        } else {
            context.out << file << ": " << words.done << "\n";
        }
    }
    return exitCode;
}

} // namespace rs::cli
