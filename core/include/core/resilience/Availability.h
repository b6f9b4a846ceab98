#pragma once

#include "core/Assumptions.h"
#include "core/DesignIndex.h"
#include "core/Units.h"
#include "core/resilience/FailoverModel.h"

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

namespace rs {

/// The year availability figures are stated over: 8760 h = 12 billing months of 730 h.
inline constexpr double secondsPerYear = 12.0 * secondsPerBillingMonth;

/// Capacities are percents typed by people: a sum within this of the need meets it. The
/// analytic estimate and the Monte Carlo judge capacity with the same tolerance.
inline constexpr double capacityTolerance = 1e-9;

/// What a region's unavailability is taken from.
enum class AvailabilityBasis
{
    /// The design's outage model: a region with r outages a year of mean length D is down
    /// r·D / (T_year + r·D) of the time. The estimate, and what the Monte Carlo samples.
    OutageModel,
    /// The product of the services' SLAs along the flows (§6.3, worked example A): the floor the
    /// contracts promise, not a forecast.
    ServiceSlas,
};

/// The choices behind an availability estimate (reference/resilience-model.md §6.3).
struct AvailabilityParameters
{
    /// Unset: the design's assumptions (Design::assumptions), as every output uses.
    std::optional<OutageModel> outageModel;
    /// What the headline figures rest on; the SLA composite is computed beside them either way.
    AvailabilityBasis basis = AvailabilityBasis::OutageModel;
    /// Price each failover at the worst-case RTO instead of the expected one (§6.1 says expected
    /// for availability; example A quotes the worst case as a variant).
    bool worstCaseRto = false;
    /// Above this many non-identical regions, subsets are no longer enumerated: the regions are
    /// replaced by identical ones of mean availability (an approximation, listed in the
    /// assumptions when used).
    std::size_t maxEnumeratedRegions = 12;
};

/// One serving region: its stack in series and what losing it costs.
struct RegionAvailability
{
    std::string regionId;
    double availability = 1.0;         ///< on the estimate's basis (the outage model by default)
    double slaAvailability = 1.0;      ///< product of the SLAs of its services on the user flows
    double outagesPerYear = 0.0;       ///< the outage model's rate for it
    std::vector<std::string> services; ///< the services counted in that product
    double capacityPercent = 0.0;      ///< trafficPercent + headroomPercent, of total peak traffic
    /// Losing it interrupts users (its region-down scenario has affected flows).
    bool interruptsUsers = false;
    /// The others can carry the load without it, so its incidents are covered by the parallel
    /// term and cost only a failover; otherwise they are already whole outages there.
    bool coveredByOthers = false;
    /// Time to recover from its loss (simulate()); nothing when users cannot be failed over.
    std::optional<TimeEstimate> rto;
    bool holdsWrites = false;   ///< it takes traffic and a data store of it loses updates
    std::optional<Seconds> rpo; ///< worst loss bound of its stores; nothing: unbounded
    bool rpoUnbounded = false;
    double writesAtRisk = 0.0; ///< writes lost when it goes (scenario figure)
    double incidentsPerYear =
        0.0; ///< outages a year while up: r · A, or (1 − A) · T_year / D on SLAs
    Seconds failoverWindow = 0.0 * units::seconds; ///< downtime charged per incident
    Seconds failoverDowntimePerYear = 0.0 * units::seconds;
};

/// A global component users pass through, counted in series with the regions.
struct GlobalAvailability
{
    std::string serviceId;
    double availability = 1.0;
};

/// The numbers that went into the estimate, for reports.
struct AvailabilityTerms
{
    std::size_t regions = 0;               ///< n, the regions in parallel
    std::size_t regionsNeeded = 0;         ///< k, the fewest whose capacities reach 100 %
    bool enumerated = false;               ///< non-identical regions, all subsets enumerated
    double unavailabilityParallel = 0.0;   ///< U_par of k-of-n
    double unavailabilityRegionMean = 0.0; ///< mean of the regions' 1 − A_r
    double beta = 0.0;
    double unavailabilityCommonCause = 0.0; ///< (1 − β) · U_par + β · U_region
    double incidentsPerYear = 0.0;          ///< f, over regions whose loss needs a failover
    Seconds meanFailoverWindow = 0.0 * units::seconds; ///< E[RTO] weighted by incident rate
    std::string formula; ///< the figures in the §6.3 formulas, one line
};

/// The figures of one basis, combined by the §6.3 formulas.
struct AvailabilityFigures
{
    double parallel = 1.0;                                  ///< A_par: k-of-n over the regions
    double commonCause = 1.0;                               ///< 1 − U_sys after the β-factor
    double global = 1.0;                                    ///< Π A_global
    Seconds failoverDowntimePerYear = 0.0 * units::seconds; ///< f · E[RTO]
    double effective = 1.0; ///< A_eff = (1 − U_sys) − f · E[RTO] / T_year
    double total = 1.0;     ///< A_total = Π A_global · A_eff
    Seconds downtimePerYear = 0.0 * units::seconds; ///< (1 − A_total) · T_year
    AvailabilityTerms terms;

    double downtimeMinutesPerYear() const { return downtimePerYear.value() / 60.0; }
    double failoverMinutesPerYear() const { return failoverDowntimePerYear.value() / 60.0; }
};

/// Steady-state availability of a design (§6.3): the estimate from the design's outage model
/// and failover times, and beside it the SLA composite, a different thing named as such.
struct AvailabilityEstimate : AvailabilityFigures
{
    AvailabilityBasis basis = AvailabilityBasis::OutageModel;
    OutageModel outageModel;                 ///< the model in force
    std::vector<RegionAvailability> regions; ///< in parallel, in id order
    std::vector<GlobalAvailability> globals; ///< in series
    /// The same formulas over the services' SLAs instead of the outage model.
    AvailabilityFigures slaComposite;
    /// Why the global components in series are taken at their SLA in the estimate too, naming
    /// them: the one sentence every output prints beside the estimate; empty without any.
    std::string globalsBasis;
    std::vector<std::string> assumptions;
};

/// The one sentence every output prints beside the SLA composite.
std::string_view slaCompositeExplanation();

AvailabilityEstimate estimateAvailability(const DesignIndex& design,
                                          const AvailabilityParameters& parameters = {});

/// Σ_{j=k..n} C(n, j) A^j (1 − A)^(n − j): at least k of n identical, independent parts up.
double kOfNAvailability(std::size_t k, std::size_t n, double a);

} // namespace rs
