#pragma once

#include "core/cost/Money.h"

#include <optional>
#include <span>

namespace rs {

/// One band of a graduated price: units from `start` up to `end` (unbounded when unset) cost
/// `price` each. A free allowance is a band at price 0.
struct PriceTier
{
    double start = 0.0;
    std::optional<double> end;
    Money price;
};

/// The cost of `quantity` units under graduated tiers, each unit priced by the band it falls in,
/// when `alreadyBilled` units were billed before in the same month (a free tier or a volume
/// discount shared across regions continues where the last region left off). Tiers must be
/// sorted by start and contiguous; units beyond the last band are charged at its price.
Money graduatedCost(std::span<const PriceTier> tiers, double quantity, double alreadyBilled = 0.0);

} // namespace rs
