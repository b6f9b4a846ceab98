#include "core/resilience/Availability.h"

#include "core/TextFormat.h"
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

/// Steps 3 to 5 of the estimate on one basis: the regions in parallel (k of n by capacity), the
/// common-cause share, and a failover window for every outage users are moved away from.
/// `availability` and `incidents` are per region, in the order of `regions`.
AvailabilityFigures combine(std::vector<RegionAvailability>& regions,
                            const std::vector<double>& availability,
                            const std::vector<double>& incidents, double need, double beta,
                            double global, const OutageModel& model,
                            const AvailabilityParameters& p, bool record, Notes& notes)
{
    AvailabilityFigures out;
    const std::size_t n = regions.size();
    std::vector<RegionAvailability> basis = regions;
    for (std::size_t i = 0; i < n; ++i)
        basis[i].availability = availability[i];
    const std::size_t k = n == 0 ? 0 : regionsNeeded(basis, need);
    double uPar = 1.0;
    bool enumerated = false;
    if (n > 0) {
        const auto identical = std::all_of(basis.begin(), basis.end(), [&](const auto& r) {
            return r.availability == basis.front().availability &&
                   std::abs(r.capacityPercent - basis.front().capacityPercent) <= capacityTolerance;
        });
        if (identical) {
            uPar = kOfNUnavailability(k, n, basis.front().availability);
        } else if (n <= p.maxEnumeratedRegions) {
            uPar = enumeratedUnavailability(basis, need);
            enumerated = true;
        } else {
            double mean = 0.0;
            for (const auto& r : basis)
                mean += r.availability;
            mean /= static_cast<double>(n);
            uPar = kOfNUnavailability(k, n, mean);
            if (record)
                notes.add(std::to_string(n) +
                          " non-identical regions: treated as identical ones of "
                          "mean availability " +
                          formatSignificant(mean, 8) + ", " + std::to_string(k) +
                          " of them needed");
        }
    }
    double uRegionMean = 0.0;
    for (const auto& r : basis)
        uRegionMean += (1.0 - r.availability) / static_cast<double>(std::max<std::size_t>(n, 1));

    // Common cause: a share β of regional unavailability hits every region at once.
    const double uSys = n == 0 ? 1.0 : (1.0 - beta) * uPar + beta * uRegionMean;

    // Every outage of a region whose loss interrupts users, and which the others cover, costs
    // a failover window; uncovered outages are already in U_par.
    const double outageSeconds = model.meanOutage.value();
    double f = 0.0;
    double failoverSeconds = 0.0;
    for (std::size_t i = 0; i < n; ++i) {
        auto& r = regions[i];
        double window = 0.0;
        if (r.interruptsUsers && r.coveredByOthers) {
            window = outageSeconds;
            if (r.rto)
                window = p.worstCaseRto ? r.rto->worst.value() : r.rto->expected.value();
            else if (record)
                notes.add("users cannot be failed over when " + r.regionId +
                          " is lost: each of its outages counted at the mean outage length");
            f += incidents[i];
            failoverSeconds += incidents[i] * window;
        }
        if (record) {
            r.incidentsPerYear = incidents[i];
            r.failoverWindow = window * seconds;
            r.failoverDowntimePerYear = incidents[i] * window * seconds;
        }
    }

    out.global = global;
    out.parallel = n == 0 ? 0.0 : 1.0 - uPar;
    out.commonCause = 1.0 - uSys;
    out.failoverDowntimePerYear = failoverSeconds * seconds;
    out.effective = std::max(0.0, out.commonCause - failoverSeconds / secondsPerYear);
    out.total = out.global * out.effective;
    out.downtimePerYear = (1.0 - out.total) * secondsPerYear * seconds;

    auto& t = out.terms;
    t.regions = n;
    t.regionsNeeded = k;
    t.enumerated = enumerated;
    t.unavailabilityParallel = n == 0 ? 1.0 : uPar;
    t.unavailabilityRegionMean = uRegionMean;
    t.beta = beta;
    t.unavailabilityCommonCause = uSys;
    t.incidentsPerYear = f;
    t.meanFailoverWindow = (f > 0.0 ? failoverSeconds / f : 0.0) * seconds;
    t.formula = "A_total = A_global " + formatSignificant(out.global, 8) + " x (A_par " +
                formatSignificant(out.parallel, 10) + " [" + std::to_string(k) + "-of-" +
                std::to_string(n) + "]" +
                (beta > 0.0 ? " with beta " + formatSignificant(beta) + " -> " +
                                  formatSignificant(out.commonCause, 10)
                            : "") +
                " - f " + formatSignificant(f, 4) + "/yr x E[RTO] " +
                formatSignificant(t.meanFailoverWindow.value(), 4) +
                " s / T_year) = " + formatSignificant(out.total, 10);
    return out;
}

} // namespace

std::string_view slaCompositeExplanation()
{
    return "The SLA composite multiplies the providers' contractual SLAs along the user flows: "
           "the floor below which they pay service credits, not a forecast, so it is usually far "
           "below the estimate, which counts region outages at the rates in the design's "
           "assumptions plus the failover time.";
}

double kOfNAvailability(std::size_t k, std::size_t n, double a)
{
    return 1.0 - kOfNUnavailability(k, n, a);
}

AvailabilityEstimate estimateAvailability(const DesignIndex& d, const AvailabilityParameters& p)
{
    AvailabilityEstimate est;
    est.basis = p.basis;
    est.outageModel = p.outageModel.value_or(d.design().assumptions.outageModel());
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
                      " from another region: that region's users depend on it");
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

    // A service on the flows of several regions (a table in one region that all regions call)
    // fails for all of them at once: in the SLA composite it is counted once, in series, not in
    // each stack as if it were independent copies.
    std::map<ServiceId, std::size_t> stacksUsing;
    for (const auto& [region, stack] : stacks)
        for (const auto* s : stack)
            ++stacksUsing[s->id];
    std::set<ServiceId> shared;
    double sharedSla = 1.0;
    for (const auto& [id, count] : stacksUsing) {
        if (count < 2)
            continue;
        shared.insert(id);
        const auto* s = d.design().service(id);
        sharedSla *= slaOf(d, *s, notes);
        notes.add(d.label(*s) + " is on the flows of " + std::to_string(count) +
                  " regions: its SLA counted once, in series");
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
            if (!shared.contains(s->id))
                ra.slaAvailability *= slaOf(d, *s, notes);
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

    // 3. What each region must carry (§6.3, k of n by capacity).
    double need = 100.0;
    if (n > 0 && totalCapacity < 100.0 - capacityTolerance) {
        need = totalCapacity;
        notes.add("the serving regions can carry only " + formatSignificant(totalCapacity) +
                  " % of peak traffic together: every one of them is needed");
    }
    if (n == 0)
        notes.add("no region can serve users: availability 0");
    for (auto& r : regions)
        r.coveredByOthers = n > 1 && totalCapacity - r.capacityPercent >= need - capacityTolerance;

    // 4. Each region's unavailability on both bases. The outage model's is the long-run share
    //    of an alternating process, up for Exp(1 / r) and down for D on average, the one the
    //    Monte Carlo samples: U = r·D / (T + r·D); outages start only while up: r · (1 − U).
    const auto& model = est.outageModel;
    const double outageSeconds = model.meanOutage.value();
    std::vector<double> modelA;
    std::vector<double> modelIncidents;
    std::vector<double> slaA;
    std::vector<double> slaIncidents;
    for (auto& r : regions) {
        r.outagesPerYear = model.outagesPerYear(r.regionId);
        const double down = r.outagesPerYear * outageSeconds;
        const double u = down / (secondsPerYear + down);
        modelA.push_back(1.0 - u);
        modelIncidents.push_back(r.outagesPerYear * (1.0 - u));
        slaA.push_back(r.slaAvailability);
        slaIncidents.push_back((1.0 - r.slaAvailability) * secondsPerYear / outageSeconds);
    }
    const double beta = std::clamp(model.commonCauseFraction, 0.0, 1.0);

    // 5. Global components in series, where losing one loses users. They have no outage rate
    //    of their own, so both bases count them at their SLA (and so does the Monte Carlo).
    for (const auto& [id, g] : globalsOnPath) {
        const auto scenario = simulate(d, {DisruptionKind::GlobalServiceDown, g->id.value});
        if (!loseUsers(scenario)) {
            notes.add("users survive the loss of " + d.label(*g) + ": not counted in series");
            continue;
        }
        est.globals.push_back({g->id.value, slaOf(d, *g, notes)});
    }
    double global = 1.0;
    std::string named; // "CloudFront (cdn) 99.900 % and Route 53 (dns) 100.000 %"
    for (std::size_t i = 0; i < est.globals.size(); ++i) {
        const auto& g = est.globals[i];
        global *= g.availability;
        named += std::string(i == 0                        ? ""
                             : i + 1 == est.globals.size() ? " and "
                                                           : ", ") +
                 d.label(*d.design().service(ServiceId{g.serviceId})) + " " +
                 formatAvailability(g.availability);
    }
    if (!est.globals.empty()) {
        est.globalsBasis =
            named + (est.globals.size() == 1 ? " is" : " are") +
            " counted at the SLA in the estimate as in the SLA composite: a global service is "
            "in no one region, so the per-region outage rates of the assumptions do not "
            "describe it, and no outage rate of its own is published or assumed: providers "
            "publish only SLAs for them (S30).";
        notes.add(est.globalsBasis);
    }

    const bool onModel = p.basis == AvailabilityBasis::OutageModel;
    for (std::size_t i = 0; i < n; ++i)
        regions[i].availability = onModel ? modelA[i] : slaA[i];
    est.slaComposite = combine(regions, slaA, slaIncidents, need, beta, global * sharedSla, model,
                               p, !onModel, notes);
    static_cast<AvailabilityFigures&>(est) =
        onModel
            ? combine(regions, modelA, modelIncidents, need, beta, global, model, p, true, notes)
            : est.slaComposite;

    if (onModel)
        notes.add(
            "each region has " + formatSignificant(model.regionOutagesPerYear) + " outages a year" +
            (model.perRegion.empty() ? std::string() : " unless set per region") + ", " +
            formatSignificant(outageSeconds / 3600.0) + " h long on average (design assumptions)");
    else
        notes.add("region unavailability from the services' SLAs; incidents " +
                  formatSignificant(outageSeconds / 3600.0) + " h long on average");
    if (beta > 0.0)
        notes.add("common-cause share β = " + formatSignificant(beta) +
                  " of region outages hits every region");
    notes.add("SLAs are service-credit contracts, not measured availability (S30), so they are "
              "used only for the SLA composite and global components");
    if (n > 0)
        notes.add("regions fail independently of one another" +
                  std::string(beta > 0.0 ? " apart from the common-cause share" : ""));
    est.assumptions = notes.take();
    return est;
}

} // namespace rs
