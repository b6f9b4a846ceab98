#include "RulesCommand.h"

#include "CommandLine.h"
#include "core/rules/RuleCatalogue.h"

#include <nlohmann/json.hpp>

namespace rs::cli {

std::string_view RulesCommand::usage() const
{
    return "Usage: resilience rules [--json]\n\n"
           "Lists every built-in rule: id, default severity, area and title; with --json also\n"
           "the rationale, its source and the remediation. A design can switch a rule off or\n"
           "change its severity in its \"rules\" section.\n";
}

int RulesCommand::run(const std::vector<std::string>& args, CommandContext& context) const
{
    const auto parsed = parseArgs(args, {{"--json"}, {}});
    const auto* a = std::get_if<ParsedArgs>(&parsed);
    if (!a || !a->positional.empty()) {
        context.err << "resilience rules: " << (a ? "takes no file" : std::get<std::string>(parsed))
                    << "\n"
                    << usage();
        return ExitUsage;
    }
    if (a->has("--json")) {
        auto out = nlohmann::ordered_json::array();
        for (const auto& r : builtInRules())
            out.push_back({{"id", r.id},
                           {"severity", enumName(r.defaultSeverity)},
                           {"area", enumName(r.area)},
                           {"title", r.title},
                           {"rationale", r.rationale},
                           {"source", r.source},
                           {"remediation", r.remediation}});
        context.out << out.dump(2) << "\n";
        return ExitOk;
    }
    for (const auto& r : builtInRules()) {
        const auto severity = std::string(enumName(r.defaultSeverity));
        const auto area = std::string(enumName(r.area));
        context.out << r.id << "  " << severity << std::string(9 - severity.size(), ' ') << area
                    << std::string(12 - area.size(), ' ') << r.title << "\n";
    }
    return ExitOk;
}

} // namespace rs::cli
