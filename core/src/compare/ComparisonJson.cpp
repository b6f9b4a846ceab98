#include "core/compare/ComparisonJson.h"

#include "ComparisonJsonSection.h"
#include "PropertyJson.h"

namespace rs {

using json::number;
using nlohmann::ordered_json;

namespace {

ordered_json orNull(const std::optional<double>& value)
{
    return value ? number(*value) : ordered_json(nullptr);
}

ordered_json orNull(const std::optional<bool>& value)
{
    return value ? ordered_json(*value) : ordered_json(nullptr);
}

ordered_json seconds(const std::optional<Seconds>& value)
{
    return value ? number(value->value()) : ordered_json(nullptr);
}

ordered_json textOrNull(const std::string& text)
{
    return text.empty() ? ordered_json(nullptr) : ordered_json(text);
}

ordered_json findings(const Findings& list)
{
    auto out = ordered_json::array();
    for (const auto& f : list)
        out.push_back({{"rule", f.ruleId},
                       {"severity", enumName(f.severity)},
                       {"elements", f.elements},
                       {"message", f.message}});
    return out;
}

/// One side of a region loss: the figures the targets are held to and the verdict on them.
ordered_json regionLossSide(const std::optional<ScenarioResult>& s)
{
    if (!s)
        return nullptr;
    const auto verdict = judgeScenario(*s);
    ordered_json j;
    j["rtoSeconds"] = s->rto ? number(s->rto->worst.value()) : ordered_json(nullptr);
    j["rpoSeconds"] = s->dataLossUnbounded || !s->rpo ? ordered_json(nullptr)
                                                      : ordered_json(number(s->rpo->value()));
    j["rpoUnbounded"] = s->dataLossUnbounded;
    j["writesAtRisk"] = number(s->writesAtRisk);
    j["capacityMet"] = verdict.capacityMet;
    j["targetsMet"] = verdict.targetsMet();
    j["missed"] = ordered_json::array();
    for (const auto& m : verdict.missed())
        j["missed"].push_back(std::string(m));
    return j;
}

class Writer
{
public:
    explicit Writer(const DesignComparison& c)
        : m_c(c)
    {}

    ordered_json money(Money usd) const { return m_c.currency.convert(usd).toString(2); }

    ordered_json delta(const CostDelta& d) const
    {
        return {{"key", d.key},
                {"before", money(d.before)},
                {"after", money(d.after)},
                {"change", money(d.change())},
                {"percent", orNull(d.percent())},
                {"complete", d.complete()}};
    }

    ordered_json deltas(const std::vector<CostDelta>& list) const
    {
        auto out = ordered_json::array();
        for (const auto& d : list)
            out.push_back(delta(d));
        return out;
    }

    ordered_json elements() const
    {
        const auto& e = m_c.elements;
        ordered_json j;
        for (const auto& [change, name] : EnumNames<ElementChange>::names)
            j[std::string(name)] = e.count(change);
        j["list"] = ordered_json::array();
        for (const auto& d : e.elements) {
            if (d.change == ElementChange::Unchanged)
                continue;
            j["list"].push_back({{"type", enumName(d.type)},
                                 {"change", enumName(d.change)},
                                 {"before", textOrNull(d.beforeId)},
                                 {"after", textOrNull(d.afterId)},
                                 {"changedFields", d.changedFields}});
        }
        return j;
    }

    ordered_json cost() const
    {
        if (!m_c.cost)
            return nullptr;
        const auto& c = *m_c.cost;
        return {{"currency", m_c.currency.code()},    {"total", delta(c.total)},
                {"unpricedBefore", c.beforeUnpriced}, {"unpricedAfter", c.afterUnpriced},
                {"byCategory", deltas(c.byCategory)}, {"byRegion", deltas(c.byRegion)},
                {"byElement", deltas(c.byElement)}};
    }

    ordered_json gates() const
    {
        const auto& g = m_c.gates;
        const auto& v = m_c.verdicts;
        return {
            {"targets", g.targets},
            {"newFindingsAtOrAbove", g.newFindingsAtOrAbove
                                         ? ordered_json(enumName(*g.newFindingsAtOrAbove))
                                         : ordered_json(nullptr)},
            {"costGrowthOver", g.costGrowthOver ? money(*g.costGrowthOver) : ordered_json(nullptr)},
            {"costGrowthPercentOver", orNull(g.costGrowthPercentOver)},
            {"targetsGateFailed", v.targetsGateFailed},
            {"findingsGateFailed", v.findingsGateFailed},
            {"costGateFailed", v.costGateFailed}};
    }

    ordered_json all() const
    {
        ordered_json j;
        j["before"] = {{"name", m_c.beforeName}, {"file", m_c.beforeFile}};
        j["after"] = {{"name", m_c.afterName}, {"file", m_c.afterFile}};
        j["elements"] = elements();
        if (m_c.findingsCompared)
            j["findings"] = {{"added", findings(m_c.findings.added)},
                             {"removed", findings(m_c.findings.removed)},
                             {"unchanged", m_c.findings.unchanged.size()}};
        if (m_c.scenariosCompared) {
            j["regionTargets"] = {{"rtoSecondsBefore", number(m_c.rtoTargetBefore.value())},
                                  {"rtoSecondsAfter", number(m_c.rtoTargetAfter.value())},
                                  {"rpoSecondsBefore", number(m_c.rpoTargetBefore.value())},
                                  {"rpoSecondsAfter", number(m_c.rpoTargetAfter.value())}};
            j["worstRegionLoss"] = {{"rtoSecondsBefore", seconds(m_c.worstRtoBefore)},
                                    {"rtoSecondsAfter", seconds(m_c.worstRtoAfter)},
                                    {"rpoSecondsBefore", seconds(m_c.worstRpoBefore)},
                                    {"rpoSecondsAfter", seconds(m_c.worstRpoAfter)}};
            j["regionLosses"] = ordered_json::array();
            for (const auto& loss : m_c.regionLosses)
                j["regionLosses"].push_back({{"region", loss.regionId},
                                             {"change", enumName(loss.change)},
                                             {"before", regionLossSide(loss.before)},
                                             {"after", regionLossSide(loss.after)}});
            j["regionLossesRegressed"] = m_c.verdicts.regionLossesRegressed;
            j["regionLossesImproved"] = m_c.verdicts.regionLossesImproved;
        }
        j["availability"] = {{"before", orNull(m_c.availabilityBefore)},
                             {"after", orNull(m_c.availabilityAfter)},
                             {"objectiveMetBefore", orNull(m_c.availabilityObjectiveMetBefore)},
                             {"objectiveMetAfter", orNull(m_c.availabilityObjectiveMetAfter)}};
        j["cost"] = cost();
        j["assumptions"] = ordered_json::array();
        for (const auto& a : m_c.assumptions)
            j["assumptions"].push_back({{"key", a.key},
                                        {"label", a.label},
                                        {"before", textOrNull(a.before)},
                                        {"after", textOrNull(a.after)}});
        j["gates"] = gates();
        j["passed"] = m_c.verdicts.passed();
        return j;
    }

private:
    const DesignComparison& m_c;
};

} // namespace

ordered_json comparisonJson(const DesignComparison& comparison)
{
    return Writer(comparison).all();
}

std::string writeComparisonJson(const DesignComparison& comparison)
{
    ordered_json root;
    root["comparisonFormatVersion"] = comparisonFormatVersion;
    auto body = comparisonJson(comparison);
    for (auto& [key, value] : body.items())
        root[key] = std::move(value);
    // Design text may hold any Unicode; invalid UTF-8 is replaced rather than thrown on.
    return root.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) + "\n";
}

} // namespace rs
