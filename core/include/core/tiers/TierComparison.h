#pragma once

#include "core/cost/CostEngine.h"
#include "core/resilience/Scenario.h"
#include "core/tiers/ResilienceTiers.h"

#include <vector>

namespace rs {

/// One tier of the comparison: what it costs a month and what losing the home region costs in
/// time and data.
struct TierOutcome
{
    ResilienceTier tier = ResilienceTier::SingleRegion;
    bool current = false; ///< the drawn design is this tier
    std::vector<std::string> changes;
    CostEstimate cost;
    ScenarioResult homeRegionLoss; ///< RTO, RPO and their targets
};

/// Derives the five tiers of `design` (deriveTiers()), prices each against `book` and simulates
/// the loss of the home region in each: the trade-off between cost and recovery.
std::vector<TierOutcome> compareTiers(const Design& design, const Catalogues& catalogues,
                                      const PriceBook& book, const CostOptions& options = {});

} // namespace rs
