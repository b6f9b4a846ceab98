#include "EstimateCommand.h"

#include "CommandLine.h"
#include "CommandReview.h"
#include "CostArgs.h"
#include "DesignInput.h"
#include "EstimateReport.h"
#include "core/cost/CostCsv.h"
#include "core/review/ReviewJson.h"
#include "review/CataloguePricing.h"

namespace rs::cli {

std::string_view EstimateCommand::usage() const
{
    return "Usage: resilience estimate FILE [--catalog PATH] [--json|--csv] [--tiers] [--carbon]\n"
           "                           [--currency CODE --rate R [--rate-date DATE]]\n"
           "                           [--hours-per-month H] [--strict-prices]\n"
           "                           [--free-tiers|--no-free-tiers] [--fail-on-unpriced]\n\n"
           "Prices the design's monthly usage against the active price-table versions: totals\n"
           "by category (baseline, redundancy, replication and egress, premium) and region,\n"
           "every line citing its price rows. Usage with no price in its region is listed as\n"
           "unpriced, never dropped, and the total then reads \"at least\". Where a region has\n"
           "no price for an item, the nearest region of the same provider with one lends it,\n"
           "and the line says so.\n\n"
           "  --catalog PATH       the price catalogue (default: the user's, created on first "
           "use)\n"
           "  --json               every line with its price rows\n"
           "  --csv                the lines as CSV, for a spreadsheet\n"
           "  --tiers              also the design as single region, backup and restore, pilot\n"
           "                       light, warm standby and active-active: cost, RTO and RPO\n"
           "  --carbon             also the emissions of the same usage (kg CO2e a month) by\n"
           "                       region and category, and of each tier with --tiers, with\n"
           "                       the grid factors and coefficients used (docs/carbon.md)\n"
           "  --currency CODE      show amounts in CODE (ISO 4217) at --rate units per USD,\n"
           "  --rate R             taken on --rate-date (prices stay in USD)\n"
           "  --hours-per-month H  the billing month for hourly prices (default: the design's\n"
           "                       assumptions, else 730)\n"
           "  --free-tiers         count account-level free tiers; --no-free-tiers leaves them\n"
           "                       out (default: the design's assumptions, else left out)\n"
           "  --strict-prices      no borrowed prices: such usage stays unpriced\n"
           "  --fail-on-unpriced   exit 1 when some usage could not be priced\n\n"
           "Exit codes: 0 done, 1 invalid design or (with --fail-on-unpriced) unpriced usage,\n"
           "2 usage error or unreadable file/catalogue.\n";
}

int EstimateCommand::run(const std::vector<std::string>& args, CommandContext& context) const
{
    const auto parsed = parseArgs(
        args, {{"--json", "--csv", "--tiers", "--carbon", "--strict-prices", "--fail-on-unpriced",
                "--free-tiers", "--no-free-tiers"},
               {"--catalog", "--currency", "--rate", "--rate-date", "--hours-per-month"}});
    const auto* a = std::get_if<ParsedArgs>(&parsed);
    const auto shaped = a ? costArgs(*a) : std::string();
    const auto* options = std::get_if<std::pair<CostOptions, DisplayCurrency>>(&shaped);
    std::string problem = !a                                    ? std::get<std::string>(parsed)
                          : a->positional.size() != 1           ? "give exactly one design file"
                          : !options                            ? std::get<std::string>(shaped)
                          : a->has("--json") && a->has("--csv") ? "choose --json or --csv"
                          : a->has("--csv") && (a->has("--tiers") || a->has("--carbon"))
                              ? "--tiers and --carbon have no CSV form; use --json"
                              : "";
    if (!problem.empty()) {
        context.err << "resilience estimate: " << problem << "\n" << usage();
        return ExitUsage;
    }
    int exitCode = ExitOk;
    std::string bytes;
    const auto& file = a->positional.front();
    const auto design = loadDesignForCommand(file, context, exitCode, &bytes);
    if (!design)
        return exitCode;
    auto prices = openActivePrices(*a, context, "estimate");
    if (!prices)
        return ExitUsage;
    ReviewPricing pricing;
    if (a->has("--json")) {
        // The JSON cites the price tables' versions, as the review does.
        auto sources = review::cataloguePricing(prices->catalogue);
        if (!sources) {
            for (const auto& e : sources.errors())
                context.err << "resilience estimate: " << e.toString() << "\n";
            return ExitUsage;
        }
        pricing = std::move(sources).value();
    }
    ReviewOptions review;
    review.parts = AnalysisParts::none();
    review.parts.cost = true;
    review.parts.tiers = a->has("--tiers");
    review.parts.carbon = a->has("--carbon");
    review.cost = options->first;
    review.currency = options->second;
    review.gates.unpriced = a->has("--fail-on-unpriced");
    const auto result =
        commandReview(*design, context.catalogues, file, bytes, &prices->book, review, pricing);
    if (a->has("--csv"))
        context.out << costLinesCsv(result.cost, result.currency);
    else if (a->has("--json"))
        context.out << writeReviewJson(result);
    else
        printEstimateText(context.out, file, result);
    return result.verdicts.passed() ? ExitOk : ExitFailed;
}

} // namespace rs::cli
