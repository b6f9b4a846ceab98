#include "ElementLoss.h"

#include "core/TextFormat.h"
#include "core/resilience/CorruptionScenario.h"
#include "core/resilience/ReplicaGroups.h"
#include "core/resilience/UserFlows.h"

#include <algorithm>
#include <cmath>
#include <sstream>
#include <unordered_map>
#include <unordered_set>

namespace rs {

namespace {

using units::seconds;

/// Time to scale a pilot-light region up to take traffic. An assumption, not a provider figure:
/// it stands for launching and warming capacity that was not running.
constexpr double pilotLightScaleUpSeconds = 600.0;

/// Stores whose records the RPO is about; queues and caches hold transient data unless the
/// design says they must never lose an update (as RES-010 counts them).
bool holdsRecords(const DesignIndex& d, const Service& store, Category category)
{
    return category == Category::Database || category == Category::ObjectStore ||
           mustNotLoseUpdates(d, store);
}

/// What writes on one surviving path wait for: the stores whose writer was lost and that must
/// be promoted, the longest promotion, and whether an operator has to start one.
struct DataWait
{
    Seconds promotion = 0.0 * units::seconds;
    bool manual = false;
    bool known = true;
    std::string unknownWhy;
    std::string basis;
    std::vector<std::string> stores;

    void add(const Service& store, const StoreRecovery& recovery)
    {
        stores.push_back(store.id.value);
        if (!recovery.promotion) {
            known = false;
            unknownWhy = store.id.value + ": " + recovery.basis;
            return;
        }
        promotion = std::max(promotion, *recovery.promotion);
        manual = manual || recovery.promotionMode == PromotionMode::Manual;
        if (recovery.promotion->value() > 0.0)
            basis += "; " + store.id.value + " promotion " +
                     formatSignificant(recovery.promotion->value()) + " s, " +
                     std::string(enumName(recovery.promotionMode));
    }
};

void addPathElement(ScenarioResult& result, const std::string& id)
{
    if (std::find(result.failoverPath.begin(), result.failoverPath.end(), id) ==
        result.failoverPath.end())
        result.failoverPath.push_back(id);
}

class Simulator
{
public:
    Simulator(const DesignIndex& design, const Disruption& disruption)
        : m_d(design)
        , m_x(disruption)
    {}

    ScenarioResult run();

private:
    bool isDown(const Service& s) const;
    const Region* regionOf(const Service& s) const
    {
        return s.region ? m_d.design().region(*s.region) : nullptr;
    }
    double trafficOf(const Service& s) const
    {
        const auto* r = regionOf(s);
        return r ? r->trafficPercent : 0.0;
    }
    /// Whether `s`, lost, is still served by a replica or the provider's own replication.
    bool recoverable(const Service& s) const;
    void simulateFlow(const Service& entry, ScenarioResult& result, TimeEstimate& worstRto,
                      bool& unrecoverable);
    void collectStores(ScenarioResult& result) const;
    std::pair<Seconds, std::string> coldCapacity(const std::vector<const Service*>& deps) const;
    double writeRate(const Service& store) const;
    void collectCapacity(ScenarioResult& result) const;
    void collectResidency(ScenarioResult& result) const;

    const DesignIndex& m_d;
    Disruption m_x;
};

bool Simulator::isDown(const Service& s) const
{
    switch (m_x.kind) {
    case DisruptionKind::RegionDown:
        return s.region && s.region->value == m_x.elementId;
    case DisruptionKind::GlobalServiceDown:
        return s.id.value == m_x.elementId;
    case DisruptionKind::ReplicationCut:
    case DisruptionKind::ZoneDown: // simulated in ZoneScenario.cpp and CorruptionScenario.cpp
    case DisruptionKind::ServiceDown:
    case DisruptionKind::DataCorruption:
        return false;
    }
    return false;
}

bool Simulator::recoverable(const Service& s) const
{
    const auto* kind = m_d.kind(s);
    if (!kind)
        return false;
    if (kind->category == Category::Key)
        return m_d.flag(s, "multiRegion").value_or(false);
    if (kind->category == Category::Secret)
        return m_d.flag(s, "replicated").value_or(false);
    if (!isDataStore(kind->category))
        return false;
    const auto group = replicaGroup(m_d, s);
    if (std::any_of(group.begin(), group.end(), [&](const Service* r) { return !isDown(*r); }))
        return true;
    return storeRecovery(m_d, s).replicated; // the provider keeps a copy elsewhere
}

void Simulator::simulateFlow(const Service& entry, ScenarioResult& result, TimeEstimate& worstRto,
                             bool& unrecoverable)
{
    FlowOutcome flow;
    flow.entryId = entry.id.value;
    const auto paths = entryPaths(m_d, entry);
    const bool edgeDown = std::any_of(paths.edge.begin(), paths.edge.end(),
                                      [&](const Service* s) { return isDown(*s); });

    bool normalEndpointDown = false;
    std::vector<const Service*> normalUse(paths.edge.begin(), paths.edge.end());
    for (const auto* e : paths.endpoints) {
        if (trafficOf(*e) <= 0.0 && entry.isGlobal())
            continue; // a standby endpoint carries no traffic until failover
        normalEndpointDown = normalEndpointDown || isDown(*e);
        const auto deps = dependencyClosure(m_d, *e);
        normalUse.insert(normalUse.end(), deps.begin(), deps.end());
    }
    flow.affected = std::any_of(normalUse.begin(), normalUse.end(),
                                [&](const Service* s) { return isDown(*s); });

    // The surviving path: a healthy endpoint whose every dependency answers or is recovered.
    DataWait data;
    bool needsScaleUp = false;
    std::pair<Seconds, std::string> warmUp{0.0 * seconds, {}};
    for (const auto* e : paths.endpoints) {
        if (edgeDown || isDown(*e))
            continue;
        const auto deps = dependencyClosure(m_d, *e);
        std::vector<std::string> broken;
        DataWait pathData;
        for (const auto* dep : deps) {
            if (isDown(*dep) && !recoverable(*dep)) {
                broken.push_back(dep->id.value);
                continue;
            }
            if (!m_d.kind(*dep) || !isDataStore(m_d.kind(*dep)->category))
                continue;
            const auto group = replicaGroup(m_d, *dep);
            const auto* writer = writerOf(m_d, group);
            const auto recovery = storeRecovery(m_d, *dep);
            if (writer && isDown(*writer) && !recovery.multiWriter)
                pathData.add(*dep, recovery);
        }
        if (!broken.empty()) {
            for (auto& b : broken) {
                if (std::find(flow.brokenBy.begin(), flow.brokenBy.end(), b) == flow.brokenBy.end())
                    flow.brokenBy.push_back(b);
            }
            continue;
        }
        flow.survives = true;
        flow.brokenBy.clear();
        for (const auto* s : paths.edge)
            flow.path.push_back(s->id.value);
        for (const auto* s : deps)
            flow.path.push_back(s->id.value);
        data = pathData;
        const auto* region = regionOf(*e);
        needsScaleUp = region && region->role == RegionRole::PilotLight;
        if (!needsScaleUp && region && region->trafficPercent <= 0.0)
            warmUp = coldCapacity(deps);
        break;
    }
    if (edgeDown)
        for (const auto* s : paths.edge)
            if (isDown(*s))
                flow.brokenBy.push_back(s->id.value);

    if (flow.affected) {
        for (const auto& id : data.stores)
            addPathElement(result, id);
        if (!flow.survives || !data.known) {
            unrecoverable = true;
            if (flow.survives)
                result.rtoBasis += "writes on " + m_d.label(entry) +
                                   "'s path do not resume for the outage (" + data.unknownWhy +
                                   "); ";
        } else {
            TimeEstimate rto;
            std::string basis;
            const Seconds capacity =
                needsScaleUp ? pilotLightScaleUpSeconds * seconds : warmUp.first;
            const Seconds decision = m_d.design().operations.manualDecisionTime;
            // When writes are ready: an operator's decision first for a manual promotion.
            const Seconds dataReady = (data.manual ? decision : 0.0 * seconds) + data.promotion;
            const Service* router = nullptr;
            for (const auto* s : paths.edge) {
                if (trafficFailover(m_d, *s)) {
                    router = s;
                    break;
                }
            }
            if (normalEndpointDown) {
                if (!router) {
                    unrecoverable = true;
                    result.rtoBasis += m_d.label(entry) + " has no router to fail traffic over; ";
                    flow.survives = false;
                } else {
                    const auto f = *trafficFailover(m_d, *router);
                    for (const auto& id : f.elements)
                        addPathElement(result, id);
                    basis = (router == &entry ? "" : m_d.label(*router) + ": ") + f.basis;
                    rto = failoverRto(f, {data.promotion, data.manual, capacity}, decision, basis);
                }
            } else {
                // Users stay where they are; only writes wait for the store to be promoted.
                rto.expected = rto.worst = std::max(dataReady, capacity);
                basis = "traffic unaffected";
            }
            basis += data.basis;
            if (data.manual)
                basis += manualPromotionBasis(decision);
            basis += warmUp.second;
            if (needsScaleUp)
                basis += "; pilot-light scale-up " + formatSignificant(pilotLightScaleUpSeconds) +
                         " s (assumption)";
            if (flow.survives) {
                worstRto.expected = std::max(worstRto.expected, rto.expected);
                worstRto.worst = std::max(worstRto.worst, rto.worst);
                result.rtoBasis += m_d.label(entry) + ": " + basis + "; ";
            }
        }
    }
    result.flows.push_back(std::move(flow));
}

/// How long the compute of a standby that carried no traffic takes to absorb the lost region's
/// peak, and why. Warm capacity (pre-provisioned, provisioned concurrency, minimum instances)
/// takes none; cold Lambda scales by 1,000 concurrent executions every 10 s per function (AWS
/// Lambda Developer Guide, "Lambda scaling behavior"); the others (Cloud Run without minimum
/// instances, Azure Functions Consumption) publish no scale-out rate, so the basis names them
/// untimed.
std::pair<Seconds, std::string>
Simulator::coldCapacity(const std::vector<const Service*>& deps) const
{
    const auto* lost = m_x.kind == DisruptionKind::RegionDown
                           ? m_d.design().region(RegionId{m_x.elementId})
                           : nullptr;
    const double share = lost ? lost->trafficPercent / 100.0 : 1.0;
    Seconds longest = 0.0 * seconds;
    std::string basis;
    for (const auto* s : deps) {
        if (!m_d.is(*s, Category::Compute))
            continue;
        // Azure Functions Premium keeps at least one always-ready instance, and a Dedicated
        // (App Service) plan runs its instances all the time (Azure Functions hosting options).
        const auto plan = m_d.text(*s, "plan").value_or("");
        const bool warm = m_d.flag(*s, "preProvisioned").value_or(false) ||
                          m_d.number(*s, "provisionedConcurrency").value_or(0.0) > 0.0 ||
                          m_d.number(*s, "minInstances").value_or(0.0) > 0.0 || plan == "premium" ||
                          plan == "dedicated";
        if (warm)
            continue;
        if (s->kind != "aws.lambda") {
            basis += "; " + s->id.value +
                     " has no warm capacity (scale-up time not published, "
                     "not timed)";
            continue;
        }
        const double durationSeconds = m_d.number(*s, "avgDurationMs").value_or(100.0) / 1000.0;
        const double concurrency = m_d.design().workload.peakRate.value() * share * durationSeconds;
        const double steps = std::max(1.0, std::ceil(concurrency / 1000.0));
        longest = std::max(longest, steps * 10.0 * seconds);
        basis += "; " + s->id.value + " cold: " + formatSignificant(concurrency) +
                 " concurrent executions at 1,000 per 10 s = " + formatSignificant(steps * 10.0) +
                 " s (Lambda scaling behavior)";
    }
    return {longest, basis};
}

/// Peak writes per second into one store. The design gives a write share per user request and
/// calls per request on each link, not which calls write: so at most every call into the store
/// is a write, and at most the write share of requests write it. A store reached by no request
/// link takes the whole write share.
double Simulator::writeRate(const Service& store) const
{
    const auto& w = m_d.design().workload;
    double calls = 0.0;
    bool called = false;
    for (const auto* link : m_d.incoming(store.id)) {
        if (link->kind != LinkKind::Request)
            continue;
        calls += link->callsPerRequest;
        called = true;
    }
    const double writeShare = w.writePercent / 100.0;
    const double perRequest = called ? std::min(writeShare, calls) : writeShare;
    return w.peakRate.value() * trafficOf(store) / 100.0 * perRequest;
}

void Simulator::collectStores(ScenarioResult& result) const
{
    if (m_x.kind == DisruptionKind::ReplicationCut) {
        if (const auto* link = m_d.design().link(LinkId{m_x.elementId})) {
            for (const auto& end : {link->from, link->to}) {
                StoreImpact impact;
                impact.storeId = end.value;
                impact.basis = "replication paused: what is written meanwhile exists in one "
                               "region only until the link is restored";
                result.stores.push_back(std::move(impact));
            }
        }
        return;
    }
    // Only what the disruption takes down can lose data: a region's services, or one service.
    std::vector<const Service*> lost;
    if (m_x.kind == DisruptionKind::RegionDown)
        lost = m_d.servicesIn(RegionId{m_x.elementId});
    else if (const auto* s = m_d.design().service(ServiceId{m_x.elementId}))
        lost.push_back(s);
    for (const auto* lostService : lost) {
        const auto& s = *lostService;
        const auto* kind = m_d.kind(s);
        if (!kind || !isDataStore(kind->category))
            continue;
        StoreImpact impact;
        impact.storeId = s.id.value;
        const auto recovery = storeRecovery(m_d, s);
        const auto group = replicaGroup(m_d, s);
        const bool liveReplica =
            std::any_of(group.begin(), group.end(), [&](const Service* r) { return !isDown(*r); });
        // Only a copy that takes writes can hold updates nobody else has: the single writer, or
        // any replica of a multi-writer store in a region with traffic.
        const bool takesWrites =
            recovery.multiWriter ? trafficOf(s) > 0.0 : writerOf(m_d, group) == &s;
        if (!holdsRecords(m_d, s, kind->category)) {
            impact.basis = "in-flight " + std::string(enumName(kind->category)) +
                           " data is stranded until the region returns; not counted in the RPO";
            result.stores.push_back(std::move(impact));
            continue;
        }
        if (liveReplica && !takesWrites) {
            impact.rpo = impact.rpoTypical = 0.0 * seconds;
            impact.basis = "a replica that takes no writes: nothing only it held";
        } else {
            // A live replica, the provider's own copy, or a cross-region backup to restore.
            impact.rpo = recovery.rpo;
            impact.rpoTypical = recovery.typicalLag ? recovery.typicalLag : recovery.rpo;
            if (liveReplica || recovery.replicated) {
                impact.promotion = recovery.promotion;
                impact.promotionMode = recovery.promotionMode;
            }
            impact.basis = recovery.basis;
        }
        addStoreLoss(result, std::move(impact), writeRate(s));
    }
}

void Simulator::collectCapacity(ScenarioResult& result) const
{
    if (m_x.kind != DisruptionKind::RegionDown)
        return;
    const auto* lost = m_d.design().region(RegionId{m_x.elementId});
    if (!lost)
        return;
    std::vector<const Region*> survivors;
    double totalCapacity = 0.0;
    for (const auto* r : m_d.servingRegions()) {
        if (r->id == lost->id)
            continue;
        survivors.push_back(r);
        totalCapacity += r->trafficPercent + r->headroomPercent;
    }
    for (const auto* r : survivors) {
        CapacityImpact c;
        c.regionId = r->id.value;
        c.capacityPercent = r->trafficPercent + r->headroomPercent;
        // The lost share spreads over the survivors in proportion to what each can carry.
        const double weight = totalCapacity > 0.0 ? c.capacityPercent / totalCapacity
                                                  : 1.0 / static_cast<double>(survivors.size());
        c.requiredPercent = r->trafficPercent + lost->trafficPercent * weight;
        result.capacity.push_back(c);
    }
}

void Simulator::collectResidency(ScenarioResult& result) const
{
    const auto& t = m_d.design().targets;
    if (t.residency == Residency::Anywhere || m_d.servingRegions().empty())
        return;
    const Region* home = nullptr;
    for (const auto* r : m_d.servingRegions()) {
        if (!home || r->trafficPercent > home->trafficPercent)
            home = r;
    }
    const auto* homeInfo = m_d.regionInfo(*home);
    if (!homeInfo)
        return;
    std::unordered_set<std::string> reported;
    for (const auto& flow : result.flows) {
        for (const auto& id : flow.path) {
            const auto* s = m_d.design().service(ServiceId{id});
            const auto* kind = s ? m_d.kind(*s) : nullptr;
            const auto* region = s ? regionOf(*s) : nullptr;
            const auto* info = region ? m_d.regionInfo(*region) : nullptr;
            if (!kind || !isDataStore(kind->category) || !info || reported.contains(id))
                continue;
            std::string why;
            if (t.residency == Residency::SameCountry && info->country != homeInfo->country)
                why = "outside " + homeInfo->country;
            else if (t.residency == Residency::SameContinent &&
                     info->continent != homeInfo->continent)
                why = "outside " + homeInfo->continent;
            else if (t.residency == Residency::Jurisdictions &&
                     std::find(t.jurisdictions.begin(), t.jurisdictions.end(),
                               info->jurisdiction) == t.jurisdictions.end())
                why = "in jurisdiction " + info->jurisdiction + ", not an allowed one";
            if (why.empty())
                continue;
            reported.insert(id);
            result.residency.push_back(
                {id, m_d.label(*s) + " serves data from " + info->name + ", " + why});
        }
    }
}

ScenarioResult Simulator::run()
{
    ScenarioResult result;
    result.disruption = m_x;
    result.rtoTarget = m_d.regionRto();
    result.rpoTarget = m_d.regionRpo();
    switch (m_x.kind) {
    case DisruptionKind::RegionDown: {
        const auto* r = m_d.design().region(RegionId{m_x.elementId});
        result.title = (r ? m_d.label(*r) : m_x.elementId) + " down";
        break;
    }
    case DisruptionKind::GlobalServiceDown: {
        const auto* s = m_d.design().service(ServiceId{m_x.elementId});
        result.title = (s ? m_d.label(*s) : m_x.elementId) + " down";
        break;
    }
    case DisruptionKind::ReplicationCut: {
        const auto* l = m_d.design().link(LinkId{m_x.elementId});
        result.title = l ? "replication " + l->from.value + " -> " + l->to.value + " cut"
                         : m_x.elementId + " cut";
        break;
    }
    case DisruptionKind::ZoneDown:
    case DisruptionKind::ServiceDown:
    case DisruptionKind::DataCorruption:
        break;
    }
    TimeEstimate worst;
    bool unrecoverable = false;
    for (const auto* entry : userEntries(m_d))
        simulateFlow(*entry, result, worst, unrecoverable);
    if (!unrecoverable)
        result.rto = worst;
    else if (const auto* lost = m_x.kind == DisruptionKind::RegionDown
                                    ? m_d.design().region(RegionId{m_x.elementId})
                                    : nullptr) {
        // Backup and restore: no flow survives, but a restore elsewhere brings them back.
        if (const auto restore = regionRestore(m_d, *lost)) {
            result.rto = TimeEstimate{*restore->time, *restore->time};
            result.rtoBasis += "; " + restore->basis;
        }
    }
    // Each flow's basis ends in "; " to separate it from the next; the last needs none.
    while (!result.rtoBasis.empty() &&
           (result.rtoBasis.back() == ' ' || result.rtoBasis.back() == ';'))
        result.rtoBasis.pop_back();
    collectStores(result);
    collectCapacity(result);
    collectResidency(result);
    return result;
}

} // namespace

ScenarioResult simulateElementLoss(const DesignIndex& design, const Disruption& disruption)
{
    return Simulator(design, disruption).run();
}

} // namespace rs
