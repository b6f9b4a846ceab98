#include "core/cost/GraduatedPrice.h"

#include <algorithm>
#include <cassert>

namespace rs {

Money graduatedCost(std::span<const PriceTier> tiers, double quantity, double alreadyBilled)
{
    assert(std::is_sorted(tiers.begin(), tiers.end(), [](const PriceTier& a, const PriceTier& b) {
        return a.start < b.start;
    }));
    Money total;
    if (tiers.empty() || quantity <= 0.0)
        return total;
    const double from = alreadyBilled;
    const double to = alreadyBilled + quantity;
    for (std::size_t i = 0; i < tiers.size(); ++i) {
        const auto& tier = tiers[i];
        const bool last = i + 1 == tiers.size();
        const double bandEnd = last ? to : tier.end.value_or(to);
        const double lo = std::max(from, tier.start);
        const double hi = std::min(to, bandEnd);
        if (hi > lo)
            total += tier.price.times(hi - lo);
    }
    return total;
}

} // namespace rs
