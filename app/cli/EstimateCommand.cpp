#include "EstimateCommand.h"

#include "CommandLine.h"
#include "CostArgs.h"
#include "DesignInput.h"
#include "EstimateReport.h"
#include "core/DesignIndex.h"
#include "core/cost/CostCsv.h"

namespace rs::cli {

std::string_view EstimateCommand::usage() const
{
    return "Usage: resilience estimate FILE [--catalog PATH] [--json|--csv] [--tiers]\n"
           "                           [--currency CODE --rate R [--rate-date DATE]]\n"
           "                           [--hours-per-month H] [--strict-prices]\n\n"
           "Prices the design's monthly usage against the active price-table versions: totals\n"
           "by category (baseline, redundancy, replication and egress, premium) and region,\n"
           "every line citing its price rows. Usage with no price in its region is listed as\n"
           "unpriced, never dropped. Where a region has no price for an item, the nearest region\n"
           "of the same provider with one lends it, and the line says so.\n\n"
           "  --catalog PATH       the price catalogue (default: the user's, created on first "
           "use)\n"
           "  --json               every line with its price rows\n"
           "  --csv                the lines as CSV, for a spreadsheet\n"
           "  --tiers              also the design as single region, backup and restore, pilot\n"
           "                       light, warm standby and active-active: cost, RTO and RPO\n"
           "  --currency CODE      show amounts in CODE (ISO 4217) at --rate units per USD,\n"
           "  --rate R             taken on --rate-date (prices stay in USD)\n"
           "  --hours-per-month H  the billing month for hourly prices (default 730)\n"
           "  --strict-prices      no borrowed prices: such usage stays unpriced\n\n"
           "Exit codes: 0 done, 1 invalid design, 2 usage error or unreadable file/catalogue.\n";
}

int EstimateCommand::run(const std::vector<std::string>& args, CommandContext& context) const
{
    const auto parsed = parseArgs(
        args, {{"--json", "--csv", "--tiers", "--strict-prices"},
               {"--catalog", "--currency", "--rate", "--rate-date", "--hours-per-month"}});
    const auto* a = std::get_if<ParsedArgs>(&parsed);
    const auto shaped = a ? costArgs(*a) : std::string();
    const auto* options = std::get_if<std::pair<CostOptions, DisplayCurrency>>(&shaped);
    std::string problem = !a                                    ? std::get<std::string>(parsed)
                          : a->positional.size() != 1           ? "give exactly one design file"
                          : !options                            ? std::get<std::string>(shaped)
                          : a->has("--json") && a->has("--csv") ? "choose --json or --csv"
                          : a->has("--csv") && a->has("--tiers")
                              ? "--tiers has no CSV form; use --json"
                              : "";
    if (!problem.empty()) {
        context.err << "resilience estimate: " << problem << "\n" << usage();
        return ExitUsage;
    }
    int exitCode = ExitOk;
    const auto design = loadDesignForCommand(a->positional.front(), context, exitCode);
    if (!design)
        return exitCode;
    const auto prices = openActivePrices(*a, context, "estimate");
    if (!prices)
        return ExitUsage;
    EstimateReport report;
    report.file = a->positional.front();
    report.options = options->first;
    report.currency = options->second;
    report.estimate =
        estimateCost(DesignIndex(*design, context.catalogues), prices->book, report.options);
    if (a->has("--tiers"))
        report.tiers = compareTiers(*design, context.catalogues, prices->book, report.options);
    if (a->has("--csv"))
        context.out << costLinesCsv(report.estimate, report.currency);
    else if (a->has("--json"))
        context.out << report.toJson().dump(2) << "\n";
    else
        report.printText(context.out);
    return ExitOk;
}

} // namespace rs::cli
