#include "core/TextFormat.h"
#include "core/compare/ComparisonText.h"

#include <sstream>

namespace rs {

namespace {

/// Text from a design as Markdown shows it literally: no emphasis, link, table cell break or
/// HTML can come from a name or a message.
std::string escaped(std::string_view text)
{
    std::string out;
    for (const char c : text) {
        if (c == '<')
            out += "&lt;";
        else if (c == '>')
            out += "&gt;";
        else if (c == '&')
            out += "&amp;";
        else if (c == '\n' || c == '\r')
            out += ' ';
        else {
            // Lines never start with design text, so only the inline markers need escaping.
            if (std::string_view("\\`*_[]|~").find(c) != std::string_view::npos)
                out += '\\';
            out += c;
        }
    }
    return out;
}

/// "a → b", or just "a" when the two read the same.
std::string arrow(const std::string& before, const std::string& after)
{
    return before == after ? before : before + " → " + after;
}

/// Long lists are cut here: a pull-request comment is read, not searched; `--json` has all.
constexpr std::size_t listedElements = 30;
constexpr std::size_t listedCostElements = 15;

class Markdown
{
public:
    explicit Markdown(const DesignComparison& c)
        : m_c(c)
    {}

    std::string text()
    {
        m_out << "### Resilience: " << escaped(m_c.beforeName) << " → " << escaped(m_c.afterName)
              << "\n\n";
        const auto failures = gateFailures(m_c);
        if (failures.empty())
            m_out << (m_c.gates.any() ? "**Gates passed.**" : "No gates asked for.") << "\n\n";
        for (const auto& f : failures)
            m_out << "**Gate failed:** " << f << "\n\n";
        summary();
        regionLosses();
        findings();
        cost();
        elements();
        assumptions();
        return m_out.str();
    }

private:
    void row(const std::string& what, const std::string& before, const std::string& after,
             const std::string& change)
    {
        m_out << "| " << what << " | " << before << " | " << after << " | " << change << " |\n";
    }

    void summary()
    {
        m_out << "| | Before | After | Change |\n|---|---|---|---|\n";
        if (m_c.cost) {
            const auto& t = m_c.cost->total;
            row("Monthly cost", costSideText(t, false, m_c.currency),
                costSideText(t, true, m_c.currency), costChangeText(t, m_c.currency));
        }
        if (m_c.availabilityBefore || m_c.availabilityAfter)
            row("Availability", availabilityText(m_c.availabilityBefore),
                availabilityText(m_c.availabilityAfter), "");
        if (m_c.scenariosCompared) {
            row("Worst region-loss RTO", worstText(m_c.worstRtoBefore, "no recovery"),
                worstText(m_c.worstRtoAfter, "no recovery"), "");
            row("Worst region-loss RPO", worstText(m_c.worstRpoBefore, "unbounded"),
                worstText(m_c.worstRpoAfter, "unbounded"), "");
            const auto& v = m_c.verdicts;
            std::string change;
            if (v.regionLossesRegressed)
                change += "**" + std::to_string(v.regionLossesRegressed) + " now missed**";
            if (v.regionLossesImproved)
                change += (change.empty() ? "" : ", ") + std::to_string(v.regionLossesImproved) +
                          " now met";
            row("Region losses meeting targets", regionLossesMetText(m_c, true),
                regionLossesMetText(m_c, false), change);
        }
        if (m_c.findingsCompared) {
            const auto& f = m_c.findings;
            row("Findings", std::to_string(f.removed.size() + f.unchanged.size()),
                std::to_string(f.added.size() + f.unchanged.size()),
                std::to_string(f.added.size()) + " new, " + std::to_string(f.removed.size()) +
                    " resolved");
        }
        row("Elements", "", "", elementChangesText(m_c.elements));
        m_out << "\n";
    }

    void open(const std::string& summary)
    {
        m_out << "<details><summary>" << summary << "</summary>\n\n";
    }
    void close() { m_out << "\n</details>\n\n"; }

    void regionLosses()
    {
        if (!m_c.scenariosCompared || m_c.regionLosses.empty())
            return;
        open("Region losses (targets RTO " +
             arrow(formatDuration(m_c.rtoTargetBefore.value()),
                   formatDuration(m_c.rtoTargetAfter.value())) +
             ", RPO " +
             arrow(formatDuration(m_c.rpoTargetBefore.value()),
                   formatDuration(m_c.rpoTargetAfter.value())) +
             ")");
        m_out << "| Region lost | RTO | RPO | Writes at risk | Capacity | Targets |\n"
                 "|---|---|---|---|---|---|\n";
        for (const auto& l : m_c.regionLosses) {
            auto verdict = arrow(verdictText(l.before), verdictText(l.after));
            if (l.change == VerdictChange::Regressed)
                verdict = "**" + verdict + "**";
            m_out << "| " << escaped(l.regionId) << " | "
                  << arrow(rtoText(l.before), rtoText(l.after)) << " | "
                  << arrow(rpoText(l.before), rpoText(l.after)) << " | "
                  << arrow(writesText(l.before), writesText(l.after)) << " | "
                  << arrow(capacityText(l.before), capacityText(l.after)) << " | " << verdict
                  << " |\n";
        }
        close();
    }

    void findingList(const char* label, const Findings& list)
    {
        for (const auto& f : list) {
            std::string elements;
            for (const auto& e : f.elements)
                elements += (elements.empty() ? "" : ", ") + escaped(e);
            m_out << "- " << label << " **" << enumName(f.severity) << "** " << f.ruleId
                  << (elements.empty() ? "" : " (" + elements + ")") << ": " << escaped(f.message)
                  << "\n";
        }
    }

    void findings()
    {
        const auto& f = m_c.findings;
        if (!m_c.findingsCompared || (f.added.empty() && f.removed.empty()))
            return;
        open("Findings: " + std::to_string(f.added.size()) + " new, " +
             std::to_string(f.removed.size()) + " resolved");
        findingList("new", f.added);
        findingList("resolved", f.removed);
        close();
    }

    void deltaTable(const char* heading, const std::vector<CostDelta>& list,
                    std::size_t limit = std::size_t(-1))
    {
        m_out << "| " << heading << " | Before | After | Change |\n|---|---|---|---|\n";
        for (std::size_t i = 0; i < std::min(limit, list.size()); ++i)
            row(escaped(list[i].key), costSideText(list[i], false, m_c.currency),
                costSideText(list[i], true, m_c.currency), costChangeText(list[i], m_c.currency));
        more(list.size(), limit);
        m_out << "\n";
    }

    void more(std::size_t size, std::size_t limit)
    {
        if (size > limit)
            m_out << "\n… and " << size - limit << " more (all of them in `--json`)\n";
    }

    void cost()
    {
        if (!m_c.cost)
            return;
        const auto& c = *m_c.cost;
        open("Cost: " + costChangeText(c.total, m_c.currency));
        if (!c.total.complete())
            m_out << "Some usage has no price (" << c.beforeUnpriced << " line(s) before, "
                  << c.afterUnpriced << " after): the totals are lower bounds and the change "
                  << "covers only the priced lines.\n\n";
        deltaTable("Category", c.byCategory);
        deltaTable("Region", c.byRegion);
        if (!c.byElement.empty())
            deltaTable("Element", c.byElement, listedCostElements);
        close();
    }

    void elements()
    {
        if (elementChangesText(m_c.elements) == "no change")
            return;
        open("Elements: " + elementChangesText(m_c.elements));
        std::size_t listed = 0;
        for (const auto& d : m_c.elements.elements) {
            if (d.change == ElementChange::Unchanged || ++listed > listedElements)
                continue;
            m_out << "- " << enumName(d.change) << " " << enumName(d.type) << " "
                  << (d.change == ElementChange::Renamed
                          ? escaped(d.beforeId) + " → " + escaped(d.afterId)
                          : escaped(d.id()));
            std::string fields;
            for (const auto& f : d.changedFields)
                fields += (fields.empty() ? "" : ", ") + escaped(f);
            if (!fields.empty())
                m_out << ": " << fields;
            m_out << "\n";
        }
        more(listed, listedElements);
        close();
    }

    void assumptions()
    {
        if (m_c.assumptions.empty())
            return;
        open("Assumptions that differ");
        m_out << "| Assumption | Before | After |\n|---|---|---|\n";
        for (const auto& a : m_c.assumptions)
            m_out << "| " << escaped(a.label) << " | "
                  << (a.before.empty() ? "—" : escaped(a.before)) << " | "
                  << (a.after.empty() ? "—" : escaped(a.after)) << " |\n";
        close();
    }

    const DesignComparison& m_c;
    std::ostringstream m_out;
};

} // namespace

std::string comparisonMarkdown(const DesignComparison& comparison)
{
    return Markdown(comparison).text();
}

} // namespace rs
