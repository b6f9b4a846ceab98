#include "core/compare/ComparisonText.h"

#include "core/TextFormat.h"

namespace rs {

std::string costChangeText(const CostDelta& delta, const DisplayCurrency& currency)
{
    const auto change = delta.change();
    std::string text = change == Money()
                           ? "no change"
                           : (change > Money() ? "+" : "") + formatMoney(change, currency);
    if (const auto percent = delta.percent(); percent && change != Money())
        text += " (" + std::string(*percent > 0 ? "+" : "") + formatPercent(*percent) + ")";
    if (!delta.complete())
        text += ", incomplete";
    return text;
}

std::string costSideText(const CostDelta& delta, bool after, const DisplayCurrency& currency)
{
    return after ? formatTotal(delta.after, delta.afterComplete, currency)
                 : formatTotal(delta.before, delta.beforeComplete, currency);
}

std::string verdictText(const std::optional<ScenarioResult>& scenario)
{
    if (!scenario)
        return "—";
    const auto verdict = judgeScenario(*scenario);
    if (verdict.targetsMet())
        return "met";
    std::string text;
    for (const auto& m : verdict.missed())
        text += (text.empty() ? "" : ", ") + std::string(m);
    return "missed (" + text + ")";
}

std::string rtoText(const std::optional<ScenarioResult>& scenario)
{
    if (!scenario)
        return "—";
    return scenario->rto ? formatDuration(scenario->rto->worst.value()) : "no recovery";
}

std::string rpoText(const std::optional<ScenarioResult>& scenario)
{
    return scenario ? rpoSummary(*scenario) : "—";
}

std::string writesText(const std::optional<ScenarioResult>& scenario)
{
    return scenario ? writesAtRiskSummary(*scenario) : "—";
}

std::string capacityText(const std::optional<ScenarioResult>& scenario)
{
    return !scenario ? "—" : judgeScenario(*scenario).capacityMet ? "enough" : "short";
}

std::string worstText(const std::optional<Seconds>& seconds, const char* none)
{
    return seconds ? formatDuration(seconds->value()) : none;
}

std::string availabilityText(const std::optional<double>& availability)
{
    return availability ? formatAvailability(*availability) : "—";
}

std::string elementChangesText(const ElementMatch& match)
{
    std::string text;
    for (const auto change : {ElementChange::Added, ElementChange::Removed, ElementChange::Renamed,
                              ElementChange::Changed}) {
        if (const auto n = match.count(change))
            text += (text.empty() ? "" : ", ") + std::to_string(n) + " " +
                    std::string(enumName(change));
    }
    return text.empty() ? "no change" : text;
}

std::string regionLossesMetText(const DesignComparison& comparison, bool before)
{
    std::size_t met = 0;
    std::size_t all = 0;
    for (const auto& loss : comparison.regionLosses) {
        const auto& s = before ? loss.before : loss.after;
        if (!s)
            continue;
        ++all;
        met += judgeScenario(*s).targetsMet();
    }
    return std::to_string(met) + " of " + std::to_string(all);
}

std::vector<std::string> gateFailures(const DesignComparison& c)
{
    const auto& v = c.verdicts;
    std::vector<std::string> out;
    if (v.targetsGateFailed)
        out.push_back(counted(v.regionLossesRegressed, "region loss") +
                      (v.regionLossesRegressed == 1 ? " that met its targets now misses"
                                                    : " that met their targets now miss"));
    if (v.findingsGateFailed)
        out.push_back(counted(v.newFindingsAtOrAbove, "new finding") + " at or above " +
                      std::string(enumName(*c.gates.newFindingsAtOrAbove)));
    if (v.costGateFailed)
        out.push_back("the monthly cost grows by " + costChangeText(c.cost->total, c.currency));
    return out;
}

} // namespace rs
