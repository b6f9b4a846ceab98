#include "core/resilience/FailoverModel.h"

#include "ReplicationModeOf.h"
#include "core/TextFormat.h"

#include <algorithm>
#include <cmath>
#include <sstream>

namespace rs {

namespace {

using units::seconds;

/// Detection time per reference/resilience-model.md §6.1, by the router's detection formula.
TimeEstimate detection(const DesignIndex& d, const Service& router, Detection kind,
                       std::string& basis)
{
    const double interval = d.number(router, "healthCheckIntervalSeconds").value_or(30.0);
    // A timeout counts only where the kind declares one; Route 53's checker timeouts fall within
    // its interval, as in the reference's worked example A.
    const double timeout = d.number(router, "probeTimeoutSeconds").value_or(0.0);
    switch (kind) {
    case Detection::IntervalThreshold: {
        const double threshold = d.number(router, "failureThreshold").value_or(3.0);
        const double t = interval * threshold + timeout;
        basis = "detection " + formatSignificant(interval) + " s x " +
                formatSignificant(threshold) +
                (timeout > 0 ? " + " + formatSignificant(timeout) + " s timeout" : "") + " = " +
                formatSignificant(t) + " s";
        return {t * seconds, t * seconds};
    }
    case Detection::ToleratedFailures: {
        // Marked degraded on the (N+1)th failure; the failure lands anywhere in an interval.
        const double tolerated = d.number(router, "toleratedFailures").value_or(3.0);
        const double best = interval * tolerated + timeout;
        const double worst = interval * (tolerated + 1.0) + timeout;
        basis = "detection " + formatSignificant(interval) + " s x (" +
                formatSignificant(tolerated) + " + 1) + " + formatSignificant(timeout) +
                " s timeout: " + formatSignificant(best) + " to " + formatSignificant(worst) + " s";
        return {(best + worst) / 2.0 * seconds, worst * seconds};
    }
    case Detection::SampleWindow: {
        const double n = d.number(router, "sampleSize").value_or(4.0);
        const double x = d.number(router, "successfulSamplesRequired").value_or(3.0);
        const double t = interval * (n - x + 1.0);
        basis = "detection " + formatSignificant(interval) + " s x (" + formatSignificant(n) +
                " - " + formatSignificant(x) + " + 1) = " + formatSignificant(t) + " s";
        return {t * seconds, t * seconds};
    }
    case Detection::OriginAttempts: {
        const double attempts = d.number(router, "connectionAttempts").value_or(3.0);
        const double connect = d.number(router, "connectionTimeoutSeconds").value_or(10.0);
        const double t = attempts * connect;
        basis = "origin failover " + formatSignificant(attempts) + " attempts x " +
                formatSignificant(connect) + " s = " + formatSignificant(t) + " s per request";
        return {t * seconds, t * seconds};
    }
    }
    return {};
}

/// The lag the store's own settings imply, where the catalogue ties lag to a property.
std::optional<std::pair<double, std::string>> lagFor(const DesignIndex& d, const Service& store,
                                                     const ReplicationSpec& spec)
{
    if (!spec.lagByProperty)
        return std::nullopt;
    const auto value = d.text(store, spec.lagByProperty->property);
    if (!value)
        return std::nullopt;
    const auto it = spec.lagByProperty->seconds.find(*value);
    if (it == spec.lagByProperty->seconds.end())
        return std::nullopt;
    return std::pair{it->second, "asynchronous replication, published loss bound " +
                                     formatSignificant(it->second) + " s with " +
                                     spec.lagByProperty->property + " " + *value};
}

/// Outlier detection on a Google backend service ejects a backend after `consecutiveErrors`
/// (default 5) errors, at the next analysis sweep (`interval`, default 1 s): at any real request
/// rate the errors arrive well within a sweep, so one sweep is the detection (Compute API
/// reference, BackendService.outlierDetection).
constexpr double outlierSweepSeconds = 1.0;

} // namespace

bool healthCheckRefused(const DesignIndex& design, const Link& link)
{
    const auto* router = design.design().service(link.from);
    const auto* target = design.design().service(link.to);
    const auto* routerKind = router ? design.kind(*router) : nullptr;
    const auto* targetKind = target ? design.kind(*target) : nullptr;
    // Google's serverless compute (Cloud Run, Cloud Run functions) sits behind a load balancer
    // only as a serverless NEG; DNS routers are not load balancers.
    return link.kind == LinkKind::HealthCheck && routerKind && targetKind &&
           routerKind->provider == Provider::Gcp && routerKind->routing &&
           routerKind->routing->type != RoutingType::Dns && targetKind->provider == Provider::Gcp &&
           targetKind->category == Category::Compute;
}

std::optional<TrafficFailover> trafficFailover(const DesignIndex& design, const Service& router)
{
    const auto* kind = design.kind(router);
    if (!kind || !kind->routing)
        return std::nullopt;
    const bool cdn = kind->category == Category::Cdn;
    // A CDN fails over per request only through an origin group (S24); without one it keeps
    // asking its one origin, and whatever stands behind that origin moves users.
    if (cdn && !design.flag(router, "originFailover").value_or(false))
        return std::nullopt;
    TrafficFailover failover;
    failover.elements.push_back(router.id.value);
    std::string probed;
    std::string refused;
    for (const auto* link : design.outgoing(router.id)) {
        if (link->kind != LinkKind::HealthCheck)
            continue;
        // A check the provider's API refuses does not exist, so it moves nobody (RES-049); it
        // stays on the path, so that rule's finding is about this failover.
        failover.elements.push_back(link->id.value);
        auto& names = healthCheckRefused(design, *link) ? refused : probed;
        names += (names.empty() ? "" : ", ") + link->to.value;
    }
    const auto policy = design.text(router, "routingPolicy");
    const bool outliers = design.flag(router, "outlierDetection").value_or(false);
    // Route 53 simple records carry no health check (S2); anything else needs a health-check
    // link to the endpoints, or outlier detection, to move users by itself.
    const bool checked = cdn || (!probed.empty() && policy != "simple");
    if (!refused.empty())
        failover.basis =
            "the API refuses health checks on serverless backends " + refused + " (RES-049); ";
    if (!checked && outliers) {
        failover.detection = {outlierSweepSeconds * seconds, outlierSweepSeconds * seconds};
        failover.basis += "outlier detection ejects a failing backend at the next " +
                          formatSignificant(outlierSweepSeconds) +
                          " s sweep (BackendService.outlierDetection defaults) and moves users "
                          "automatically";
    } else if (checked) {
        std::string formula;
        failover.detection = detection(design, router, kind->routing->detection, formula);
        failover.basis += formula;
        if (!probed.empty())
            failover.basis += ", health checks on " + probed + " move users automatically";
    } else {
        // Nothing probes the endpoints: someone notices and edits the records, a control-plane
        // action (RES-025); the design's manual decision time stands for both.
        failover.automatic = false;
        failover.decision = design.design().operations.manualDecisionTime;
        failover.basis += "no health check moves traffic: manual decision and record change " +
                          formatSignificant(failover.decision.value()) + " s (design operations)";
    }
    if (kind->routing->type == RoutingType::Dns) {
        const double ttl = design.number(router, "ttlSeconds").value_or(60.0);
        // Caches are uniformly aged: on average half a TTL is left, at worst all of it.
        failover.dns = {ttl / 2.0 * seconds, ttl * seconds};
        failover.basis += "; DNS TTL " + formatSignificant(ttl) + " s (expected " +
                          formatSignificant(ttl / 2.0) + " s, half a TTL left in the caches)";
    } else {
        failover.basis += "; no DNS caching (" + std::string(enumName(kind->routing->type)) + ")";
    }
    return failover;
}

TimeEstimate failoverRto(const TrafficFailover& f, const PathWaits& waits, Seconds decision,
                         std::string& basis)
{
    TimeEstimate rto;
    if (f.automatic) {
        // §6.2: users move on their own once detected; writes and capacity follow on their own
        // clocks, started by the same detection.
        const Seconds dataReady =
            (waits.manualPromotion ? decision : 0.0 * seconds) + waits.promotion;
        rto.expected = f.detection.expected + std::max({f.dns.expected, dataReady, waits.capacity});
        rto.worst = f.detection.worst + std::max({f.dns.worst, dataReady, waits.capacity});
        if (dataReady > f.dns.worst)
            basis += "; users reach a read-only copy for up to " +
                     formatSignificant((dataReady - f.dns.worst).value()) +
                     " s before writes resume (RES-028)";
    } else {
        // §6.2 with traffic waiting for data: one decision, then data or capacity, then DNS.
        const Seconds longest = std::max(waits.promotion, waits.capacity);
        rto.expected = f.decision + longest + f.dns.expected;
        rto.worst = f.decision + longest + f.dns.worst;
    }
    return rto;
}

std::string manualPromotionBasis(Seconds decision)
{
    return "; an operator starts the promotion after the manual decision " +
           formatSignificant(decision.value()) + " s (design operations)";
}

namespace {

/// A bound the store's own settings publish, beyond the catalogue's per-property one.
std::optional<std::pair<double, std::string>> settingBound(const DesignIndex& d,
                                                           const Service& store)
{
    if (d.flag(store, "replicationTimeControl").value_or(false))
        return std::pair{900.0, std::string("S3 RTC: 99.99 % of objects within 15 min (S39)")};
    // Aurora PostgreSQL's rds.global_db_rpo stalls commits rather than let lag pass it (S28).
    const auto limit = d.number(store, "globalDbRpoSeconds").value_or(0.0);
    if (limit > 0.0 && d.text(store, "engine").value_or("") == "aurora-postgresql")
        return std::pair{limit, "Aurora managed RPO (rds.global_db_rpo) " +
                                    formatSignificant(limit) + " s: commits stall beyond it (S28)"};
    if (d.flag(store, "turboReplication").value_or(false))
        return std::pair{900.0, std::string("Cloud Storage turbo replication: 15 min "
                                            "(Cloud Storage docs, unverified)")};
    return std::nullopt;
}

/// Who promotes a single-writer store and how long it takes, from the store's own settings.
void promotionOf(const DesignIndex& d, const Service& store, const ReplicationSpec& spec,
                 StoreRecovery& r)
{
    const double promote = spec.promotionSeconds.value_or(0.0);
    if (d.flag(store, "serviceManagedFailover")) { // Cosmos DB, single write region
        if (d.flag(store, "serviceManagedFailover").value_or(false)) {
            r.promotionMode = PromotionMode::ServiceManaged;
            r.promotion = promote * seconds;
            r.basis += "; service-managed failover, " + formatSignificant(promote) +
                       " s or more for the provider to act (S33)";
        } else {
            r.promotionMode = PromotionMode::Manual;
            r.basis += "; no service-managed failover: no writes for the whole outage (S33)";
        }
        return;
    }
    if (const auto policy = d.text(store, "failoverPolicy")) { // Azure SQL
        const bool group = d.flag(store, "failoverGroup").value_or(false);
        if (group && *policy == "automatic") {
            const double grace = d.number(store, "gracePeriodHours").value_or(1.0) * 3600.0;
            r.promotionMode = PromotionMode::Automatic;
            r.promotion = (grace + promote) * seconds;
            r.basis += "; failover group, automatic policy: waits the grace period " +
                       formatSignificant(grace) + " s, then promotes in " +
                       formatSignificant(promote) +
                       " s (Azure SQL failover groups: grace period at least 1 h)";
        } else {
            r.promotionMode = PromotionMode::Manual;
            r.promotion = promote * seconds;
            r.basis +=
                std::string("; ") +
                (group ? "failover group, manual policy" : "geo-replica without failover group") +
                ": an operator fails over, promotion " + formatSignificant(promote) + " s";
        }
        return;
    }
    if (const auto path = d.text(store, "failoverPath")) { // Aurora Global Database
        r.promotionMode = PromotionMode::Manual;
        r.promotion = promote * seconds;
        r.basis += *path == "switchover"
                       ? "; switchover needs the lost primary, so an operator runs failover "
                         "(AllowDataLoss) instead"
                       : "; an operator starts " + std::string(*path == "detach-promote"
                                                                   ? "detach-and-promote"
                                                                   : "failover (AllowDataLoss)");
        r.basis += ", promotion " + formatSignificant(promote) + " s (S28)";
        return;
    }
    if (!spec.promotionSeconds)
        return;
    // A catalogue promotion of 0 means every copy is writable (S3 buckets); any other is a
    // customer-initiated failover (Azure Storage, ElastiCache Global Datastore).
    r.promotion = promote * seconds;
    r.promotionMode = promote > 0.0 ? PromotionMode::Manual : PromotionMode::Automatic;
    if (promote > 0.0)
        r.basis +=
            "; an operator starts the failover, promotion " + formatSignificant(promote) + " s";
}

} // namespace

StoreRecovery storeRecovery(const DesignIndex& design, const Service& store)
{
    StoreRecovery r;
    const auto* kind = design.kind(store);
    if (!kind)
        return r;
    const auto mode = replicationModeOf(design, store);
    const auto writeMode = design.text(store, "writeMode").value_or("single");
    const auto& spec = kind->replication;

    if (mode == ReplicationMode::SyncQuorum) {
        // A quorum across regions keeps committing in the survivors: nothing lost, no promotion.
        r.rpo = r.typicalLag = 0.0 * seconds;
        r.promotion = 0.0 * seconds;
        r.multiWriter = true;
        r.replicated = true;
        r.basis = "synchronous quorum replication: RPO 0, no promotion";
        return r;
    }
    if (mode == ReplicationMode::Async) {
        r.replicated = true;
        r.multiWriter = writeMode == "multi";
        if (spec.typicalLagSeconds)
            r.typicalLag = *spec.typicalLagSeconds * seconds;
        const std::string typical =
            spec.typicalLagSeconds
                ? "typically " + formatSignificant(*spec.typicalLagSeconds) + " s"
                : "no typical lag published";
        if (const auto bound = settingBound(design, store)) {
            r.rpo = bound->first * seconds;
            r.basis = "asynchronous replication bounded by " + bound->second + ", " + typical;
        } else if (const auto lag = lagFor(design, store, spec)) {
            r.rpo = lag->first * seconds;
            const auto& source = spec.lagByProperty->source;
            r.basis = lag->second + " (" + source.substr(0, source.find(':')) + "), " + typical;
        } else {
            r.basis = "asynchronous replication with no published bound (" + typical + ")";
        }
        if (r.multiWriter) {
            r.promotion = 0.0 * seconds;
            r.basis += "; every replica accepts writes";
        } else {
            promotionOf(design, store, spec, r);
        }
        return r;
    }
    const bool backups = design.flag(store, "backups").value_or(false);
    const bool crossRegion = design.flag(store, "backupCrossRegion").value_or(false);
    if (backups && crossRegion) {
        const double hours = design.number(store, "backupIntervalHours").value_or(24.0);
        r.rpo = hours * 3600.0 * seconds;
        r.basis =
            "restore from a cross-region backup taken every " + formatSignificant(hours) + " h";
    } else {
        r.basis = "no replica and no cross-region backup: the data is lost or unavailable with "
                  "its region";
    }
    return r;
}

} // namespace rs
