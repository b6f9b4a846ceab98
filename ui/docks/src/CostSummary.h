#pragma once

#include "core/cost/CostEngine.h"
#include "engine/EngineResults.h"

#include <map>
#include <string>
#include <vector>

namespace rs::docks {

/// What the costs dock shows, taken from the engine's results: small enough to keep and redraw
/// in another currency without holding on to the results.
struct CostSummary
{
    bool priced = false;
    bool nothingToEstimate = false; ///< the design has no services
    Money total;
    std::map<CostCategory, Money> byCategory;
    /// Billing regions in the order the chart shows them (region codes, "global" last), and the
    /// amount of each category in each of them.
    std::vector<std::string> regions;
    std::map<CostCategory, std::vector<Money>> byRegionAndCategory;
    std::vector<CostLine> topLines;            ///< the largest priced lines, largest first
    std::map<std::string, std::string> labels; ///< names of the top lines' elements
    bool complete = true; ///< every line priced; otherwise the total is a lower bound
    std::size_t unpricedCount = 0;
    std::size_t borrowedCount = 0;            ///< lines priced with another region's price
    std::vector<std::string> unpricedReasons; ///< the first few, "element: reason"
    std::string bookVersion;
    std::optional<double> monthlyBudget;
    std::optional<bool> budgetMet; ///< the analysis' verdict; nothing: cannot tell
    std::vector<engine::CostCurvePoint> curve;
    double workloadScale = 1.0;
    bool curveCurrent = false; ///< false: the curve is an earlier state's, drawn as updating
};

CostSummary summarizeCosts(const engine::EngineResults& results, std::size_t topLines);

/// The part of a price book version naming `provider`: "aws:3" in "aws:3,azure:2"; the whole
/// version when it does not name providers.
std::string providerVersion(const std::string& bookVersion, Provider provider);

} // namespace rs::docks
