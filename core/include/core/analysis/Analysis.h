#pragma once

#include "core/DesignIndex.h"
#include "core/carbon/CarbonEstimate.h"
#include "core/cost/CostEngine.h"
#include "core/resilience/Availability.h"
#include "core/resilience/OutageSimulation.h"
#include "core/resilience/Scenario.h"
#include "core/rules/Finding.h"
#include "core/tiers/TierComparison.h"

#include <array>
#include <cstddef>
#include <functional>
#include <optional>
#include <string_view>
#include <vector>

namespace rs {

/// Which results an analysis computes. A caller that needs less asks for less: `check` wants
/// the findings only, `estimate` the cost (and the tiers), the review everything.
struct AnalysisParts
{
    bool findings = true;
    bool scenarios = true;
    bool availability = true;
    bool outages = true;
    bool cost = true;   ///< needs a price book
    bool tiers = false; ///< needs a price book; rebuilds the design five times
    /// Needs a price book: the emissions of the usage priced (and of each tier, with `tiers`).
    bool carbon = false;

    static AnalysisParts none() { return {false, false, false, false, false, false, false}; }
};

/// The CI gates a run is held to. Each one asked for fails the run when it trips.
struct AnalysisGates
{
    std::optional<Severity> findingsAtOrAbove; ///< `--fail-on SEVERITY`
    bool targets = false;  ///< a region or zone loss misses RTO, RPO, capacity or residency
    bool unpriced = false; ///< some usage could not be priced

    bool any() const { return findingsAtOrAbove || targets || unpriced; }
};

struct AnalysisOptions
{
    AnalysisParts parts;
    CostOptions cost;
    AvailabilityParameters availability;
    OutageSimulationParameters outages;
    AnalysisGates gates;
    /// Only these disruptions instead of every one the design can suffer (`simulate --region`).
    std::optional<std::vector<Disruption>> disruptions;
    /// Simulate the scenarios on a second thread beside the rules and the estimate, so a live
    /// run takes as long as the longer share on a second core.
    bool parallel = false;
};

/// How many findings of each severity: info, warning, error (Severity's order).
using SeverityCounts = std::array<std::size_t, 3>;

/// Whether one scenario meets the region targets. The one definition every output shows: the
/// JSON review, the PDF, the docks and the command line's exit code.
struct ScenarioVerdict
{
    bool gated = false; ///< a region loss: the targets are per region loss, the rest is reported
    bool rtoMet = false;
    bool rpoMet = false;
    bool capacityMet = false;
    bool residencyMet = false;

    bool targetsMet() const { return rtoMet && rpoMet && capacityMet && residencyMet; }
    /// The targets missed, as every output names them: "RTO", "RPO", "capacity", "residency".
    std::vector<std::string_view> missed() const;
    /// Not a region loss, or one that meets every target.
    bool passes() const { return !gated || targetsMet(); }
};

ScenarioVerdict judgeScenario(const ScenarioResult& scenario);

/// Every verdict of a run, decided once.
struct AnalysisVerdicts
{
    /// Every region loss analysed meets RTO, RPO, capacity and residency (true when none was).
    bool regionTargetsMet = true;
    std::size_t regionLossesMissed = 0;
    /// Every zone loss meets the zone RTO and RPO (true when none was analysed).
    bool zoneTargetsMet = true;
    std::size_t zoneLossesMissed = 0;
    /// Nothing: no objective set, or availability not computed.
    std::optional<bool> availabilityObjectiveMet;
    /// Nothing: no budget, no estimate, or a total that is under the budget but incomplete (so
    /// the real cost may still exceed it). An incomplete total over budget is a miss.
    std::optional<bool> budgetMet;
    /// Every cost line priced (true when no estimate was made).
    bool costComplete = true;

    bool findingsGateFailed = false;
    bool targetsGateFailed = false;
    bool unpricedGateFailed = false;
    /// No gate asked for tripped: the exit code of a CI run.
    bool passed() const { return !findingsGateFailed && !targetsGateFailed && !unpricedGateFailed; }
};

/// The engine's results for one design: findings, scenarios, availability, the outage
/// simulation, the estimate and the tiers, with every verdict on them. The review, the live
/// engine and each command-line command read this one result, so no two outputs disagree.
struct Analysis
{
    AnalysisParts parts; ///< what was computed; the other results are empty
    AnalysisGates gates; ///< what the verdicts gate on

    Findings findings;
    SeverityCounts counts{};
    std::vector<ScenarioResult> scenarios;
    AvailabilityEstimate availability;
    std::optional<OutageSimulationResult> outages;
    /// The design has no services: there is no availability, cost or tier to estimate, and
    /// every output says so instead of showing zeros.
    bool nothingToEstimate = false;
    bool priced = false; ///< an estimate was made: `cost` (and `tiers`) hold it
    CostEstimate cost;
    /// The emissions of `cost`'s usage (parts.carbon), from the built-in carbon tables.
    bool carbonEstimated = false;
    CarbonEstimate carbon;
    /// The drawn tier's row is `cost` (and `carbon`) and its home-region loss.
    std::vector<TierOutcome> tiers;
    /// What defeats every tier (tierBlockers()), named once; the tiers then carry what they
    /// would achieve with it fixed.
    std::vector<std::string> tierBlockers;

    // The targets in force (the design's, else its tier's defaults).
    Seconds regionRtoTarget = 0.0 * units::seconds;
    Seconds regionRpoTarget = 0.0 * units::seconds;
    std::optional<double> availabilityTarget; ///< percent, when the design sets one
    std::optional<double> monthlyBudget;      ///< USD, when the design sets one

    AnalysisVerdicts verdicts;

    /// The region-down scenarios, the ones the targets gate.
    std::vector<const ScenarioResult*> regionLossScenarios() const;
    /// The worst region-loss RTO (worst case) and RPO; nothing when a loss cannot be recovered
    /// from or loses data without bound.
    std::optional<Seconds> worstRegionRto() const;
    std::optional<Seconds> worstRegionRpo() const;
    /// Total minus the single-region baseline: what resilience adds each month (USD).
    Money resiliencePremium() const;
};

/// Analyses `design` (with the catalogues the index holds) against `book` (none: no cost, no
/// tiers). Pure: the same inputs give the same result on any thread. Nothing when `stop` says so
/// between two parts (a newer edit made the run pointless).
std::optional<Analysis> analyseDesign(const DesignIndex& design, const PriceBook* book,
                                      const AnalysisOptions& options,
                                      const std::function<bool()>& stop = {});

} // namespace rs
