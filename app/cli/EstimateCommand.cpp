#include "EstimateCommand.h"

#include "CommandLine.h"
#include "DesignInput.h"
#include "core/DesignIndex.h"
#include "core/cost/CostEngine.h"
#include "pricing/PriceCatalogue.h"

#include <nlohmann/json.hpp>

#include <algorithm>

namespace rs::cli {

namespace {

nlohmann::ordered_json rowJson(const PriceRow& r)
{
    return {{"key", r.key},
            {"sku", r.sku},
            {"usageType", r.usageType},
            {"region", r.region},
            {"unit", r.unit},
            {"price", r.price.toString(12)},
            {"effectiveDate", r.effectiveDate},
            {"source", r.source},
            {"confidence", enumName(r.confidence)}};
}

nlohmann::ordered_json estimateJson(const CostEstimate& e, const std::string& file)
{
    nlohmann::ordered_json out;
    out["file"] = file;
    out["priceBookVersion"] = e.bookVersion;
    out["currency"] = "USD";
    out["total"] = e.total.toString(2);
    out["byCategory"] = nlohmann::ordered_json::object();
    for (const auto& [category, amount] : e.byCategory)
        out["byCategory"][std::string(enumName(category))] = amount.toString(2);
    out["byRegion"] = nlohmann::ordered_json::object();
    for (const auto& [region, amount] : e.byRegion)
        out["byRegion"][region] = amount.toString(2);
    out["unpriced"] = e.unpricedCount;
    out["lines"] = nlohmann::ordered_json::array();
    for (const auto& l : e.lines) {
        nlohmann::ordered_json line{{"category", enumName(l.category)},
                                    {"element", l.elementId},
                                    {"region", l.region},
                                    {"usage", enumName(l.usage)},
                                    {"quantity", l.quantity},
                                    {"amount", l.amount.toString(6)},
                                    {"unpriced", l.unpriced}};
        if (!l.toRegion.empty())
            line["toRegion"] = l.toRegion;
        if (l.unpriced)
            line["reason"] = l.reason;
        line["rows"] = nlohmann::ordered_json::array();
        for (const auto& r : l.cited)
            line["rows"].push_back(rowJson(r));
        out["lines"].push_back(std::move(line));
    }
    return out;
}

void printEstimate(std::ostream& out, const CostEstimate& e, const std::string& file)
{
    out << file << ": " << e.total.toString(2) << " USD a month (prices " << e.bookVersion << ")\n";
    for (const auto& [category, amount] : e.byCategory)
        out << "  " << enumName(category) << ": " << amount.toString(2) << "\n";
    out << "by region:\n";
    for (const auto& [region, amount] : e.byRegion)
        out << "  " << region << ": " << amount.toString(2) << "\n";
    std::vector<const CostLine*> priced;
    for (const auto& l : e.lines) {
        if (!l.unpriced && l.amount > Money())
            priced.push_back(&l);
    }
    std::sort(priced.begin(), priced.end(),
              [](const CostLine* a, const CostLine* b) { return a->amount > b->amount; });
    out << "largest lines:\n";
    for (std::size_t i = 0; i < std::min<std::size_t>(priced.size(), 10); ++i) {
        const auto& l = *priced[i];
        out << "  " << l.amount.toString(2) << "  " << l.elementId << " " << enumName(l.usage)
            << " " << formatNumber(l.quantity, 2) << " in " << l.region;
        if (!l.cited.empty()) {
            const auto& r = l.cited.back();
            out << "  [" << r.key << " " << r.price.toString(12) << "/" << r.unit << ", "
                << r.source << " " << r.effectiveDate << ", " << enumName(r.confidence) << "]";
        }
        out << "\n";
    }
    if (e.unpricedCount > 0)
        out << counted(e.unpricedCount, "usage line")
            << " could not be priced (no price for that item in that region); see --json\n";
}

} // namespace

std::string_view EstimateCommand::usage() const
{
    return "Usage: resilience estimate FILE [--catalog PATH] [--json]\n\n"
           "Prices the design's monthly usage against the active price-table versions: totals\n"
           "by category (baseline, redundancy, replication and egress, premium) and region,\n"
           "every line citing its price rows. Usage with no price in its region is listed as\n"
           "unpriced, never dropped.\n\n"
           "  --catalog PATH  the price catalogue (default: the user's, created on first use)\n"
           "  --json          every line with its price rows\n\n"
           "Exit codes: 0 done, 1 invalid design, 2 usage error or unreadable file/catalogue.\n";
}

int EstimateCommand::run(const std::vector<std::string>& args, CommandContext& context) const
{
    const auto parsed = parseArgs(args, {{"--json"}, {"--catalog"}});
    const auto* a = std::get_if<ParsedArgs>(&parsed);
    if (!a || a->positional.size() != 1) {
        context.err << "resilience estimate: "
                    << (a ? "give exactly one design file" : std::get<std::string>(parsed)) << "\n"
                    << usage();
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
    const auto estimate = estimateCost(DesignIndex(*design, context.catalogues), book.value());
    if (a->has("--json"))
        context.out << estimateJson(estimate, a->positional.front()).dump(2) << "\n";
    else
        printEstimate(context.out, estimate, a->positional.front());
    return ExitOk;
}

} // namespace rs::cli
