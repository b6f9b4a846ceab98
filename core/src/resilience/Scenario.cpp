#include "core/resilience/Scenario.h"

#include "ElementLoss.h"
#include "core/TextFormat.h"
#include "core/resilience/CorruptionScenario.h"
#include "core/resilience/ReplicaGroups.h"
#include "core/resilience/ZoneScenario.h"

#include <algorithm>

namespace rs {

namespace {
using units::seconds;
} // namespace

bool ScenarioResult::rpoMet() const
{
    return !dataLossUnbounded && (!rpo || *rpo <= rpoTarget) &&
           std::none_of(stores.begin(), stores.end(),
                        [](const StoreImpact& s) { return s.losesProtectedUpdates(); });
}

bool ScenarioResult::capacityMet() const
{
    return std::all_of(capacity.begin(), capacity.end(),
                       [](const CapacityImpact& c) { return c.enough(); });
}

namespace {

std::string boundOrTypical(const std::optional<Seconds>& bound, bool unbounded,
                           const std::optional<Seconds>& typical)
{
    if (!unbounded)
        return formatDuration(bound ? bound->value() : 0.0);
    return typical ? "unbounded (typically " + formatDuration(typical->value()) + ")"
                   : std::string("unbounded");
}

} // namespace

void addStoreLoss(ScenarioResult& result, StoreImpact impact, double writesPerSecond)
{
    if (!impact.rpo) {
        result.dataLossUnbounded = true;
    } else {
        impact.writesAtRisk = writesPerSecond * impact.rpo->value();
        result.writesAtRisk += impact.writesAtRisk;
        result.rpo = std::max(result.rpo.value_or(0.0 * seconds), *impact.rpo);
    }
    if (impact.rpoTypical) {
        impact.writesAtRiskTypical = writesPerSecond * impact.rpoTypical->value();
        result.writesAtRiskTypical += impact.writesAtRiskTypical;
        result.rpoTypical = std::max(result.rpoTypical.value_or(0.0 * seconds), *impact.rpoTypical);
    }
    result.stores.push_back(std::move(impact));
}

std::string rpoSummary(const ScenarioResult& s)
{
    return boundOrTypical(s.rpo, s.dataLossUnbounded, s.rpoTypical);
}

std::string rpoSummary(const StoreImpact& s)
{
    return boundOrTypical(s.rpo, !s.rpo, s.rpoTypical);
}

std::string rpoSummary(const StoreRecovery& s)
{
    return boundOrTypical(s.rpo, !s.rpo, s.typicalLag);
}

std::string writesAtRiskSummary(const ScenarioResult& s)
{
    if (!s.dataLossUnbounded)
        return formatNumber(s.writesAtRisk, 0);
    return "unbounded (typically " + formatNumber(s.writesAtRiskTypical, 0) + ")";
}

std::string failoverPathVerdict(const ScenarioResult& s)
{
    if (s.failoverPathErrors.empty())
        return {};
    std::string out = "failover path has error";
    for (const auto& id : s.failoverPathErrors)
        out += (&id == &s.failoverPathErrors.front() ? " " : ", ") + id;
    return out;
}

std::vector<Disruption> allDisruptions(const DesignIndex& design)
{
    std::vector<Disruption> out;
    for (const auto& [id, region] : design.design().regions)
        out.push_back({DisruptionKind::RegionDown, id.value});
    for (const auto* s : design.globalServices())
        out.push_back({DisruptionKind::GlobalServiceDown, s->id.value});
    for (const auto& [id, link] : design.design().links) {
        if (link.kind == LinkKind::Replication)
            out.push_back({DisruptionKind::ReplicationCut, id.value});
    }
    const auto partial = partialDisruptions(design);
    out.insert(out.end(), partial.begin(), partial.end());
    const auto corruption = corruptionDisruptions(design);
    out.insert(out.end(), corruption.begin(), corruption.end());
    return out;
}

namespace {

/// Holds the stores the design says must never lose an update to an RPO of 0, as RES-010 does.
/// An outage of one service and a paused replication delay data without losing it.
void markProtectedStores(const DesignIndex& design, ScenarioResult& result)
{
    const auto kind = result.disruption.kind;
    if (kind == DisruptionKind::ServiceDown || kind == DisruptionKind::ReplicationCut)
        return;
    for (auto& impact : result.stores) {
        const auto* s = design.design().service(ServiceId{impact.storeId});
        if (!s || !mustNotLoseUpdates(design, *s))
            continue;
        impact.mustNotLose = true;
        if (impact.losesProtectedUpdates())
            impact.basis += "; the design says it must never lose an update (noLostUpdates)";
    }
}

ScenarioResult simulateOne(const DesignIndex& design, const Disruption& disruption)
{
    switch (disruption.kind) {
    case DisruptionKind::ZoneDown:
        return simulateZoneLoss(design, disruption);
    case DisruptionKind::ServiceDown:
        return simulateServiceLoss(design, disruption);
    case DisruptionKind::DataCorruption:
        return simulateCorruption(design, disruption);
    default:
        return simulateElementLoss(design, disruption);
    }
}

} // namespace

ScenarioResult simulate(const DesignIndex& design, const Disruption& disruption)
{
    auto result = simulateOne(design, disruption);
    markProtectedStores(design, result);
    return result;
}

std::vector<ScenarioResult> simulateAll(const DesignIndex& design)
{
    std::vector<ScenarioResult> out;
    for (const auto& d : allDisruptions(design))
        out.push_back(simulate(design, d));
    return out;
}

} // namespace rs
