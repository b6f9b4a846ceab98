#include "ReplicationModeOf.h"
#include "RuleAreas.h"
#include "RuleHelpers.h"

#include <algorithm>
#include <array>

// Topology and redundancy: RES-001 to RES-009 of reference/resilience-model.md §5.
namespace rs::rules {

namespace {

bool isCriticalTier(Tier tier)
{
    return tier == Tier::MissionCritical || tier == Tier::Critical;
}

// RES-001
void checkRequestPathRegions(const DesignIndex& d, FindingSink& sink)
{
    const auto tier = d.design().targets.tier;
    if (!isCriticalTier(tier))
        return;
    const auto path = requestPath(d);
    Services workers; // compute and gateways: what actually serves the requests
    Services regional;
    for (const auto& [id, s] : d.design().services) {
        if (!inServingRegion(d, s) || !path.contains(s))
            continue;
        regional.push_back(&s);
        if (d.is(s, Category::Compute) || d.is(s, Category::ApiGateway))
            workers.push_back(&s);
    }
    // A path of global services only is multi-region by nature.
    const auto& serving = workers.empty() ? regional : workers;
    const auto regions = regionsOf(d, serving);
    if (serving.empty() || regions.size() >= 2)
        return;
    auto elements = ids(serving);
    appendIds(elements, regions);
    sink.add("The workload is " + std::string(enumName(tier)) +
                 ", but its request path runs only in " + labels(d, regions) + ", on " +
                 labels(d, serving) + ": losing that region stops every request.",
             std::move(elements));
}

// RES-002
void checkStoresReplicatedToServingRegions(const DesignIndex& d, FindingSink& sink)
{
    const auto& serving = d.servingRegions();
    if (serving.size() < 2)
        return;
    const auto flows = userFlows(d);
    const auto used = [&](const Service& s) {
        return flows.contains(s) && isDataStoreService(d, s);
    };
    forEachReplicaGroup(d, used, [&](const Services& group) {
        const auto* writer = writerOf(d, group);
        const auto* kind = d.kind(*writer);
        if (!kind)
            return;
        const auto& modes = kind->replication.modes;
        // Stores that cannot replicate at all (SQS, Pub/Sub) need a store per region: RES-004.
        // Queues hold work in flight, not records: a queue per region is the usual active-active
        // pattern, and what is stranded in a lost region is RES-009's concern.
        if (kind->category == Category::Queue ||
            std::all_of(modes.begin(), modes.end(),
                        [](ReplicationMode m) { return m == ReplicationMode::None; }) ||
            writer->isGlobal() || spansRegionsByItself(d, *writer))
            return;
        const bool replicates = replicationModeOf(d, *writer) != ReplicationMode::None;
        const auto present = regionsOf(d, replicates ? group : Services{writer});
        std::vector<const Region*> missing;
        for (const auto* r : serving) {
            if (std::find(present.begin(), present.end(), r) == present.end())
                missing.push_back(r);
        }
        if (missing.empty())
            return;
        auto elements = ids(group);
        appendIds(elements, missing);
        std::string message = d.label(*writer) + " " + whereIs(d, *writer) +
                              " has no copy in the serving region" +
                              (missing.size() > 1 ? "s " : " ") + labels(d, missing);
        if (group.size() > 1 && !replicates)
            message += " (replicas are drawn, but its replication mode is none)";
        message += ": requests served there have no " + kind->name + " data of their own.";
        sink.add(std::move(message), std::move(elements));
    });
}

// RES-003
void checkCrossRegionCalls(const DesignIndex& d, FindingSink& sink)
{
    // Cross-region calls first: they are rare, and only then is the request path worth tracing.
    struct Call
    {
        const Link* link;
        const Service* from;
        const Service* to;
        bool forwarding; ///< a secondary forwarding writes to its writer (from)
    };
    std::vector<Call> calls;
    for (const auto& [id, region] : d.design().regions) {
        for (const auto* from : d.servicesIn(region.id)) {
            for (const auto* link : d.outgoing(from->id)) {
                if (link->kind != LinkKind::Request && link->kind != LinkKind::Replication)
                    continue;
                const auto* to = linkTarget(d, *link);
                if (!to || to->isGlobal() || *to->region == region.id)
                    continue;
                if (link->kind == LinkKind::Request)
                    calls.push_back({link, from, to, false});
                else if (d.flag(*to, "writeForwarding").value_or(false))
                    calls.push_back({link, from, to, true});
            }
        }
    }
    if (calls.empty())
        return;
    const auto path = requestPath(d);
    for (const auto& call : calls) {
        if (call.forwarding && path.contains(*call.to))
            sink.add(d.label(*call.to) + " " + whereIs(d, *call.to) +
                         " forwards writes to its writer " + d.label(*call.from) + " " +
                         whereIs(d, *call.from) +
                         ": every write on the request path is a cross-region call.",
                     {call.to->id.value, call.from->id.value, call.link->id.value});
        else if (!call.forwarding && path.contains(*call.from))
            sink.add(d.label(*call.from) + " " + whereIs(d, *call.from) + " calls " +
                         d.label(*call.to) + " " + whereIs(d, *call.to) +
                         " synchronously on the request path: requests wait for the cross-region "
                         "round trip and fail when either region fails.",
                     {call.link->id.value, call.from->id.value, call.to->id.value});
    }
}

// RES-004
std::string dependsVerb(LinkKind kind)
{
    switch (kind) {
    case LinkKind::Request:
        return "calls";
    case LinkKind::Event:
        return "publishes to";
    case LinkKind::UsesKey:
        return "encrypts with";
    case LinkKind::UsesSecret:
        return "reads secrets from";
    case LinkKind::Authenticates:
        return "authenticates with";
    default:
        return "depends on";
    }
}

void checkRegionSelfContained(const DesignIndex& d, FindingSink& sink)
{
    for (const auto* region : d.servingRegions()) {
        const auto& local = d.servicesIn(region->id);
        for (const auto* from : local) {
            for (const auto* link : d.outgoing(from->id)) {
                const auto k = link->kind;
                const bool dependency = k == LinkKind::Request || k == LinkKind::Event ||
                                        k == LinkKind::UsesKey || k == LinkKind::UsesSecret ||
                                        k == LinkKind::Authenticates;
                const auto* to = dependency ? linkTarget(d, *link) : nullptr;
                if (!to || to->isGlobal() || *to->region == region->id ||
                    replicatedBySetting(d, *to) || spansRegionsByItself(d, *to))
                    continue;
                const auto copies = replicaGroup(d, *to);
                if (std::any_of(copies.begin(), copies.end(),
                                [&](const Service* s) { return s->region == from->region; }))
                    continue; // a copy is in this region: the call itself is RES-003
                const auto counterpart =
                    std::find_if(local.begin(), local.end(), [&](const Service* s) {
                        return s != from && s->kind == to->kind;
                    });
                const bool hasCounterpart = counterpart != local.end();
                // For calls, a counterpart in the region makes this RES-003's cross-region call.
                if (hasCounterpart && k == LinkKind::Request)
                    continue;
                const auto* kind = d.kind(*to);
                std::string message = d.label(*from) + " " + whereIs(d, *from) + " " +
                                      dependsVerb(k) + " " + d.label(*to) + " " + whereIs(d, *to) +
                                      ", so " + d.label(*region) +
                                      " cannot run without that region: ";
                message += hasCounterpart
                               ? "link it to " + d.label(**counterpart) + " in its own region."
                               : "it has no " + (kind ? kind->name : to->kind) + " of its own.";
                sink.add(std::move(message), {link->id.value, from->id.value, to->id.value});
            }
        }
    }
}

// RES-005
void checkStaticStability(const DesignIndex& d, FindingSink& sink)
{
    for (const auto& [id, region] : d.design().regions) {
        if (region.role != RegionRole::WarmStandby && region.role != RegionRole::PilotLight)
            continue;
        const std::string role(enumName(region.role));
        if (region.trafficPercent + region.headroomPercent <= 0.0)
            sink.add(d.label(region) + " is a " + role +
                         " region with no capacity (0 % traffic and 0 % headroom): it must be "
                         "scaled up during the failover before it can serve.",
                     {region.id.value});
        for (const auto* s : d.servicesIn(region.id)) {
            if (d.flag(*s, "preProvisioned").value_or(true))
                continue;
            sink.add(d.label(*s) + " in the " + role + " region " + d.label(region) +
                         " is not pre-provisioned: it must scale out at the moment of failover, "
                         "when capacity is scarcest.",
                     {s->id.value, region.id.value});
        }
    }
}

// RES-006
void checkSingleZone(const DesignIndex& d, FindingSink& sink)
{
    const auto path = requestPath(d);
    // Not a structured binding: clang 14 cannot capture one in the lambda below.
    for (const auto& entry : d.design().services) {
        const Service& s = entry.second;
        if (s.isGlobal() || !path.contains(s))
            continue;
        const auto* kind = d.kind(s);
        if (!kind)
            continue;
        const auto text = [&](std::string_view name) {
            const auto* v = propertyValue(*kind, s, name);
            return v && std::holds_alternative<std::string>(*v) ? std::get<std::string>(*v)
                                                                : std::string();
        };
        const auto* zoneRedundant = propertyValue(*kind, s, "zoneRedundant");
        std::string why;
        if (zoneRedundant && *zoneRedundant == PropertyValue{false})
            why = "zone redundancy is off";
        else if (kind->category != Category::ObjectStore)
            continue;
        else if (text("storageClass") == "one-zone-ia")
            why = "storage class one-zone-ia";
        else if (const auto r = text("redundancy"); r == "LRS" || r == "GRS" || r == "RA-GRS")
            why = "redundancy " + r + " keeps the primary copy in one zone";
        else
            continue;
        sink.add(d.label(s) + " " + whereIs(d, s) + " on the request path runs in a single zone (" +
                     why + "): losing that zone stops the path in the whole region.",
                 {s.id.value});
    }
}

// RES-007
void checkQuorumRegionCount(const DesignIndex& d, FindingSink& sink)
{
    const auto store = [&](const Service& s) { return isDataStoreService(d, s); };
    forEachReplicaGroup(d, store, [&](const Services& group) {
        const auto* writer = writerOf(d, group);
        const auto* kind = d.kind(*writer);
        if (!kind)
            return;
        const auto mode = replicationModeOf(d, *writer);
        const auto& modes = kind->replication.modes;
        const bool quorumKind =
            std::find(modes.begin(), modes.end(), ReplicationMode::Async) == modes.end();
        std::string what;
        if (d.text(*writer, "survivalGoal").value_or("") == "region")
            what = "the region survival goal";
        else if (mode == ReplicationMode::SyncQuorum && !quorumKind)
            what = "synchronous (quorum) replication across regions";
        else if (mode != ReplicationMode::None &&
                 d.text(*writer, "consistency").value_or("") == "strong")
            what = "strong consistency across regions";
        else
            return;
        const auto regions = regionsOf(d, group);
        if (regions.size() >= 3)
            return;
        auto elements = ids(group);
        appendIds(elements, regions);
        sink.add(d.label(*writer) + " uses " + what +
                     ", which needs replicas in at least 3 regions to keep a quorum when one is "
                     "lost; it has " +
                     std::to_string(regions.size()) + " (" + labels(d, regions) + ").",
                 std::move(elements));
    });
}

/// An alternate ingress that does not share the edge service's fate, in the provider's terms
/// (AWS Fault Isolation Boundaries S7; Front Door high availability S15; Cloud DNS routing
/// policies S22).
std::string alternateIngress(Provider provider)
{
    switch (provider) {
    case Provider::Aws:
        return "Route 53 failover records that can answer with the regional API Gateway or load "
               "balancer endpoints directly";
    case Provider::Azure:
        return "Traffic Manager in front of Front Door with a path to an Application Gateway or "
               "the API Management gateways (S15)";
    case Provider::Gcp:
        return "Cloud DNS routing policies that can answer with regional load balancers or the "
               "Cloud Run URLs";
    case Provider::Neutral:
        break;
    }
    return "a second DNS or CDN provider that can reach the regional endpoints";
}

/// A WAF policy that routes only to edge services (a CDN or load balancer it is attached to)
/// runs inside them: it shares their fate rather than adding its own in series.
bool attachedToEdge(const DesignIndex& d, const Service& waf)
{
    const auto& out = d.outgoing(waf.id);
    return d.is(waf, Category::Waf) && !out.empty() &&
           std::all_of(out.begin(), out.end(), [&](const Link* l) {
               const auto* to = linkTarget(d, *l);
               return to && to->isGlobal() &&
                      (d.is(*to, Category::Cdn) || d.is(*to, Category::Router));
           });
}

/// A DNS router's data plane answers from many locations and is what failover relies on; only
/// its control plane (record edits) is a regional risk, which RES-025 covers (S6, S7).
bool dnsDataPlane(const DesignIndex& d, const Service& s)
{
    const auto* kind = d.kind(s);
    return kind && kind->routing && kind->routing->type == RoutingType::Dns;
}

// RES-008
void checkGlobalSharedFate(const DesignIndex& d, FindingSink& sink)
{
    const auto path = requestPath(d);
    Services entries;
    Services edge;
    bool regionalOnPath = false;
    for (const auto& [id, s] : d.design().services) {
        if (!path.contains(s))
            continue;
        regionalOnPath = regionalOnPath || !s.isGlobal();
        if (isEntryPoint(d, s))
            entries.push_back(&s);
        if (s.isGlobal() &&
            (d.is(s, Category::Router) || d.is(s, Category::Cdn) || d.is(s, Category::Waf)) &&
            !dnsDataPlane(d, s) && !attachedToEdge(d, s))
            edge.push_back(&s);
    }
    if (!regionalOnPath)
        return;
    for (const auto* shared : edge) {
        // Is any regional endpoint still reachable from the entry points without it?
        ServiceSet seen;
        Services pending;
        for (const auto* e : entries) {
            if (e != shared && seen.insert(*e))
                pending.push_back(e);
        }
        bool bypassed = false;
        while (!pending.empty() && !bypassed) {
            const auto* s = pending.back();
            pending.pop_back();
            bypassed = !s->isGlobal();
            for (const auto* l : d.outgoing(s->id)) {
                const auto* to = l->kind == LinkKind::Route || l->kind == LinkKind::Origin ||
                                         l->kind == LinkKind::Request
                                     ? linkTarget(d, *l)
                                     : nullptr;
                if (to && to != shared && seen.insert(*to))
                    pending.push_back(to);
            }
        }
        if (bypassed)
            continue;
        sink.add("Every request passes through " + d.label(*shared) + ", a global " +
                     d.kind(*shared)->name +
                     " service whose outage or bad change hits all regions at once; no alternate "
                     "ingress bypasses it. An alternate: " +
                     alternateIngress(d.kind(*shared)->provider) + ".",
                 {shared->id.value});
    }
    // Identity providers run globally too: sign-in fails everywhere with them.
    for (const auto& [id, idp] : d.design().services) {
        if (!idp.isGlobal() || !d.is(idp, Category::Identity))
            continue;
        Services users;
        for (const auto* l : d.incoming(idp.id)) {
            const auto* from = l->kind == LinkKind::Authenticates ? linkSource(d, *l) : nullptr;
            if (from && path.contains(*from))
                users.push_back(from);
        }
        if (users.empty())
            continue;
        auto elements = ids(users);
        elements.insert(elements.begin(), idp.id.value);
        sink.add(labels(d, users) + " on the request path rel" + (users.size() > 1 ? "y" : "ies") +
                     " on " + d.label(idp) + ", a global " + d.kind(idp)->name +
                     " identity provider that fails for all regions at once.",
                 std::move(elements));
    }
}

// RES-009
void checkAsyncConsumers(const DesignIndex& d, FindingSink& sink)
{
    const bool multiRegion = d.servingRegions().size() >= 2;
    for (const auto& [id, q] : d.design().services) {
        if (!d.is(q, Category::Queue) && !d.is(q, Category::EventBus))
            continue;
        const auto& out = d.outgoing(q.id);
        const auto& in = d.incoming(q.id);
        const auto isReplication = [](const Link* l) { return l->kind == LinkKind::Replication; };
        const bool replicated = replicationModeOf(d, q) != ReplicationMode::None ||
                                std::any_of(out.begin(), out.end(), isReplication) ||
                                std::any_of(in.begin(), in.end(), isReplication);
        if (!multiRegion && !replicated)
            continue;
        if (!d.flag(q, "deadLetterQueue").value_or(true))
            sink.add(d.label(q) + " " + whereIs(d, q) +
                         " has no dead-letter queue: messages that keep failing during and "
                         "after a failover are dropped or block the consumers.",
                     {q.id.value});
        for (const auto* link : out) {
            const auto* consumer = link->kind == LinkKind::Event ? linkTarget(d, *link) : nullptr;
            if (!consumer || d.flag(*consumer, "idempotent").value_or(true))
                continue;
            sink.add(d.label(*consumer) + " consumes " + d.label(q) +
                         " but is not idempotent: messages are delivered at least once and "
                         "replayed after a failover, so it would apply some of them twice.",
                     {consumer->id.value, q.id.value, link->id.value});
        }
    }
}

constexpr std::array topologyRuleTable{
    Rule{"RES-001", "Critical workloads serve requests from two or more regions",
         RuleArea::Topology, Severity::Error,
         "A workload of tier critical or mission-critical must survive the loss of a region, which "
         "only works if its request path (the compute and gateways reached from the entry points "
         "over route, origin and request links) runs in at least two serving regions.",
         "AWS Well-Architected REL10-BP01 (deploy the workload to multiple locations); Azure WAF "
         "RE:05 (redundancy) (S52, S57)",
         "Deploy the request path (API gateway, compute) in a second serving region and route to "
         "both from a global router with health checks; or lower the tier if a region outage is "
         "acceptable.",
         checkRequestPathRegions},
    Rule{"RES-002", "Data stores used by the flows have a copy in every serving region",
         RuleArea::Topology, Severity::Error,
         "Compute in a second region is of no use if the data it needs stays in the failed one. "
         "Each data store a user flow reaches needs a replica (a store of the same kind joined by "
         "replication links) in every serving region; stores that span regions by themselves "
         "(Spanner, Firestore, CockroachDB in sync-quorum, dual- or multi-region locations) and "
         "global ones count as present everywhere. Stores that cannot replicate (SQS, Pub/Sub) "
         "are left to RES-004.",
         "AWS Well-Architected REL10 (fault isolation); AWS Multi-Region Fundamentals, fundamental "
         "3 (S52, S53)",
         "Enable cross-region replication (DynamoDB global table, Aurora global database, S3 "
         "CRR, ElastiCache global datastore, Cosmos DB regions) and draw the replica in each "
         "serving region that lacks one, linked with a replication link.",
         checkStoresReplicatedToServingRegions},
    Rule{"RES-003", "No synchronous call crosses regions on the request path", RuleArea::Topology,
         Severity::Warning,
         "A request link from a service in one region to a service in another ties both regions "
         "into every request: latency grows by the round trip and a failure of either region "
         "fails the request, so a region is no longer an isolated failure domain. Aurora write "
         "forwarding from a secondary makes the same cross-region call.",
         "AWS Multi-Region Fundamentals, fundamental 3 (no cross-region calls); AWS Prescriptive "
         "Guidance, DynamoDB global tables: calls should not go across Regions (S53, S26)",
         "Call the copy of the dependency in the caller's own region (a replica, or the same "
         "service deployed there); send writes to the local replica or route the user to the "
         "writer region instead of forwarding writes.",
         checkCrossRegionCalls},
    Rule{"RES-004", "Each serving region holds every dependency of its services",
         RuleArea::Topology, Severity::Error,
         "A region can take over only if it runs alone: its services' calls, published events, "
         "keys, secrets and identity providers must be in the region itself, global, or "
         "replicated into it. A dependency that exists only in another region makes the two "
         "regions fail together.",
         "AWS Multi-Region Fundamentals, fundamental 3 (each Region operates independently); AWS "
         "Fault Isolation Boundaries (S53, S7)",
         "Deploy the dependency (or a replica: multi-region key, replicated secret, a queue per "
         "region) in every serving region and link each service to the copy in its own region.",
         checkRegionSelfContained},
    Rule{"RES-005", "Standby regions are statically stable", RuleArea::Topology, Severity::Warning,
         "A standby that must create or scale capacity during the failover depends on control "
         "planes and capacity at the worst moment, when every other customer of the region pair "
         "does the same. Warm-standby and pilot-light regions need capacity and pre-provisioned "
         "compute in place beforehand.",
         "AWS Well-Architected REL11-BP05 (use static stability) (S52)",
         "Give the standby region headroom and pre-provision its compute (provisioned "
         "concurrency, minimum instances, premium plans), or make it active with a traffic share.",
         checkStaticStability},
    Rule{"RES-006", "No single-zone service on the request path", RuleArea::Topology,
         Severity::Warning,
         "A service on the request path kept in one availability zone turns a zone failure, far "
         "more frequent than a region loss, into a regional outage and a full region failover.",
         "AWS Well-Architected REL10 (fault isolation), multi-AZ SLA terms; Azure WAF RE:05 (S52, "
         "S57)",
         "Turn on zone redundancy for the service (zone-redundant tier, a replica in another "
         "zone, a storage class or redundancy option that spans zones such as ZRS or GZRS).",
         checkSingleZone},
    Rule{"RES-007", "Strong or quorum stores span at least three regions", RuleArea::Topology,
         Severity::Error,
         "A quorum across regions keeps committing only while a majority survives: with two "
         "regions the loss of either stops writes. Cosmos DB strong consistency, CockroachDB "
         "REGION survival and DynamoDB multi-Region strong consistency (MRSC) need three regions "
         "(MRSC: three replicas, or two and a witness, which the model cannot show).",
         "AWS CloudFormation GlobalTableWitness / MRSC example (S27); CockroachDB survival goals "
         "(S37); Azure Cosmos DB resiliency recommendations (S60)",
         "Add a replica in a third region (drawn and linked by replication), or choose a weaker "
         "consistency or the zone survival goal and accept a non-zero RPO.",
         checkQuorumRegionCount},
    Rule{"RES-008", "Global shared-fate services on the request path", RuleArea::Topology,
         Severity::Info,
         "Global edge proxies (Front Door, CloudFront, a global load balancer, anycast "
         "accelerators) and global identity providers fail in all regions at once, so "
         "multi-region redundancy behind them does not help when they fail. One is reported when "
         "no alternate ingress reaches the regional endpoints without it. DNS routers are not: "
         "their data plane answers from many locations and is what failover relies on (record "
         "edits are a control-plane risk, RES-025). A WAF policy attached to a CDN or load "
         "balancer shares that service's fate and is not counted again.",
         "AWS Fault Isolation Boundaries, global services (S7); Route 53 control and data planes "
         "(S6); Azure Front Door high availability / break-glass guidance (S15); Cloud DNS routing "
         "policies (S22)",
         "Add an alternate ingress path that bypasses the shared service, as the finding "
         "suggests for its provider, or accept and document the dependency.",
         checkGlobalSharedFate},
    Rule{"RES-009", "Async consumers are idempotent and queues have dead-letter queues",
         RuleArea::Topology, Severity::Warning,
         "Queues and event buses deliver at least once, and a failover replays messages, so in a "
         "multi-region or replicated design every consumer must tolerate duplicates and every "
         "queue or bus must park messages that keep failing instead of dropping them.",
         "AWS Well-Architected REL4-BP04 (make mutating operations idempotent) (S52)",
         "Turn on the dead-letter queue of the queue or event bus, and make each consumer "
         "idempotent (idempotency keys, conditional writes) and mark it so.",
         checkAsyncConsumers},
};

} // namespace

std::span<const Rule> topologyRules()
{
    return topologyRuleTable;
}

} // namespace rs::rules
