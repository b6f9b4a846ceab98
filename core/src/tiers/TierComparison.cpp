#include "core/tiers/TierComparison.h"

#include "core/DesignIndex.h"

namespace rs {

std::vector<TierOutcome> compareTiers(const Design& design, const Catalogues& catalogues,
                                      const PriceBook& book, const CostOptions& options)
{
    const DesignIndex drawn(design, catalogues);
    const auto* home = drawn.homeRegion();
    const auto current = currentTier(design);
    std::vector<TierOutcome> out;
    for (auto& derived : deriveTiers(design, catalogues)) {
        const DesignIndex index(derived.design, catalogues);
        TierOutcome outcome;
        outcome.tier = derived.tier;
        outcome.current = derived.tier == current;
        outcome.changes = std::move(derived.changes);
        outcome.cost = estimateCost(index, book, options);
        outcome.homeRegionLoss = simulate(index, {DisruptionKind::RegionDown, home->id.value});
        out.push_back(std::move(outcome));
    }
    return out;
}

} // namespace rs
