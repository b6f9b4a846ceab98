#pragma once

#include "core/compare/ElementMatch.h"
#include "core/review/Review.h"

#include <optional>
#include <string>
#include <vector>

namespace rs {

/// One amount before and after, with whether each side priced all of its usage.
struct CostDelta
{
    std::string key; ///< the category, region code or element id (as the second design names it)
    Money before;
    Money after;
    bool beforeComplete = true;
    bool afterComplete = true;

    Money change() const { return after - before; }
    /// Both sides priced in full: otherwise the change is only what the priced lines show.
    bool complete() const { return beforeComplete && afterComplete; }
    /// The change as a percent of `before`; nothing when before is zero.
    std::optional<double> percent() const;
};

/// The two estimates side by side: total, by category, by region and by element (the service,
/// link or region a line belongs to). Only when both designs were priced.
struct CostComparison
{
    CostDelta total;
    std::vector<CostDelta> byCategory; ///< in CostCategory order
    std::vector<CostDelta> byRegion;   ///< by region code
    std::vector<CostDelta> byElement;  ///< only those whose amount changed, largest change first
    std::size_t beforeUnpriced = 0;
    std::size_t afterUnpriced = 0;
};

/// What became of a verdict between the two designs.
enum class VerdictChange
{
    Same,
    Improved,  ///< missed its targets, now meets them
    Regressed, ///< met its targets, now misses one
    Added,     ///< only the second design can lose this region
    Removed,   ///< only the first could
};

template <> struct EnumNames<VerdictChange>
{
    static constexpr std::array names{
        std::pair{VerdictChange::Same, std::string_view{"same"}},
        std::pair{VerdictChange::Improved, std::string_view{"improved"}},
        std::pair{VerdictChange::Regressed, std::string_view{"regressed"}},
        std::pair{VerdictChange::Added, std::string_view{"added"}},
        std::pair{VerdictChange::Removed, std::string_view{"removed"}},
    };
};

/// Losing one region (paired across the designs like any element), before and after.
struct RegionLossComparison
{
    std::string regionId; ///< as the second design names it, else the first
    std::optional<ScenarioResult> before;
    std::optional<ScenarioResult> after;
    VerdictChange change = VerdictChange::Same;
};

/// A finding as the comparison pairs it: its rule and its elements, named as in the second
/// design. The same rule on the same elements is the same finding, whatever its message says.
struct FindingsComparison
{
    Findings added;     ///< named as in the second design
    Findings removed;   ///< named as in the first design
    Findings unchanged; ///< named as in the second design
};

/// One assumption in force whose value differs, or that only one design has.
struct AssumptionDiff
{
    std::string key;
    std::string label;
    std::string before; ///< empty when the first design has none
    std::string after;
};

/// The CI gates of `resilience compare --fail-on`.
struct ComparisonGates
{
    bool targets = false; ///< a region loss that met its targets now misses one
    std::optional<Severity> newFindingsAtOrAbove;
    std::optional<Money> costGrowthOver; ///< USD a month
    std::optional<double> costGrowthPercentOver;

    bool any() const
    {
        return targets || newFindingsAtOrAbove || costGrowthOver || costGrowthPercentOver;
    }
};

struct ComparisonVerdicts
{
    std::size_t regionLossesRegressed = 0;
    std::size_t regionLossesImproved = 0;
    std::size_t newFindingsAtOrAbove = 0; ///< added findings at or above the gate's severity
    bool targetsGateFailed = false;
    bool findingsGateFailed = false;
    bool costGateFailed = false;

    bool passed() const { return !targetsGateFailed && !findingsGateFailed && !costGateFailed; }
};

/// Two designs compared: which elements were added, removed, renamed or changed, and how each
/// result of their analyses moved. Every figure is read from the two reviews' analyses, never
/// recomputed, so the comparison cannot disagree with either design's own review.
struct DesignComparison
{
    std::string beforeName;
    std::string afterName;
    std::string beforeFile;
    std::string afterFile;
    DisplayCurrency currency; ///< the second review's

    ElementMatch elements;
    bool findingsCompared = false;
    FindingsComparison findings;
    bool scenariosCompared = false;
    Seconds rtoTargetBefore = 0.0 * units::seconds;
    Seconds rtoTargetAfter = 0.0 * units::seconds;
    Seconds rpoTargetBefore = 0.0 * units::seconds;
    Seconds rpoTargetAfter = 0.0 * units::seconds;
    std::vector<RegionLossComparison> regionLosses;
    /// Each analysis's worst region-loss RTO and RPO (Analysis::worstRegionRto()): nothing when
    /// a loss cannot be recovered from or loses data without bound.
    std::optional<Seconds> worstRtoBefore;
    std::optional<Seconds> worstRtoAfter;
    std::optional<Seconds> worstRpoBefore;
    std::optional<Seconds> worstRpoAfter;
    /// Nothing on a side that did not estimate it (no services, or not asked for).
    std::optional<double> availabilityBefore;
    std::optional<double> availabilityAfter;
    std::optional<bool> availabilityObjectiveMetBefore;
    std::optional<bool> availabilityObjectiveMetAfter;
    std::optional<CostComparison> cost; ///< both designs priced
    std::vector<AssumptionDiff> assumptions;

    ComparisonGates gates;
    ComparisonVerdicts verdicts;
};

/// `options` as a comparison analyses `design` with: only what it compares, so two analyses for
/// it cost about one full one. No tiers (the design rebuilt five times) and no outage
/// simulation; of the scenarios only the region losses.
ReviewOptions comparisonOptions(const Design& design, ReviewOptions options);

/// Compares two reviews' designs and results. The reviews may be of different providers or have
/// nothing in common: everything is then added and removed.
DesignComparison compareDesigns(const Review& before, const Review& after,
                                const ComparisonGates& gates = {});

} // namespace rs
