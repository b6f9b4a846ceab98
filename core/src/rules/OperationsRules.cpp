#include "ReplicationModeOf.h"
#include "RuleAreas.h"
#include "RuleHelpers.h"
#include "core/DesignIndex.h"

#include <cstdio>
#include <string>
#include <unordered_set>
#include <vector>

namespace rs::rules {

namespace {

/// Monitoring services that raise alarms.
std::vector<const Service*> alarmingMonitors(const DesignIndex& d)
{
    std::vector<const Service*> out;
    for (const auto& [id, s] : d.design().services) {
        if (d.is(s, Category::Monitoring) && d.number(s, "alarmCount").value_or(0.0) > 0.0)
            out.push_back(&s);
    }
    return out;
}

bool sameProvider(const DesignIndex& d, const Service& monitor, Provider provider)
{
    const auto* kind = d.kind(monitor);
    return kind && (kind->provider == Provider::Neutral || provider == Provider::Neutral ||
                    kind->provider == provider);
}

/// Whether an alarming monitor sees a region's metrics: it is global or in the region, or it
/// observes across regions, and it belongs to the region's provider.
bool watches(const DesignIndex& d, const Service& monitor, const Region& region)
{
    if (!sameProvider(d, monitor, region.provider))
        return false;
    return monitor.isGlobal() || *monitor.region == region.id ||
           d.flag(monitor, "crossRegionObservability").value_or(false);
}

/// What the alarming monitors watch: services linked to one directly, and regions whose metrics
/// one sees. Built once per check so that the rules stay linear in the design.
struct Coverage
{
    std::unordered_set<std::string> services;
    std::unordered_set<std::string> regions;
};

Coverage coverage(const DesignIndex& d, const std::vector<const Service*>& monitors)
{
    Coverage c;
    for (const auto* m : monitors) {
        for (const auto* link : d.outgoing(m->id))
            c.services.insert(link->to.value);
        for (const auto* link : d.incoming(m->id))
            c.services.insert(link->from.value);
        for (const auto& [id, region] : d.design().regions) {
            if (watches(d, *m, region))
                c.regions.insert(id.value);
        }
    }
    return c;
}

// --- The rules -------------------------------------------------------------------------------

void checkReplicationLagAlarms(const DesignIndex& d, FindingSink& sink)
{
    const auto seen = coverage(d, alarmingMonitors(d));
    for (const auto& [id, link] : d.design().links) {
        if (link.kind != LinkKind::Replication)
            continue;
        const auto* from = d.design().service(link.from);
        const auto* to = d.design().service(link.to);
        if (!from || !to || replicationModeOf(d, *from) == ReplicationMode::SyncQuorum)
            continue; // a quorum has no lag to watch
        const auto* fromRegion = regionOf(d, *from);
        const auto* toRegion = regionOf(d, *to);
        const bool watched = seen.services.count(from->id.value) ||
                             seen.services.count(to->id.value) ||
                             (fromRegion && seen.regions.count(fromRegion->id.value)) ||
                             (toRegion && seen.regions.count(toRegion->id.value));
        if (watched)
            continue;
        const auto* kind = d.kind(*from);
        std::string lag = "no published lag figure";
        if (kind && kind->replication.typicalLagSeconds)
            lag = "typical lag " + formatDecimal(*kind->replication.typicalLagSeconds) +
                  " s, bounded by no SLA";
        sink.add("Replication from " + d.label(*from) + " to " + d.label(*to) + " (" + lag +
                     ") has no lag alarm: no monitoring service with alarms watches either "
                     "region, so the actual RPO is unknown until a failover",
                 {from->id.value, to->id.value, id.value});
    }
}

void checkRouterHealthAlarms(const DesignIndex& d, FindingSink& sink)
{
    const auto monitors = alarmingMonitors(d);
    const auto seen = coverage(d, monitors);
    for (const auto* router : d.globalServices()) {
        bool checks = false;
        for (const auto* link : d.outgoing(router->id))
            checks = checks || link->kind == LinkKind::HealthCheck;
        if (!checks)
            continue;
        const auto* kind = d.kind(*router);
        bool watched = seen.services.count(router->id.value) > 0;
        for (const auto* m : monitors)
            watched = watched || sameProvider(d, *m, kind->provider);
        if (watched)
            continue;
        sink.add(d.label(*router) + "'s health-check state is not alarmed: no " +
                     (kind->provider == Provider::Neutral
                          ? std::string("monitoring service")
                          : std::string(enumName(kind->provider)) + " monitoring service") +
                     " with alarms is in the design, so nobody learns that it failed over or "
                     "that an endpoint is down",
                 {router->id.value});
    }
}

void checkDrTestCadence(const DesignIndex& d, FindingSink& sink)
{
    constexpr double maxDays = 90.0;
    if (d.design().regions.empty())
        return;
    const auto& cadence = d.design().operations.drTestCadenceDays;
    if (!cadence) {
        sink.add("No disaster-recovery test is planned: a failover that was never rehearsed "
                 "tends to fail when it is needed",
                 {});
    } else if (*cadence > maxDays) {
        sink.add("Disaster recovery is tested every " + formatDecimal(*cadence) +
                     " days, less often than every 90 days",
                 {});
    }
}

void checkFailoverRunbook(const DesignIndex& d, FindingSink& sink)
{
    const auto& ops = d.design().operations;
    // A single-region design has nowhere to fail over to: no failover advice for it.
    if (d.design().regions.size() < 2 || ops.failoverRunbook)
        return;
    if (ops.decision == FailoverDecision::Manual)
        sink.add("Failover is decided by a person (" +
                     formatDecimal(ops.manualDecisionTime.value()) +
                     " s counted) but is neither scripted nor written down as a runbook: the "
                     "steps are improvised under pressure",
                 {});
    else
        sink.add("Traffic fails over automatically, but no script or runbook covers the rest of "
                 "the recovery (promoting data, checking capacity, confirming the switch)",
                 {});
}

void checkMonitoringOutsidePrimary(const DesignIndex& d, FindingSink& sink)
{
    if (d.servingRegions().size() < 2)
        return;
    const auto* primary = homeRegion(d);
    if (!primary)
        return;
    std::vector<std::string> ids{primary->id.value};
    std::vector<std::string> names;
    for (const auto& [id, s] : d.design().services) {
        if (!d.is(s, Category::Monitoring))
            continue;
        if (!s.region || *s.region != primary->id)
            return; // some monitoring lives elsewhere
        ids.push_back(id.value);
        names.push_back(d.label(s));
    }
    if (names.empty())
        return;
    sink.add("All monitoring (" + joinList(names) + ") runs in " + d.label(*primary) +
                 ", the primary region: the outage that calls for a failover also blinds the "
                 "alarms and dashboards",
             std::move(ids));
}

// --- The catalogue ---------------------------------------------------------------------------

const Rule operationsRuleTable[] = {
    {"RES-037", "Replication lag is alarmed", RuleArea::Operations, Severity::Warning,
     "Asynchronous replication publishes its lag but no provider bounds it; without an alarm "
     "the data a failover would lose is unknown. A monitoring service with alarms in (or "
     "observing) either region of a replication link, or linked to one of its stores, counts "
     "as watching it.",
     "DynamoDB global tables ReplicationLatency (S26); Aurora lag (S29); S3 Replication Time "
     "Control (S39); Azure Storage Last Sync Time (S41)",
     "Add a monitoring service with alarms (alarmCount above 0) in the replica's region, or one "
     "that observes across regions, and alarm on the store's replication-lag metric.",
     checkReplicationLagAlarms},
    {"RES-038", "Router health is alarmed", RuleArea::Operations, Severity::Warning,
     "Health checks that flip silently leave the team unaware that users were moved, or that "
     "an endpoint is down and failover no longer has a target.",
     "AWS Well-Architected REL6 monitor workload resources (S52); Azure Well-Architected RE:10 "
     "monitoring and alerting (S57)",
     "Add a monitoring service of the router's provider with alarms (alarmCount above 0) on the "
     "health-check status, or link one to the router.",
     checkRouterHealthAlarms},
    {"RES-039", "Disaster recovery is tested at least every 90 days", RuleArea::Operations,
     Severity::Warning,
     "Untested failover procedures drift from the system they recover; quarterly tests keep "
     "them working.",
     "Front Door break-glass guidance, quarterly tests (S15); AWS Well-Architected REL12-BP05 and "
     "REL13-BP03 (S52); Azure RE:08 (S57)",
     "Plan disaster-recovery tests at least every 90 days (operations.drTestCadenceDays).",
     checkDrTestCadence},
    {"RES-040", "Failover is scripted or has a runbook", RuleArea::Operations, Severity::Info,
     "Recovery that is automated or written down is faster and repeatable; improvised steps add "
     "time and mistakes to the RTO.",
     "AWS Well-Architected REL13-BP05 automate recovery (S52)",
     "Script the failover (for example ARC Region switch) or write a runbook, and set "
     "operations.failoverRunbook.",
     checkFailoverRunbook},
    {"RES-041", "Monitoring is not hosted only in the primary region", RuleArea::Operations,
     Severity::Warning,
     "Monitoring that lives only in the primary region goes blind exactly when that region "
     "fails; in December 2021 AWS's own monitoring was impaired by the us-east-1 event. The "
     "primary is the serving region with the largest traffic share.",
     "AWS us-east-1 event of 7 December 2021 (S46)",
     "Host monitoring and alerting in another region as well (or use a global monitoring "
     "service), and make it observe the primary from outside.",
     checkMonitoringOutsidePrimary},
};

} // namespace

std::span<const Rule> operationsRules()
{
    return operationsRuleTable;
}

} // namespace rs::rules
