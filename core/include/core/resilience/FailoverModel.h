#pragma once

#include "core/DesignIndex.h"
#include "core/Units.h"

#include <optional>
#include <string>

namespace rs {

/// A time the engine estimates both ways: the expected case (for availability) and the worst
/// case (for rules and targets).
struct TimeEstimate
{
    Seconds expected = 0.0 * units::seconds;
    Seconds worst = 0.0 * units::seconds;
};

/// How long a router takes to move users off a lost region (reference/resilience-model.md
/// §6.1): detection, the failover decision, and DNS caching.
struct TrafficFailover
{
    TimeEstimate detection;
    Seconds decision = 0.0 * units::seconds; ///< 0 when automatic
    TimeEstimate dns;                        ///< 0 for anycast and proxies
    std::string basis;                       ///< the formula and figures used, for reports

    TimeEstimate total() const
    {
        return {detection.expected + decision + dns.expected,
                detection.worst + decision + dns.worst};
    }
};

/// Traffic failover of a router (or a CDN with origin failover); nothing for a service whose
/// kind does not route.
std::optional<TrafficFailover> trafficFailover(const DesignIndex& design, const Service& router);

/// What losing the region of a data store's writer costs it (§6.2).
struct StoreRecovery
{
    /// Updates that can be lost: 0 for synchronous quorums, the replication lag for async
    /// replicas, the backup interval when only a backup survives; nothing when no bound exists
    /// (no replica and no cross-region backup, or asynchronous replication with no bound).
    std::optional<Seconds> rpo;
    /// Time until writes are accepted elsewhere: 0 for multi-writer stores, promotion or
    /// service-managed failover time for single-writer ones.
    std::optional<Seconds> promotion;
    bool multiWriter = false;
    bool replicated = false; ///< a live copy exists outside the writer's region
    std::string basis;
};

StoreRecovery storeRecovery(const DesignIndex& design, const Service& store);

} // namespace rs
