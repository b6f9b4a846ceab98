#include "core/resilience/FailoverModel.h"

#include "ReplicationModeOf.h"

#include <cmath>
#include <sstream>

namespace rs {

namespace {

using units::seconds;

std::string fmt(double v)
{
    std::ostringstream out;
    out << v;
    return out.str();
}

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
        basis = "detection " + fmt(interval) + " s x " + fmt(threshold) +
                (timeout > 0 ? " + " + fmt(timeout) + " s timeout" : "") + " = " + fmt(t) + " s";
        return {t * seconds, t * seconds};
    }
    case Detection::ToleratedFailures: {
        // Marked degraded on the (N+1)th failure; the failure lands anywhere in an interval.
        const double tolerated = d.number(router, "toleratedFailures").value_or(3.0);
        const double best = interval * tolerated + timeout;
        const double worst = interval * (tolerated + 1.0) + timeout;
        basis = "detection " + fmt(interval) + " s x (" + fmt(tolerated) + " + 1) + " +
                fmt(timeout) + " s timeout: " + fmt(best) + " to " + fmt(worst) + " s";
        return {(best + worst) / 2.0 * seconds, worst * seconds};
    }
    case Detection::SampleWindow: {
        const double n = d.number(router, "sampleSize").value_or(4.0);
        const double x = d.number(router, "successfulSamplesRequired").value_or(3.0);
        const double t = interval * (n - x + 1.0);
        basis = "detection " + fmt(interval) + " s x (" + fmt(n) + " - " + fmt(x) +
                " + 1) = " + fmt(t) + " s";
        return {t * seconds, t * seconds};
    }
    case Detection::OriginAttempts: {
        const double attempts = d.number(router, "connectionAttempts").value_or(3.0);
        const double connect = d.number(router, "connectionTimeoutSeconds").value_or(10.0);
        const double t = attempts * connect;
        basis = "origin failover " + fmt(attempts) + " attempts x " + fmt(connect) +
                " s = " + fmt(t) + " s per request";
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
    return std::pair{it->second, "asynchronous replication, loss bound " + fmt(it->second) +
                                     " s with " + spec.lagByProperty->property + " " + *value};
}

} // namespace

std::optional<TrafficFailover> trafficFailover(const DesignIndex& design, const Service& router)
{
    const auto* kind = design.kind(router);
    if (!kind || !kind->routing)
        return std::nullopt;
    TrafficFailover failover;
    failover.detection = detection(design, router, kind->routing->detection, failover.basis);
    if (design.design().operations.decision == FailoverDecision::Manual) {
        failover.decision = design.design().operations.manualDecisionTime;
        failover.basis += "; manual decision " + fmt(failover.decision.value()) + " s";
    }
    if (kind->routing->type == RoutingType::Dns) {
        const double ttl = design.number(router, "ttlSeconds").value_or(60.0);
        // Caches are uniformly aged: on average half a TTL is left, at worst all of it.
        failover.dns = {ttl / 2.0 * seconds, ttl * seconds};
        failover.basis += "; DNS TTL " + fmt(ttl) + " s (expected " + fmt(ttl / 2.0) + " s)";
    } else {
        failover.basis += "; no DNS caching (" + std::string(enumName(kind->routing->type)) + ")";
    }
    return failover;
}

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
        r.rpo = 0.0 * seconds;
        r.promotion = 0.0 * seconds;
        r.multiWriter = true;
        r.replicated = true;
        r.basis = "synchronous quorum replication: RPO 0, no promotion";
        return r;
    }
    if (mode == ReplicationMode::Async) {
        r.replicated = true;
        r.multiWriter = writeMode == "multi";
        if (design.flag(store, "replicationTimeControl").value_or(false)) {
            // S3 RTC replicates 99.99 % of objects within 15 minutes (reference S39).
            r.rpo = 900.0 * seconds;
            r.basis = "asynchronous replication with S3 RTC: 15 min bound";
        } else if (const auto lag = lagFor(design, store, spec)) {
            r.rpo = lag->first * seconds;
            r.basis = lag->second;
        } else if (spec.typicalLagSeconds) {
            r.rpo = *spec.typicalLagSeconds * seconds;
            r.basis =
                "asynchronous replication, typical lag " + fmt(*spec.typicalLagSeconds) + " s";
        } else {
            r.basis = "asynchronous replication with no published lag bound";
        }
        if (r.multiWriter) {
            r.promotion = 0.0 * seconds;
            r.basis += "; every replica accepts writes";
        } else if (spec.promotionSeconds) {
            r.promotion = *spec.promotionSeconds * seconds;
            r.basis += "; promotion " + fmt(*spec.promotionSeconds) + " s";
        }
        return r;
    }
    const bool backups = design.flag(store, "backups").value_or(false);
    const bool crossRegion = design.flag(store, "backupCrossRegion").value_or(false);
    if (backups && crossRegion) {
        const double hours = design.number(store, "backupIntervalHours").value_or(24.0);
        r.rpo = hours * 3600.0 * seconds;
        r.basis = "restore from a cross-region backup taken every " + fmt(hours) + " h";
    } else {
        r.basis = "no replica and no cross-region backup: the data is lost or unavailable with "
                  "its region";
    }
    return r;
}

} // namespace rs
