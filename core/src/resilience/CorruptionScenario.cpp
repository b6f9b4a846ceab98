#include "core/resilience/CorruptionScenario.h"

#include "core/TextFormat.h"
#include "core/resilience/FailoverModel.h"
#include "core/resilience/ReplicaGroups.h"
#include "core/resilience/UserFlows.h"

#include <algorithm>
#include <sstream>

namespace rs {

namespace {

using units::seconds;

/// Redeploying onto the restored copy, as the basis names it: the design's assumption
/// (assumptions.redeployMinutes, 15 min by default; its source in Assumptions.cpp).
std::pair<double, std::string> redeploy(const DesignIndex& design)
{
    const auto& a = design.design().assumptions;
    const double t = a.redeployOrDefault().value();
    return {t, "redeploy " + formatSignificant(t) + " s (assumption redeployMinutes, " +
                   (a.redeployMinutes ? "set by the design" : "default") + ")"};
}

bool holdsRecords(const DesignIndex& d, const Service& s)
{
    const auto* kind = d.kind(s);
    return kind &&
           (kind->category == Category::Database || kind->category == Category::ObjectStore);
}

} // namespace

RestoreEstimate restoreEstimate(const DesignIndex& design, const Service& store,
                                bool crossRegionOnly)
{
    RestoreEstimate r;
    const bool pitr = design.flag(store, "pointInTimeRecovery").value_or(false);
    const bool backups = design.flag(store, "backups").value_or(false);
    const bool crossRegion = design.flag(store, "backupCrossRegion").value_or(false);
    if (crossRegionOnly && !(backups && crossRegion)) {
        r.basis = "no backup copied to another region";
        return r;
    }
    if (!crossRegionOnly && pitr) {
        const double granularity = design.number(store, "pitrGranularitySeconds").value_or(300.0);
        r.rpo = granularity * seconds;
        r.basis = "point-in-time restore to within " + formatSignificant(granularity) + " s";
    } else if (backups) {
        const double hours = design.number(store, "backupIntervalHours").value_or(24.0);
        r.rpo = hours * 3600.0 * seconds;
        r.basis = "restore from a backup taken every " + formatSignificant(hours) + " h";
    } else {
        r.basis = "no backup and no point-in-time recovery";
        return r;
    }
    const double gb = design.design().workload.storedData.value();
    const double rate = design.number(store, "restoreGbPerHour").value_or(100.0);
    const double restore = rate > 0.0 ? gb / rate * 3600.0 : 0.0;
    const auto [redeploySeconds, redeployBasis] = redeploy(design);
    r.time = (restore + redeploySeconds) * seconds;
    // No provider publishes a restore rate: the store's restoreGbPerHour is an assumption.
    r.basis += "; restore " + formatSignificant(gb) + " GB / " + formatSignificant(rate) +
               " GB/h = " + formatSignificant(restore) + " s (assumption restoreGbPerHour of " +
               store.id.value + ": no provider publishes a restore rate) + " + redeployBasis;
    return r;
}

std::optional<RestoreEstimate> regionRestore(const DesignIndex& design, const Region& lost)
{
    // Only a region kept for backups is a plan to restore; elsewhere a broken failover path
    // stays broken.
    const Region* target = nullptr;
    for (const auto& [id, r] : design.design().regions) {
        if (id != lost.id && r.role == RegionRole::BackupOnly && !target)
            target = &r;
    }
    if (!target)
        return std::nullopt;
    RestoreEstimate worst;
    const auto [redeploySeconds, redeployBasis] = redeploy(design);
    worst.time = redeploySeconds * seconds;
    worst.basis = redeployBasis;
    for (const auto* s : design.servicesIn(lost.id)) {
        if (!holdsRecords(design, *s) || storeRecovery(design, *s).replicated)
            continue;
        const auto estimate = restoreEstimate(design, *s, true);
        if (!estimate.time)
            return std::nullopt;
        if (*estimate.time > *worst.time) {
            worst.time = estimate.time;
            worst.basis = design.label(*s) + ": " + estimate.basis;
        }
        worst.rpo = std::max(worst.rpo.value_or(0.0 * seconds), *estimate.rpo);
    }
    worst.basis = "restored into " + design.label(*target) + ": " + worst.basis;
    return worst;
}

std::vector<Disruption> corruptionDisruptions(const DesignIndex& design)
{
    std::vector<Disruption> out;
    std::vector<const Service*> covered;
    for (const auto& [id, s] : design.design().services) {
        if (!holdsRecords(design, s) ||
            std::find(covered.begin(), covered.end(), &s) != covered.end())
            continue;
        const auto group = replicaGroup(design, s);
        covered.insert(covered.end(), group.begin(), group.end());
        const auto* writer = writerOf(design, group);
        out.push_back({DisruptionKind::DataCorruption, (writer ? writer : &s)->id.value});
    }
    return out;
}

ScenarioResult simulateCorruption(const DesignIndex& design, const Disruption& disruption)
{
    ScenarioResult result;
    result.disruption = disruption;
    result.rtoTarget = design.regionRto();
    result.rpoTarget = design.regionRpo();
    const auto* store = design.design().service(ServiceId{disruption.elementId});
    if (!store) {
        result.title = disruption.elementId + " corrupted";
        return result;
    }
    result.title = design.label(*store) + " corrupted";
    const auto group = replicaGroup(design, *store);
    const auto estimate = restoreEstimate(design, *store, false);

    // Every flow that reads or writes any copy waits for the restore: replication carries the
    // bad write to each copy, so failing over does not help.
    bool affected = false;
    for (const auto* entry : userEntries(design)) {
        FlowOutcome flow;
        flow.entryId = entry->id.value;
        for (const auto* e : entryPaths(design, *entry).endpoints) {
            for (const auto* dep : dependencyClosure(design, *e)) {
                if (std::find(group.begin(), group.end(), dep) != group.end())
                    flow.affected = true;
            }
        }
        flow.survives = !flow.affected || estimate.time.has_value();
        if (!flow.survives)
            flow.brokenBy.push_back(store->id.value);
        affected = affected || flow.affected;
        result.flows.push_back(std::move(flow));
    }
    const std::string replicas = group.size() > 1
                                     ? " (replication copies the bad write to its " +
                                           std::to_string(group.size() - 1) + " replica(s))"
                                     : "";
    if (estimate.time)
        result.rto = TimeEstimate{*estimate.time, *estimate.time};
    else if (!affected)
        result.rto = TimeEstimate{};
    result.rtoBasis = design.label(*store) + replicas + ": " + estimate.basis;

    StoreImpact impact;
    impact.storeId = store->id.value;
    impact.rpo = estimate.rpo;
    impact.promotion = estimate.time;
    impact.basis = estimate.basis;
    if (estimate.rpo) {
        // Every region's writes reach the corrupted data set, so all of them count.
        const auto& w = design.design().workload;
        impact.writesAtRisk = w.peakRate.value() * w.writePercent / 100.0 * estimate.rpo->value();
        result.rpo = estimate.rpo;
        result.writesAtRisk = impact.writesAtRisk;
    } else {
        result.dataLossUnbounded = true;
    }
    result.stores.push_back(std::move(impact));
    return result;
}

} // namespace rs
