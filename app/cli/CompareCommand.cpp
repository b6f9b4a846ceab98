#include "CompareCommand.h"

#include "CommandLine.h"
#include "CommandReview.h"
#include "ComparisonGatesArg.h"
#include "CostArgs.h"
#include "DesignInput.h"
#include "core/compare/ComparisonJson.h"
#include "core/compare/ComparisonText.h"

#include <future>

namespace rs::cli {

std::string_view CompareCommand::usage() const
{
    return "Usage: resilience compare BEFORE AFTER [--json|--markdown] [--fail-on GATES]\n"
           "                          [--catalog PATH] [--currency CODE --rate R]\n"
           "                          [--hours-per-month H] [--strict-prices]\n\n"
           "Compares two designs (today's and the proposed one, or two options): elements\n"
           "added, removed, renamed (a new id with the same kind, region and links) or changed;\n"
           "findings added and resolved; each region loss's RTO, RPO, writes at risk, capacity\n"
           "and verdict before and after; availability; the monthly cost by category, region\n"
           "and element; and the assumptions that differ. Designs of different providers, or\n"
           "with nothing in common, still compare: everything is then added and removed.\n\n"
           "  --json               the comparison as JSON (docs/cli-json.md)\n"
           "  --markdown           for a pull-request comment: a summary table, then details\n"
           "                       in collapsed sections\n"
           "  --fail-on GATES      exit 1 when a gate trips; comma-separated: targets (a region\n"
           "                       loss that met its targets now misses one), error, warning or\n"
           "                       info (a new finding at or above it), cost:AMOUNT (the monthly\n"
           "                       cost grows by more than AMOUNT USD), cost:N% (by more than N\n"
           "                       percent)\n"
           "  --catalog, --currency, --rate, --rate-date, --hours-per-month, --strict-prices,\n"
           "  --free-tiers, --no-free-tiers\n"
           "                       as for 'estimate'\n\n"
           "Exit codes: 0 compared, 1 a --fail-on gate tripped or an invalid design,\n"
           "2 usage error, unreadable file or catalogue.\n";
}

namespace {

void printText(std::ostream& out, const DesignComparison& c)
{
    out << c.beforeFile << " -> " << c.afterFile << ": \"" << c.beforeName << "\" -> \""
        << c.afterName << "\"\n";
    out << "  elements:     " << elementChangesText(c.elements) << "\n";
    for (const auto& d : c.elements.elements) {
        if (d.change == ElementChange::Unchanged)
            continue;
        out << "    " << enumName(d.change) << " " << enumName(d.type) << " "
            << (d.change == ElementChange::Renamed ? d.beforeId + " -> " + d.afterId : d.id());
        for (const auto& f : d.changedFields)
            out << (&f == &d.changedFields.front() ? ": " : ", ") << f;
        out << "\n";
    }
    if (c.findingsCompared) {
        out << "  findings:     " << c.findings.added.size() << " new, "
            << c.findings.removed.size() << " resolved, " << c.findings.unchanged.size()
            << " unchanged\n";
        for (const auto* list : {&c.findings.added, &c.findings.removed}) {
            for (const auto& f : *list)
                out << "    " << (list == &c.findings.added ? "new " : "resolved ")
                    << enumName(f.severity) << " " << f.ruleId << ": " << f.message << "\n";
        }
    }
    if (c.scenariosCompared) {
        out << "  region losses (targets RTO " << formatDuration(c.rtoTargetAfter.value())
            << ", RPO " << formatDuration(c.rpoTargetAfter.value()) << "):\n";
        for (const auto& l : c.regionLosses)
            out << "    " << l.regionId << ": RTO " << rtoText(l.before) << " -> "
                << rtoText(l.after) << ", RPO "
                << (l.before ? rpoSummary(*l.before) : std::string("—")) << " -> "
                << (l.after ? rpoSummary(*l.after) : std::string("—")) << ", writes at risk "
                << (l.before ? writesAtRiskSummary(*l.before) : std::string("—")) << " -> "
                << (l.after ? writesAtRiskSummary(*l.after) : std::string("—")) << "; targets "
                << verdictText(l.before) << " -> " << verdictText(l.after) << " ("
                << enumName(l.change) << ")\n";
    }
    if (c.availabilityBefore && c.availabilityAfter)
        out << "  availability: " << formatAvailability(*c.availabilityBefore) << " -> "
            << formatAvailability(*c.availabilityAfter) << "\n";
    if (c.cost) {
        const auto& t = c.cost->total;
        out << "  cost:         " << costSideText(t, false, c.currency) << " -> "
            << costSideText(t, true, c.currency) << " a month: " << costChangeText(t, c.currency)
            << "\n";
        for (const auto& d : c.cost->byCategory)
            out << "    " << d.key << ": " << costChangeText(d, c.currency) << "\n";
    }
    for (const auto& a : c.assumptions)
        out << "  assumption " << a.label << ": " << (a.before.empty() ? "—" : a.before) << " -> "
            << (a.after.empty() ? "—" : a.after) << "\n";
    for (const auto& f : gateFailures(c))
        out << "  gate failed: " << f << "\n";
}

} // namespace

int CompareCommand::run(const std::vector<std::string>& args, CommandContext& context) const
{
    const auto parsed = parseArgs(
        args,
        {{"--json", "--markdown", "--strict-prices", "--free-tiers", "--no-free-tiers"},
         {"--fail-on", "--catalog", "--currency", "--rate", "--rate-date", "--hours-per-month"}});
    const auto* a = std::get_if<ParsedArgs>(&parsed);
    const auto shaped = a ? costArgs(*a) : std::string();
    const auto* costOptions = std::get_if<std::pair<CostOptions, DisplayCurrency>>(&shaped);
    const auto gates = a && a->option("--fail-on")
                           ? parseComparisonGates(*a->option("--fail-on"))
                           : std::optional<ComparisonGates>(ComparisonGates{});
    const std::string problem =
        !a                                         ? std::get<std::string>(parsed)
        : a->positional.size() != 2                ? "give two design files: BEFORE AFTER"
        : !costOptions                             ? std::get<std::string>(shaped)
        : a->has("--json") && a->has("--markdown") ? "choose --json or --markdown"
        : !gates ? "--fail-on takes targets, error, warning, info, cost:AMOUNT or cost:N%, "
                   "comma-separated"
                 : "";
    if (!problem.empty()) {
        context.err << "resilience compare: " << problem << "\n" << usage();
        return ExitUsage;
    }
    // Both files are read before either is judged, so two invalid designs list all their errors.
    int exitCode = ExitOk;
    std::string bytes[2];
    std::optional<Design> designs[2];
    for (int i = 0; i < 2; ++i)
        designs[i] = loadDesignForCommand(a->positional[i], context, exitCode, &bytes[i]);
    if (!designs[0] || !designs[1])
        return exitCode;
    auto prices = openActivePrices(*a, context, "compare");
    if (!prices)
        return ExitUsage;

    ReviewOptions options;
    options.cost = costOptions->first;
    options.currency = costOptions->second;
    const auto review = [&](int i) {
        return commandReview(*designs[i], context.catalogues, a->positional[i], bytes[i],
                             &prices->book, comparisonOptions(*designs[i], options));
    };
    // The two analyses are independent: the first on a second core, beside the second.
    auto before = std::async(std::launch::async, review, 0);
    const auto after = review(1);
    const auto comparison = compareDesigns(before.get(), after, *gates);

    if (a->has("--json"))
        context.out << writeComparisonJson(comparison);
    else if (a->has("--markdown"))
        context.out << comparisonMarkdown(comparison);
    else
        printText(context.out, comparison);
    return comparison.verdicts.passed() ? ExitOk : ExitFailed;
}

} // namespace rs::cli
