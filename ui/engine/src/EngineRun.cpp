#include "engine/EngineRun.h"

#include "core/DesignIndex.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <future>

namespace rs::engine {

namespace {

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

std::optional<EngineResults> analyse(const EngineSnapshot& snapshot, const EngineSettings& settings,
                                     const StaleCheck& stale)
{
    const auto start = std::chrono::steady_clock::now();
    const DesignIndex index(*snapshot.design, *snapshot.catalogues);
    AnalysisOptions options;
    // The Monte Carlo and the tiers are the projection thread's and the tier view's.
    options.parts.outages = false;
    // The Costs dock's emissions view: a few multiplications per cost line.
    options.parts.carbon = true;
    options.availability = settings.availability;
    options.cost = settings.cost;
    options.parallel = true;
    // The labels need nothing of the analysis: name the elements while it runs, as the engine
    // did before the analysis moved to core.
    auto labels = std::async(std::launch::async, [&] { return elementLabels(index); });
    auto analysis = analyseDesign(index, snapshot.prices.get(), options, stale);
    if (!analysis)
        return std::nullopt;
    EngineResults r;
    static_cast<Analysis&>(r) = std::move(*analysis);
    r.generation = snapshot.generation;
    r.designRevision = snapshot.designRevision;
    r.elementCount = snapshot.design->elementCount();
    r.workloadScale = snapshot.workloadScale;
    r.labels = labels.get();
    r.assumptions = snapshot.design->assumptions;
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
    AnalysisOptions options;
    options.parts = AnalysisParts::none();
    options.parts.cost = true;
    options.cost = settings.cost;
    for (const double scale : scales) {
        const auto scaled = withScaledTraffic(*snapshot.design, scale);
        const auto analysis = analyseDesign(DesignIndex(scaled, *snapshot.catalogues),
                                            snapshot.prices.get(), options);
        const auto& estimate = analysis->cost;
        curve.push_back({scale, estimate.total, estimate.byCategory, estimate.unpricedCount});
    }
    return curve;
}

OutageSimulationResult simulateOutagesOf(const EngineSnapshot& snapshot,
                                         const EngineSettings& settings)
{
    AnalysisOptions options;
    options.parts = AnalysisParts::none();
    options.parts.outages = true;
    options.outages = settings.outages;
    const auto analysis =
        analyseDesign(DesignIndex(*snapshot.design, *snapshot.catalogues), nullptr, options);
    // A design with no services has nothing to simulate: the docks say so instead of charting
    // an empty result.
    return analysis->outages.value_or(OutageSimulationResult{});
}

void selectWhatIf(EngineResults& results, const std::vector<std::string>& down)
{
    results.down.clear();
    results.whatIf.clear();
    for (const auto& id : down) {
        const auto it =
            std::find_if(results.scenarios.begin(), results.scenarios.end(), [&](const auto& s) {
                return s.disruption.elementId == id && isElementLoss(s.disruption.kind);
            });
        if (it == results.scenarios.end())
            continue;
        results.down.push_back(id);
        results.whatIf.push_back(*it);
    }
}

} // namespace rs::engine
