#pragma once

#include "core/carbon/CarbonEstimate.h"
#include "core/cost/CostEngine.h"
#include "core/resilience/Scenario.h"
#include "core/tiers/ResilienceTiers.h"

#include <optional>
#include <string>
#include <vector>

namespace rs {

/// One tier of the comparison: what it costs a month and what losing the home region costs in
/// time and data.
struct TierOutcome
{
    ResilienceTier tier = ResilienceTier::SingleRegion;
    bool current = false; ///< the drawn design is this tier: cost and loss are the design's own
    std::vector<std::string> changes;
    CostEstimate cost;             ///< complete() or not: an incomplete total is a lower bound
    CarbonEstimate emissions;      ///< of `cost`'s usage, when the comparison was given tables
    ScenarioResult homeRegionLoss; ///< RTO, RPO and their targets
    /// The loss again with the comparison's blockers fixed (each given its own copy in the
    /// regions that use it); set only when there are blockers.
    std::optional<ScenarioResult> homeRegionLossFixed;
};

/// What the drawn design already computed, so its tier's row is the design's own estimate and
/// scenario rather than a re-derived copy that could differ.
struct DrawnResults
{
    const CostEstimate* cost = nullptr;
    const ScenarioResult* homeRegionLoss = nullptr;
    const CarbonEstimate* emissions = nullptr;
};

/// The services that defeat every tier with a standby stack (pilot light, warm standby,
/// active-active): each breaks the home-region loss of all of them, so no tier recovers while
/// it stands. Empty when some tier recovers, or for a design with fewer than those tiers.
std::vector<std::string> tierBlockers(const std::vector<TierOutcome>& outcomes);

/// Derives the five tiers of `design` (deriveTiers()), prices each against `book` and simulates
/// the loss of the home region in each: the trade-off between cost and recovery. The drawn
/// tier's row takes `drawn`'s results where given, else prices and simulates the design as
/// drawn. When tierBlockers() names services, every tier is simulated again with them fixed
/// (homeRegionLossFixed), so the tiers are still compared on what they would achieve. With
/// `carbon`, each tier's emissions are estimated from its cost lines.
std::vector<TierOutcome> compareTiers(const Design& design, const Catalogues& catalogues,
                                      const PriceBook& book, const CostOptions& options = {},
                                      const DrawnResults& drawn = {},
                                      const CarbonTables* carbon = nullptr);

} // namespace rs
