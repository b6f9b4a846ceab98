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
    std::optional<Seconds> rpo;       ///< nothing: no bound
    std::optional<Seconds> promotion; ///< time until writes resume elsewhere; nothing: unknown
    double writesAtRisk = 0.0;        ///< peak write rate into the lost region x RPO
    std::string basis;
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
    std::optional<Seconds> rpo; ///< worst over the stores, nothing when one has no bound
    bool dataLossUnbounded = false;
    std::vector<StoreImpact> stores;
    double writesAtRisk = 0.0;
    std::vector<CapacityImpact> capacity;
    std::vector<ResidencyBreach> residency;
    Seconds rtoTarget = 0.0 * units::seconds;
    Seconds rpoTarget = 0.0 * units::seconds;

    bool rtoMet() const { return rto && rto->worst <= rtoTarget; }
    bool rpoMet() const { return !dataLossUnbounded && (!rpo || *rpo <= rpoTarget); }
    bool capacityMet() const;
};

/// Every disruption the design can suffer: each region down, each global service down, each
/// replication link cut, a zone of each serving region, each service of the home region on a
/// user flow, and a logical corruption of each data set.
std::vector<Disruption> allDisruptions(const DesignIndex& design);

ScenarioResult simulate(const DesignIndex& design, const Disruption& disruption);

/// simulate() for allDisruptions().
std::vector<ScenarioResult> simulateAll(const DesignIndex& design);

} // namespace rs
