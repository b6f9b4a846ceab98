#include "core/resilience/Availability.h"

#include "core/resilience/Scenario.h"
#include "core/resilience/UserFlows.h"

#include <algorithm>
#include <cmath>
#include <functional>
#include <map>
#include <set>
#include <sstream>
#include <unordered_set>

namespace rs {

namespace {

using units::seconds;

/// Capacities are percents typed by people: a sum within this of the need meets it.
constexpr double capacityTolerance = 1e-9;

std::string fmt(double v, int precision = 6)
{
    std::ostringstream out;
    out.precision(precision);
    out << v;
    return out.str();
}

/// Collects assumptions once each, in the order they arose.
class Notes
{
public:
    void add(std::string note)
    {
        if (m_seen.insert(note).second)
            m_notes.push_back(std::move(note));
    }
    std::vector<std::string> take() { return std::move(m_notes); }

private:
    std::set<std::string> m_seen;
    std::vector<std::string> m_notes;
};

/// A service's SLA as a fraction; a kind without one counts as 1 and is noted.
double slaOf(const DesignIndex& d, const Service& s, Notes& notes)
{
    const auto* kind = d.kind(s);
    if (!kind) {
        notes.add("kind " + s.kind + " of " + d.label(s) +
                  " is not in the catalogue: counted as "
                  "100 % available");
        return 1.0;
    }
    if (!kind->sla) {
        notes.add(kind->id + " has no SLA in the catalogue: counted as 100 % available");
        return 1.0;
    }
    return kind->sla->percent / 100.0;
}

double binomial(std::size_t n, std::size_t j)
{
    double c = 1.0;
    for (std::size_t i = 1; i <= j; ++i)
        c = c * static_cast<double>(n - j + i) / static_cast<double>(i);
    return c;
}

/// Σ_{j<k} C(n, j) A^j U^(n − j): fewer than k of n identical parts up. Summing the failing
/// states keeps the digits that 1 − Σ(working states) would cancel.
double kOfNUnavailability(std::size_t k, std::size_t n, double a)
{
    double u = 0.0;
    for (std::size_t j = 0; j < k && j <= n; ++j)
        u += binomial(n, j) * std::pow(a, static_cast<double>(j)) *
             std::pow(1.0 - a, static_cast<double>(n - j));
    return u;
}

/// Unavailability of non-identical regions: every subset of regions up whose capacities fall
/// short of the need is an outage.
double enumeratedUnavailability(const std::vector<RegionAvailability>& regions, double need)
{
    const std::size_t n = regions.size();
    double u = 0.0;
    for (std::size_t mask = 0; mask < (std::size_t{1} << n); ++mask) {
        double p = 1.0;
        double capacity = 0.0;
        for (std::size_t i = 0; i < n; ++i) {
            if (mask & (std::size_t{1} << i)) {
                p *= regions[i].availability;
                capacity += regions[i].capacityPercent;
            } else {
                p *= 1.0 - regions[i].availability;
            }
        }
        if (capacity < need - capacityTolerance)
            u += p;
    }
    return u;
}

/// The fewest regions, largest first, whose capacities reach the need.
std::size_t regionsNeeded(const std::vector<RegionAvailability>& regions, double need)
{
    std::vector<double> caps;
    for (const auto& r : regions)
        caps.push_back(r.capacityPercent);
    std::sort(caps.begin(), caps.end(), std::greater<>());
    double sum = 0.0;
    for (std::size_t i = 0; i < caps.size(); ++i) {
        sum += caps[i];
        if (sum >= need - capacityTolerance)
            return i + 1;
    }
    return caps.size();
}

bool loseUsers(const ScenarioResult& s)
{
    return std::any_of(s.flows.begin(), s.flows.end(),
                       [](const FlowOutcome& f) { return f.affected && !f.survives; });
}

} // namespace

double kOfNAvailability(std::size_t k, std::size_t n, double a)
{
    return 1.0 - kOfNUnavailability(k, n, a);
}

AvailabilityEstimate estimateAvailability(const DesignIndex& d, const AvailabilityParameters& p)
{
    AvailabilityEstimate est;
    Notes notes;

    // 1. The user flows: global edge services in series, each region's stack behind them.
    std::map<std::string, std::vector<const Service*>> stacks; // region id -> services
    std::map<ServiceId, const Service*> globalsOnPath;         // id order, for stable reports
    const auto addToStack = [&](const Service& endpoint, const Service& s) {
        if (s.isGlobal()) {
            globalsOnPath.emplace(s.id, &s);
            return;
        }
        auto& stack = stacks[endpoint.region->value];
        if (std::find(stack.begin(), stack.end(), &s) == stack.end())
            stack.push_back(&s);
        if (s.region != endpoint.region)
            notes.add(d.label(s) + " serves " + endpoint.region->value +
                      " from another region: counted in that region's stack as if independent");
    };
    // The same flows the scenario engine judges, so the stack priced here is the one whose
    // loss simulate() reports.
    const auto found = userEntries(d);
    for (const auto* entry : found) {
        const auto paths = entryPaths(d, *entry);
        for (const auto* g : paths.edge)
            globalsOnPath.emplace(g->id, g);
        for (const auto* e : paths.endpoints) {
            for (const auto* s : dependencyClosure(d, *e))
                addToStack(*e, *s);
        }
    }
    if (found.empty()) {
        notes.add("no user entry point (router, edge or API gateway): every service of a region "
                  "counted in its stack");
        for (const auto* r : d.servingRegions()) {
            for (const auto* s : d.servicesIn(r->id))
                stacks[r->id.value].push_back(s);
        }
    }

    // 2. Each serving region's stack in series, and what its region-down scenario says.
    double totalCapacity = 0.0;
    for (const auto* r : d.servingRegions()) {
        const auto it = stacks.find(r->id.value);
        if (it == stacks.end() || it->second.empty()) {
            notes.add(d.label(*r) + " has no service on a user flow: not counted as able to serve");
            continue;
        }
        RegionAvailability ra;
        ra.regionId = r->id.value;
        ra.capacityPercent = r->trafficPercent + r->headroomPercent;
        auto stack = it->second;
        std::sort(stack.begin(), stack.end(),
                  [](const Service* a, const Service* b) { return a->id < b->id; });
        for (const auto* s : stack) {
            ra.availability *= slaOf(d, *s, notes);
            ra.services.push_back(s->id.value);
        }
        const auto scenario = simulate(d, {DisruptionKind::RegionDown, r->id.value});
        ra.interruptsUsers = std::any_of(scenario.flows.begin(), scenario.flows.end(),
                                         [](const FlowOutcome& f) { return f.affected; });
        ra.rto = scenario.rto;
        ra.holdsWrites = r->trafficPercent > 0.0 && !scenario.stores.empty();
        ra.rpo = scenario.rpo;
        ra.rpoUnbounded = scenario.dataLossUnbounded;
        // The Monte Carlo's mean loss is an expectation: the typical loss, not the bound.
        ra.writesAtRisk = scenario.writesAtRiskTypical;
        totalCapacity += ra.capacityPercent;
        est.regions.push_back(std::move(ra));
    }
    auto& regions = est.regions;
    const std::size_t n = regions.size();

    // 3. Regions in parallel, k of n by capacity (§6.3).
    double need = 100.0;
    if (n > 0 && totalCapacity < 100.0 - capacityTolerance) {
        need = totalCapacity;
        notes.add("the serving regions can carry only " + fmt(totalCapacity) +
                  " % of peak traffic together: every one of them is needed");
    }
    const std::size_t k = n == 0 ? 0 : regionsNeeded(regions, need);
    double uPar = 1.0;
    bool enumerated = false;
    if (n == 0) {
        notes.add("no region can serve users: availability 0");
    } else {
        const auto identical = std::all_of(regions.begin(), regions.end(), [&](const auto& r) {
            return r.availability == regions.front().availability &&
                   std::abs(r.capacityPercent - regions.front().capacityPercent) <=
                       capacityTolerance;
        });
        if (identical) {
            uPar = kOfNUnavailability(k, n, regions.front().availability);
        } else if (n <= p.maxEnumeratedRegions) {
            uPar = enumeratedUnavailability(regions, need);
            enumerated = true;
        } else {
            double mean = 0.0;
            for (const auto& r : regions)
                mean += r.availability;
            mean /= static_cast<double>(n);
            uPar = kOfNUnavailability(k, n, mean);
            notes.add(std::to_string(n) +
                      " non-identical regions: treated as identical ones of "
                      "mean availability " +
                      fmt(mean, 8) + ", " + std::to_string(k) + " of them needed");
        }
    }
    double sumCapacity = 0.0;
    for (const auto& r : regions)
        sumCapacity += r.capacityPercent;
    double uRegionMean = 0.0;
    for (auto& r : regions) {
        r.coveredByOthers = n > 1 && sumCapacity - r.capacityPercent >= need - capacityTolerance;
        uRegionMean += (1.0 - r.availability) / static_cast<double>(std::max<std::size_t>(n, 1));
    }

    // 4. Common cause: a share β of regional unavailability hits every region at once.
    const double beta = std::clamp(p.commonCauseBeta, 0.0, 1.0);
    const double uSys = n == 0 ? 1.0 : (1.0 - beta) * uPar + beta * uRegionMean;
    if (beta > 0.0)
        notes.add("common-cause β = " + fmt(beta) + " (architect's choice, not a provider figure)");

    // 5. Failover cost: every incident of a region whose loss interrupts users, and which the
    //    others cover, costs a failover window; uncovered incidents are already in U_par.
    const double incidentSeconds = p.meanIncidentDuration.value();
    double f = 0.0;
    double failoverSeconds = 0.0;
    for (auto& r : regions) {
        r.incidentsPerYear = (1.0 - r.availability) * secondsPerYear / incidentSeconds;
        if (!r.interruptsUsers || !r.coveredByOthers)
            continue;
        double window = incidentSeconds;
        if (r.rto)
            window = p.worstCaseRto ? r.rto->worst.value() : r.rto->expected.value();
        else
            notes.add("users cannot be failed over when " + r.regionId +
                      " is lost: each of its incidents counted at the mean incident duration");
        r.failoverWindow = window * seconds;
        r.failoverDowntimePerYear = r.incidentsPerYear * window * seconds;
        f += r.incidentsPerYear;
        failoverSeconds += r.failoverDowntimePerYear.value();
    }
    notes.add("regional incidents last " + fmt(incidentSeconds / 3600.0) +
              " h on average (assumption, as in worked example A)");
    notes.add("SLAs are contract figures used as priors for engineering availability (§3)");
    if (n > 0)
        notes.add("regions fail independently of one another" +
                  std::string(beta > 0.0 ? " apart from the common-cause share" : ""));

    // 6. Global components in series, where losing one loses users.
    for (const auto& [id, g] : globalsOnPath) {
        const auto scenario = simulate(d, {DisruptionKind::GlobalServiceDown, g->id.value});
        if (!loseUsers(scenario)) {
            notes.add("users survive the loss of " + d.label(*g) + ": not counted in series");
            continue;
        }
        est.globals.push_back({g->id.value, slaOf(d, *g, notes)});
    }
    for (const auto& g : est.globals)
        est.global *= g.availability;

    est.parallel = n == 0 ? 0.0 : 1.0 - uPar;
    est.commonCause = 1.0 - uSys;
    est.failoverDowntimePerYear = failoverSeconds * seconds;
    est.effective = std::max(0.0, est.commonCause - failoverSeconds / secondsPerYear);
    est.total = est.global * est.effective;
    est.downtimePerYear = (1.0 - est.total) * secondsPerYear * seconds;

    auto& t = est.terms;
    t.regions = n;
    t.regionsNeeded = k;
    t.enumerated = enumerated;
    t.unavailabilityParallel = n == 0 ? 1.0 : uPar;
    t.unavailabilityRegionMean = uRegionMean;
    t.beta = beta;
    t.unavailabilityCommonCause = uSys;
    t.incidentsPerYear = f;
    t.meanFailoverWindow = (f > 0.0 ? failoverSeconds / f : 0.0) * seconds;
    t.formula = "A_total = A_global " + fmt(est.global, 8) + " x (A_par " + fmt(est.parallel, 10) +
                " [" + std::to_string(k) + "-of-" + std::to_string(n) + "]" +
                (beta > 0.0 ? " with beta " + fmt(beta) + " -> " + fmt(est.commonCause, 10) : "") +
                " - f " + fmt(f, 4) + "/yr x E[RTO] " + fmt(t.meanFailoverWindow.value(), 4) +
                " s / T_year) = " + fmt(est.total, 10);
    est.assumptions = notes.take();
    return est;
}

} // namespace rs
