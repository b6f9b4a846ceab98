#include "ReviewSections.h"
#include "core/TextFormat.h"
#include "core/compare/ComparisonText.h"
#include "core/compare/DesignComparison.h"

namespace rs::review {

namespace {

QString q(const std::string& text)
{
    return QString::fromStdString(text);
}

/// "a → b", or "a" when the two read the same (as the Markdown comparison writes it).
QString arrow(const std::string& before, const std::string& after)
{
    return before == after ? q(before) : q(before) + QStringLiteral(" \u2192 ") + q(after);
}

void summaryTable(SectionContext& c, const DesignComparison& b)
{
    std::vector<std::vector<Cell>> rows;
    if (b.cost) {
        const auto& t = b.cost->total;
        rows.push_back({QStringLiteral("Monthly cost"), q(costSideText(t, false, b.currency)),
                        q(costSideText(t, true, b.currency)), q(costChangeText(t, b.currency))});
    }
    if (b.availabilityBefore || b.availabilityAfter)
        rows.push_back({QStringLiteral("Availability"), q(availabilityText(b.availabilityBefore)),
                        q(availabilityText(b.availabilityAfter)), QString()});
    if (b.scenariosCompared) {
        rows.push_back({QStringLiteral("Worst region-loss RTO"),
                        q(worstText(b.worstRtoBefore, "no recovery")),
                        q(worstText(b.worstRtoAfter, "no recovery")), QString()});
        rows.push_back({QStringLiteral("Worst region-loss RPO"),
                        q(worstText(b.worstRpoBefore, "unbounded")),
                        q(worstText(b.worstRpoAfter, "unbounded")), QString()});
        const auto regressed = b.verdicts.regionLossesRegressed;
        rows.push_back(
            {QStringLiteral("Region losses meeting targets"), q(regionLossesMetText(b, true)),
             q(regionLossesMetText(b, false)),
             regressed ? Cell(q(counted(regressed, "region loss")) + QStringLiteral(" now missed"),
                              bad, true)
                       : Cell()});
    }
    if (b.findingsCompared) {
        const auto& f = b.findings;
        rows.push_back(
            {QStringLiteral("Findings"), QString::number(f.removed.size() + f.unchanged.size()),
             QString::number(f.added.size() + f.unchanged.size()),
             QStringLiteral("%1 new, %2 resolved").arg(f.added.size()).arg(f.removed.size())});
    }
    rows.push_back(
        {QStringLiteral("Elements"), QString(), QString(), q(elementChangesText(b.elements))});
    c.flow.table({{QString(), 2.0},
                  {QStringLiteral("Before"), 1.6},
                  {QStringLiteral("After"), 1.6},
                  {QStringLiteral("Change"), 2.0}},
                 rows, 8.5);
}

void regionLosses(SectionContext& c, const DesignComparison& b)
{
    if (!b.scenariosCompared || b.regionLosses.empty())
        return;
    c.flow.heading(2, QStringLiteral("Region losses"));
    std::vector<std::vector<Cell>> rows;
    for (const auto& l : b.regionLosses) {
        const auto verdict = arrow(verdictText(l.before), verdictText(l.after));
        const bool regressed = l.change == VerdictChange::Regressed;
        rows.push_back({c.regionLabel(l.regionId), arrow(rtoText(l.before), rtoText(l.after)),
                        arrow(rpoText(l.before), rpoText(l.after)),
                        arrow(writesText(l.before), writesText(l.after)),
                        arrow(capacityText(l.before), capacityText(l.after)),
                        Cell(verdict,
                             regressed                             ? bad
                             : l.change == VerdictChange::Improved ? good
                                                                   : Qt::black,
                             regressed)});
    }
    c.flow.table({{QStringLiteral("Region lost"), 1.6},
                  {QStringLiteral("RTO"), 1.3},
                  {QStringLiteral("RPO"), 1.6},
                  {QStringLiteral("Writes at risk"), 1.3},
                  {QStringLiteral("Capacity"), 0.9},
                  {QStringLiteral("Targets"), 1.6}},
                 rows, 7.5);
}

void findings(SectionContext& c, const DesignComparison& b)
{
    const auto& f = b.findings;
    if (!b.findingsCompared || (f.added.empty() && f.removed.empty()))
        return;
    c.flow.heading(2, QStringLiteral("Findings added and resolved"));
    std::vector<std::vector<Cell>> rows;
    for (const auto* list : {&f.added, &f.removed}) {
        const bool added = list == &f.added;
        for (const auto& finding : *list) {
            QStringList elements;
            for (const auto& e : finding.elements)
                elements << SectionContext::name(e);
            rows.push_back({Cell(added ? QStringLiteral("new") : QStringLiteral("resolved"),
                                 added ? bad : good, true),
                            Cell(q(finding.ruleId) + "\n" + enumName(finding.severity).data(),
                                 diagram::severityColor(finding.severity)),
                            elements.join(", "), q(finding.message)});
        }
    }
    c.flow.table({{QString(), 0.8},
                  {QStringLiteral("Rule"), 0.9},
                  {QStringLiteral("Elements"), 1.6},
                  {QStringLiteral("Finding"), 5.0}},
                 rows, 7);
}

void costs(SectionContext& c, const DesignComparison& b)
{
    if (!b.cost)
        return;
    const auto& cost = *b.cost;
    c.flow.heading(2, QStringLiteral("Cost by category"));
    if (!cost.total.complete())
        c.flow.paragraph(QStringLiteral("Some usage has no price (%1 lines before, %2 after): the "
                                        "totals are lower bounds and the change covers only the "
                                        "priced lines.")
                             .arg(cost.beforeUnpriced)
                             .arg(cost.afterUnpriced),
                         8.5, muted, true);
    std::vector<std::vector<Cell>> rows;
    for (const auto& d : cost.byCategory)
        rows.push_back({q(d.key), q(costSideText(d, false, b.currency)),
                        q(costSideText(d, true, b.currency)), q(costChangeText(d, b.currency))});
    c.flow.table({{QStringLiteral("Category"), 1.6},
                  {QStringLiteral("Before"), 1.4, Qt::AlignRight},
                  {QStringLiteral("After"), 1.4, Qt::AlignRight},
                  {QStringLiteral("Change"), 2.0, Qt::AlignRight}},
                 rows, 8);
}

void elements(SectionContext& c, const DesignComparison& b)
{
    QStringList lines;
    for (const auto& d : b.elements.elements) {
        if (d.change == ElementChange::Unchanged)
            continue;
        auto line =
            QStringLiteral("%1 %2 ").arg(enumName(d.change).data(), enumName(d.type).data());
        line += d.change == ElementChange::Renamed
                    ? SectionContext::name(d.beforeId) + QStringLiteral(" \u2192 ") +
                          SectionContext::name(d.afterId)
                    : SectionContext::name(d.id());
        QStringList fields;
        for (const auto& f : d.changedFields)
            fields << q(f);
        if (!fields.isEmpty())
            line += QStringLiteral(": ") + fields.join(", ");
        lines << line;
    }
    if (lines.isEmpty())
        return;
    c.flow.heading(2, QStringLiteral("Elements changed"));
    c.flow.bullets(lines, 8);
}

} // namespace

void baselineSection(SectionContext& c)
{
    if (!c.review.baseline)
        return;
    const auto& b = *c.review.baseline;
    auto& f = c.flow;
    f.heading(1, QStringLiteral("Change from the baseline"));
    f.paragraph(QStringLiteral("This design (%1) compared with the design it changes, %2 (%3): "
                               "both analysed with the same prices and options. Elements are "
                               "paired by id, or as renamed when a new id has the same kind, "
                               "region and links.")
                    .arg(SectionContext::name(b.afterFile), SectionContext::name(b.beforeName),
                         SectionContext::name(b.beforeFile)));
    summaryTable(c, b);
    regionLosses(c, b);
    findings(c, b);
    costs(c, b);
    elements(c, b);
}

} // namespace rs::review
