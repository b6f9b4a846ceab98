#include "core/compare/DesignComparison.h"

#include <algorithm>
#include <set>

namespace rs {

std::optional<double> CostDelta::percent() const
{
    if (before == Money())
        return std::nullopt;
    return change().toDouble() / before.toDouble() * 100.0;
}

namespace {

/// Amounts and completeness by key, read off an estimate's lines.
using CostTotals = std::map<std::string, std::pair<Money, bool>, std::less<>>;

void addLine(CostTotals& totals, const std::string& key, const CostLine& line)
{
    auto& [amount, complete] = totals.try_emplace(key, Money(), true).first->second;
    amount += line.amount;
    complete = complete && !line.unpriced;
}

std::vector<CostDelta> pairTotals(const CostTotals& before, const CostTotals& after)
{
    std::set<std::string, std::less<>> keys;
    for (const auto* side : {&before, &after}) {
        for (const auto& [key, value] : *side)
            keys.insert(key);
    }
    std::vector<CostDelta> out;
    for (const auto& key : keys) {
        CostDelta d;
        d.key = key;
        if (const auto it = before.find(key); it != before.end())
            std::tie(d.before, d.beforeComplete) = it->second;
        if (const auto it = after.find(key); it != after.end())
            std::tie(d.after, d.afterComplete) = it->second;
        out.push_back(d);
    }
    return out;
}

CostComparison compareCost(const CostEstimate& before, const CostEstimate& after,
                           const ElementMatch& match)
{
    CostComparison c;
    c.total = {"total", before.total, after.total, before.complete(), after.complete()};
    c.beforeUnpriced = before.unpricedCount;
    c.afterUnpriced = after.unpricedCount;
    CostTotals category[2], region[2], element[2];
    for (int side = 0; side < 2; ++side) {
        for (const auto& line : (side == 0 ? before : after).lines) {
            addLine(category[side], std::string(enumName(line.category)), line);
            addLine(region[side], line.region, line);
            // A renamed element's lines are the same element's on both sides.
            addLine(element[side], side == 0 ? match.afterIdOf(line.elementId) : line.elementId,
                    line);
        }
    }
    // In CostCategory order rather than by name, as the estimate lists them.
    const auto all = pairTotals(category[0], category[1]);
    for (const auto& entry : EnumNames<CostCategory>::names) {
        const auto& name = entry.second; // not a binding: clang 14 cannot capture one
        const auto it =
            std::find_if(all.begin(), all.end(), [&](const CostDelta& d) { return d.key == name; });
        if (it != all.end())
            c.byCategory.push_back(*it);
    }
    c.byRegion = pairTotals(region[0], region[1]);
    for (auto& d : pairTotals(element[0], element[1])) {
        if (d.change() != Money() || d.beforeComplete != d.afterComplete)
            c.byElement.push_back(std::move(d));
    }
    std::stable_sort(c.byElement.begin(), c.byElement.end(),
                     [](const CostDelta& a, const CostDelta& b) {
                         const auto size = [](Money m) { return m < Money() ? -m : m; };
                         return size(a.change()) > size(b.change());
                     });
    return c;
}

/// The rule and the elements (as the second design names them): what makes two findings one.
std::string findingKey(const Finding& f, const ElementMatch* match)
{
    std::vector<std::string> ids;
    for (const auto& e : f.elements)
        ids.push_back(match ? match->afterIdOf(e) : e);
    std::sort(ids.begin(), ids.end());
    std::string key = f.ruleId;
    for (const auto& id : ids)
        key += '\n' + id;
    return key;
}

FindingsComparison compareFindings(const Findings& before, const Findings& after,
                                   const ElementMatch& match)
{
    FindingsComparison c;
    std::multiset<std::string> remaining;
    for (const auto& f : before)
        remaining.insert(findingKey(f, &match));
    std::multiset<std::string> kept;
    for (const auto& f : after) {
        const auto key = findingKey(f, nullptr);
        const auto it = remaining.find(key);
        if (it == remaining.end()) {
            c.added.push_back(f);
        } else {
            remaining.erase(it);
            kept.insert(key);
            c.unchanged.push_back(f);
        }
    }
    for (const auto& f : before) {
        const auto it = kept.find(findingKey(f, &match));
        if (it == kept.end())
            c.removed.push_back(f);
        else
            kept.erase(it);
    }
    return c;
}

std::vector<RegionLossComparison> compareRegionLosses(const Analysis& before, const Analysis& after,
                                                      const ElementMatch& match)
{
    std::vector<RegionLossComparison> out;
    for (const auto* s : after.regionLossScenarios())
        out.push_back({s->disruption.elementId, std::nullopt, *s, VerdictChange::Added});
    for (const auto* s : before.regionLossScenarios()) {
        const auto id = match.afterIdOf(s->disruption.elementId);
        const auto it = std::find_if(out.begin(), out.end(), [&](const RegionLossComparison& c) {
            return c.regionId == id && !c.before;
        });
        if (it == out.end()) {
            out.push_back({s->disruption.elementId, *s, std::nullopt, VerdictChange::Removed});
            continue;
        }
        it->before = *s;
        const bool met = judgeScenario(*s).targetsMet();
        const bool meets = judgeScenario(*it->after).targetsMet();
        it->change = met == meets ? VerdictChange::Same
                     : met        ? VerdictChange::Regressed
                                  : VerdictChange::Improved;
    }
    std::sort(out.begin(), out.end(),
              [](const auto& a, const auto& b) { return a.regionId < b.regionId; });
    return out;
}

std::vector<AssumptionDiff> compareAssumptions(const Review& before, const Review& after)
{
    std::map<std::string, AssumptionDiff> byKey;
    for (const auto& a : assumptionsInForce(before))
        byKey[a.key] = {a.key, a.label, a.value, {}};
    for (const auto& a : assumptionsInForce(after)) {
        auto& d = byKey[a.key];
        d.key = a.key;
        d.label = a.label;
        d.after = a.value;
    }
    std::vector<AssumptionDiff> out;
    for (auto& [key, d] : byKey) {
        if (d.before != d.after)
            out.push_back(std::move(d));
    }
    return out;
}

void judge(DesignComparison& c)
{
    auto& v = c.verdicts;
    const auto& g = c.gates;
    for (const auto& loss : c.regionLosses) {
        v.regionLossesRegressed += loss.change == VerdictChange::Regressed;
        v.regionLossesImproved += loss.change == VerdictChange::Improved;
    }
    v.targetsGateFailed = g.targets && v.regionLossesRegressed > 0;
    if (g.newFindingsAtOrAbove) {
        v.newFindingsAtOrAbove = std::size_t(
            std::count_if(c.findings.added.begin(), c.findings.added.end(),
                          [&](const Finding& f) { return f.severity >= *g.newFindingsAtOrAbove; }));
        v.findingsGateFailed = v.newFindingsAtOrAbove > 0;
    }
    if (c.cost) {
        // Judged on the priced lines: an unpriced line on either side is reported beside the
        // change, which is then incomplete, as the estimate's "at least" total is.
        const auto& total = c.cost->total;
        const bool overAmount = g.costGrowthOver && total.change() > *g.costGrowthOver;
        const auto percent = total.percent();
        const bool overPercent =
            g.costGrowthPercentOver &&
            (percent ? *percent > *g.costGrowthPercentOver : total.change() > Money());
        v.costGateFailed = overAmount || overPercent;
    }
}

} // namespace

ReviewOptions comparisonOptions(const Design& design, ReviewOptions options)
{
    options.parts.outages = false;
    options.parts.tiers = false;
    std::vector<Disruption> losses;
    for (const auto& [id, region] : design.regions)
        losses.push_back({DisruptionKind::RegionDown, id.value});
    options.disruptions = std::move(losses);
    return options;
}

DesignComparison compareDesigns(const Review& before, const Review& after,
                                const ComparisonGates& gates)
{
    DesignComparison c;
    c.beforeName = before.design.name;
    c.afterName = after.design.name;
    c.beforeFile = before.fileName;
    c.afterFile = after.fileName;
    c.currency = after.currency;
    c.elements = matchElements(before.design, after.design);
    c.findingsCompared = before.parts.findings && after.parts.findings;
    if (c.findingsCompared)
        c.findings = compareFindings(before.findings, after.findings, c.elements);
    c.scenariosCompared = before.parts.scenarios && after.parts.scenarios;
    if (c.scenariosCompared) {
        c.rtoTargetBefore = before.regionRtoTarget;
        c.rtoTargetAfter = after.regionRtoTarget;
        c.rpoTargetBefore = before.regionRpoTarget;
        c.rpoTargetAfter = after.regionRpoTarget;
        c.regionLosses = compareRegionLosses(before, after, c.elements);
        c.worstRtoBefore = before.worstRegionRto();
        c.worstRtoAfter = after.worstRegionRto();
        c.worstRpoBefore = before.worstRegionRpo();
        c.worstRpoAfter = after.worstRegionRpo();
    }
    const auto availability = [](const Review& r) {
        return r.parts.availability && !r.nothingToEstimate
                   ? std::optional<double>(r.availability.total)
                   : std::nullopt;
    };
    c.availabilityBefore = availability(before);
    c.availabilityAfter = availability(after);
    c.availabilityObjectiveMetBefore = before.verdicts.availabilityObjectiveMet;
    c.availabilityObjectiveMetAfter = after.verdicts.availabilityObjectiveMet;
    if (before.priced && after.priced)
        c.cost = compareCost(before.cost, after.cost, c.elements);
    c.assumptions = compareAssumptions(before, after);
    c.gates = gates;
    judge(c);
    return c;
}

} // namespace rs
