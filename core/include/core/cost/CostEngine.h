#pragma once

#include "core/Design.h"
#include "core/DesignIndex.h"
#include "core/EnumNames.h"
#include "core/cost/Money.h"
#include "core/cost/PriceBook.h"
#include "core/cost/UsageKind.h"

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace rs {

/// Why a cost is there: what one region's worth costs, what the other regions add, what moving
/// data between them costs, and what only a multi-region design pays for.
enum class CostCategory
{
    Baseline,
    Redundancy,
    ReplicationAndEgress,
    Premium,
};

template <> struct EnumNames<CostCategory>
{
    static constexpr std::array names{
        std::pair{CostCategory::Baseline, std::string_view{"baseline"}},
        std::pair{CostCategory::Redundancy, std::string_view{"redundancy"}},
        std::pair{CostCategory::ReplicationAndEgress, std::string_view{"replication-and-egress"}},
        std::pair{CostCategory::Premium, std::string_view{"premium"}},
    };
};

struct CostOptions
{
    /// Unset: the design's assumptions (730 h, the providers' billing month, by default).
    std::optional<double> hoursPerMonth;
    /// Count account-level free tiers. Unset: the design's assumptions (off by default). Opt-in
    /// free tiers (Cosmos DB's) count only where the service's opt-in property is set.
    std::optional<bool> freeTiers;
    /// Refuse to let another region's price stand in where the billed region has none: such a
    /// line stays unpriced (PriceLookup says which region would lend otherwise).
    bool strictPrices = false;

    /// These options with what they leave unset taken from the design's assumptions.
    CostOptions resolvedFor(const Design& design) const;
    double hours() const { return hoursPerMonth.value_or(assumption_defaults::hoursPerMonth); }
};

/// One priced quantity of usage, with the price rows (bands) it used.
struct CostLine
{
    CostCategory category = CostCategory::Baseline;
    std::string elementId; ///< the service, link or region the usage belongs to
    std::string region;    ///< provider region code where it is billed, or "global"
    std::string toRegion;  ///< transfer: the destination
    UsageKind usage = UsageKind::ApiRequests;
    double quantity = 0.0; ///< in the usage's own unit (requests, GB, GB-month, ...)
    /// The quantity is usage set by the design on the element; else derived from the workload.
    bool setByDesign = false;
    Money amount;
    std::vector<PriceRow> cited; ///< the free and paid bands this line used
    std::string bookVersion;
    bool unpriced = false;
    std::string reason;       ///< why it is unpriced
    std::string borrowedFrom; ///< the region whose price stood in; empty when priced where billed
};

/// What a design costs in a month, line by line, with totals.
struct CostEstimate
{
    std::vector<CostLine> lines;
    std::map<CostCategory, Money> byCategory;
    std::map<std::string, Money> byRegion; ///< by region code, "global" for global services
    Money total;
    std::size_t unpricedCount = 0;
    std::size_t borrowedCount = 0; ///< lines priced with another region's price
    std::string bookVersion;

    /// Every line priced: the total is the whole cost, not a lower bound ("at least").
    bool complete() const { return unpricedCount == 0; }
};

/// Prices deriveUsage() against the book with the catalogue's pricing rules (and, for data
/// transfer, each provider's transfer keys). Free allowances are shared account-wide and taken
/// once, region by region in region-id order. Where the billed region has no price, the nearest
/// region of its provider with one lends it (PriceLookup; not with `strictPrices`) and the line
/// says so in `borrowedFrom`. Usage that cannot be priced is kept as an unpriced line that says
/// why.
CostEstimate estimateCost(const DesignIndex& design, const PriceBook& book,
                          const CostOptions& options = {});

} // namespace rs
