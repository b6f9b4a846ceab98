#include "CostSummary.h"

#include <algorithm>
#include <sstream>

namespace rs::docks {

namespace {

constexpr std::size_t reasonsKept = 8;

} // namespace

CostSummary summarizeCosts(const engine::EngineResults& results, std::size_t topLines)
{
    CostSummary s;
    s.priced = results.priced;
    s.nothingToEstimate = results.nothingToEstimate;
    s.monthlyBudget = results.monthlyBudget;
    s.budgetMet = results.verdicts.budgetMet;
    s.curve = results.costCurve;
    s.workloadScale = results.workloadScale;
    s.curveCurrent = results.projectionsCurrent();
    if (!results.priced)
        return s;
    const auto& cost = results.cost;
    s.total = cost.total;
    s.byCategory = cost.byCategory;
    s.complete = cost.complete();
    s.unpricedCount = cost.unpricedCount;
    s.borrowedCount = cost.borrowedCount;
    s.bookVersion = cost.bookVersion;

    std::map<std::string, std::map<CostCategory, Money>> amounts;
    std::vector<const CostLine*> priced;
    for (const auto& line : cost.lines) {
        if (line.unpriced) {
            if (s.unpricedReasons.size() < reasonsKept)
                s.unpricedReasons.push_back(results.label(line.elementId) + ": " + line.reason);
            continue;
        }
        amounts[line.region][line.category] += line.amount;
        if (line.amount > Money())
            priced.push_back(&line);
    }
    for (const auto& [region, byCategory] : amounts) {
        if (region != "global")
            s.regions.push_back(region);
    }
    if (amounts.count("global"))
        s.regions.push_back("global");
    for (const auto& [category, name] : EnumNames<CostCategory>::names) {
        auto& row = s.byRegionAndCategory[category];
        for (const auto& region : s.regions) {
            const auto& inRegion = amounts[region];
            const auto it = inRegion.find(category);
            row.push_back(it == inRegion.end() ? Money() : it->second);
        }
    }

    const auto count = std::min(topLines, priced.size());
    std::partial_sort(priced.begin(), priced.begin() + std::ptrdiff_t(count), priced.end(),
                      [](const CostLine* a, const CostLine* b) { return a->amount > b->amount; });
    for (std::size_t i = 0; i < count; ++i) {
        s.topLines.push_back(*priced[i]);
        s.labels[priced[i]->elementId] = results.label(priced[i]->elementId);
    }
    return s;
}

std::string providerVersion(const std::string& bookVersion, Provider provider)
{
    const auto prefix = std::string(enumName(provider)) + ":";
    std::stringstream parts(bookVersion);
    std::string part;
    while (std::getline(parts, part, ',')) {
        if (part.rfind(prefix, 0) == 0)
            return part;
    }
    return bookVersion;
}

} // namespace rs::docks
