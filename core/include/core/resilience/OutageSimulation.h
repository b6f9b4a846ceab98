#pragma once

#include "core/Assumptions.h"
#include "core/DesignIndex.h"
#include "core/Units.h"

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace rs {

enum class RepairDistribution
{
    LogNormal,   ///< the engine default (reference/resilience-model.md §3): heavy tail
    Exponential, ///< memoryless, for checks against closed formulas
};

/// How long one failover takes in a simulated year.
enum class RtoSampling
{
    /// Uniform between the best case (2 · expected − worst: a failure just before a probe, a
    /// fresh cache) and the worst case; its mean is the scenario's expected RTO (§6.1 takes the
    /// expected case as the midpoint of uniform detection phase and TTL age).
    Uniform,
    Expected, ///< always the scenario's expected RTO
};

/// Monte Carlo of regional outages (§6.4). The outage rates, their mean length and the
/// common-cause share are the design's assumptions, the ones the analytic estimate uses.
struct OutageSimulationParameters
{
    std::uint64_t years = 100'000; ///< ~±1 % on mean downtime (§6.4)
    std::uint64_t seed = 1;
    /// Unset: the design's assumptions (Design::assumptions). Each region fails at its rate and
    /// is repaired in the model's mean outage length; a common-cause process of rate β · (mean
    /// rate) downs every region at once, repaired like a region.
    std::optional<OutageModel> outageModel;
    RepairDistribution repair = RepairDistribution::LogNormal;
    /// Lognormal shape: mean = median · e^(σ²/2), so σ = sqrt(2 ln 2) makes mean = 2 · median
    /// (§3: median 3 h, mean 6 h).
    double repairSigma = 1.1774100225154747;
    /// Charge a failover window of the scenario RTO for every failure of a region whose loss
    /// interrupts users.
    bool failoverWindows = true;
    RtoSampling rtoSampling = RtoSampling::Uniform;
    /// Simulate the global components on the path (those whose loss loses users and whose SLA
    /// is below 100 %): each fails at the rate that gives its SLA unavailability in the long run,
    /// U = λ · MTTR / (1 + λ · MTTR), and is repaired like a region.
    bool globalOutages = true;
    Seconds globalMeanRepair = 6.0 * 3600.0 * units::seconds;
    std::size_t histogramBins = 40;
    /// Unset: the smallest of 1, 2, 5 × 10^k minutes that spans the 99th percentile.
    std::optional<Seconds> histogramBinWidth;
};

/// Years by downtime: bin i holds [i · binWidth, (i + 1) · binWidth); the last bin also holds
/// everything above.
struct DowntimeHistogram
{
    Seconds binWidth = 60.0 * units::seconds;
    std::vector<std::uint64_t> counts;

    Seconds lowerEdge(std::size_t bin) const { return static_cast<double>(bin) * binWidth; }
};

struct OutageSimulationResult
{
    std::uint64_t years = 0;
    std::uint64_t seed = 0;
    Seconds meanDowntimePerYear = 0.0 * units::seconds;
    Seconds p95DowntimePerYear = 0.0 * units::seconds;
    Seconds p99DowntimePerYear = 0.0 * units::seconds;
    Seconds maxDowntimePerYear = 0.0 * units::seconds;
    /// The mean split by cause, each interval counted once in this order: a global component
    /// down, then no set of healthy regions able to serve, then a failover window.
    Seconds meanGlobalDowntimePerYear = 0.0 * units::seconds;
    Seconds meanRegionalDowntimePerYear = 0.0 * units::seconds;
    Seconds meanFailoverDowntimePerYear = 0.0 * units::seconds;
    double availability = 1.0; ///< 1 − mean downtime / year
    DowntimeHistogram histogram;

    std::uint64_t regionFailures = 0;    ///< every failure of every serving region
    std::uint64_t commonCauseEvents = 0; ///< failures of all regions at once
    std::uint64_t globalFailures = 0;
    /// Failures users had to recover from: regions whose loss interrupts users, plus common
    /// cause events. P(RTO > target) is over these.
    std::uint64_t recoveries = 0;
    double probabilityRtoExceedsTarget = 0.0;
    Seconds rtoTarget = 0.0 * units::seconds;
    /// Failures of a region taking writes, each losing up to its scenario's RPO.
    std::uint64_t writeLossEvents = 0;
    double probabilityRpoExceedsTarget = 0.0;
    Seconds rpoTarget = 0.0 * units::seconds;
    double meanWritesLostPerYear = 0.0; ///< over the events with a bounded RPO
    std::uint64_t unboundedLossEvents = 0;
    std::vector<std::string> assumptions;

    double meanDowntimeMinutesPerYear() const { return meanDowntimePerYear.value() / 60.0; }
    double p95DowntimeMinutesPerYear() const { return p95DowntimePerYear.value() / 60.0; }
};

/// Simulates `parameters.years` years of regional, common-cause and global outages of the
/// design. Seeded and bit-reproducible: the same seed gives the same result.
OutageSimulationResult simulateOutages(const DesignIndex& design,
                                       const OutageSimulationParameters& parameters);

} // namespace rs
