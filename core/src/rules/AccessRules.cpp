// Rules that read what links do (read / write) and what health checks touch: RES-046 to RES-049.
#include "RuleAreas.h"
#include "RuleHelpers.h"
#include "core/DesignIndex.h"
#include "core/resilience/FailoverModel.h"
#include "core/resilience/UserFlows.h"

#include <algorithm>
#include <set>
#include <string>
#include <vector>

namespace rs::rules {

namespace {

bool inGroup(const Services& group, const Service* s)
{
    return std::find(group.begin(), group.end(), s) != group.end();
}

// RES-046
void checkWritesToReadOnlyReplicas(const DesignIndex& d, FindingSink& sink)
{
    for (const auto& [id, link] : d.design().links) {
        if (link.kind != LinkKind::Request || !link.writes())
            continue;
        const auto* from = linkSource(d, link);
        const auto* store = linkTarget(d, link);
        const auto* region = from ? regionOf(d, *from) : nullptr;
        // A standby with no traffic writes only after its copy is promoted.
        if (!store || !region || region->trafficPercent <= 0.0 || !d.is(*store, Category::Database))
            continue;
        const auto group = replicaGroup(d, *store);
        const auto* writer = writerOf(d, group);
        const auto recovery = storeRecovery(d, *store);
        if (group.size() < 2 || !writer || writer == store || recovery.multiWriter ||
            d.flag(*store, "writeForwarding").value_or(false))
            continue;
        sink.add(d.label(*from) + " " + whereIs(d, *from) + " writes to " + d.label(*store) +
                     ", a read-only replica of " + d.label(*writer) + " " + whereIs(d, *writer) +
                     " that does not forward writes: every write from this serving region fails. "
                     "Mark the link \"read\" if it only reads.",
                 {link.id.value, from->id.value, store->id.value});
    }
}

// RES-047
void checkReadAfterWriteAcrossRegions(const DesignIndex& d, FindingSink& sink)
{
    // Every flow is followed, but a write and read pair that several entries reach (two
    // routers in front of the same region) is one cause: reported once.
    std::set<std::pair<const Link*, const Link*>> reported;
    for (const auto* entry : userEntries(d)) {
        for (const auto* endpoint : entryPaths(d, *entry).endpoints) {
            std::vector<const Link*> writes;
            std::vector<const Link*> reads;
            for (const auto* s : dependencyClosure(d, *endpoint)) {
                for (const auto* l : d.outgoing(s->id)) {
                    const auto* to = linkTarget(d, *l);
                    if (l->kind != LinkKind::Request || !to || !isDataStoreService(d, *to))
                        continue;
                    if (l->writes())
                        writes.push_back(l);
                    if (l->reads())
                        reads.push_back(l);
                }
            }
            for (const auto* w : writes) {
                const auto* written = linkTarget(d, *w);
                const auto group = replicaGroup(d, *written);
                if (storeRecovery(d, *written).rpo.value_or(1.0 * units::seconds).value() <= 0.0)
                    continue; // synchronous: every copy has the write when it commits
                for (const auto* r : reads) {
                    const auto* read = linkTarget(d, *r);
                    if (read == written || !inGroup(group, read) ||
                        read->region == written->region || !reported.insert({w, r}).second)
                        continue;
                    sink.add(d.label(*endpoint) + "'s flow writes " + d.label(*written) + " " +
                                 whereIs(d, *written) + " and reads its copy " + d.label(*read) +
                                 " " + whereIs(d, *read) +
                                 ", which replicates asynchronously: the read can miss the write "
                                 "it follows.",
                             {w->id.value, r->id.value, written->id.value, read->id.value});
                }
            }
        }
    }
}

// RES-048
void checkHealthChecksTouchADependency(const DesignIndex& d, FindingSink& sink)
{
    for (const auto& [id, link] : d.design().links) {
        const auto* target = link.kind == LinkKind::HealthCheck ? linkTarget(d, link) : nullptr;
        if (!target || !d.is(*target, Category::ApiGateway))
            continue;
        const auto& out = d.outgoing(target->id);
        const bool touches = std::any_of(out.begin(), out.end(), [](const Link* l) {
            return l->kind == LinkKind::Request || l->kind == LinkKind::Event;
        });
        if (touches)
            continue;
        sink.add(d.label(*target) + " " + whereIs(d, *target) +
                     " is health-checked but calls nothing: it answers from a mock integration, "
                     "so the check stays green while everything behind the region fails.",
                 {link.id.value, target->id.value});
    }
}

// RES-049
void checkServerlessBackendHealthChecks(const DesignIndex& d, FindingSink& sink)
{
    for (const auto& [id, link] : d.design().links) {
        if (!healthCheckRefused(d, link))
            continue;
        const auto* router = linkSource(d, link);
        const auto* target = linkTarget(d, link);
        sink.add(d.label(*router) + " health-checks " + d.label(*target) + " " +
                     whereIs(d, *target) +
                     ", a serverless backend: Google Cloud load balancers take no health check "
                     "on serverless NEGs, so this check does not exist and does not move users.",
                 {link.id.value, router->id.value, target->id.value});
    }
}

const Rule accessRuleTable[] = {
    {"RES-046", "No writes to a read-only replica", RuleArea::Data, Severity::Error,
     "A secondary of a single-writer database (an Aurora global database's secondary cluster, "
     "an Azure SQL geo-secondary) rejects writes until it is promoted; Aurora forwards them to "
     "the writer only with write forwarding on. A serving region whose code writes to its local "
     "secondary fails every write. Links are taken to read and write unless they say \"read\".",
     "Amazon RDS API CreateDBCluster EnableGlobalWriteForwarding (\"by default, write "
     "operations are not allowed on Aurora DB clusters that are secondary clusters\"); Aurora "
     "UG \"Using write forwarding in an Amazon Aurora global database\"",
     "Send the region's writes to the writer (and accept the cross-region call, RES-003), turn "
     "on write forwarding (writeForwarding), or mark the link \"read\" if the calls only read.",
     checkWritesToReadOnlyReplicas},
    {"RES-047", "No read of another region's copy right after a write", RuleArea::Data,
     Severity::Warning,
     "Asynchronous replication delivers a write to the other copies later (DynamoDB global "
     "tables typically within a second, Cosmos DB up to its staleness bound): a flow that "
     "writes one copy and then reads another region's copy can read stale data.",
     "Microsoft, reliability in Azure Cosmos DB for NoSQL: session consistency and reads in other "
     "regions (S33); DynamoDB global tables (S26)",
     "Read from the copy the flow wrote (same region), use a strongly consistent store, or make "
     "the read tolerate the lag.",
     checkReadAfterWriteAcrossRegions},
    {"RES-048", "Health checks touch a dependency", RuleArea::Traffic, Severity::Warning,
     "A health check on a gateway route with a mock integration (or any gateway that calls "
     "nothing) is answered by the gateway alone: it never fails with the region's functions or "
     "data, so the router keeps sending users to a broken region.",
     "Route 53 DG \"How Amazon Route 53 determines whether a health check is healthy\" (S2); "
     "AWS Well-Architected REL11-BP01 (S52)",
     "Point the health check at a route that calls the region's function and data store (a "
     "deep health endpoint).",
     checkHealthChecksTouchADependency},
    {"RES-049", "No health checks on Google serverless backends", RuleArea::Traffic,
     Severity::Warning,
     "Backend services with serverless NEGs (Cloud Run, Cloud Run functions) take no health "
     "check; the API refuses one. Failover between regions comes from outlier detection on the "
     "backend service or from Cloud Run service health (readiness probes with minimum "
     "instances).",
     "Google Cloud \"Serverless network endpoint groups overview\"; Compute API "
     "BackendService.outlierDetection (applies to serverless NEGs); Cloud Run \"Automate "
     "cross-region failover with service health\"; hashicorp/terraform-provider-google #7433",
     "Remove the health check and configure outlier detection on the backend service "
     "(outlierDetection), or Cloud Run service health with minInstances of at least 1 per "
     "region.",
     checkServerlessBackendHealthChecks},
};

} // namespace

std::span<const Rule> accessRules()
{
    return accessRuleTable;
}

} // namespace rs::rules
