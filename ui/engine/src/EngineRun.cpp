#include "engine/EngineRun.h"

#include "core/DesignIndex.h"
#include "core/rules/RuleCatalogue.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <future>

namespace rs::engine {

namespace {

bool isStale(const StaleCheck& stale)
{
    return stale && stale();
}

std::map<std::string, std::string> elementLabels(const DesignIndex& index)
{
    std::map<std::string, std::string> labels;
    const auto& design = index.design();
    for (const auto& [id, region] : design.regions)
        labels.emplace(id.value, index.label(region));
    for (const auto& [id, service] : design.services)
        labels.emplace(id.value, index.label(service));
    return labels;
}

} // namespace

const CostCurvePoint* findCostPoint(const std::vector<CostCurvePoint>& curve, double scale)
{
    const auto it = std::find_if(curve.begin(), curve.end(),
                                 [&](const auto& p) { return std::abs(p.scale - scale) < 1e-9; });
    return it == curve.end() ? nullptr : &*it;
}

const CostCurvePoint* EngineResults::chosenCostPoint() const
{
    return findCostPoint(costCurve, workloadScale);
}

std::string EngineResults::label(const std::string& id) const
{
    const auto it = labels.find(id);
    return it == labels.end() ? id : it->second;
}

std::array<std::size_t, 3> severityCounts(const Findings& findings)
{
    std::array<std::size_t, 3> counts{};
    for (const auto& f : findings)
        ++counts[static_cast<std::size_t>(f.severity)];
    return counts;
}

std::optional<EngineResults> analyse(const EngineSnapshot& snapshot, const EngineSettings& settings,
                                     const StaleCheck& stale)
{
    const auto start = std::chrono::steady_clock::now();
    const DesignIndex index(*snapshot.design, *snapshot.catalogues);
    EngineResults r;
    r.generation = snapshot.generation;
    r.designRevision = snapshot.designRevision;
    r.elementCount = snapshot.design->elementCount();
    r.workloadScale = snapshot.workloadScale;
    // The scenarios, the rules and the cost estimate need nothing of each other: simulate
    // beside the rest, so the run takes as long as the longer share on a second core.
    auto scenarios = std::async(std::launch::async, [&] { return simulateAll(index); });
    r.labels = elementLabels(index);
    r.findings = checkDesign(index);
    if (snapshot.prices) {
        r.cost = estimateCost(index, *snapshot.prices, settings.cost);
        r.priced = true;
    }
    r.scenarios = scenarios.get();
    if (isStale(stale))
        return std::nullopt;
    r.availability = estimateAvailability(index, settings.availability);
    const auto& targets = snapshot.design->targets;
    r.availabilityTarget = targets.availabilityPercent;
    r.rtoTarget = index.regionRto();
    r.rpoTarget = index.regionRpo();
    if (targets.monthlyBudget)
        r.monthlyBudget = targets.monthlyBudget->value();
    r.analysisMs =
        std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
    return r;
}

Design withScaledTraffic(Design design, double scale)
{
    design.workload.requestsPerMonth *= scale;
    design.workload.peakRate *= scale;
    return design;
}

std::vector<CostCurvePoint> costCurve(const EngineSnapshot& snapshot,
                                      const EngineSettings& settings)
{
    std::vector<CostCurvePoint> curve;
    if (!snapshot.prices)
        return curve;
    auto scales = settings.trafficScales;
    scales.push_back(snapshot.workloadScale);
    std::sort(scales.begin(), scales.end());
    scales.erase(std::unique(scales.begin(), scales.end(),
                             [](double a, double b) { return std::abs(a - b) < 1e-9; }),
                 scales.end());
    for (const double scale : scales) {
        const auto scaled = withScaledTraffic(*snapshot.design, scale);
        const auto estimate = estimateCost(DesignIndex(scaled, *snapshot.catalogues),
                                           *snapshot.prices, settings.cost);
        curve.push_back({scale, estimate.total, estimate.byCategory, estimate.unpricedCount});
    }
    return curve;
}

OutageSimulationResult simulateOutagesOf(const EngineSnapshot& snapshot,
                                         const EngineSettings& settings)
{
    return simulateOutages(DesignIndex(*snapshot.design, *snapshot.catalogues), settings.outages);
}

void selectWhatIf(EngineResults& results, const std::vector<std::string>& down)
{
    results.down.clear();
    results.whatIf.clear();
    for (const auto& id : down) {
        const auto it =
            std::find_if(results.scenarios.begin(), results.scenarios.end(), [&](const auto& s) {
                return s.disruption.elementId == id &&
                       s.disruption.kind != DisruptionKind::ReplicationCut;
            });
        if (it == results.scenarios.end())
            continue;
        results.down.push_back(id);
        results.whatIf.push_back(*it);
    }
}

} // namespace rs::engine
