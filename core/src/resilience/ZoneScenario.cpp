#include "core/resilience/ZoneScenario.h"

#include "core/TextFormat.h"
#include "core/resilience/CorruptionScenario.h"
#include "core/resilience/ReplicaGroups.h"
#include "core/resilience/UserFlows.h"

#include <algorithm>
#include <sstream>

namespace rs {

namespace {

using units::seconds;
using Services = std::vector<const Service*>;

bool contains(const Services& list, const Service* s)
{
    return std::find(list.begin(), list.end(), s) != list.end();
}

/// How long a zone-redundant store with a single writer instance takes to move its writer to
/// another zone, when the lost zone may hold it; nothing for stores that write in every zone
/// (DynamoDB, Cosmos DB, Spanner and other quorum stores) or that are not zone-redundant.
std::optional<std::pair<double, std::string>> zoneFailover(const DesignIndex& d, const Service& s)
{
    if (!d.flag(s, "zoneRedundant").value_or(true))
        return std::nullopt;
    if (s.kind == "aws.aurora-global") {
        if (d.number(s, "instancesPerRegion").value_or(2.0) >= 2.0)
            return std::pair{30.0, std::string("Aurora promotes its replica in another zone, "
                                               "typically within 30 s (Amazon Aurora FAQs, "
                                               "high availability)")};
        return std::pair{900.0, std::string("Aurora has no replica to promote and creates a new "
                                            "writer, typically under 15 min (Amazon Aurora "
                                            "FAQs, high availability)")};
    }
    if (s.kind == "azure.sql-database")
        return std::pair{30.0, std::string("zone-redundant Azure SQL fails over to a replica in "
                                           "another zone, typically within 30 s (Azure SQL "
                                           "\"High availability\", unverified)")};
    return std::nullopt;
}

/// A partial loss in one region: which services are down, and whether their data goes with
/// them (a zone can take a single-zone store's disk along; a service outage keeps the data).
class PartialOutage
{
public:
    PartialOutage(const DesignIndex& d, const Region& region, Services down, bool dataLost)
        : m_d(d)
        , m_region(region)
        , m_down(std::move(down))
        , m_dataLost(dataLost)
    {}

    void run(ScenarioResult& result);

private:
    Services brokenIn(const Service& endpoint) const
    {
        Services out;
        for (const auto* s : dependencyClosure(m_d, endpoint))
            if (contains(m_down, s))
                out.push_back(s);
        return out;
    }
    const Service* detectingRouter(const EntryPaths& paths, const Service& endpoint,
                                   const Services& broken) const;
    void simulateFlow(const Service& entry, ScenarioResult& result);
    void waitForZoneFailovers(const Service& entry, const EntryPaths& paths, FlowOutcome& flow,
                              ScenarioResult& result);
    void collectStores(ScenarioResult& result) const;
    void collectCapacity(ScenarioResult& result) const;
    double regionShare() const { return m_region.trafficPercent / 100.0; }

    const DesignIndex& m_d;
    const Region& m_region;
    Services m_down;
    bool m_dataLost;
    TimeEstimate m_worst;
    bool m_unrecoverable = false;
    bool m_trafficMoved = false;
};

/// The edge service that moves users off `endpoint` when `broken` fail: it must health-check
/// the failed service itself, or health-check the endpoint (or a service behind it) on a path
/// that is not the shallow "/" (RES-024), or be a CDN whose origin failover or a load balancer
/// whose outlier detection sees the errors.
const Service* PartialOutage::detectingRouter(const EntryPaths& paths, const Service& endpoint,
                                              const Services& broken) const
{
    const auto closure = dependencyClosure(m_d, endpoint);
    for (const auto* edge : paths.edge) {
        if (!trafficFailover(m_d, *edge))
            continue;
        const auto path = m_d.text(*edge, "healthCheckPath");
        const bool deep = !path || !(path->empty() || *path == "/");
        for (const auto* link : m_d.outgoing(edge->id)) {
            const auto* target = m_d.design().service(link->to);
            if (!target || !contains(closure, target))
                continue;
            if (link->kind == LinkKind::HealthCheck && !healthCheckRefused(m_d, *link) &&
                (contains(broken, target) || deep))
                return edge;
            // Outlier detection counts the errors users get, whatever fails behind the backend.
            if (link->kind == LinkKind::Route &&
                m_d.flag(*edge, "outlierDetection").value_or(false))
                return edge;
            if (link->kind == LinkKind::Origin && m_d.flag(*edge, "originFailover").value_or(false))
                return edge;
        }
    }
    return nullptr;
}

/// A zone loss the flow survives in its region may still take the writer instance of a
/// zone-redundant store: users stay, and wait for the store to fail over to another zone.
void PartialOutage::waitForZoneFailovers(const Service& entry, const EntryPaths& paths,
                                         FlowOutcome& flow, ScenarioResult& result)
{
    if (entry.isGlobal() && m_region.trafficPercent <= 0.0)
        return;
    Seconds longest = 0.0 * seconds;
    std::string basis;
    for (const auto* e : paths.endpoints) {
        if (!e->region || *e->region != m_region.id)
            continue;
        for (const auto* dep : dependencyClosure(m_d, *e)) {
            const auto failover = zoneFailover(m_d, *dep);
            if (!failover || basis.find(dep->id.value + ":") != std::string::npos)
                continue;
            longest = std::max(longest, failover->first * seconds);
            basis += "; " + dep->id.value + ": " + failover->second;
        }
    }
    if (basis.empty())
        return;
    flow.affected = true;
    m_worst.expected = std::max(m_worst.expected, longest);
    m_worst.worst = std::max(m_worst.worst, longest);
    result.rtoBasis += m_d.label(entry) + ": users stay in " + m_d.label(m_region) +
                       "; writes wait for the in-region failover" + basis + "; ";
}

void PartialOutage::simulateFlow(const Service& entry, ScenarioResult& result)
{
    FlowOutcome flow;
    flow.entryId = entry.id.value;
    const auto paths = entryPaths(m_d, entry);
    const Service* hit = nullptr;
    Services broken;
    for (const auto* e : paths.endpoints) {
        const bool carries = !entry.isGlobal() || m_region.trafficPercent > 0.0;
        if (!carries || !e->region || *e->region != m_region.id)
            continue;
        broken = brokenIn(*e);
        if (!broken.empty()) {
            hit = e;
            break;
        }
    }
    flow.affected = hit != nullptr;
    if (!hit) {
        flow.survives = true;
        if (m_dataLost)
            waitForZoneFailovers(entry, paths, flow, result);
        result.flows.push_back(std::move(flow));
        return;
    }
    for (const auto* b : broken)
        flow.brokenBy.push_back(b->id.value);
    // Another endpoint whose whole closure answers, and the promotion its stores wait for.
    const Service* alternative = nullptr;
    PathWaits waits;
    bool waitsKnown = true;
    for (const auto* e : paths.endpoints) {
        if (e == hit || !brokenIn(*e).empty())
            continue;
        alternative = e;
        for (const auto* dep : dependencyClosure(m_d, *e)) {
            if (!m_d.kind(*dep) || !isDataStore(m_d.kind(*dep)->category))
                continue;
            const auto* writer = writerOf(m_d, replicaGroup(m_d, *dep));
            const auto recovery = storeRecovery(m_d, *dep);
            if (!writer || !contains(m_down, writer) || recovery.multiWriter)
                continue;
            if (recovery.promotion)
                waits.promotion = std::max(waits.promotion, *recovery.promotion);
            else
                waitsKnown = false;
            waits.manualPromotion =
                waits.manualPromotion || recovery.promotionMode == PromotionMode::Manual;
        }
        break;
    }
    const auto* router = alternative ? detectingRouter(paths, *hit, broken) : nullptr;
    std::string names;
    for (const auto* b : broken)
        names += (names.empty() ? "" : ", ") + m_d.label(*b);
    if (!alternative) {
        m_unrecoverable = true;
        result.rtoBasis += m_d.label(entry) + ": " + names +
                           " down and no other region serves this flow; it waits for the "
                           "service to return; ";
    } else if (!router) {
        m_unrecoverable = true;
        result.rtoBasis += m_d.label(entry) + ": no router sees " + names +
                           " fail (no health check on it, and none deeper than \"/\" on " +
                           m_d.label(*hit) + "), so users keep being sent to " +
                           m_d.label(m_region) + "; ";
    } else if (!waitsKnown) {
        m_unrecoverable = true;
        result.rtoBasis += m_d.label(entry) + ": promotion time of a store on the way to " +
                           m_d.label(*alternative) + " is unknown; ";
    } else {
        const auto f = *trafficFailover(m_d, *router);
        const auto decision = m_d.design().operations.manualDecisionTime;
        std::string basis = f.basis;
        // The same composition as a region loss: a manual decision only for a manual promotion.
        const auto rto = failoverRto(f, waits, decision, basis);
        if (waits.promotion.value() > 0)
            basis += "; store promotion " + formatSignificant(waits.promotion.value()) + " s";
        if (waits.manualPromotion)
            basis += manualPromotionBasis(decision);
        m_worst.expected = std::max(m_worst.expected, rto.expected);
        m_worst.worst = std::max(m_worst.worst, rto.worst);
        m_trafficMoved = true;
        flow.survives = true;
        flow.brokenBy.clear();
        for (const auto* s : paths.edge)
            flow.path.push_back(s->id.value);
        for (const auto* s : dependencyClosure(m_d, *alternative))
            flow.path.push_back(s->id.value);
        result.rtoBasis += m_d.label(entry) + ": " +
                           (router == &entry ? "" : m_d.label(*router) + " ") + "fails over to " +
                           m_d.label(*alternative) + ": " + basis + "; ";
    }
    result.flows.push_back(std::move(flow));
}

void PartialOutage::collectStores(ScenarioResult& result) const
{
    const auto& w = m_d.design().workload;
    const double writesPerSecond = w.peakRate.value() * w.writePercent / 100.0 * regionShare();
    for (const auto* s : m_d.servicesIn(m_region.id)) {
        const auto* kind = m_d.kind(*s);
        if (!kind || !isDataStore(kind->category))
            continue;
        const bool down = contains(m_down, s);
        const bool records =
            kind->category == Category::Database || kind->category == Category::ObjectStore;
        StoreImpact impact;
        impact.storeId = s->id.value;
        if (!down) {
            if (!records || !m_dataLost)
                continue;
            impact.rpo = impact.rpoTypical = 0.0 * seconds;
            impact.basis = "zone-redundant: synchronous copies in the region's other zones";
        } else if (!records) {
            impact.basis = "in-flight " + std::string(enumName(kind->category)) +
                           " data is stranded until the service returns; not counted in the RPO";
        } else if (!m_dataLost) {
            impact.rpo = impact.rpoTypical = 0.0 * seconds;
            impact.basis = "an outage of the service, not a loss of its data: writes not yet "
                           "replicated reach the other regions when it returns";
        } else {
            const auto group = replicaGroup(m_d, *s);
            const bool liveReplica = std::any_of(group.begin(), group.end(),
                                                 [&](auto* r) { return !contains(m_down, r); });
            const auto recovery = storeRecovery(m_d, *s);
            if (liveReplica && (recovery.multiWriter || writerOf(m_d, group) == s)) {
                impact.rpo = recovery.rpo;
                impact.rpoTypical = recovery.typicalLag ? recovery.typicalLag : recovery.rpo;
                impact.promotion = recovery.promotion;
                impact.basis = "single-zone, lost with its zone; " + recovery.basis;
            } else if (liveReplica) {
                impact.rpo = impact.rpoTypical = 0.0 * seconds;
                impact.basis = "a replica that takes no writes: nothing only it held";
            } else {
                const auto restore = restoreEstimate(m_d, *s, false);
                impact.rpo = impact.rpoTypical = restore.rpo;
                impact.promotion = restore.time;
                impact.basis = "single-zone and no replica: " + restore.basis;
            }
        }
        // What holds no records has no RPO of its own: it is listed, not counted.
        if (records)
            addStoreLoss(result, std::move(impact), writesPerSecond);
        else
            result.stores.push_back(std::move(impact));
    }
}

void PartialOutage::collectCapacity(ScenarioResult& result) const
{
    // Only users moved to other regions load them; those kept in the region load nobody new.
    if (!m_trafficMoved)
        return;
    double total = 0.0;
    for (const auto* r : m_d.servingRegions())
        if (r->id != m_region.id)
            total += r->trafficPercent + r->headroomPercent;
    for (const auto* r : m_d.servingRegions()) {
        if (r->id == m_region.id)
            continue;
        CapacityImpact c;
        c.regionId = r->id.value;
        c.capacityPercent = r->trafficPercent + r->headroomPercent;
        c.requiredPercent =
            r->trafficPercent + (total > 0.0 ? m_region.trafficPercent * c.capacityPercent / total
                                             : m_region.trafficPercent);
        result.capacity.push_back(c);
    }
}

void PartialOutage::run(ScenarioResult& result)
{
    for (const auto* entry : userEntries(m_d))
        simulateFlow(*entry, result);
    if (!m_unrecoverable)
        result.rto = m_worst;
    if (m_down.empty() && result.rtoBasis.empty())
        result.rtoBasis = "every service in " + m_d.label(m_region) +
                          " is zone-redundant: the provider serves from the other zones";
    while (!result.rtoBasis.empty() &&
           (result.rtoBasis.back() == ' ' || result.rtoBasis.back() == ';'))
        result.rtoBasis.pop_back();
    collectStores(result);
    collectCapacity(result);
}

/// Every regional service some user flow needs, in flow order, once.
Services servicesOnFlows(const DesignIndex& d)
{
    Services out;
    for (const auto* entry : userEntries(d)) {
        for (const auto* e : entryPaths(d, *entry).endpoints) {
            for (const auto* s : dependencyClosure(d, *e)) {
                if (!s->isGlobal() && !contains(out, s))
                    out.push_back(s);
            }
        }
    }
    return out;
}

} // namespace

Seconds zoneRtoTarget(const DesignIndex& design)
{
    const auto& t = design.design().targets;
    return t.zone.rto.value_or(tierDefaults(t.tier).zoneRto);
}

Seconds zoneRpoTarget(const DesignIndex& design)
{
    const auto& t = design.design().targets;
    return t.zone.rpo.value_or(tierDefaults(t.tier).zoneRpo);
}

std::vector<Disruption> partialDisruptions(const DesignIndex& design)
{
    std::vector<Disruption> out;
    for (const auto* r : design.servingRegions()) {
        if (!design.servicesIn(r->id).empty())
            out.push_back({DisruptionKind::ZoneDown, r->id.value});
    }
    // A service down matters where users are sent to it: every region that carries traffic. A
    // standby's services carry none until a failover, so their outage affects nobody.
    for (const auto* s : servicesOnFlows(design)) {
        const auto* region = design.design().region(*s->region);
        if (region && region->trafficPercent > 0.0)
            out.push_back({DisruptionKind::ServiceDown, s->id.value});
    }
    return out;
}

ScenarioResult simulateZoneLoss(const DesignIndex& design, const Disruption& disruption)
{
    ScenarioResult result;
    result.disruption = disruption;
    result.rtoTarget = zoneRtoTarget(design);
    result.rpoTarget = zoneRpoTarget(design);
    const auto* region = design.design().region(RegionId{disruption.elementId});
    result.title = "a zone of " + (region ? design.label(*region) : disruption.elementId) + " down";
    if (!region)
        return result;
    Services down;
    for (const auto* s : design.servicesIn(region->id)) {
        if (!design.flag(*s, "zoneRedundant").value_or(true))
            down.push_back(s);
    }
    PartialOutage(design, *region, std::move(down), true).run(result);
    return result;
}

ScenarioResult simulateServiceLoss(const DesignIndex& design, const Disruption& disruption)
{
    ScenarioResult result;
    result.disruption = disruption;
    result.rtoTarget = design.regionRto();
    result.rpoTarget = design.regionRpo();
    const auto* service = design.design().service(ServiceId{disruption.elementId});
    const auto* region =
        service && service->region ? design.design().region(*service->region) : nullptr;
    result.title = (service ? design.label(*service) : disruption.elementId) + " down" +
                   (region ? " in " + design.label(*region) : "");
    if (!region)
        return result;
    PartialOutage(design, *region, {service}, false).run(result);
    return result;
}

} // namespace rs
