#include "core/resilience/OutageSimulation.h"

#include "core/TextFormat.h"
#include "core/resilience/Availability.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <numbers>
#include <random>
#include <sstream>

namespace rs {

namespace {

using units::seconds;

constexpr double never = std::numeric_limits<double>::infinity();

/// SplitMix64 (Steele, Lea, Flood 2014): spreads one seed into independent stream seeds.
std::uint64_t splitMix(std::uint64_t x)
{
    x += 0x9e3779b97f4a7c15ULL;
    x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ULL;
    x = (x ^ (x >> 27)) * 0x94d049bb133111ebULL;
    return x ^ (x >> 31);
}

/// One random stream. std::mt19937_64 is specified bit for bit by the standard; the
/// distributions are our own because the standard library's are not.
class Stream
{
public:
    Stream(std::uint64_t seed, std::uint64_t index)
        : m_engine(splitMix(seed ^ splitMix(index)))
    {}

    /// [0, 1) with 53 random bits.
    double uniform() { return static_cast<double>(m_engine() >> 11) * 0x1.0p-53; }
    /// Exp(rate) by inversion; 1 − u lies in (0, 1], so the log is finite.
    double exponential(double rate) { return -std::log(1.0 - uniform()) / rate; }
    /// N(0, 1) by Box–Muller, keeping the second variate for the next call.
    double normal()
    {
        if (m_hasSpare) {
            m_hasSpare = false;
            return m_spare;
        }
        const double r = std::sqrt(-2.0 * std::log(1.0 - uniform()));
        const double theta = 2.0 * std::numbers::pi * uniform();
        m_spare = r * std::sin(theta);
        m_hasSpare = true;
        return r * std::cos(theta);
    }

private:
    std::mt19937_64 m_engine;
    bool m_hasSpare = false;
    double m_spare = 0.0;
};

/// A repair time distribution with a given mean, in seconds.
struct Repair
{
    RepairDistribution kind = RepairDistribution::LogNormal;
    double mean = 0.0;
    double median = 0.0; ///< lognormal only
    double sigma = 0.0;

    Repair(RepairDistribution k, double meanSeconds, double s)
        : kind(k)
        , mean(meanSeconds)
        , median(meanSeconds * std::exp(-s * s / 2.0))
        , sigma(s)
    {}

    double sample(Stream& rng) const
    {
        if (kind == RepairDistribution::Exponential)
            return rng.exponential(1.0 / mean);
        return median * std::exp(sigma * rng.normal());
    }
};

/// An alternating up/down renewal process.
struct Process
{
    double failureRate = 0.0; ///< per second while up; 0: never fails
    const Repair* repair = nullptr;
    bool up = true;
    double next = never; ///< time of its next change
};

/// What a region's loss means, taken once from the scenario engine.
struct RegionModel
{
    double capacity = 0.0;
    double outagesPerYear = 0.0;
    bool interruptsUsers = false;
    bool recoverable = false; ///< interrupts users, has an RTO and the others can carry it
    bool essential = false;   ///< users cannot be failed over: down while it is down
    double rtoBest = 0.0;
    double rtoExpected = 0.0;
    double rtoWorst = 0.0;
    bool holdsWrites = false;
    bool rpoExceeds = false; ///< its RPO is unbounded or above the target
    bool rpoUnbounded = false;
    double writesAtRisk = 0.0;
};

/// The event loop: all state sized once, nothing allocated per year.
class Simulation
{
public:
    Simulation(const OutageSimulationParameters& p, const OutageModel& model,
               std::vector<RegionModel> regions, const std::vector<GlobalAvailability>& globals,
               double rtoTarget)
        : m_p(p)
        , m_regions(std::move(regions))
        , m_regionRepair(p.repair, model.meanOutage.value(), p.repairSigma)
        , m_globalRepair(p.repair, p.globalMeanRepair.value(), p.repairSigma)
        , m_rtoTarget(rtoTarget)
        , m_perYear(p.years, 0.0)
    {
        std::uint64_t index = 0;
        double meanRate = 0.0;
        for (const auto& r : m_regions) {
            m_procs.push_back({r.outagesPerYear / secondsPerYear, &m_regionRepair, true, never});
            m_streams.emplace_back(p.seed, index++);
            meanRate += r.outagesPerYear / secondsPerYear / static_cast<double>(m_regions.size());
        }
        m_commonCause = m_procs.size();
        m_procs.push_back({model.commonCauseFraction * meanRate, &m_regionRepair, true, never});
        m_streams.emplace_back(p.seed, index++);
        for (const auto& g : globals) {
            const double u = 1.0 - g.availability;
            if (!p.globalOutages || u <= 0.0 || u >= 1.0)
                continue;
            // Long-run unavailability λ·M / (1 + λ·M) = U gives λ = U / ((1 − U) · M).
            m_procs.push_back(
                {u / ((1.0 - u) * m_globalRepair.mean), &m_globalRepair, true, never});
            m_streams.emplace_back(p.seed, index++);
        }
        m_rtoStream = m_streams.size();
        m_streams.emplace_back(p.seed, index++);
        double total = 0.0;
        for (const auto& r : m_regions)
            total += r.capacity;
        m_need = std::min(100.0, total) - capacityTolerance;
    }

    void run();

    std::vector<double>& perYear() { return m_perYear; }

    double globalSeconds = 0.0;
    double regionalSeconds = 0.0;
    double failoverSeconds = 0.0;
    std::uint64_t regionFailures = 0;
    std::uint64_t commonCauseEvents = 0;
    std::uint64_t globalFailures = 0;
    std::uint64_t recoveries = 0;
    std::uint64_t rtoExceeded = 0;
    std::uint64_t writeLossEvents = 0;
    std::uint64_t rpoExceeded = 0;
    std::uint64_t unboundedLossEvents = 0;
    double writesLost = 0.0;

private:
    void schedule(std::size_t i, double t)
    {
        auto& proc = m_procs[i];
        if (proc.up)
            proc.next =
                proc.failureRate > 0.0 ? t + m_streams[i].exponential(proc.failureRate) : never;
        else
            proc.next = t + proc.repair->sample(m_streams[i]);
    }
    bool regionsDown() const;
    void account(double from, double to);
    void onRegionFailure(std::size_t i, double t);
    void onCommonCause(double repair);
    void countWriteLoss(const RegionModel& r);

    const OutageSimulationParameters& m_p;
    std::vector<RegionModel> m_regions;
    Repair m_regionRepair;
    Repair m_globalRepair;
    double m_rtoTarget = 0.0;
    std::vector<double> m_perYear;
    std::vector<Process> m_procs;
    std::vector<Stream> m_streams;
    std::size_t m_commonCause = 0;
    std::size_t m_rtoStream = 0;
    double m_need = 0.0;
    std::size_t m_globalsDown = 0;
    bool m_regionsDown = false;
    double m_windowEnd = 0.0;
};

bool Simulation::regionsDown() const
{
    if (m_regions.empty() || !m_procs[m_commonCause].up)
        return true;
    double capacity = 0.0;
    for (std::size_t i = 0; i < m_regions.size(); ++i) {
        if (m_procs[i].up)
            capacity += m_regions[i].capacity;
        else if (m_regions[i].essential)
            return true;
    }
    return capacity < m_need;
}

void Simulation::account(double from, double to)
{
    if (to <= from)
        return;
    const bool window = from < m_windowEnd;
    if (m_globalsDown == 0 && !m_regionsDown && !window)
        return;
    const double length = to - from;
    if (m_globalsDown > 0)
        globalSeconds += length;
    else if (m_regionsDown)
        regionalSeconds += length;
    else
        failoverSeconds += length;
    // Spread over the years the interval touches.
    double t = from;
    while (t < to) {
        auto year = static_cast<std::size_t>(t / secondsPerYear);
        double yearEnd = static_cast<double>(year + 1) * secondsPerYear;
        if (yearEnd <= t) // t sits on a boundary that division rounded down
            yearEnd = static_cast<double>(++year + 1) * secondsPerYear;
        if (year >= m_perYear.size())
            break;
        const double end = std::min(to, yearEnd);
        m_perYear[year] += end - t;
        t = end;
    }
}

void Simulation::countWriteLoss(const RegionModel& r)
{
    if (!r.holdsWrites)
        return;
    ++writeLossEvents;
    if (r.rpoExceeds)
        ++rpoExceeded;
    if (r.rpoUnbounded)
        ++unboundedLossEvents;
    else
        writesLost += r.writesAtRisk;
}

void Simulation::onRegionFailure(std::size_t i, double t)
{
    ++regionFailures;
    const auto& r = m_regions[i];
    countWriteLoss(r);
    if (!r.interruptsUsers)
        return;
    ++recoveries;
    if (!r.recoverable) {
        // Users wait for the region itself: the RTO is this failure's repair time.
        if (m_procs[i].next - t > m_rtoTarget)
            ++rtoExceeded;
        return;
    }
    double rto = r.rtoExpected;
    if (m_p.rtoSampling == RtoSampling::Uniform)
        rto = r.rtoBest + (r.rtoWorst - r.rtoBest) * m_streams[m_rtoStream].uniform();
    if (rto > m_rtoTarget)
        ++rtoExceeded;
    if (m_p.failoverWindows)
        m_windowEnd = std::max(m_windowEnd, t + rto);
}

void Simulation::onCommonCause(double repair)
{
    ++commonCauseEvents;
    ++recoveries; // no region is left to fail over to: users wait for the repair
    if (repair > m_rtoTarget)
        ++rtoExceeded;
    for (const auto& r : m_regions)
        countWriteLoss(r);
}

void Simulation::run()
{
    const double horizon = static_cast<double>(m_p.years) * secondsPerYear;
    for (std::size_t i = 0; i < m_procs.size(); ++i)
        schedule(i, 0.0);
    m_regionsDown = regionsDown();
    double t = 0.0;
    while (t < horizon) {
        std::size_t which = m_procs.size();
        double next = horizon;
        for (std::size_t i = 0; i < m_procs.size(); ++i) {
            if (m_procs[i].next < next) {
                next = m_procs[i].next;
                which = i;
            }
        }
        // A failover window ending is a change of state too.
        const double until = m_windowEnd > t && m_windowEnd < next ? m_windowEnd : next;
        account(t, until);
        t = until;
        if (t < next || which == m_procs.size())
            continue;
        auto& proc = m_procs[which];
        proc.up = !proc.up;
        schedule(which, t);
        if (which < m_regions.size()) {
            if (!proc.up)
                onRegionFailure(which, t);
        } else if (which == m_commonCause) {
            if (!proc.up)
                onCommonCause(proc.next - t);
        } else if (proc.up) {
            --m_globalsDown;
        } else {
            ++m_globalsDown;
            ++globalFailures;
        }
        m_regionsDown = regionsDown();
    }
}

double niceBinWidthSeconds(double span, std::size_t bins)
{
    // 1, 2, 5 × 10^k minutes, from 0.01 min (0.6 s) up.
    double decade = 0.01;
    for (;;) {
        for (const double m : {1.0, 2.0, 5.0}) {
            const double width = m * decade * 60.0;
            if (width * static_cast<double>(bins) >= span)
                return width;
        }
        decade *= 10.0;
    }
}

} // namespace

OutageSimulationResult simulateOutages(const DesignIndex& design,
                                       const OutageSimulationParameters& p)
{
    OutageSimulationResult result;
    result.years = p.years;
    result.seed = p.seed;
    result.rtoTarget = design.regionRto();
    result.rpoTarget = design.regionRpo();
    auto& notes = result.assumptions;

    // The region model comes from the availability estimate, which ran each region-down
    // scenario once; the loop below only does arithmetic.
    const auto outageModel = p.outageModel.value_or(design.design().assumptions.outageModel());
    AvailabilityParameters ap;
    ap.outageModel = outageModel;
    const auto model = estimateAvailability(design, ap);
    std::vector<RegionModel> regions;
    double meanRate = 0.0;
    for (const auto& ra : model.regions) {
        RegionModel r;
        r.capacity = ra.capacityPercent;
        r.outagesPerYear = ra.outagesPerYear;
        meanRate += ra.outagesPerYear / static_cast<double>(model.regions.size());
        r.interruptsUsers = ra.interruptsUsers;
        r.essential = ra.interruptsUsers && !ra.rto;
        r.recoverable = ra.interruptsUsers && ra.rto && ra.coveredByOthers;
        if (ra.rto) {
            r.rtoExpected = ra.rto->expected.value();
            r.rtoWorst = ra.rto->worst.value();
            r.rtoBest = std::max(0.0, 2.0 * r.rtoExpected - r.rtoWorst);
        }
        r.holdsWrites = ra.holdsWrites;
        r.rpoUnbounded = ra.rpoUnbounded;
        r.rpoExceeds = ra.rpoUnbounded || (ra.rpo && *ra.rpo > result.rpoTarget);
        r.writesAtRisk = ra.writesAtRisk;
        regions.push_back(r);
    }
    notes.push_back("regions, their capacities, RTOs and RPOs as in the availability estimate and "
                    "the region-down scenarios");
    for (const auto& ra : model.regions) {
        if (ra.interruptsUsers && !ra.rto)
            notes.push_back("users cannot be failed over when " + ra.regionId +
                            " is lost: down until it is repaired");
    }
    notes.push_back("each region fails " + formatSignificant(outageModel.regionOutagesPerYear, 4) +
                    " times a year" +
                    (outageModel.perRegion.empty() ? std::string() : " unless set per region") +
                    " (design assumptions), independently");
    notes.push_back(std::string(p.repair == RepairDistribution::LogNormal
                                    ? "repairs lognormal, σ " + formatSignificant(p.repairSigma, 4)
                                    : "repairs exponential") +
                    ", mean " + formatSignificant(outageModel.meanOutage.value() / 3600.0, 4) +
                    " h");
    if (outageModel.commonCauseFraction > 0.0)
        notes.push_back("common cause: all regions down " +
                        formatSignificant(outageModel.commonCauseFraction * meanRate, 4) +
                        " times a year, repaired like a region");
    if (p.failoverWindows)
        notes.push_back(p.rtoSampling == RtoSampling::Uniform
                            ? "each failover lasts uniformly between the scenario's best and "
                              "worst RTO (mean: its expected RTO)"
                            : "each failover lasts the scenario's expected RTO");
    const bool globalsCanFail =
        std::any_of(model.globals.begin(), model.globals.end(),
                    [](const GlobalAvailability& g) { return g.availability < 1.0; });
    if (p.globalOutages && globalsCanFail)
        notes.push_back("global components fail at the rate their SLA implies, repaired in " +
                        formatSignificant(p.globalMeanRepair.value() / 3600.0, 4) +
                        " h on average");
    notes.push_back("failback is planned and costs no downtime; the simulation starts with "
                    "everything up");
    notes.push_back("an RPO loss event loses up to its scenario's RPO bound");

    if (p.years == 0)
        return result;

    Simulation sim(p, outageModel, std::move(regions), model.globals, result.rtoTarget.value());
    sim.run();

    const double years = static_cast<double>(p.years);
    auto& perYear = sim.perYear();
    double sum = 0.0;
    for (const double d : perYear)
        sum += d;
    result.meanDowntimePerYear = sum / years * seconds;
    result.meanGlobalDowntimePerYear = sim.globalSeconds / years * seconds;
    result.meanRegionalDowntimePerYear = sim.regionalSeconds / years * seconds;
    result.meanFailoverDowntimePerYear = sim.failoverSeconds / years * seconds;
    result.availability = 1.0 - sum / years / secondsPerYear;

    // Nearest-rank percentiles; reordering is harmless, the histogram ignores order.
    const auto percentile = [&](double q) {
        const auto rank = static_cast<std::size_t>(std::ceil(q * years));
        const auto nth =
            perYear.begin() + static_cast<std::ptrdiff_t>(std::max<std::size_t>(rank, 1) - 1);
        std::nth_element(perYear.begin(), nth, perYear.end());
        return *nth;
    };
    result.p95DowntimePerYear = percentile(0.95) * seconds;
    result.p99DowntimePerYear = percentile(0.99) * seconds;
    result.maxDowntimePerYear = *std::max_element(perYear.begin(), perYear.end()) * seconds;

    const std::size_t bins = std::max<std::size_t>(p.histogramBins, 1);
    double span = result.p99DowntimePerYear.value();
    if (span <= 0.0)
        span = result.maxDowntimePerYear.value();
    const double width = p.histogramBinWidth && p.histogramBinWidth->value() > 0.0
                             ? p.histogramBinWidth->value()
                             : niceBinWidthSeconds(span, bins);
    result.histogram.binWidth = width * seconds;
    result.histogram.counts.assign(bins, 0);
    for (const double d : perYear) {
        const double bin = std::floor(d / width);
        const auto i =
            bin >= static_cast<double>(bins - 1) ? bins - 1 : static_cast<std::size_t>(bin);
        ++result.histogram.counts[i];
    }

    result.regionFailures = sim.regionFailures;
    result.commonCauseEvents = sim.commonCauseEvents;
    result.globalFailures = sim.globalFailures;
    result.recoveries = sim.recoveries;
    result.probabilityRtoExceedsTarget =
        sim.recoveries ? static_cast<double>(sim.rtoExceeded) / static_cast<double>(sim.recoveries)
                       : 0.0;
    result.writeLossEvents = sim.writeLossEvents;
    result.probabilityRpoExceedsTarget =
        sim.writeLossEvents
            ? static_cast<double>(sim.rpoExceeded) / static_cast<double>(sim.writeLossEvents)
            : 0.0;
    result.unboundedLossEvents = sim.unboundedLossEvents;
    result.meanWritesLostPerYear = sim.writesLost / years;
    return result;
}

} // namespace rs
