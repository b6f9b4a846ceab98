#include "EstimateReport.h"

#include "AssumptionsText.h"
#include "DesignInput.h"
#include "core/carbon/CarbonTables.h"

#include <map>

namespace rs::cli {

namespace {

std::string kg(double value, bool complete = true)
{
    return (complete ? "" : "at least ") + formatNumber(value, 3) + " kg CO2e";
}

/// The emissions of the same usage the estimate priced: by category and region, each region's
/// grid factor with its source, and what could not be estimated.
void printEmissions(std::ostream& out, const Review& review)
{
    const auto& e = review.carbon;
    const auto& tables = CarbonTables::builtIn();
    out << "emissions: " << kg(e.kgCo2e, e.complete()) << " a month, " << formatNumber(e.kwh, 1)
        << " kWh (Cloud Carbon Footprint method)\n";
    for (const auto& [category, value] : e.kgByCategory)
        out << "  " << enumName(category) << ": " << kg(value) << "\n";
    out << "emissions by region:\n";
    for (const auto& [code, region] : review.design.regions) {
        const auto* f = tables.factor(region.provider, region.code);
        out << "  " << region.code << ": " << kg(e.kgIn(region.code));
        if (f)
            out << " (grid " << formatNumber(f->gramsPerKwh, 1) << " g/kWh, " << f->sourceId << ", "
                << f->period << ")\n";
        else
            out << " (no grid factor: its usage is unestimated)\n";
    }
    if (!e.complete()) {
        out << counted(e.unestimatedCount, "usage line")
            << " could not be estimated, so the total is a lower bound:\n";
        std::map<std::string, std::size_t> reasons;
        for (const auto& l : e.lines) {
            if (l.unestimated)
                ++reasons[l.reason];
        }
        for (const auto& [reason, n] : reasons)
            out << "  " << n << " x " << reason << "\n";
    }
}

std::string tierRto(const ScenarioResult& r)
{
    return r.rto ? formatDuration(r.rto->worst.value()) : "no failover";
}

std::string tierRpo(const ScenarioResult& r)
{
    return r.dataLossUnbounded ? "data lost" : r.rpo ? formatDuration(r.rpo->value()) : "none";
}

void printTiers(std::ostream& out, const Review& review)
{
    const auto& currency = review.currency;
    out << "resilience tiers (losing the home region):\n";
    for (const auto& t : review.tiers) {
        const auto& loss = t.homeRegionLoss;
        const auto verdict = judgeScenario(loss);
        out << "  " << (t.current ? "* " : "  ") << enumName(t.tier) << ": "
            << formatTotal(t.cost.total, t.cost.complete(), currency) << "/month, RTO "
            << tierRto(loss) << (verdict.rtoMet ? "" : " (misses target)") << ", RPO "
            << tierRpo(loss) << (verdict.rpoMet ? "" : " (misses target)");
        if (t.homeRegionLossFixed)
            out << "; fixed: RTO " << tierRto(*t.homeRegionLossFixed) << ", RPO "
                << tierRpo(*t.homeRegionLossFixed);
        if (review.carbonEstimated)
            out << ", " << kg(t.emissions.kgCo2e, t.emissions.complete()) << "/month";
        if (!t.cost.complete())
            out << ", incomplete: " << counted(t.cost.unpricedCount, "unpriced line");
        out << "\n";
        // How the tier was derived, so a figure unlike the design's says why.
        if (!t.current) {
            out << "     ";
            for (const auto& change : t.changes)
                out << (&change == &t.changes.front() ? " " : "; ") << change;
            out << "\n";
        }
    }
    if (!review.tierBlockers.empty()) {
        out << "  no tier recovers while these stay in the home region alone:";
        for (const auto& id : review.tierBlockers)
            out << " " << id;
        out << "\n  (\"fixed\": what each tier achieves with each region given its own copy)\n";
    }
    out << "  (* the design as drawn: its own estimate and scenario)\n";
}

} // namespace

void printEstimateText(std::ostream& out, const std::string& file, const Review& review)
{
    const auto& estimate = review.cost;
    const auto& currency = review.currency;
    const auto money = [&](Money usd) { return formatMoney(usd, currency); };
    if (review.nothingToEstimate) {
        out << file << ": nothing to estimate: the design has no services\n";
        return;
    }
    out << file << ": " << formatTotal(estimate.total, estimate.complete(), currency)
        << " a month (prices " << estimate.bookVersion << ", "
        << formatNumber(review.costOptions.hours(), 0) << " hours a month, free tiers "
        << (review.costOptions.freeTiers.value_or(false) ? "counted" : "left out");
    if (!currency.isUsd())
        out << ", " << currency.describe();
    out << ")\n";
    for (const auto& [category, amount] : estimate.byCategory)
        out << "  " << enumName(category) << ": " << money(amount) << "\n";
    out << "by region:\n";
    for (const auto& [region, amount] : estimate.byRegion)
        out << "  " << region << ": " << money(amount) << "\n";
    out << "largest lines:\n";
    for (const auto i : review.topLines) {
        const auto& l = estimate.lines[i];
        out << "  " << money(l.amount) << "  " << l.elementId << " " << enumName(l.usage) << " "
            << formatNumber(l.quantity, 2) << " in " << l.region;
        if (!l.cited.empty()) {
            const auto& r = l.cited.back();
            out << "  [" << r.key << " " << r.price.toString(12) << " USD/" << r.unit << ", "
                << r.source << " " << r.effectiveDate << ", " << enumName(r.confidence) << "]";
        }
        if (!l.borrowedFrom.empty())
            out << "  (borrowed from " << l.borrowedFrom << ")";
        if (l.setByDesign)
            out << "  (usage set by the design)";
        out << "\n";
    }
    if (estimate.borrowedCount > 0) {
        out << counted(estimate.borrowedCount, "usage line")
            << " priced with another region's price:\n";
        for (const auto& l : estimate.lines) {
            if (!l.borrowedFrom.empty())
                out << "  " << l.elementId << " " << enumName(l.usage) << " in " << l.region
                    << ": borrowed from " << l.borrowedFrom << "\n";
        }
    }
    if (!estimate.complete())
        out << counted(estimate.unpricedCount, "usage line")
            << " could not be priced (no price for that item in that region), so the total is "
               "a lower bound; see --json\n";
    if (review.carbonEstimated)
        printEmissions(out, review);
    if (review.parts.tiers && !review.tiers.empty())
        printTiers(out, review);
    printAssumptions(out, review, AssumptionGroup::Cost);
}

} // namespace rs::cli
