#pragma once

#include "core/Id.h"
#include "core/Result.h"
#include "core/Units.h"

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace rs {

/// How often regions go down and for how long: the one outage model the analytic availability
/// and the Monte Carlo both read, so their figures can be compared.
struct OutageModel
{
    double regionOutagesPerYear = 0.75;                 ///< per region, unless overridden below
    std::map<std::string, double> perRegion;            ///< region id -> outages a year
    Seconds meanOutage = 6.0 * 3600.0 * units::seconds; ///< mean length of one region outage
    double commonCauseFraction = 0.0; ///< β: share of outages that hit every region at once

    double outagesPerYear(const std::string& regionId) const;
};

/// The choices behind the figures that no drawing can show: the outage model, whether free
/// tiers count, the billing month. Each is unset until the design sets it; unset means the
/// default below, and the review says which is which.
struct Assumptions
{
    std::optional<double> regionOutagesPerYear;
    std::map<RegionId, double> regionOutagesPerYearByRegion; ///< overrides for single regions
    std::optional<double> meanRegionOutageHours;
    std::optional<double> commonCauseFraction;
    std::optional<bool> freeTiers;
    std::optional<double> hoursPerMonth;
    /// Minutes to point the application at a restored copy (restore-and-redeploy recoveries).
    std::optional<double> redeployMinutes;

    OutageModel outageModel() const;
    bool freeTiersOrDefault() const;
    double hoursPerMonthOrDefault() const;
    Seconds redeployOrDefault() const;
    bool empty() const { return *this == Assumptions{}; }

    bool operator==(const Assumptions&) const = default;
};

/// The defaults and where each comes from (reference/resilience-model.md §3, §6.3; the
/// providers' billing month).
namespace assumption_defaults {
inline constexpr double regionOutagesPerYear = 0.75;
inline constexpr double meanRegionOutageHours = 6.0;
inline constexpr double commonCauseFraction = 0.0;
inline constexpr bool freeTiers = false;
inline constexpr double hoursPerMonth = 730.0;
inline constexpr double redeployMinutes = 15.0;
} // namespace assumption_defaults

/// The ranges a file or an edit may set; outside them an assumption is refused.
namespace assumption_limits {
inline constexpr double maxOutagesPerYear = 365.0;    ///< more than one a day is no region
inline constexpr double maxOutageHours = 8760.0;      ///< a year
inline constexpr double minHoursPerMonth = 672.0;     ///< 28 days
inline constexpr double maxHoursPerMonth = 744.0;     ///< 31 days
inline constexpr double maxRedeployMinutes = 10080.0; ///< a week
} // namespace assumption_limits

/// Which figures an assumption moves: the availability (and Monte Carlo) or the estimate.
enum class AssumptionGroup
{
    OutageModel,
    Cost,
};

/// One assumption in force, as the review lists it.
struct AssumptionInForce
{
    std::string key;   ///< the design file's name ("regionOutagesPerYear", "…/use1")
    std::string label; ///< for people
    std::string value; ///< formatted with its unit
    bool setByDesign = false;
    bool setForRun = false; ///< a command-line flag set it over the design file
    /// Where the default comes from; for a set value, "set by the design" or, when a run set it
    /// over the file, "set for this run".
    std::string source;
    AssumptionGroup group = AssumptionGroup::OutageModel;
};

/// The assumptions of `a` in force, each with where it comes from. `run` holds what a run sets
/// over the design file (the command line's --free-tiers, --hours-per-month): a value of it that
/// differs from the design's is the one listed, as set for this run.
std::vector<AssumptionInForce> assumptionsInForce(const Assumptions& a,
                                                  const Assumptions& run = {});

/// Range errors, each at its pointer under `/assumptions`. `regions` are the design's region
/// ids, for the per-region overrides.
Errors validateAssumptions(const Assumptions& a, const std::vector<RegionId>& regions);

} // namespace rs
