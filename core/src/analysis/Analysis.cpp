#include "core/analysis/Analysis.h"

#include "core/carbon/CarbonTables.h"
#include "core/rules/RuleCatalogue.h"

#include <algorithm>
#include <future>

namespace rs {

ScenarioVerdict judgeScenario(const ScenarioResult& s)
{
    ScenarioVerdict v;
    // A region loss is held to the region targets, a zone loss to the zone targets; the others
    // are reported against the region targets.
    v.gated = s.disruption.kind == DisruptionKind::RegionDown ||
              s.disruption.kind == DisruptionKind::ZoneDown;
    v.rtoMet = s.rtoMet();
    v.rpoMet = s.rpoMet();
    v.capacityMet = s.capacityMet();
    v.residencyMet = s.residency.empty();
    return v;
}

std::vector<std::string_view> ScenarioVerdict::missed() const
{
    std::vector<std::string_view> out;
    for (const auto& [met, name] :
         {std::pair{rtoMet, "RTO"}, std::pair{rpoMet, "RPO"}, std::pair{capacityMet, "capacity"},
          std::pair{residencyMet, "residency"}}) {
        if (!met)
            out.push_back(name);
    }
    return out;
}

std::vector<const ScenarioResult*> Analysis::regionLossScenarios() const
{
    std::vector<const ScenarioResult*> out;
    for (const auto& s : scenarios) {
        if (s.disruption.kind == DisruptionKind::RegionDown)
            out.push_back(&s);
    }
    return out;
}

std::optional<Seconds> Analysis::worstRegionRto() const
{
    Seconds worst = 0.0 * units::seconds;
    for (const auto* s : regionLossScenarios()) {
        if (!s->rto)
            return std::nullopt;
        worst = std::max(worst, s->rto->worst);
    }
    return worst;
}

std::optional<Seconds> Analysis::worstRegionRpo() const
{
    Seconds worst = 0.0 * units::seconds;
    for (const auto* s : regionLossScenarios()) {
        if (s->dataLossUnbounded)
            return std::nullopt;
        if (s->rpo)
            worst = std::max(worst, *s->rpo);
    }
    return worst;
}

Money Analysis::resiliencePremium() const
{
    const auto baseline = cost.byCategory.find(CostCategory::Baseline);
    return cost.total - (baseline == cost.byCategory.end() ? Money() : baseline->second);
}

namespace {

void decideVerdicts(Analysis& a)
{
    auto& v = a.verdicts;
    for (const auto& s : a.scenarios) {
        if (judgeScenario(s).passes())
            continue;
        if (s.disruption.kind == DisruptionKind::ZoneDown)
            ++v.zoneLossesMissed;
        else
            ++v.regionLossesMissed;
    }
    v.regionTargetsMet = v.regionLossesMissed == 0;
    v.zoneTargetsMet = v.zoneLossesMissed == 0;
    if (a.parts.availability && a.availabilityTarget)
        // A hair of tolerance: an objective of 99.95 % is met by an estimate that prints so.
        v.availabilityObjectiveMet = a.availability.total * 100.0 >= *a.availabilityTarget - 1e-12;
    v.costComplete = !a.priced || a.cost.complete();
    if (a.priced && a.monthlyBudget) {
        const bool over = a.cost.total.toDouble() > *a.monthlyBudget;
        // An incomplete total is a lower bound: over budget it proves a miss, under it proves
        // nothing.
        if (over || v.costComplete)
            v.budgetMet = !over;
    }
    const auto& g = a.gates;
    v.findingsGateFailed = g.findingsAtOrAbove && a.parts.findings &&
                           std::any_of(a.findings.begin(), a.findings.end(), [&](const Finding& f) {
                               return f.severity >= *g.findingsAtOrAbove;
                           });
    v.targetsGateFailed = g.targets && !(v.regionTargetsMet && v.zoneTargetsMet);
    v.unpricedGateFailed = g.unpriced && !v.costComplete;
}

/// Whether a rule judges how users or writes move to a surviving region (the traffic rules, and
/// the store failover ones), rather than what is lost: RES-010's data loss is the RPO's verdict.
bool judgesFailover(const Finding& f)
{
    const auto* rule = findRule(f.ruleId);
    return (rule && rule->area == RuleArea::Traffic) || f.ruleId == "RES-012" ||
           f.ruleId == "RES-014";
}

/// Marks each scenario whose failover path an error-level finding names: the scenario cannot
/// claim its RTO while a rule says the mechanism it rests on is broken (issue 21).
void markFailoverPathErrors(std::vector<ScenarioResult>& scenarios, const Findings& findings)
{
    for (auto& s : scenarios) {
        for (const auto& f : findings) {
            if (f.severity != Severity::Error || !judgesFailover(f))
                continue;
            const bool onPath =
                std::any_of(f.elements.begin(), f.elements.end(), [&](const auto& id) {
                    return std::find(s.failoverPath.begin(), s.failoverPath.end(), id) !=
                           s.failoverPath.end();
                });
            if (onPath && std::find(s.failoverPathErrors.begin(), s.failoverPathErrors.end(),
                                    f.ruleId) == s.failoverPathErrors.end())
                s.failoverPathErrors.push_back(f.ruleId);
        }
    }
}

std::vector<ScenarioResult> simulateAsked(const DesignIndex& design, const AnalysisOptions& options)
{
    if (!options.disruptions)
        return simulateAll(design);
    std::vector<ScenarioResult> out;
    out.reserve(options.disruptions->size());
    for (const auto& d : *options.disruptions)
        out.push_back(simulate(design, d));
    return out;
}

} // namespace

std::optional<Analysis> analyseDesign(const DesignIndex& design, const PriceBook* book,
                                      const AnalysisOptions& options,
                                      const std::function<bool()>& stop)
{
    const auto stopped = [&] { return stop && stop(); };
    Analysis a;
    a.parts = options.parts;
    a.parts.tiers = options.parts.tiers && book;
    // The drawn tier's row is the design's own estimate, so the tiers need it.
    a.parts.cost = (options.parts.cost || a.parts.tiers || options.parts.carbon) && book;
    a.parts.carbon = options.parts.carbon && book;
    // Without a service there is no availability, cost or tier to speak of: saying "0 %" or
    // "365 days down" would be an answer to a question the design does not ask yet.
    a.nothingToEstimate = design.design().services.empty();
    if (a.nothingToEstimate)
        a.parts.availability = a.parts.outages = a.parts.cost = a.parts.tiers = a.parts.carbon =
            false;
    a.gates = options.gates;
    const auto& targets = design.design().targets;
    a.regionRtoTarget = design.regionRto();
    a.regionRpoTarget = design.regionRpo();
    a.availabilityTarget = targets.availabilityPercent;
    if (targets.monthlyBudget)
        a.monthlyBudget = targets.monthlyBudget->value();

    // The scenarios, the rules and the estimate need nothing of each other.
    std::future<std::vector<ScenarioResult>> scenarios;
    if (a.parts.scenarios && options.parallel)
        scenarios = std::async(std::launch::async, [&] { return simulateAsked(design, options); });
    else if (a.parts.scenarios)
        a.scenarios = simulateAsked(design, options);
    if (a.parts.findings) {
        a.findings = checkDesign(design);
        for (const auto& f : a.findings)
            ++a.counts[static_cast<std::size_t>(f.severity)];
    }
    if (a.parts.cost) {
        a.cost = estimateCost(design, *book, options.cost);
        a.priced = true;
    }
    const auto* carbonTables = a.parts.carbon ? &CarbonTables::builtIn() : nullptr;
    if (carbonTables) {
        const double hours = options.cost.resolvedFor(design.design()).hours();
        a.carbon = estimateEmissions(design, a.cost, *carbonTables, hours);
        a.carbonEstimated = true;
    }
    if (scenarios.valid())
        a.scenarios = scenarios.get();
    // The verdicts need the findings even when the caller did not ask to see them, so that
    // `simulate`, `estimate --tiers` and `review` judge a scenario alike.
    std::optional<Findings> unseen;
    const auto verdictFindings = [&]() -> const Findings& {
        if (a.parts.findings)
            return a.findings;
        if (!unseen)
            unseen = checkDesign(design);
        return *unseen;
    };
    if (a.parts.scenarios)
        markFailoverPathErrors(a.scenarios, verdictFindings());
    if (stopped())
        return std::nullopt;
    if (a.parts.availability)
        a.availability = estimateAvailability(design, options.availability);
    if (a.parts.outages) {
        if (stopped())
            return std::nullopt;
        a.outages = simulateOutages(design, options.outages);
    }
    // The tiers are derived from the home region; a design with no serving region has none.
    if (a.parts.tiers && design.homeRegion()) {
        if (stopped())
            return std::nullopt;
        DrawnResults drawn{&a.cost, nullptr, a.carbonEstimated ? &a.carbon : nullptr};
        const auto* home = design.homeRegion();
        for (const auto& s : a.scenarios) {
            if (s.disruption.kind == DisruptionKind::RegionDown &&
                s.disruption.elementId == home->id.value)
                drawn.homeRegionLoss = &s;
        }
        // Without the scenarios (estimate --tiers) the drawn tier's home-region loss is still
        // simulated and judged here, failover-path errors included, so it reads as in a review.
        std::vector<ScenarioResult> homeLoss;
        if (!drawn.homeRegionLoss) {
            homeLoss.push_back(
                simulate(design, Disruption{DisruptionKind::RegionDown, home->id.value}));
            markFailoverPathErrors(homeLoss, verdictFindings());
            drawn.homeRegionLoss = &homeLoss.front();
        }
        a.tiers = compareTiers(design.design(), design.catalogues(), *book, options.cost, drawn,
                               carbonTables);
        a.tierBlockers = tierBlockers(a.tiers);
    }
    decideVerdicts(a);
    return a;
}

} // namespace rs
