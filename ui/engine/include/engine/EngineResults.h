#pragma once

#include "core/Units.h"
#include "core/cost/CostEngine.h"
#include "core/resilience/Availability.h"
#include "core/resilience/OutageSimulation.h"
#include "core/resilience/Scenario.h"
#include "core/rules/Finding.h"

#include <QMetaType>

#include <array>
#include <cstddef>
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace rs::engine {

/// The monthly cost at one multiple of the design's traffic (requests per month and peak rate).
struct CostCurvePoint
{
    double scale = 1.0;
    Money total;
    std::map<CostCategory, Money> byCategory;
    std::size_t unpriced = 0;
};

/// Everything the live engine computed for one state of the design, handed to the docks in one
/// piece. The fast part (findings, scenarios, availability, cost) always belongs to
/// `generation`; the projections (cost against traffic, Monte Carlo) may still be those of an
/// earlier state while they are recomputed, which `projectionsCurrent` tells.
struct EngineResults
{
    std::uint64_t generation = 0;     ///< which edit these answer; later edits count higher
    std::uint64_t designRevision = 0; ///< changes with the design, not with prices or scale
    std::size_t elementCount = 0;
    std::map<std::string, std::string> labels; ///< element id -> "Orders API (api-use1)"

    Findings findings;
    std::vector<ScenarioResult> scenarios;
    AvailabilityEstimate availability;
    std::optional<double> availabilityTarget; ///< percent, when the design sets one
    Seconds rtoTarget = 0.0 * units::seconds; ///< region loss, as in force (tier default or set)
    Seconds rpoTarget = 0.0 * units::seconds;

    bool priced = false;                 ///< false without a price book: `cost` is then empty
    CostEstimate cost;                   ///< the design as drawn (1x traffic)
    std::optional<double> monthlyBudget; ///< USD

    /// What-if: the elements switched down and the scenario of each (same order).
    std::vector<std::string> down;
    std::vector<ScenarioResult> whatIf;

    double workloadScale = 1.0;            ///< the chosen point of the traffic curve
    std::vector<CostCurvePoint> costCurve; ///< by scale, includes workloadScale
    std::optional<OutageSimulationResult> outages;
    std::uint64_t projectionsGeneration = 0; ///< the generation the two above belong to
    bool projectionsCurrent() const { return projectionsGeneration == generation; }

    double analysisMs = 0.0; ///< worker time of the fast part, for the curious and the bench

    /// The cost point at `workloadScale`, if the curve has been computed.
    const CostCurvePoint* chosenCostPoint() const;
    /// Display label of an element, or its id when the engine did not name it.
    std::string label(const std::string& id) const;
};

/// The point of `curve` at `scale`, or null.
const CostCurvePoint* findCostPoint(const std::vector<CostCurvePoint>& curve, double scale);

/// Findings by severity: [info, warning, error].
std::array<std::size_t, 3> severityCounts(const Findings& findings);

} // namespace rs::engine

Q_DECLARE_METATYPE(rs::engine::EngineResults)
