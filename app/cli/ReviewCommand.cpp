#include "ReviewCommand.h"

#include "AssumptionsText.h"
#include "CommandLine.h"
#include "CommandReview.h"
#include "CostArgs.h"
#include "DesignInput.h"
#include "GuiApplication.h"
#include "core/TextFormat.h"
#include "core/compare/ComparisonText.h"
#include "core/compare/DesignComparison.h"
#include "core/review/ReviewJson.h"
#include "diagram/DiagramExport.h"
#include "review/CataloguePricing.h"
#include "review/ReviewExport.h"

#include <QApplication>

#include <cstdlib>
#include <memory>
#include <regex>

namespace rs::cli {

std::string_view ReviewCommand::usage() const
{
    return "Usage: resilience review FILE [--pdf OUT] [--json OUT] [--csv OUT]\n"
           "                         [--png OUT [--dpi N]] [--svg OUT] [--page a4|letter]\n"
           "                         [--fail-on GATES] [--catalog PATH]\n"
           "                         [--currency CODE --rate R [--rate-date DATE]]\n"
           "                         [--hours-per-month H] [--strict-prices]\n"
           "                         [--timestamp ISO] [--author NAME] [--baseline OLD]\n\n"
           "Reviews a design: findings, region-loss scenarios (RTO, RPO), availability, the\n"
           "monthly cost with its price provenance and the resilience tiers, and writes them as\n"
           "a PDF for people and a JSON review for machines (docs/review-format.md). Prints a\n"
           "short summary.\n\n"
           "  --pdf OUT            the PDF review (A4 unless --page letter)\n"
           "  --json OUT           the JSON review; '-' prints it instead of the summary\n"
           "  --csv OUT            the cost lines as CSV\n"
           "  --png OUT            the diagram as PNG at --dpi N (default 150, 48 to 600)\n"
           "  --svg OUT            the diagram as SVG\n"
           "  --fail-on GATES      exit 1 when a gate trips (the files are written first, so\n"
           "                       CI can archive them); comma-separated: error, warning or\n"
           "                       info (a finding at or above it), targets (a region loss\n"
           "                       misses RTO, RPO, capacity or residency), unpriced (usage\n"
           "                       with no price)\n"
           "  --catalog PATH       the price catalogue (default: the user's)\n"
           "  --currency, --rate, --rate-date, --hours-per-month, --strict-prices,\n"
           "  --free-tiers, --no-free-tiers\n"
           "                       as for 'estimate'\n"
           "  --timestamp ISO      the review's date, e.g. 2026-01-31T12:00:00Z (default: now);\n"
           "                       fix it to get the same bytes on every run\n"
           "  --author NAME        who the review is for or by\n"
           "  --baseline OLD       also compare with the design OLD (the one this changes), as\n"
           "                       'compare OLD FILE' does, in a section of the PDF and JSON\n\n"
           "Exit codes: 0 written, 1 a --fail-on gate tripped or an invalid design,\n"
           "2 usage error, unreadable file or catalogue, or an output that cannot be written.\n";
}

namespace {

bool isIsoTimestamp(const std::string& text)
{
    static const std::regex iso(
        R"(\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])(T([01]\d|2[0-3]):[0-5]\d(:[0-5]\d(\.\d+)?)?(Z|[+-]([01]\d|2[0-3]):[0-5]\d)?)?)");
    return std::regex_match(text, iso);
}

/// A whole number of dots per inch within what saveDiagramPng() takes, or nothing.
std::optional<int> parseDpi(const std::string& text)
{
    static const std::regex digits(R"(\d{1,4})");
    if (!std::regex_match(text, digits))
        return std::nullopt;
    const int dpi = std::stoi(text);
    if (dpi < diagram::minimumDiagramDpi || dpi > diagram::maximumDiagramDpi)
        return std::nullopt;
    return dpi;
}

} // namespace

int ReviewCommand::run(const std::vector<std::string>& args, CommandContext& context) const
{
    const auto parsed =
        parseArgs(args, {{"--strict-prices", "--free-tiers", "--no-free-tiers"},
                         {"--pdf", "--json", "--csv", "--png", "--dpi", "--svg", "--page",
                          "--fail-on", "--catalog", "--currency", "--rate", "--rate-date",
                          "--hours-per-month", "--timestamp", "--author", "--baseline"}});
    const auto* a = std::get_if<ParsedArgs>(&parsed);
    const auto shaped = a ? costArgs(*a) : std::string();
    const auto* costOptions = std::get_if<std::pair<CostOptions, DisplayCurrency>>(&shaped);
    const auto gates = a && a->option("--fail-on")
                           ? parseFailOn(*a->option("--fail-on"),
                                         {"error", "warning", "info", "targets", "unpriced"})
                           : std::optional<AnalysisGates>(AnalysisGates{});
    const auto page = a ? a->option("--page").value_or("a4") : "";
    const auto dpi = a ? parseDpi(a->option("--dpi").value_or("150")) : std::nullopt;
    const auto timestamp = a ? a->option("--timestamp").value_or(utcTimestamp()) : "";
    std::string problem =
        !a                          ? std::get<std::string>(parsed)
        : a->positional.size() != 1 ? "give exactly one design file"
        : !costOptions              ? std::get<std::string>(shaped)
        : !gates ? "--fail-on takes error, warning, info, targets or unpriced, comma-separated"
        : page != "a4" && page != "letter" ? "--page takes a4 or letter"
        : !dpi ? "--dpi takes a whole number from " + std::to_string(diagram::minimumDiagramDpi) +
                     " to " + std::to_string(diagram::maximumDiagramDpi)
        : a->option("--dpi") && !a->option("--png") ? "--dpi goes with --png"
        : !isIsoTimestamp(timestamp) ? "--timestamp takes an ISO 8601 date or date and time, "
                                       "e.g. 2026-01-31T12:00:00Z, not \"" +
                                           timestamp + "\""
                                     : "";
    if (!problem.empty()) {
        context.err << "resilience review: " << problem << "\n" << usage();
        return ExitUsage;
    }
    int exitCode = ExitOk;
    std::string bytes;
    const auto& file = a->positional.front();
    const auto design = loadDesignForCommand(file, context, exitCode, &bytes);
    if (!design)
        return exitCode;

    auto prices = openActivePrices(*a, context, "review");
    if (!prices)
        return ExitUsage;
    const auto pricingInfo = review::cataloguePricing(prices->catalogue);
    if (!pricingInfo) {
        for (const auto& e : pricingInfo.errors())
            context.err << "resilience review: " << e.toString() << "\n";
        return ExitUsage;
    }

    review::ReviewRequest request;
    request.catalogues = &context.catalogues;
    request.options.cost = costOptions->first;
    request.options.currency = costOptions->second;
    request.options.author = a->option("--author").value_or("");
    request.options.timestamp = timestamp;
    request.options.appVersion = RS_VERSION;
    request.options.fileName = std::filesystem::path(file).filename().string();
    request.options.gates = *gates;
    auto review = buildReview(*design, context.catalogues, bytes, prices->book, request.options,
                              pricingInfo.value());
    if (const auto old = a->option("--baseline")) {
        std::string oldBytes;
        const auto oldDesign = loadDesignForCommand(*old, context, exitCode, &oldBytes);
        if (!oldDesign)
            return exitCode;
        auto options = comparisonOptions(*oldDesign, request.options);
        options.fileName = std::filesystem::path(*old).filename().string();
        review.baseline = std::make_shared<const DesignComparison>(compareDesigns(
            buildReview(*oldDesign, context.catalogues, oldBytes, prices->book, options), review));
    }

    const auto path = [&](const char* option) {
        return QString::fromStdString(a->option(option).value_or(""));
    };
    const bool jsonToStdout = a->option("--json") == "-";
    request.jsonPath = jsonToStdout ? QString() : path("--json");
    request.csvPath = path("--csv");
    request.pngPath = path("--png");
    request.pngDpi = *dpi;
    request.svgPath = path("--svg");
    request.pdfPath = path("--pdf");
    request.pageSize = page == "letter" ? QPageSize::Letter : QPageSize::A4;

    std::unique_ptr<QApplication> app;
    if (!request.pdfPath.isEmpty() || !request.pngPath.isEmpty() || !request.svgPath.isEmpty()) {
        app = guiApplication("PDF, PNG and SVG", problem);
        if (!problem.empty()) {
            context.err << "resilience review: " << problem << "\n";
            return ExitUsage;
        }
    }
    if (auto written = review::exportReview(request, review); !written) {
        for (const auto& e : written.errors())
            context.err << "resilience review: " << e.toString() << "\n";
        return ExitUsage;
    }

    if (jsonToStdout) {
        context.out << writeReviewJson(review);
    } else {
        const auto worstRto = review.worstRegionRto();
        const auto worstRpo = review.worstRegionRpo();
        const auto& v = review.verdicts;
        context.out << file << ": review of \"" << design->name << "\"\n"
                    << "  findings:     " << countsText(review.counts) << "\n"
                    << "  region loss:  RTO "
                    << (worstRto ? formatDuration(worstRto->value()) : "no recovery") << ", RPO "
                    << (worstRpo ? formatDuration(worstRpo->value()) : "unbounded") << " (targets "
                    << formatDuration(review.regionRtoTarget.value()) << " / "
                    << formatDuration(review.regionRpoTarget.value()) << ": "
                    << (v.regionTargetsMet ? "met" : "missed") << ")\n";
        // No "100 %" and no zero total for a design with nothing in it to estimate.
        if (review.nothingToEstimate)
            context.out << "  availability and cost: nothing to estimate: the design has no "
                           "services\n";
        else
            context.out << "  availability: " << formatAvailability(review.availability.total)
                        << "\n"
                        << "  cost:         "
                        << formatTotal(review.cost.total, v.costComplete, review.currency)
                        << " a month, " << formatMoney(review.resiliencePremium(), review.currency)
                        << " of it over the single-region baseline\n";
        if (!v.costComplete)
            context.out << "                " << counted(review.cost.unpricedCount, "usage line")
                        << " could not be priced\n";
        if (review.carbonEstimated)
            context.out << "  emissions:    " << (review.carbon.complete() ? "" : "at least ")
                        << formatNumber(review.carbon.kgCo2e, 3) << " kg CO2e a month ("
                        << counted(review.carbon.unestimatedCount, "usage line")
                        << " not estimated)\n";
        if (const auto& b = review.baseline) {
            context.out << "  since " << b->beforeFile << ": " << elementChangesText(b->elements)
                        << "; findings " << b->findings.added.size() << " new, "
                        << b->findings.removed.size() << " resolved; "
                        << counted(b->verdicts.regionLossesRegressed, "region loss")
                        << " newly missing the targets";
            if (b->cost)
                context.out << "; cost " << costChangeText(b->cost->total, b->currency);
            context.out << "\n";
        }
        printAssumptions(context.out, review);
        for (const auto* option : {"--pdf", "--json", "--csv", "--png", "--svg"}) {
            if (const auto out = a->option(option))
                context.out << "  wrote " << *out << "\n";
        }
    }
    return review.verdicts.passed() ? ExitOk : ExitFailed;
}

} // namespace rs::cli
