#pragma once

#include "core/Assumptions.h"
#include "core/Units.h"
#include "core/analysis/Analysis.h"
#include "core/cost/CostEngine.h"

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
/// piece: core's Analysis (findings, scenarios, availability, cost and their verdicts, decided
/// there as for the review and the command line) and what only the GUI needs. The analysis
/// always belongs to `generation`; the projections (cost against traffic, the Monte Carlo in
/// `outages`) may still be those of an earlier state while they are recomputed, which
/// `projectionsCurrent` tells.
struct EngineResults : Analysis
{
    std::uint64_t generation = 0;     ///< which edit these answer; later edits count higher
    std::uint64_t designRevision = 0; ///< changes with the design, not with prices or scale
    std::size_t elementCount = 0;
    std::map<std::string, std::string> labels; ///< element id -> "Orders API (api-use1)"
    /// The design's assumptions the figures rest on, which the docks list beside them.
    Assumptions assumptions;

    /// What-if: the elements switched down and the scenario of each (same order).
    std::vector<std::string> down;
    std::vector<ScenarioResult> whatIf;

    double workloadScale = 1.0;              ///< the chosen point of the traffic curve
    std::vector<CostCurvePoint> costCurve;   ///< by scale, includes workloadScale
    std::uint64_t projectionsGeneration = 0; ///< the generation of the curve and of `outages`
    bool projectionsCurrent() const { return projectionsGeneration == generation; }

    double analysisMs = 0.0; ///< worker time of the fast part, for the curious and the bench

    /// The cost point at `workloadScale`, if the curve has been computed.
    const CostCurvePoint* chosenCostPoint() const;
    /// Display label of an element, or its id when the engine did not name it.
    std::string label(const std::string& id) const;
};

/// The point of `curve` at `scale`, or null.
const CostCurvePoint* findCostPoint(const std::vector<CostCurvePoint>& curve, double scale);

} // namespace rs::engine

Q_DECLARE_METATYPE(rs::engine::EngineResults)
