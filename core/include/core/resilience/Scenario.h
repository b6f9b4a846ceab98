#pragma once

#include "core/DesignIndex.h"
#include "core/resilience/FailoverModel.h"

#include <optional>
#include <string>
#include <vector>

namespace rs {

/// What is lost in a scenario.
enum class DisruptionKind
{
    RegionDown,
    GlobalServiceDown,
    ReplicationCut,
    ZoneDown,       ///< one availability zone of a region (ZoneScenario.h)
    ServiceDown,    ///< one regional service while the rest of its region runs
    DataCorruption, ///< a bad write to a store and its replicas (CorruptionScenario.h)
};

template <> struct EnumNames<DisruptionKind>
{
    static constexpr std::array names{
        std::pair{DisruptionKind::RegionDown, std::string_view{"region-down"}},
        std::pair{DisruptionKind::GlobalServiceDown, std::string_view{"global-service-down"}},
        std::pair{DisruptionKind::ReplicationCut, std::string_view{"replication-cut"}},
        std::pair{DisruptionKind::ZoneDown, std::string_view{"zone-down"}},
        std::pair{DisruptionKind::ServiceDown, std::string_view{"service-down"}},
        std::pair{DisruptionKind::DataCorruption, std::string_view{"data-corruption"}},
    };
};

/// Whether the disruption takes one whole element down (a region or a global service): what
/// the canvas can switch down and the what-if view shows.
inline bool isElementLoss(DisruptionKind kind)
{
    return kind == DisruptionKind::RegionDown || kind == DisruptionKind::GlobalServiceDown;
}

struct Disruption
{
    DisruptionKind kind = DisruptionKind::RegionDown;
    /// The region, global service or replication link lost; the region of a zone loss; the
    /// service down; the corrupted store.
    std::string elementId;
};

/// One user flow: the traffic that enters at one entry point (a global router or edge, or a
/// regional gateway when nothing sits in front), and what the disruption does to it.
struct FlowOutcome
{
    std::string entryId;
    bool affected = false; ///< it used the lost element before the disruption
    bool survives = false; ///< it still completes, after failover if need be
    /// Services that no longer answer and have no healthy replica, on every path.
    std::vector<std::string> brokenBy;
    /// The services the surviving path uses (empty when it does not survive).
    std::vector<std::string> path;
};

/// What happens to one data store whose data lived in the lost region.
struct StoreImpact
{
    std::string storeId;
    std::optional<Seconds> rpo;        ///< the published bound; nothing: no bound
    std::optional<Seconds> rpoTypical; ///< the usual loss (typical lag, else the bound)
    std::optional<Seconds> promotion;  ///< time until writes resume elsewhere; nothing: unknown
    PromotionMode promotionMode = PromotionMode::None;
    /// The store's own peak write rate x its bound; 0 when unbounded (see dataLossUnbounded).
    double writesAtRisk = 0.0;
    double writesAtRiskTypical = 0.0; ///< the same rate x rpoTypical
    /// The design says this data set must never lose an update (targets.noLostUpdates): any
    /// loss, or one with no bound, misses the RPO whatever the tier's target.
    bool mustNotLose = false;
    std::string basis;

    bool losesProtectedUpdates() const { return mustNotLose && (!rpo || rpo->value() > 0.0); }
};

/// The load a surviving region must carry against what it can.
struct CapacityImpact
{
    std::string regionId;
    double requiredPercent = 0.0; ///< of total peak traffic, after failover
    double capacityPercent = 0.0; ///< trafficPercent + headroomPercent
    bool enough() const { return requiredPercent <= capacityPercent + 1e-9; }
};

/// Data served or kept outside the allowed jurisdictions after failover.
struct ResidencyBreach
{
    std::string elementId;
    std::string message;
};

/// The outcome of one disruption: flows, recovery time and point, capacity, residency, each
/// compared with the targets.
struct ScenarioResult
{
    Disruption disruption;
    std::string title;
    std::vector<FlowOutcome> flows;
    /// Time until the surviving flows serve users again; nothing when a flow that was affected
    /// cannot recover (no failover path). Zero when no flow was affected.
    std::optional<TimeEstimate> rto;
    std::string rtoBasis;
    std::optional<Seconds> rpo;        ///< worst bound over the bounded stores
    std::optional<Seconds> rpoTypical; ///< worst typical loss over the stores that have one
    /// A store that lost data has no published bound: no target can be claimed met.
    bool dataLossUnbounded = false;
    std::vector<StoreImpact> stores;
    double writesAtRisk = 0.0;        ///< sum over the bounded stores
    double writesAtRiskTypical = 0.0; ///< sum over the stores of their typical loss
    /// What the recovery rests on: the routers and health-check links that move users and the
    /// stores promoted. A finding naming one of them is about this failover path.
    std::vector<std::string> failoverPath;
    /// Error-level rules that fire on the failover path (filled by the Analysis, which has the
    /// findings): the RTO is not claimed met while one stands.
    std::vector<std::string> failoverPathErrors;
    std::vector<CapacityImpact> capacity;
    std::vector<ResidencyBreach> residency;
    Seconds rtoTarget = 0.0 * units::seconds;
    Seconds rpoTarget = 0.0 * units::seconds;

    bool rtoMet() const { return rto && rto->worst <= rtoTarget && failoverPathErrors.empty(); }
    bool rpoMet() const;
    bool capacityMet() const;
};

/// Adds a store's loss to its scenario: its bound (none: the scenario's loss is unbounded) and
/// its typical figure, each with the writes it puts at risk at `writesPerSecond`.
void addStoreLoss(ScenarioResult& result, StoreImpact impact, double writesPerSecond);

/// The RPO as every output prints it: the bound ("15 min"), else "unbounded (typically 1 s)",
/// "unbounded" when not even a typical loss is published.
std::string rpoSummary(const ScenarioResult& scenario);
std::string rpoSummary(const StoreImpact& store);
std::string rpoSummary(const StoreRecovery& store);
/// Writes at risk at peak the same way: "27,000", "unbounded (typically 120)".
std::string writesAtRiskSummary(const ScenarioResult& scenario);
/// Why an RTO that fits its target is still not claimed met: "failover path has error RES-021"
/// (empty when no error stands on the path).
std::string failoverPathVerdict(const ScenarioResult& scenario);

/// Every disruption the design can suffer: each region down, each global service down, each
/// replication link cut, a zone of each serving region, each service on a user flow in a region
/// that carries traffic, and a logical corruption of each data set.
std::vector<Disruption> allDisruptions(const DesignIndex& design);

ScenarioResult simulate(const DesignIndex& design, const Disruption& disruption);

/// simulate() for allDisruptions().
std::vector<ScenarioResult> simulateAll(const DesignIndex& design);

} // namespace rs
