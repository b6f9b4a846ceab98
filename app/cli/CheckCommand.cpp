#include "CheckCommand.h"

#include "CommandLine.h"
#include "CommandReview.h"
#include "DesignInput.h"
#include "core/review/ReviewJson.h"
#include "core/rules/RuleCatalogue.h"

namespace rs::cli {

std::string_view CheckCommand::usage() const
{
    return "Usage: resilience check FILE [--fail-on error|warning|info] [--json]\n\n"
           "Runs the resilience rules on a design and lists the findings, errors first.\n\n"
           "  --fail-on SEVERITY  exit 1 when a finding is at or above it (default: error)\n"
           "  --json              print the findings as JSON\n\n"
           "Exit codes: 0 passed, 1 findings at or above the threshold or an invalid design,\n"
           "2 usage error or unreadable file.\n";
}

int CheckCommand::run(const std::vector<std::string>& args, CommandContext& context) const
{
    const auto parsed = parseArgs(args, {{"--json"}, {"--fail-on"}});
    const auto* a = std::get_if<ParsedArgs>(&parsed);
    const auto gates =
        a ? parseFailOn(a->option("--fail-on").value_or("error"), {"error", "warning", "info"})
          : std::nullopt;
    if (!a || a->positional.size() != 1 || !gates) {
        context.err << "resilience check: "
                    << (a ? (gates ? "give exactly one design file"
                                   : "--fail-on takes error, warning or info")
                          : std::get<std::string>(parsed))
                    << "\n"
                    << usage();
        return ExitUsage;
    }
    int exitCode = ExitOk;
    std::string bytes;
    const auto& file = a->positional.front();
    const auto design = loadDesignForCommand(file, context, exitCode, &bytes);
    if (!design)
        return exitCode;

    ReviewOptions options;
    options.parts = AnalysisParts::none();
    options.parts.findings = true;
    options.gates = *gates;
    const auto review = commandReview(*design, context.catalogues, file, bytes, nullptr, options);

    if (a->has("--json")) {
        context.out << writeReviewJson(review);
    } else {
        context.out << file << ": " << countsText(review.counts) << "\n";
        for (const auto& f : review.findings) {
            const auto* rule = findRule(f.ruleId);
            context.out << "\n"
                        << enumName(f.severity) << " " << f.ruleId << " "
                        << (rule ? rule->title : "") << "\n  " << f.message << "\n";
            if (rule)
                context.out << "  fix: " << rule->remediation << "\n";
        }
    }
    return review.verdicts.passed() ? ExitOk : ExitFailed;
}

} // namespace rs::cli
