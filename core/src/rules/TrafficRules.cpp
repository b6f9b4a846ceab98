#include "RuleAreas.h"
#include "RuleHelpers.h"
#include "core/DesignIndex.h"
#include "core/resilience/FailoverModel.h"

#include <cstdio>
#include <string>
#include <unordered_set>
#include <vector>

namespace rs::rules {

namespace {

// --- Helpers shared by the traffic rules -----------------------------------------------------

/// A service whose kind can move traffic between endpoints: routers, and CDNs with origin
/// failover (the catalogue gives both a `routing` section).
bool isRouter(const DesignIndex& d, const Service& s)
{
    const auto* kind = d.kind(s);
    return kind && kind->routing.has_value();
}

struct Endpoint
{
    const Link* link;
    const Service* service;
    const Region* region; ///< null for a global endpoint
};

/// Where a router or CDN sends traffic: the targets of its route and origin links.
std::vector<Endpoint> endpoints(const DesignIndex& d, const Service& router)
{
    std::vector<Endpoint> out;
    for (const auto* link : d.outgoing(router.id)) {
        if (link->kind != LinkKind::Route && link->kind != LinkKind::Origin)
            continue;
        if (const auto* target = d.design().service(link->to))
            out.push_back({link, target, regionOf(d, *target)});
    }
    return out;
}

std::size_t regionCount(const std::vector<Endpoint>& eps)
{
    std::unordered_set<std::string> regions;
    for (const auto& e : eps) {
        if (e.region)
            regions.insert(e.region->id.value);
    }
    return regions.size();
}

/// A router that sends users to endpoints in two or more regions, so it is what fails them
/// over; a CDN counts only when its origin failover is switched on.
bool spansRegions(const DesignIndex& d, const Service& s)
{
    return isRouter(d, s) && regionCount(endpoints(d, s)) >= 2;
}

bool failsOver(const DesignIndex& d, const Service& s)
{
    if (!spansRegions(d, s))
        return false;
    return !d.is(s, Category::Cdn) || d.flag(s, "originFailover").value_or(true);
}

/// The routers of the design that fail users over between regions.
std::vector<const Service*> failoverRouters(const DesignIndex& d)
{
    std::vector<const Service*> out;
    for (const auto* s : d.globalServices()) {
        if (failsOver(d, *s))
            out.push_back(s);
    }
    return out;
}

/// What a router's health checks cover: the services it probes and their regions (a deeper
/// check in a region covers the region's endpoints). Built once per router so that checking
/// every endpoint stays linear.
class HealthChecks
{
public:
    HealthChecks(const DesignIndex& d, const Service& router)
    {
        for (const auto* link : d.outgoing(router.id)) {
            if (link->kind != LinkKind::HealthCheck)
                continue;
            m_services.insert(link->to.value);
            const auto* target = d.design().service(link->to);
            if (target && target->region)
                m_regions.insert(target->region->value);
        }
    }

    bool cover(const Endpoint& e) const
    {
        return m_services.count(e.service->id.value) ||
               (e.region && m_regions.count(e.region->id.value));
    }

private:
    std::unordered_set<std::string> m_services;
    std::unordered_set<std::string> m_regions;
};

std::string where(const DesignIndex& d, const Endpoint& e)
{
    return e.region ? d.label(*e.region) : std::string("the global edge");
}

// --- The rules -------------------------------------------------------------------------------

void checkRouterHealthChecks(const DesignIndex& d, FindingSink& sink)
{
    // Every router that spans regions must probe each regional endpoint; a CDN must have its
    // origin failover switched on.
    for (const auto* router : d.globalServices()) {
        if (!spansRegions(d, *router))
            continue;
        const auto eps = endpoints(d, *router);
        if (d.is(*router, Category::Cdn)) {
            if (d.flag(*router, "originFailover").value_or(true))
                continue;
            std::vector<std::string> ids{router->id.value};
            for (const auto& e : eps)
                ids.push_back(e.link->id.value);
            sink.add(d.label(*router) + " fetches from origins in " +
                         std::to_string(regionCount(eps)) +
                         " regions without an origin failover group: when the primary "
                         "origin's region fails, requests keep going to it",
                     std::move(ids));
            continue;
        }
        // Outlier detection ejects a failing backend by the errors users get: it covers every
        // endpoint as a health check would (the only way for serverless backends, RES-049). A
        // health check the API refuses is RES-049's to report.
        if (d.flag(*router, "outlierDetection").value_or(false))
            continue;
        const HealthChecks checks(d, *router);
        for (const auto& e : eps) {
            if (!e.region || checks.cover(e))
                continue;
            sink.add(d.label(*router) + " routes to " + d.label(*e.service) + " in " + where(d, e) +
                         " without a health check: it keeps sending users there "
                         "after the region fails",
                     {router->id.value, e.service->id.value, e.link->id.value});
        }
    }

    // Entry points of a multi-region design that no router reaches cannot be failed over.
    std::unordered_set<std::string> reached;
    std::vector<const Service*> queue;
    for (const auto& [id, s] : d.design().services) {
        if (isRouter(d, s))
            queue.push_back(&s);
    }
    while (!queue.empty()) {
        const auto* s = queue.back();
        queue.pop_back();
        for (const auto& e : endpoints(d, *s)) {
            if (reached.insert(e.service->id.value).second)
                queue.push_back(e.service);
        }
    }
    std::vector<const Service*> entries;
    std::unordered_set<std::string> entryRegions;
    for (const auto* region : d.servingRegions()) {
        for (const auto* s : d.servicesIn(region->id)) {
            if (!d.is(*s, Category::ApiGateway))
                continue;
            bool internal = false;
            for (const auto* link : d.incoming(s->id))
                internal = internal || link->kind == LinkKind::Request;
            if (internal)
                continue;
            entries.push_back(s);
            entryRegions.insert(region->id.value);
        }
    }
    if (entryRegions.size() < 2)
        return;
    for (const auto* s : entries) {
        if (reached.count(s->id.value))
            continue;
        sink.add(d.label(*s) + " is an entry point in " + d.label(*regionOf(d, *s)) +
                     " of a design served from " + std::to_string(entryRegions.size()) +
                     " regions, but no global router sends users to it, so nothing moves them "
                     "when a region fails",
                 {s->id.value});
    }
}

void checkFailoverTime(const DesignIndex& d, FindingSink& sink)
{
    const double rto = d.regionRto().value();
    for (const auto* router : failoverRouters(d)) {
        const auto failover = trafficFailover(d, *router);
        if (!failover)
            continue;
        const double worst = failover->total().worst.value();
        if (worst <= rto)
            continue;
        sink.add(d.label(*router) + " fails traffic over in at worst " + formatDecimal(worst) +
                     " s (" + failover->basis + "), over the " + formatDecimal(rto) +
                     " s region RTO",
                 {router->id.value});
    }
}

void checkDnsTtl(const DesignIndex& d, FindingSink& sink)
{
    constexpr double maxTtl = 60.0; // Route 53 FAQ (S5)
    for (const auto* router : failoverRouters(d)) {
        const auto* kind = d.kind(*router);
        if (kind->routing->type != RoutingType::Dns)
            continue;
        const auto ttl = d.number(*router, "ttlSeconds");
        if (!ttl || *ttl <= maxTtl)
            continue;
        sink.add(d.label(*router) + " answers with a TTL of " + formatDecimal(*ttl) +
                     " s: resolvers keep sending users to a failed region for up to " +
                     formatDecimal(*ttl) +
                     " s after the switch, over the 60 s recommended for DNS failover",
                 {router->id.value});
    }
}

void checkShallowHealthChecks(const DesignIndex& d, FindingSink& sink)
{
    for (const auto* router : d.globalServices()) {
        const auto path = d.text(*router, "healthCheckPath");
        if (!path || !(path->empty() || *path == "/"))
            continue;
        std::vector<std::string> parts;
        std::vector<std::string> ids{router->id.value};
        for (const auto* link : d.outgoing(router->id)) {
            if (link->kind != LinkKind::HealthCheck)
                continue;
            const auto* target = d.design().service(link->to);
            if (!target)
                continue;
            std::vector<std::string> deps;
            for (const auto* call : d.outgoing(target->id)) {
                const auto* dep = d.design().service(call->to);
                if (call->kind == LinkKind::Request && dep)
                    deps.push_back(d.label(*dep));
            }
            if (deps.empty())
                continue;
            parts.push_back("it reaches " + d.label(*target) + " but not " + joinList(deps) +
                            " behind it");
            ids.push_back(target->id.value);
            ids.push_back(link->id.value);
        }
        if (parts.empty())
            continue;
        std::string message = d.label(*router) + " health-checks the path \"" + *path + "\": ";
        for (std::size_t i = 0; i < parts.size(); ++i)
            message += (i > 0 ? "; " : "") + parts[i];
        sink.add(message + ". A region whose dependencies fail still looks healthy and keeps "
                           "its traffic",
                 std::move(ids));
    }
}

/// Regions whose provider's routing control plane is known (S6, S7): editing the router's
/// configuration there is a control-plane action in one region.
std::string_view controlPlaneRegion(std::string_view kind)
{
    return kind == "aws.route53" ? "us-east-1" : "";
}

void checkControlPlaneFailover(const DesignIndex& d, FindingSink& sink)
{
    if (d.design().operations.decision != FailoverDecision::Manual)
        return;
    for (const auto* router : failoverRouters(d)) {
        if (d.is(*router, Category::Cdn))
            continue;
        std::vector<std::string> names;
        std::vector<std::string> ids{router->id.value};
        const HealthChecks checks(d, *router);
        for (const auto& e : endpoints(d, *router)) {
            if (!e.region || checks.cover(e))
                continue;
            names.push_back(d.label(*e.service));
            ids.push_back(e.service->id.value);
        }
        if (names.empty())
            continue;
        std::string message = "Failover is manual and " + d.label(*router) +
                              " has no health check (or routing control) on " + joinList(names) +
                              ", so moving users means editing its records or weights: a "
                              "control-plane action during the outage";
        const auto plane = controlPlaneRegion(router->kind);
        for (const auto& [id, region] : d.design().regions) {
            if (plane.empty() || region.provider != Provider::Aws || region.code != plane)
                continue;
            message += ", and its control plane runs in " + d.label(region) +
                       ", a region this design itself depends on";
            ids.push_back(id.value);
        }
        sink.add(std::move(message), std::move(ids));
    }
}

/// Routers that fail open (send traffic to every endpoint when all look down): S10, S13, S20.
bool failsOpen(std::string_view kind)
{
    return kind == "azure.traffic-manager" || kind == "azure.front-door" ||
           kind == "aws.global-accelerator";
}

void checkProbesAllowed(const DesignIndex& d, FindingSink& sink)
{
    for (const auto* router : d.globalServices()) {
        for (const auto* check : d.outgoing(router->id)) {
            if (check->kind != LinkKind::HealthCheck)
                continue;
            const auto* target = d.design().service(check->to);
            if (!target)
                continue;
            // The WAFs the probe passes: the target itself, or a WAF routing to it.
            std::vector<const Service*> wafs;
            if (d.is(*target, Category::Waf))
                wafs.push_back(target);
            for (const auto* in : d.incoming(target->id)) {
                const auto* from = d.design().service(in->from);
                if (in->kind == LinkKind::Route && from && d.is(*from, Category::Waf))
                    wafs.push_back(from);
            }
            for (const auto* waf : wafs) {
                if (d.flag(*waf, "probeSourcesAllowed").value_or(true))
                    continue;
                sink.add(
                    d.label(*router) + " probes " + d.label(*target) + " through " + d.label(*waf) +
                        ", which does not allow the probe sources: the endpoint looks "
                        "down while it is healthy" +
                        (failsOpen(router->kind)
                             ? ", and once all do the router fails open and sends users "
                               "to every endpoint, failed regions included"
                             : ", so the router fails over for no reason or not at all"),
                    waf == target
                        ? std::vector<std::string>{router->id.value, waf->id.value, check->id.value}
                        : std::vector<std::string>{router->id.value, waf->id.value,
                                                   target->id.value, check->id.value});
            }
        }
    }
}

void checkGeoRoutingFallback(const DesignIndex& d, FindingSink& sink)
{
    for (const auto* router : d.globalServices()) {
        if (!spansRegions(d, *router))
            continue;
        const auto policy = d.text(*router, "routingPolicy").value_or("");
        if (router->kind == "azure.traffic-manager" && policy == "geographic" &&
            !d.flag(*router, "nestedProfiles").value_or(false)) {
            sink.add(d.label(*router) +
                         " uses geographic routing without nested profiles: users of a failed "
                         "region's geography get no other endpoint",
                     {router->id.value});
        } else if (router->kind == "gcp.cloud-dns" && policy == "geolocation" &&
                   d.flag(*router, "geofencing").value_or(false)) {
            sink.add(d.label(*router) +
                         " uses geofenced geolocation routing: users stay in their location "
                         "even when every endpoint there is unhealthy",
                     {router->id.value});
        }
    }
}

void checkDataBeforeTraffic(const DesignIndex& d, FindingSink& sink)
{
    const auto& ops = d.design().operations;
    const bool manual = ops.decision == FailoverDecision::Manual;
    for (const auto* router : failoverRouters(d)) {
        // A person following a runbook promotes the data before moving users, but only where
        // moving users is their act: health checks move them on their own (S28, S54).
        const auto& out = d.outgoing(router->id);
        const bool healthChecked = std::any_of(
            out.begin(), out.end(), [](const Link* l) { return l->kind == LinkKind::HealthCheck; });
        if (manual && ops.failoverRunbook && !healthChecked)
            continue;
        std::unordered_set<std::string> seen;
        const auto failover = trafficFailover(d, *router);
        for (const auto& e : endpoints(d, *router)) {
            if (!e.region || !seen.insert(e.region->id.value).second)
                continue;
            for (const auto* store : d.servicesIn(e.region->id)) {
                const auto* kind = d.kind(*store);
                if (!kind || !isDataStore(kind->category))
                    continue;
                std::vector<std::string> ids{router->id.value, store->id.value};
                for (const auto* in : d.incoming(store->id)) {
                    if (in->kind == LinkKind::Replication)
                        ids.push_back(in->id.value);
                }
                if (ids.size() == 2)
                    continue; // not a replica
                const auto recovery = storeRecovery(d, *store);
                if (!recovery.replicated || recovery.multiWriter ||
                    (recovery.promotion && recovery.promotion->value() == 0.0))
                    continue;
                const std::string promotion =
                    recovery.promotion ? "promotion takes about " +
                                             formatDecimal(recovery.promotion->value()) + " s"
                                       : "no promotion time is known";
                const std::string how =
                    manual && healthChecked
                        ? "its health checks move users on their own, before the manual "
                          "promotion the runbook orders"
                    : manual ? "failover is manual but no runbook makes promotion come first"
                             : "the switch is automatic, at worst " +
                                   formatDecimal(failover ? failover->total().worst.value() : 0.0) +
                                   " s after the failure, and does not wait for it";
                sink.add(d.label(*router) + " can move users to " + d.label(*e.region) +
                             ", where " + d.label(*store) +
                             " is a read-only replica until promoted (" + promotion + "); " + how +
                             ", so writes sent there fail until then",
                         std::move(ids));
            }
        }
    }
}

void checkUnboundedClientCaches(const DesignIndex& d, FindingSink& sink)
{
    for (const auto* router : failoverRouters(d)) {
        if (d.text(*router, "clientDnsCache").value_or("") != "unbounded")
            continue;
        const auto ttl = d.number(*router, "ttlSeconds").value_or(0.0);
        sink.add(d.label(*router) +
                     " fails over by DNS, but its clients cache answers without "
                     "limit: they ignore the " +
                     formatDecimal(ttl) + " s TTL and keep calling a failed region until restarted",
                 {router->id.value});
    }
}

void checkFailbackPlan(const DesignIndex& d, FindingSink& sink)
{
    const auto& serving = d.servingRegions();
    if (serving.size() < 2 || d.design().operations.failbackPlan)
        return;
    std::vector<std::string> ids;
    for (const auto* region : serving)
        ids.push_back(region->id.value);
    sink.add("The design fails over between " + std::to_string(serving.size()) +
                 " regions but no failback procedure is defined: returning to the recovered "
                 "region (resync data, shift traffic back) is left to improvisation",
             std::move(ids));
}

// --- The catalogue ---------------------------------------------------------------------------

const Rule trafficRuleTable[] = {
    {"RES-021", "Multi-region entry points are behind a router with health checks",
     RuleArea::Traffic, Severity::Error,
     "A router only moves users off a failed region if it probes each regional endpoint; an "
     "entry point that no router reaches, or a CDN without an origin failover group, keeps "
     "sending users to the failed region.",
     "AWS Well-Architected Reliability REL11-BP02, fail over to healthy resources (S52)",
     "Put every regional entry point behind a global router (Route 53, Traffic Manager, Front "
     "Door, Global Accelerator, ...) and add a health-check link from the router to each "
     "regional endpoint; for CloudFront, switch on the origin failover group.",
     checkRouterHealthChecks},
    {"RES-022", "Traffic failover fits the region RTO", RuleArea::Traffic, Severity::Warning,
     "Traffic failover takes detection (interval x threshold), the failover decision and DNS "
     "caching; the worst case must fit the region RTO before any data recovery is counted.",
     "AWS Well-Architected REL13 disaster recovery (S52); failover time as detection plus decision "
     "plus DNS caching, with the routers' published health-check timings (S1-S5, S10, S13, S17, "
     "S18, S24)",
     "Shorten detection (fast 10 s health checks, a lower failure threshold), lower the DNS TTL, "
     "use an anycast or proxy router that is not delayed by DNS caches, make the decision "
     "automatic, or relax the region RTO.",
     checkFailoverTime},
    {"RES-023", "DNS failover records have a TTL of at most 60 s", RuleArea::Traffic,
     Severity::Warning,
     "Resolvers keep serving the old answer until the TTL expires, so the TTL adds directly to "
     "the failover time.",
     "Amazon Route 53 FAQ: use a TTL of 60 s or less with DNS failover (S5)",
     "Set the router's record TTL (ttlSeconds) to 60 s or less.", checkDnsTtl},
    {"RES-024", "Health checks exercise the critical dependencies", RuleArea::Traffic,
     Severity::Warning,
     "A health check on the root path only proves that the front end answers; a region whose "
     "functions or database fail keeps receiving traffic. The check's path stands for how deep "
     "it goes: \"/\" is taken as shallow.",
     "Azure Traffic Manager endpoint monitoring (S10); AWS Well-Architected REL11-BP01 (S52)",
     "Point the router's health check (healthCheckPath) at a deep health endpoint that calls "
     "the region's critical dependencies, or health-check the deepest service directly.",
     checkShallowHealthChecks},
    {"RES-025", "Failover needs no control-plane action", RuleArea::Traffic, Severity::Error,
     "Control planes (record edits, configuration changes) are less available than data planes "
     "and may be impaired by the same event; Route 53's runs in us-east-1. The model has no "
     "plan steps: a manual failover through a router with unchecked endpoints is taken to mean "
     "editing records.",
     "AWS Well-Architected REL11-BP04, rely on the data plane during recovery (S52); Route 53 "
     "control and data planes (S6); AWS Fault Isolation Boundaries, global services (S7)",
     "Give the router a health check or data-plane routing control (such as ARC routing "
     "controls, S54) on every regional endpoint so that failing over flips a switch instead of "
     "editing records, or make failover automatic.",
     checkControlPlaneFailover},
    {"RES-026", "Health probes reach every endpoint", RuleArea::Traffic, Severity::Warning,
     "A WAF that blocks the router's probes makes healthy endpoints look down; Traffic Manager, "
     "Front Door and Global Accelerator then fail open and send users everywhere, failed "
     "regions included.",
     "Traffic Manager monitoring (S10); Front Door health probes (S13); Global Accelerator "
     "failover (S20)",
     "Allow the router's probe sources on every WAF in front of a health-checked endpoint "
     "(probeSourcesAllowed).",
     checkProbesAllowed},
    {"RES-027", "Geographic routing has somewhere to fail over to", RuleArea::Traffic,
     Severity::Warning,
     "Traffic Manager's geographic routing does not fail over to another endpoint unless each "
     "region is a nested profile; a geofenced Cloud DNS geolocation policy keeps users in their "
     "location even when it is down.",
     "Traffic Manager monitoring (S10); Cloud DNS routing policies (S22)",
     "Use nested profiles under geographic routing (nestedProfiles), switch off geofencing, or "
     "use a priority/failover policy.",
     checkGeoRoutingFallback},
    {"RES-028", "Data fails over before traffic", RuleArea::Traffic, Severity::Error,
     "Users moved to a region whose database is still a read-only replica get write errors. "
     "The model has no failover plan graph: traffic is taken to wait for data only when a "
     "person runs failover from a runbook.",
     "Aurora Global Database disaster recovery (S28); ARC Region switch (S54)",
     "Promote the data first and move traffic after (manual failover with a runbook, or "
     "orchestration such as ARC Region switch), or use a multi-writer or quorum store in the "
     "regions the router fails over to.",
     checkDataBeforeTraffic},
    {"RES-029", "Clients honour DNS TTLs behind DNS failover", RuleArea::Traffic, Severity::Info,
     "Clients that cache DNS answers without limit (Java with a security manager) never follow "
     "a DNS failover until they restart. The router's clientDnsCache property says how its "
     "clients cache.",
     "Java networkaddress.cache.ttl defaults (S8); browser DNS caches (S9)",
     "Bound the clients' DNS cache (networkaddress.cache.ttl of 60 s or less), or put them "
     "behind an anycast or proxy router that does not depend on DNS caches.",
     checkUnboundedClientCaches},
    {"RES-030", "A failback procedure is defined", RuleArea::Traffic, Severity::Info,
     "After a failover the design runs without a standby; returning to the recovered region "
     "needs data resynchronised and traffic shifted back, which is riskier unplanned.",
     "Front Door break-glass guidance (S15); AWS Well-Architected REL13 (S52)",
     "Write and test a failback procedure and set operations.failbackPlan.", checkFailbackPlan},
};

} // namespace

std::span<const Rule> trafficRules()
{
    return trafficRuleTable;
}

} // namespace rs::rules
