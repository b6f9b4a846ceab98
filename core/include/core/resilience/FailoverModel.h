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

/// Whether `link` is a health check the provider's API refuses: a Google load balancer checking
/// a serverless backend (Cloud Run, Cloud Run functions behind a serverless NEG). It moves nobody;
/// outlier detection on the backend service does instead (RES-049).
bool healthCheckRefused(const DesignIndex& design, const Link& link);

/// Traffic failover of a router (or a CDN with origin failover); nothing for a service whose
/// kind does not route, and for a CDN with no origin group (it passes requests to its one
/// origin, so whatever stands behind it fails users over).
std::optional<TrafficFailover> trafficFailover(const DesignIndex& design, const Service& router);

/// What a surviving path waits for besides its users being moved: the longest store promotion
/// on it (and whether an operator must start one), and the standby's scale-up.
struct PathWaits
{
    Seconds promotion = 0.0 * units::seconds;
    bool manualPromotion = false;
    Seconds capacity = 0.0 * units::seconds;
};

/// The RTO of a flow that `failover` moves to a path that waits for `waits` (§6.2), and the
/// basis text it adds: with automatic health checks, users, writes and capacity each follow on
/// their own clock from the same detection (an operator's `decision` comes before a manual
/// promotion only); with a manual failover one decision starts data and capacity, then DNS.
TimeEstimate failoverRto(const TrafficFailover& failover, const PathWaits& waits, Seconds decision,
                         std::string& basis);

/// The basis text for a promotion an operator starts after the design's manual decision time.
std::string manualPromotionBasis(Seconds decision);

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
