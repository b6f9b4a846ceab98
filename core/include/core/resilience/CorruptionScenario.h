#pragma once

#include "core/resilience/Scenario.h"

namespace rs {

/// What restoring one data store from its own backups or point-in-time log costs: how far back
/// the restored data is (RPO) and how long until users are served from it (RTO).
struct RestoreEstimate
{
    std::optional<Seconds> rpo;  ///< nothing: no backup to restore from
    std::optional<Seconds> time; ///< restore + redeploy; nothing: no backup to restore from
    std::string basis;
};

/// The restore of `store`: RPO = point-in-time granularity when point-in-time recovery is on,
/// else the backup interval; time = the design's stored data / the store's restore throughput +
/// redeploying onto the restored copy. With `crossRegionOnly`, only a backup copied to another
/// region counts (the region itself is lost).
RestoreEstimate restoreEstimate(const DesignIndex& design, const Service& store,
                                bool crossRegionOnly);

/// How a region loss is recovered from by restoring elsewhere (backup and restore): the longest
/// restore of a record store of `lost` from its cross-region backup, plus redeploying. Nothing
/// when the design keeps no backup-only region to restore into or a lost record store has
/// neither a live copy elsewhere nor a cross-region backup.
std::optional<RestoreEstimate> regionRestore(const DesignIndex& design, const Region& lost);

/// One logical-corruption disruption per replica group of record stores (databases and object
/// stores): a bad write replicates to every copy, so only a restore undoes it.
std::vector<Disruption> corruptionDisruptions(const DesignIndex& design);

/// A logical corruption of the store `disruption.elementId` and its replicas.
ScenarioResult simulateCorruption(const DesignIndex& design, const Disruption& disruption);

} // namespace rs
