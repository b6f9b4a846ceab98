#pragma once

#include "core/cost/CostEngine.h"
#include "core/cost/DisplayCurrency.h"
#include "core/tiers/TierComparison.h"

#include <nlohmann/json.hpp>

#include <ostream>
#include <string>
#include <vector>

namespace rs::cli {

/// What `resilience estimate` prints: the estimate (and the tier comparison) as text for people
/// or JSON for machines, amounts in the display currency.
struct EstimateReport
{
    std::string file;
    CostEstimate estimate;
    CostOptions options;
    DisplayCurrency currency;
    std::vector<TierOutcome> tiers; ///< empty unless asked for

    void printText(std::ostream& out) const;
    nlohmann::ordered_json toJson() const;
};

} // namespace rs::cli
