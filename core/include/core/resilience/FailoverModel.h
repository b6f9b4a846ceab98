#pragma once

#include "core/DesignIndex.h"
#include "core/EnumNames.h"
#include "core/Units.h"

#include <optional>
#include <string>
#include <vector>

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
    /// Health checks (or a CDN's origin group) move users without anyone deciding; false when
    /// an operator must notice the failure and change the records.
    bool automatic = true;
    /// The router and its health-check links: what a finding must name to be about this path.
    std::vector<std::string> elements;

    TimeEstimate total() const
    {
        return {detection.expected + decision + dns.expected,
                detection.worst + decision + dns.worst};
    }
};

/// Traffic failover of a router (or a CDN with origin failover); nothing for a service whose
/// kind does not route, and for a CDN with no origin group (it passes requests to its one
/// origin, so whatever stands behind it fails users over).
std::optional<TrafficFailover> trafficFailover(const DesignIndex& design, const Service& router);

/// Who moves a single-writer store's writes to a surviving region.
enum class PromotionMode
{
    None,           ///< nothing to promote: every replica takes writes, or a quorum survives
    Automatic,      ///< the store or its failover group does it by itself (maybe after a wait)
    Manual,         ///< an operator starts it: the design's manual decision time comes first
    ServiceManaged, ///< the provider decides, on its own schedule
};

template <> struct EnumNames<PromotionMode>
{
    static constexpr std::array names{
        std::pair{PromotionMode::None, std::string_view{"none"}},
        std::pair{PromotionMode::Automatic, std::string_view{"automatic"}},
        std::pair{PromotionMode::Manual, std::string_view{"manual"}},
        std::pair{PromotionMode::ServiceManaged, std::string_view{"service-managed"}},
    };
};

/// What losing the region of a data store's writer costs it (§6.2).
struct StoreRecovery
{
    /// The most updates can lose, as a bound the provider publishes (S3 RTC 15 min, Aurora's
    /// rds.global_db_rpo, Cosmos DB's per-consistency RPO), 0 for synchronous quorums, the
    /// backup interval when only a backup survives; nothing when no bound exists (no copy, or
    /// asynchronous replication whose lag is only typical).
    std::optional<Seconds> rpo;
    /// The lag usually seen (DynamoDB global tables "within 1 s"); nothing when none is
    /// published. Never judged against a target: the bound is.
    std::optional<Seconds> typicalLag;
    /// Time until writes are accepted elsewhere once promotion starts (for an automatic policy
    /// with a grace period, the grace period included): 0 for multi-writer stores; nothing when
    /// writes do not resume for the outage.
    std::optional<Seconds> promotion;
    PromotionMode promotionMode = PromotionMode::None;
    bool multiWriter = false;
    bool replicated = false; ///< a live copy exists outside the writer's region
    std::string basis;
};

StoreRecovery storeRecovery(const DesignIndex& design, const Service& store);

} // namespace rs
