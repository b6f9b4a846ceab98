#include "core/tiers/TierComparison.h"

#include "core/DesignIndex.h"

#include <algorithm>
#include <set>

namespace rs {

namespace {

/// The services that keep the flows of one home-region loss from recovering.
std::set<std::string> blockersOf(const ScenarioResult& loss)
{
    std::set<std::string> out;
    for (const auto& flow : loss.flows) {
        if (flow.affected && !flow.survives)
            out.insert(flow.brokenBy.begin(), flow.brokenBy.end());
    }
    return out;
}

bool hasStandbyStack(ResilienceTier tier)
{
    return tier >= ResilienceTier::PilotLight;
}

} // namespace

std::vector<std::string> tierBlockers(const std::vector<TierOutcome>& outcomes)
{
    std::optional<std::set<std::string>> common;
    for (const auto& o : outcomes) {
        if (!hasStandbyStack(o.tier))
            continue;
        if (o.homeRegionLoss.rto)
            return {}; // this tier recovers: nothing defeats every tier
        auto mine = blockersOf(o.homeRegionLoss);
        if (common) {
            std::set<std::string> both;
            std::set_intersection(common->begin(), common->end(), mine.begin(), mine.end(),
                                  std::inserter(both, both.end()));
            mine = std::move(both);
        }
        common = std::move(mine);
    }
    return common ? std::vector<std::string>(common->begin(), common->end())
                  : std::vector<std::string>{};
}

std::vector<TierOutcome> compareTiers(const Design& design, const Catalogues& catalogues,
                                      const PriceBook& book, const CostOptions& options,
                                      const DrawnResults& drawn, const CarbonTables* carbon)
{
    const double hours = options.resolvedFor(design).hours();
    const DesignIndex drawnIndex(design, catalogues);
    const auto* home = drawnIndex.homeRegion();
    if (!home)
        return {};
    const Disruption homeLoss{DisruptionKind::RegionDown, home->id.value};
    const auto current = currentTier(design);
    std::vector<TierOutcome> out;
    std::vector<Design> designs; // as each row was judged, to fix its blockers in
    for (auto& derived : deriveTiers(design, catalogues)) {
        TierOutcome outcome;
        outcome.tier = derived.tier;
        outcome.current = derived.tier == current;
        if (outcome.current) {
            // The design's own figures: the row must equal its estimate and scenario exactly.
            outcome.changes = {"the design as drawn"};
            outcome.cost = drawn.cost ? *drawn.cost : estimateCost(drawnIndex, book, options);
            outcome.homeRegionLoss =
                drawn.homeRegionLoss ? *drawn.homeRegionLoss : simulate(drawnIndex, homeLoss);
            if (carbon)
                outcome.emissions =
                    drawn.emissions ? *drawn.emissions
                                    : estimateEmissions(drawnIndex, outcome.cost, *carbon, hours);
            designs.push_back(design);
        } else {
            const DesignIndex index(derived.design, catalogues);
            outcome.changes = std::move(derived.changes);
            outcome.cost = estimateCost(index, book, options);
            outcome.homeRegionLoss = simulate(index, homeLoss);
            if (carbon)
                outcome.emissions = estimateEmissions(index, outcome.cost, *carbon, hours);
            designs.push_back(std::move(derived.design));
        }
        out.push_back(std::move(outcome));
    }
    const auto blockers = tierBlockers(out);
    if (blockers.empty())
        return out;
    for (std::size_t i = 0; i < out.size(); ++i) {
        giveEachRegionItsOwn(designs[i], home->id, blockers);
        out[i].homeRegionLossFixed = simulate(DesignIndex(designs[i], catalogues), homeLoss);
    }
    return out;
}

} // namespace rs
