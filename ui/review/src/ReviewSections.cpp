#include "ReviewSections.h"

#include "core/DesignIndex.h"
#include "core/TextFormat.h"
#include "core/rules/RuleCatalogue.h"
#include "diagram/DiagramStyle.h"

#include <QPainter>
#include <qcustomplot.h>

namespace rs::review {

namespace {

/// "1234567.89" -> "1,234,567.89"
QString groupThousands(const std::string& decimal)
{
    auto s = QString::fromStdString(decimal);
    const bool negative = s.startsWith('-');
    if (negative)
        s.remove(0, 1);
    const auto dot = s.indexOf('.');
    for (auto i = (dot < 0 ? s.size() : dot) - 3; i > 0; i -= 3)
        s.insert(i, ',');
    return negative ? "-" + s : s;
}

QString metOrMissed(bool met)
{
    return met ? QStringLiteral("met") : QStringLiteral("missed");
}

/// "misses capacity, residency": which targets a region loss misses, as the analysis judged.
QString missedTargets(const ScenarioVerdict& v)
{
    QStringList missed;
    for (const auto name : v.missed())
        missed << QString::fromUtf8(name.data(), qsizetype(name.size()));
    return QStringLiteral("misses ") + missed.join(QStringLiteral(", "));
}

/// A summary tile: a caption, a large value and a line under it.
struct Tile
{
    QString caption;
    QString value;
    QString detail;
    QColor accent;
};

void paintTiles(QPainter& painter, const QRectF& area, const std::vector<Tile>& tiles,
                const PageFlow& flow)
{
    const int columns = 3;
    const double gap = 10.0;
    const int rows = static_cast<int>((tiles.size() + columns - 1) / columns);
    const double w = (area.width() - gap * (columns - 1)) / columns;
    const double h = (area.height() - gap * (rows - 1)) / rows;
    for (std::size_t i = 0; i < tiles.size(); ++i) {
        const auto& t = tiles[i];
        const QRectF box(area.left() + (i % columns) * (w + gap),
                         area.top() + static_cast<double>(i / columns) * (h + gap), w, h);
        painter.setPen(QPen(t.accent, 1.0));
        painter.setBrush(QColor(0xfa, 0xfa, 0xfa));
        painter.drawRoundedRect(box, 6, 6);
        painter.fillRect(QRectF(box.left(), box.top() + 6, 4, box.height() - 12), t.accent);
        const auto inner = box.adjusted(12, 8, -8, -6);
        painter.setPen(muted);
        painter.setFont(flow.font(8, true));
        painter.drawText(QRectF(inner.left(), inner.top(), inner.width(), 16),
                         Qt::AlignLeft | Qt::AlignTop, t.caption);
        painter.setPen(t.accent);
        painter.setFont(flow.font(15, true));
        painter.drawText(QRectF(inner.left(), inner.top() + 16, inner.width(), 28),
                         Qt::AlignLeft | Qt::AlignVCenter, t.value);
        painter.setPen(Qt::black);
        painter.setFont(flow.font(7.5));
        painter.drawText(QRectF(inner.left(), inner.top() + 46, inner.width(), inner.height() - 46),
                         Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, t.detail);
    }
}

} // namespace

QString SectionContext::money(Money usd) const
{
    return text(formatMoney(usd, review.currency));
}

QString SectionContext::total(Money usd, bool complete) const
{
    return text(formatTotal(usd, complete, review.currency));
}

QString SectionContext::percent(double fraction, int decimals)
{
    return QString::fromStdString(formatNumber(fraction * 100.0, decimals)) + " %";
}

QString SectionContext::quantity(double value, int decimals)
{
    return groupThousands(formatNumber(value, decimals));
}

QString SectionContext::duration(double seconds)
{
    return QString::fromStdString(formatDuration(seconds));
}

QString SectionContext::serviceLabel(const std::string& id) const
{
    const auto* s = review.design.service(ServiceId{id});
    return s && !s->name.empty() ? name(s->name) + " (" + name(id) + ")" : name(id);
}

QString SectionContext::regionLabel(const std::string& id) const
{
    const auto* r = review.design.region(RegionId{id});
    if (!r)
        return name(id);
    const auto* info = catalogues.regions.find(r->provider, r->code);
    return name(!r->name.empty() ? r->name
                : info           ? info->name
                                 : r->code) +
           " (" + name(r->code) + ")";
}

void coverPage(SectionContext& c)
{
    auto& f = c.flow;
    const auto& r = c.review;
    f.newPage();
    f.space(60);
    f.paragraph(QStringLiteral("DESIGN REVIEW"), 11, QColor(0x0d, 0x47, 0xa1));
    f.paragraph(c.name(r.design.name.empty() ? "(unnamed design)" : r.design.name), 22);
    if (!r.design.description.empty())
        f.paragraph(c.text(r.design.description), 10, muted);
    f.space(30);
    f.keyValues({
        {QStringLiteral("Date"), c.text(r.timestamp)},
        {QStringLiteral("Author"), r.author.empty() ? Cell("not given", muted) : c.text(r.author)},
        {QStringLiteral("Design file"), c.text(r.fileName)},
        {QStringLiteral("SHA-256 of the file"), c.text(r.fileSha256)},
        {QStringLiteral("Application"), "Resilience Studio " + c.text(r.appVersion)},
        {QStringLiteral("Engine"), c.text(r.engineVersion)},
        {QStringLiteral("Service catalogue"), c.text(r.catalogueVersion)},
        {QStringLiteral("Price tables"), c.text(r.priceBookVersion)},
        {QStringLiteral("Amounts in"), c.text(r.currency.describe())},
        {QStringLiteral("Monthly cost"), c.total(r.cost.total, r.verdicts.costComplete)},
    });
    f.space(20);
    f.paragraph(QStringLiteral("This review was computed from the design file named above by the "
                               "engine and price tables listed: findings of the resilience rules, "
                               "what losing each region does (RTO, RPO, capacity), availability, "
                               "and the monthly cost with the price row behind every line. The "
                               "same file and options give the same review."),
                8.5, muted, true);
}

void contentsPage(SectionContext& c, const std::vector<TocEntry>& toc)
{
    auto& f = c.flow;
    f.newPage();
    f.paragraph(QStringLiteral("Contents"), 15, QColor(0x0d, 0x47, 0xa1));
    f.space(6);
    for (const auto& entry : toc) {
        const double indent = entry.level == 1 ? 0.0 : 18.0;
        const auto font = f.font(entry.level == 1 ? 10 : 9, entry.level == 1);
        f.block(entry.level == 1 ? 20 : 16, [&](QPainter& p, const QRectF& area) {
            p.setFont(font);
            const auto row = area.adjusted(indent, 0, 0, 0);
            const QString number = QString::number(entry.page);
            const QFontMetricsF metrics(font, p.device());
            const double numberWidth = metrics.horizontalAdvance(number);
            const auto title =
                metrics.elidedText(entry.title, Qt::ElideRight, row.width() - numberWidth - 40);
            p.drawText(row, Qt::AlignLeft | Qt::AlignVCenter, title);
            p.drawText(row, Qt::AlignRight | Qt::AlignVCenter, number);
            p.setPen(QPen(QColor(0xbd, 0xbd, 0xbd), 0.8, Qt::DotLine));
            const double y = row.center().y() + metrics.ascent() / 3;
            p.drawLine(QPointF(row.left() + metrics.horizontalAdvance(title) + 6, y),
                       QPointF(row.right() - numberWidth - 6, y));
        });
    }
}

void summarySection(SectionContext& c)
{
    auto& f = c.flow;
    const auto& r = c.review;
    f.heading(1, QStringLiteral("Summary"));
    const auto worstRto = r.worstRegionRto();
    const auto worstRpo = r.worstRegionRpo();
    const auto losses = r.regionLossScenarios();
    const bool rtoMet = std::all_of(losses.begin(), losses.end(), [](const ScenarioResult* s) {
        return judgeScenario(*s).rtoMet;
    });
    const bool rpoMet = std::all_of(losses.begin(), losses.end(), [](const ScenarioResult* s) {
        return judgeScenario(*s).rpoMet;
    });
    const auto& v = r.verdicts;
    const auto& objective = r.availabilityTarget;
    const bool availabilityMet = v.availabilityObjectiveMet.value_or(true);
    const auto baseline = r.cost.total - r.resiliencePremium();
    const double premiumShare =
        baseline.toDouble() > 0.0 ? r.resiliencePremium().toDouble() / baseline.toDouble() : 0.0;
    const auto& budget = r.monthlyBudget;
    // Nothing: an incomplete total under the budget, which proves nothing.
    const auto withinBudget = budget ? v.budgetMet : std::optional<bool>(true);
    std::vector<Tile> tiles{
        {QStringLiteral("FINDINGS"),
         QStringLiteral("%1 / %2 / %3").arg(r.counts[2]).arg(r.counts[1]).arg(r.counts[0]),
         QStringLiteral("errors / warnings / info from %1 rules").arg(builtInRules().size()),
         r.counts[2]   ? bad
         : r.counts[1] ? diagram::severityColor(Severity::Warning)
                       : good},
        {QStringLiteral("RTO, WORST REGION LOSS"),
         worstRto ? c.duration(worstRto->value()) : QStringLiteral("no recovery"),
         QStringLiteral("target %1: %2")
             .arg(c.duration(r.regionRtoTarget.value()), metOrMissed(rtoMet)),
         rtoMet ? good : bad},
        {QStringLiteral("RPO, WORST REGION LOSS"),
         worstRpo ? c.duration(worstRpo->value()) : QStringLiteral("unbounded"),
         QStringLiteral("target %1: %2")
             .arg(c.duration(r.regionRpoTarget.value()), metOrMissed(rpoMet)),
         rpoMet ? good : bad},
        {QStringLiteral("AVAILABILITY (ESTIMATE)"),
         r.nothingToEstimate ? QStringLiteral("none") : c.percent(r.availability.total),
         r.nothingToEstimate
             ? QStringLiteral("nothing to estimate: the design has no services")
             : (objective ? QStringLiteral("objective %1 %: %2")
                                .arg(QString::fromStdString(formatNumber(*objective, 4)),
                                     metOrMissed(availabilityMet))
                          : QStringLiteral("no objective set")) +
                   QStringLiteral("; %1 min of downtime a year")
                       .arg(QString::fromStdString(
                           formatNumber(r.availability.downtimeMinutesPerYear(), 1))),
         availabilityMet ? good : bad},
        // The tile's large value has no room for "at least": its caption says it.
        {v.costComplete ? QStringLiteral("MONTHLY COST") : QStringLiteral("MONTHLY COST: AT LEAST"),
         c.money(r.cost.total),
         (budget ? QStringLiteral("budget %1 USD: %2")
                       .arg(QString::fromStdString(formatNumber(*budget, 2)),
                            !withinBudget   ? QStringLiteral("cannot tell, the total is incomplete")
                            : *withinBudget ? QStringLiteral("within")
                                            : QStringLiteral("over"))
                 : QStringLiteral("no budget set")) +
             (v.costComplete
                  ? QString()
                  : QStringLiteral("; %1 unpriced, so a lower bound")
                        .arg(QString::fromStdString(counted(r.cost.unpricedCount, "usage line")))),
         withinBudget.value_or(false) ? QColor(0x0d, 0x47, 0xa1) : bad},
        {QStringLiteral("RESILIENCE PREMIUM"), c.money(r.resiliencePremium()),
         QStringLiteral("over the single-region baseline of %1 (+%2)")
             .arg(c.money(baseline), c.percent(premiumShare, 1)),
         QColor(0x0d, 0x47, 0xa1)},
    };
    f.block(200, [&](QPainter& p, const QRectF& area) { paintTiles(p, area, tiles, f); });

    f.heading(2, QStringLiteral("The design"));
    const auto index = DesignIndex(r.design, c.catalogues);
    QStringList regions;
    for (const auto& [id, region] : r.design.regions)
        regions << QStringLiteral("%1: %2, %3 % of traffic, %4 % headroom")
                       .arg(c.regionLabel(id.value), diagram::roleName(region.role))
                       .arg(region.trafficPercent)
                       .arg(region.headroomPercent);
    f.paragraph(QStringLiteral("%1 in %2, %3 of them global, joined by %4. Tier %5.")
                    .arg(QString::fromStdString(counted(r.design.services.size(), "service")),
                         QString::fromStdString(counted(r.design.regions.size(), "region")))
                    .arg(index.globalServices().size())
                    .arg(QString::fromStdString(counted(r.design.links.size(), "link")),
                         QString::fromUtf8(enumName(r.design.targets.tier).data())));
    f.bullets(regions);

    f.heading(2, QStringLiteral("Losing a region"));
    f.paragraph(QStringLiteral("Region-loss targets (RTO, RPO, capacity and residency): %1.")
                    .arg(v.regionTargetsMet ? QStringLiteral("met")
                                            : QStringLiteral("missed by %1")
                                                  .arg(QString::fromStdString(counted(
                                                      v.regionLossesMissed, "region loss")))));
    f.paragraph(QStringLiteral("Zone-loss targets (RTO and RPO): %1.")
                    .arg(v.zoneTargetsMet ? QStringLiteral("met")
                                          : QStringLiteral("missed by %1")
                                                .arg(QString::fromStdString(
                                                    counted(v.zoneLossesMissed, "zone loss")))));
    std::vector<std::vector<Cell>> rows;
    for (const auto* s : losses) {
        const auto verdict = judgeScenario(*s);
        const bool met = verdict.targetsMet();
        rows.push_back({c.regionLabel(s->disruption.elementId),
                        s->rto ? c.duration(s->rto->worst.value()) : QStringLiteral("no recovery"),
                        s->dataLossUnbounded ? QString::fromStdString(rpoSummary(*s))
                                             : c.duration(s->rpo ? s->rpo->value() : 0.0),
                        QString::fromStdString(writesAtRiskSummary(*s)),
                        Cell(met ? QStringLiteral("meets targets") : missedTargets(verdict),
                             met ? good : bad, true)});
    }
    f.table({{QStringLiteral("Region lost"), 3},
             {QStringLiteral("RTO (worst)"), 1.4},
             {QStringLiteral("RPO"), 1.2},
             {QStringLiteral("Writes at risk"), 1.2, Qt::AlignRight},
             {QStringLiteral("Verdict"), 1.4}},
            rows, 8.5);

    QStringList top;
    for (const auto& finding : r.findings) {
        if (finding.severity != Severity::Error || top.size() >= 6)
            continue;
        const auto* rule = findRule(finding.ruleId);
        top << c.text(finding.ruleId) + " " +
                   (rule ? c.text(std::string(rule->title)) : QString()) + ": " +
                   c.text(finding.message);
    }
    if (!top.isEmpty()) {
        f.heading(2, QStringLiteral("Errors to fix first"));
        f.bullets(top, 8.5);
    }
}

void elementsSection(SectionContext& c)
{
    auto& f = c.flow;
    const auto& d = c.review.design;
    f.heading(1, QStringLiteral("Regions, services and links"));
    std::vector<std::vector<Cell>> regions;
    for (const auto& [id, r] : d.regions)
        regions.push_back({c.regionLabel(id.value), c.name(id.value),
                           QString::fromUtf8(enumName(r.provider).data()).toUpper(),
                           diagram::roleName(r.role),
                           QString::fromStdString(formatNumber(r.trafficPercent, 1)) + " %",
                           QString::fromStdString(formatNumber(r.headroomPercent, 1)) + " %"});
    f.heading(2, QStringLiteral("Regions"));
    f.table({{QStringLiteral("Region"), 3},
             {QStringLiteral("Id"), 1.4},
             {QStringLiteral("Provider"), 1},
             {QStringLiteral("Role"), 1.3},
             {QStringLiteral("Traffic"), 1, Qt::AlignRight},
             {QStringLiteral("Headroom"), 1, Qt::AlignRight}},
            regions);
    std::vector<std::vector<Cell>> services;
    for (const auto& [id, s] : d.services) {
        const auto* kind = c.catalogues.services.find(s.kind);
        services.push_back({c.name(s.name), c.name(id.value),
                            kind ? c.text(kind->name) : c.name(s.kind),
                            s.region ? c.regionLabel(s.region->value) : QStringLiteral("global")});
    }
    f.heading(2, QStringLiteral("Services"));
    f.table({{QStringLiteral("Name"), 3},
             {QStringLiteral("Id"), 2},
             {QStringLiteral("Kind"), 2.5},
             {QStringLiteral("Region"), 2.5}},
            services, 7.5);
    std::vector<std::vector<Cell>> links;
    for (const auto& [id, l] : d.links)
        links.push_back({c.serviceLabel(l.from.value), diagram::linkName(l.kind),
                         c.serviceLabel(l.to.value),
                         QString::fromStdString(formatNumber(l.payload.value(), 0)) + " B",
                         QString::fromStdString(formatNumber(l.callsPerRequest, 2))});
    f.heading(2, QStringLiteral("Links"));
    f.table({{QStringLiteral("From"), 3.2},
             {QStringLiteral("Kind"), 1.3},
             {QStringLiteral("To"), 3.2},
             {QStringLiteral("Payload"), 1, Qt::AlignRight},
             {QStringLiteral("Calls / request"), 1, Qt::AlignRight}},
            links, 7.5);
}

void findingsSection(SectionContext& c)
{
    auto& f = c.flow;
    const auto& r = c.review;
    f.heading(1, QStringLiteral("Findings"));
    f.paragraph(
        QStringLiteral("%1 errors, %2 warnings and %3 info from the built-in rule catalogue, "
                       "errors first. Each names the elements concerned, why it matters and "
                       "how to fix it.")
            .arg(r.counts[2])
            .arg(r.counts[1])
            .arg(r.counts[0]));
    if (r.findings.empty()) {
        f.paragraph(QStringLiteral("No rule found anything to report."), 10, good);
        return;
    }
    std::vector<std::vector<Cell>> rows;
    for (const auto& finding : r.findings) {
        const auto* rule = findRule(finding.ruleId);
        QStringList elements;
        for (const auto& e : finding.elements)
            elements << c.text(e);
        rows.push_back(
            {Cell(c.text(finding.ruleId) + "\n" + (rule ? c.text(std::string(rule->title)) : ""),
                  Qt::black, false),
             Cell(QString::fromUtf8(enumName(finding.severity).data()),
                  diagram::severityColor(finding.severity), true),
             elements.join(", "), c.text(finding.message),
             rule ? c.text(std::string(rule->remediation)) : QString(),
             rule ? c.text(std::string(rule->source)) : QString()});
    }
    f.table({{QStringLiteral("Rule"), 1.6},
             {QStringLiteral("Severity"), 0.9},
             {QStringLiteral("Elements"), 1.3},
             {QStringLiteral("Finding"), 3.0},
             {QStringLiteral("Remediation"), 2.6},
             {QStringLiteral("Source"), 1.7}},
            rows, 7);
}

void scenariosSection(SectionContext& c)
{
    auto& f = c.flow;
    const auto& r = c.review;
    f.heading(1, QStringLiteral("Region- and zone-loss scenarios"));
    f.paragraph(
        QStringLiteral("What losing each region does: the time until users are served again "
                       "(RTO: detection, decision, data promotion, DNS), the updates that can "
                       "be lost (RPO: replication lag), the writes at risk at peak, and "
                       "whether the surviving regions can carry the load. Region targets: RTO "
                       "%1, RPO %2; a zone loss is held to the zone targets, the other "
                       "disruptions (a service down, a data corruption) are reported against "
                       "the region targets.")
            .arg(c.duration(r.regionRtoTarget.value()), c.duration(r.regionRpoTarget.value())));
    const auto scenarioRow = [&](const ScenarioResult& s) {
        const auto verdict = judgeScenario(s);
        const auto surviving = std::count_if(s.flows.begin(), s.flows.end(),
                                             [](const FlowOutcome& fl) { return fl.survives; });
        QStringList capacity;
        for (const auto& cap : s.capacity)
            capacity << QStringLiteral("%1 needs %2 % of %3 %")
                            .arg(c.text(cap.regionId),
                                 QString::fromStdString(formatNumber(cap.requiredPercent, 1)),
                                 QString::fromStdString(formatNumber(cap.capacityPercent, 1)));
        const QString rto =
            s.rto ? QStringLiteral("%1 expected\n%2 worst (%3 s)")
                        .arg(c.duration(s.rto->expected.value()), c.duration(s.rto->worst.value()),
                             QString::fromStdString(formatNumber(s.rto->worst.value(), 0)))
                  : QStringLiteral("no recovery");
        const auto pathVerdict = failoverPathVerdict(s);
        const QString rtoText = pathVerdict.empty() ? rto
                                                    : rto + QStringLiteral("\nnot met: ") +
                                                          QString::fromStdString(pathVerdict);
        const QString rpo = s.dataLossUnbounded
                                ? QString::fromStdString(rpoSummary(s))
                                : c.duration(s.rpo ? s.rpo->value() : 0.0) +
                                      QStringLiteral(" (%1 s)").arg(QString::fromStdString(
                                          formatNumber(s.rpo ? s.rpo->value() : 0.0, 1)));
        return std::vector<Cell>{
            c.text(s.title),
            QStringLiteral("%1 of %2").arg(surviving).arg(s.flows.size()),
            Cell(rtoText, verdict.rtoMet ? Qt::black : bad, !verdict.rtoMet),
            Cell(rpo, verdict.rpoMet ? Qt::black : bad, !verdict.rpoMet),
            QString::fromStdString(writesAtRiskSummary(s)),
            Cell(capacity.isEmpty() ? QStringLiteral("-") : capacity.join("\n"),
                 verdict.capacityMet ? Qt::black : bad)};
    };
    const std::vector<Column> columns{{QStringLiteral("Disruption"), 2.4},
                                      {QStringLiteral("Flows completing"), 1.0},
                                      {QStringLiteral("RTO"), 1.8},
                                      {QStringLiteral("RPO"), 1.3},
                                      {QStringLiteral("Writes at risk"), 0.9, Qt::AlignRight},
                                      {QStringLiteral("Capacity left"), 2.0}};
    std::vector<std::vector<Cell>> gated;
    std::vector<std::vector<Cell>> others;
    QStringList basis;
    for (const auto& s : r.scenarios) {
        if (judgeScenario(s).gated) {
            gated.push_back(scenarioRow(s));
            if (!s.rtoBasis.empty())
                basis << c.text(s.title) + ": " + c.text(s.rtoBasis);
            for (const auto& flow : s.flows) {
                if (flow.survives)
                    continue;
                QStringList by;
                for (const auto& b : flow.brokenBy)
                    by << c.serviceLabel(b);
                basis << c.text(s.title) + ": users entering at " + c.serviceLabel(flow.entryId) +
                             " are cut off" + (by.isEmpty() ? QString() : " by " + by.join(", ")) +
                             ", with no copy left in another region";
            }
            for (const auto& b : s.residency)
                basis << c.text(s.title) + ": " + c.text(b.message);
        } else {
            others.push_back(scenarioRow(s));
        }
    }
    f.table(columns, gated, 7.5);
    if (!basis.isEmpty()) {
        f.heading(2, QStringLiteral("How the recovery times are reached, and what breaks"));
        f.bullets(basis, 7.5);
    }
    if (!others.empty()) {
        f.heading(2, QStringLiteral("Other disruptions (reported, not gated)"));
        f.table(columns, others, 7.5);
    }
}

} // namespace rs::review
