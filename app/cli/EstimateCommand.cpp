#include "EstimateCommand.h"

#include "CommandLine.h"
#include "DesignInput.h"
#include "EstimateReport.h"
#include "core/DesignIndex.h"
#include "core/cost/CostCsv.h"
#include "pricing/PriceCatalogue.h"

#include <charconv>

namespace rs::cli {

std::string_view EstimateCommand::usage() const
{
    return "Usage: resilience estimate FILE [--catalog PATH] [--json|--csv] [--tiers]\n"
           "                           [--currency CODE --rate R [--rate-date DATE]]\n"
           "                           [--hours-per-month H]\n\n"
           "Prices the design's monthly usage against the active price-table versions: totals\n"
           "by category (baseline, redundancy, replication and egress, premium) and region,\n"
           "every line citing its price rows. Usage with no price in its region is listed as\n"
           "unpriced, never dropped.\n\n"
           "  --catalog PATH       the price catalogue (default: the user's, created on first "
           "use)\n"
           "  --json               every line with its price rows\n"
           "  --csv                the lines as CSV, for a spreadsheet\n"
           "  --tiers              also the design as single region, backup and restore, pilot\n"
           "                       light, warm standby and active-active: cost, RTO and RPO\n"
           "  --currency CODE      show amounts in CODE (ISO 4217) at --rate units per USD,\n"
           "  --rate R             taken on --rate-date (prices stay in USD)\n"
           "  --hours-per-month H  the billing month for hourly prices (default 730)\n\n"
           "Exit codes: 0 done, 1 invalid design, 2 usage error or unreadable file/catalogue.\n";
}

namespace {

/// The options that shape the estimate, or why they are wrong.
std::variant<std::pair<CostOptions, DisplayCurrency>, std::string>
estimateOptions(const ParsedArgs& a)
{
    CostOptions options;
    if (const auto hours = a.option("--hours-per-month")) {
        const auto* end = hours->data() + hours->size();
        const auto parsed = std::from_chars(hours->data(), end, options.hoursPerMonth);
        if (parsed.ec != std::errc() || parsed.ptr != end || options.hoursPerMonth < 672.0 ||
            options.hoursPerMonth > 744.0)
            return "--hours-per-month takes the hours of a billing month, 672 to 744, not \"" +
                   *hours + "\"";
    }
    const auto code = a.option("--currency");
    const auto rate = a.option("--rate");
    if (code.has_value() != rate.has_value() && !(code && *code == "USD"))
        return std::string("--currency and --rate go together");
    if (!code && a.option("--rate-date"))
        return std::string("--rate-date needs --currency and --rate");
    DisplayCurrency currency;
    if (code) {
        auto made =
            DisplayCurrency::make(*code, rate.value_or("1"), a.option("--rate-date").value_or(""));
        if (!made)
            return made.errors().front().message;
        currency = made.value();
    }
    return std::pair{options, currency};
}

} // namespace

int EstimateCommand::run(const std::vector<std::string>& args, CommandContext& context) const
{
    const auto parsed = parseArgs(
        args, {{"--json", "--csv", "--tiers"},
               {"--catalog", "--currency", "--rate", "--rate-date", "--hours-per-month"}});
    const auto* a = std::get_if<ParsedArgs>(&parsed);
    const auto shaped = a ? estimateOptions(*a) : std::string();
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
    const auto catalogOption = a->option("--catalog");
    auto catalogue = pricing::PriceCatalogue::openOrCreate(
        catalogOption ? std::filesystem::path(*catalogOption) : pricing::defaultCataloguePath());
    auto book =
        catalogue ? catalogue.value().loadActivePriceBook() : Result<PriceBook>(catalogue.errors());
    if (!book) {
        for (const auto& e : book.errors())
            context.err << "resilience estimate: " << e.toString() << "\n";
        return ExitUsage;
    }
    EstimateReport report;
    report.file = a->positional.front();
    report.options = options->first;
    report.currency = options->second;
    report.estimate =
        estimateCost(DesignIndex(*design, context.catalogues), book.value(), report.options);
    if (a->has("--tiers"))
        report.tiers = compareTiers(*design, context.catalogues, book.value(), report.options);
    if (a->has("--csv"))
        context.out << costLinesCsv(report.estimate, report.currency);
    else if (a->has("--json"))
        context.out << report.toJson().dump(2) << "\n";
    else
        report.printText(context.out);
    return ExitOk;
}

} // namespace rs::cli
