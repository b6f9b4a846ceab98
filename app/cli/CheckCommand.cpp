#include "CheckCommand.h"

#include "CommandLine.h"
#include "DesignInput.h"
#include "core/DesignIndex.h"
#include "core/rules/RuleCatalogue.h"

#include <nlohmann/json.hpp>

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
    const auto failOn =
        a ? enumFromName<Severity>(a->option("--fail-on").value_or("error")) : std::nullopt;
    if (!a || a->positional.size() != 1 || !failOn) {
        context.err << "resilience check: "
                    << (a ? (failOn ? "give exactly one design file"
                                    : "--fail-on takes error, warning or info")
                          : std::get<std::string>(parsed))
                    << "\n"
                    << usage();
        return ExitUsage;
    }
    int exitCode = ExitOk;
    const auto design = loadDesignForCommand(a->positional.front(), context, exitCode);
    if (!design)
        return exitCode;

    const DesignIndex index(*design, context.catalogues);
    const auto findings = checkDesign(index);
    std::array<int, 3> counts{};
    for (const auto& f : findings)
        ++counts[static_cast<std::size_t>(f.severity)];
    const bool failed = std::any_of(findings.begin(), findings.end(),
                                    [&](const Finding& f) { return f.severity >= *failOn; });

    if (a->has("--json")) {
        nlohmann::ordered_json out;
        out["design"] = {{"name", design->name}, {"file", a->positional.front()}};
        out["failOn"] = enumName(*failOn);
        out["passed"] = !failed;
        out["counts"] = {{"error", counts[2]}, {"warning", counts[1]}, {"info", counts[0]}};
        out["findings"] = nlohmann::ordered_json::array();
        for (const auto& f : findings) {
            const auto* rule = findRule(f.ruleId);
            out["findings"].push_back({{"rule", f.ruleId},
                                       {"severity", enumName(f.severity)},
                                       {"title", rule ? rule->title : ""},
                                       {"message", f.message},
                                       {"elements", f.elements},
                                       {"remediation", rule ? rule->remediation : ""},
                                       {"source", rule ? rule->source : ""}});
        }
        context.out << out.dump(2) << "\n";
    } else {
        context.out << a->positional.front() << ": " << counted(counts[2], "error") << ", "
                    << counted(counts[1], "warning") << ", " << counts[0] << " info\n";
        for (const auto& f : findings) {
            const auto* rule = findRule(f.ruleId);
            context.out << "\n"
                        << enumName(f.severity) << " " << f.ruleId << " "
                        << (rule ? rule->title : "") << "\n  " << f.message << "\n";
            if (rule)
                context.out << "  fix: " << rule->remediation << "\n";
        }
    }
    return failed ? ExitFailed : ExitOk;
}

} // namespace rs::cli
