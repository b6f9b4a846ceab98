#pragma once

#include "core/cost/Money.h"
#include "pricing/VersionDiff.h"

#include <optional>
#include <string>

namespace rs::docks {

/// Two price-table versions compared band by band, and what the open design costs a month under
/// each (the active prices with one version in place of its provider's active one).
struct PriceComparison
{
    pricing::VersionDiff diff;
    std::string designName;             ///< empty when no design was priced
    std::optional<Money> designFrom;    ///< the design under `diff.from`
    std::optional<Money> designTo;      ///< and under `diff.to`
    std::size_t designUnpricedFrom = 0; ///< usage lines `diff.from` leaves unpriced
    std::size_t designUnpricedTo = 0;   ///< and `diff.to`
};

} // namespace rs::docks
