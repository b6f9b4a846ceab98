#include "ReviewCharts.h"
#include "ReviewSections.h"
#include "core/TextFormat.h"

#include <QPainter>
#include <qcustomplot.h>

#include <map>
#include <set>
#include <tuple>

namespace rs::review {

namespace {

QString number(double value, int decimals)
{
    return QString::fromStdString(formatNumber(value, decimals));
}

QString name(auto value)
{
    return QString::fromUtf8(enumName(value).data());
}

QString categoryLabel(CostCategory category)
{
    switch (category) {
    case CostCategory::Baseline:
        return QStringLiteral("Baseline (one region)");
    case CostCategory::Redundancy:
        return QStringLiteral("Redundancy");
    case CostCategory::ReplicationAndEgress:
        return QStringLiteral("Replication and egress");
    case CostCategory::Premium:
        return QStringLiteral("Multi-region premiums");
    }
    return {};
}

} // namespace

void availabilitySection(SectionContext& c)
{
    auto& f = c.flow;
    const auto& a = c.review.availability;
    // A review for the PDF has every part; an empty simulation stands in should one lack it.
    const auto o = c.review.outages.value_or(OutageSimulationResult{});
    const auto& objective = c.review.availabilityTarget;
    f.heading(1, QStringLiteral("Availability"));
    if (c.review.nothingToEstimate) {
        f.paragraph(QStringLiteral("Nothing to estimate: the design has no services."));
        return;
    }
    f.paragraph(QStringLiteral("Steady-state estimate from the design's outage model (%1 outages a "
                               "region a year, %2 h long on average, common-cause share %3): the "
                               "regions in parallel (k of n by capacity), global services in "
                               "series at their SLA, less the time failovers take. The Monte "
                               "Carlo below samples the same model.")
                    .arg(number(a.outageModel.regionOutagesPerYear, 2),
                         number(a.outageModel.meanOutage.value() / 3600.0, 1),
                         number(a.outageModel.commonCauseFraction, 2)));
    f.keyValues({
        {QStringLiteral("Estimated availability"), Cell(c.percent(a.total, 4), Qt::black, true)},
        {QStringLiteral("SLA composite (contract floor)"),
         QStringLiteral("%1 (%2 min a year). %3")
             .arg(c.percent(a.slaComposite.total, 4),
                  number(a.slaComposite.downtimeMinutesPerYear(), 1),
                  QString::fromUtf8(slaCompositeExplanation().data(),
                                    qsizetype(slaCompositeExplanation().size())))},
        {QStringLiteral("Objective"),
         objective ? number(*objective, 4) + " %" : QStringLiteral("none set")},
        {QStringLiteral("Downtime a year"), number(a.downtimeMinutesPerYear(), 1) + " min"},
        {QStringLiteral("Regions in parallel"), QStringLiteral("%1 (at least %2 needed), %3")
                                                    .arg(a.terms.regions)
                                                    .arg(a.terms.regionsNeeded)
                                                    .arg(c.percent(a.parallel, 5))},
        {QStringLiteral("Global services in series"), c.percent(a.global, 5)},
        {QStringLiteral("Failover time a year"), number(a.failoverMinutesPerYear(), 1) + " min"},
        {QStringLiteral("Formula"), c.text(a.terms.formula)},
    });
    std::vector<std::vector<Cell>> regions;
    for (const auto& r : a.regions)
        regions.push_back({c.regionLabel(r.regionId), c.percent(r.availability, 4),
                           number(r.capacityPercent, 1) + " %", number(r.outagesPerYear, 2),
                           r.rto ? c.duration(r.rto->expected.value()) : QStringLiteral("none"),
                           QString::number(r.services.size())});
    if (!regions.empty()) {
        f.heading(2, QStringLiteral("Regions"));
        f.table({{QStringLiteral("Region"), 3},
                 {QStringLiteral("Region availability"), 1.4, Qt::AlignRight},
                 {QStringLiteral("Capacity"), 1, Qt::AlignRight},
                 {QStringLiteral("Outages / year"), 1.1, Qt::AlignRight},
                 {QStringLiteral("Failover (expected)"), 1.4},
                 {QStringLiteral("Services counted"), 1.1, Qt::AlignRight}},
                regions);
    }
    if (!a.globals.empty()) {
        std::vector<std::vector<Cell>> globals;
        for (const auto& g : a.globals)
            globals.push_back({c.serviceLabel(g.serviceId), c.percent(g.availability, 4)});
        f.heading(2, QStringLiteral("Global services"));
        f.table({{QStringLiteral("Service"), 4}, {QStringLiteral("SLA"), 1, Qt::AlignRight}},
                globals);
    }
    f.heading(2, QStringLiteral("Monte Carlo of regional outages"));
    f.keyValues({
        {QStringLiteral("Simulated years"),
         QStringLiteral("%L1 (seed %2)").arg(o.years).arg(o.seed)},
        {QStringLiteral("Downtime a year"),
         QStringLiteral("mean %1 min, 95th percentile %2 min, 99th %3 min")
             .arg(number(o.meanDowntimeMinutesPerYear(), 1),
                  number(o.p95DowntimeMinutesPerYear(), 1),
                  number(o.p99DowntimePerYear.value() / 60.0, 1))},
        {QStringLiteral("Simulated availability"), c.percent(o.availability, 4)},
        {QStringLiteral("Failovers slower than the RTO target"),
         c.percent(o.probabilityRtoExceedsTarget, 1)},
        {QStringLiteral("Write losses beyond the RPO target"),
         c.percent(o.probabilityRpoExceedsTarget, 1)},
    });
    std::optional<double> allowed;
    if (objective)
        allowed = (1.0 - *objective / 100.0) * secondsPerYear / 60.0;
    f.block(250, [&](QPainter&, const QRectF& area) {
        paintDowntimeHistogram(c.painter, area, o, allowed);
    });
    QStringList assumptions;
    for (const auto& s : a.assumptions)
        assumptions << c.text(s);
    for (const auto& s : o.assumptions)
        assumptions << c.text(s);
    if (!assumptions.isEmpty()) {
        f.heading(2, QStringLiteral("Assumptions of the models"));
        f.bullets(assumptions, 7.5);
    }
}

void costSection(SectionContext& c)
{
    auto& f = c.flow;
    const auto& r = c.review;
    const auto& cost = r.cost;
    f.heading(1, QStringLiteral("Monthly cost"));
    if (r.nothingToEstimate) {
        f.paragraph(QStringLiteral("Nothing to estimate: the design has no services."));
        return;
    }
    f.paragraph(
        QStringLiteral("Priced from the price tables %1 for %2 hours a month. Every line cites "
                       "the price row it used; usage with no price is listed, never "
                       "dropped.")
            .arg(c.text(cost.bookVersion), number(r.costOptions.hours(), 0)));
    f.keyValues({
        {QStringLiteral("Total a month"),
         Cell(c.total(cost.total, cost.complete()), Qt::black, true)},
        {QStringLiteral("Single-region baseline"), c.money(cost.total - r.resiliencePremium())},
        {QStringLiteral("Resilience premium"), c.money(r.resiliencePremium())},
        {QStringLiteral("Unpriced lines"), QString::number(cost.unpricedCount)},
        {QStringLiteral("Lines priced with another region's price"),
         QString::number(cost.borrowedCount)},
    });

    // A chart of an incomplete estimate says so on its axis: its bars are lower bounds.
    const auto perMonth =
        c.text(r.currency.code()) +
        (cost.complete() ? QStringLiteral(" a month") : QStringLiteral(" a month (incomplete)"));
    BarChart categories{QStringLiteral("By category"),
                        perMonth,
                        {},
                        {},
                        {},
                        {QColor(0x42, 0x85, 0xf4), QColor(0xfb, 0xbc, 0x05),
                         QColor(0x34, 0xa8, 0x53), QColor(0xea, 0x43, 0x35)}};
    std::vector<std::vector<Cell>> categoryRows;
    for (const auto& [category, amount] : cost.byCategory) {
        categories.labels << categoryLabel(category);
        categories.values.push_back(r.currency.convert(amount).toDouble());
        categories.valueTexts << QString::fromStdString(r.currency.convert(amount).toString(2));
        categoryRows.push_back({categoryLabel(category), c.money(amount)});
    }
    f.heading(2, QStringLiteral("By category"));
    f.table({{QStringLiteral("Category"), 3}, {QStringLiteral("Amount"), 1.5, Qt::AlignRight}},
            categoryRows, 8.5);
    f.block(190,
            [&](QPainter&, const QRectF& area) { paintBarChart(c.painter, area, categories); });

    BarChart regions{QStringLiteral("By region"), perMonth, {}, {}, {}, {QColor(0x42, 0x85, 0xf4)}};
    std::vector<std::vector<Cell>> regionRows;
    for (const auto& [region, amount] : cost.byRegion) {
        regions.labels << c.text(region);
        regions.values.push_back(r.currency.convert(amount).toDouble());
        regions.valueTexts << QString::fromStdString(r.currency.convert(amount).toString(2));
        regionRows.push_back({c.text(region), c.money(amount)});
    }
    f.heading(2, QStringLiteral("By region"));
    f.table({{QStringLiteral("Region"), 3}, {QStringLiteral("Amount"), 1.5, Qt::AlignRight}},
            regionRows, 8.5);
    f.block(190, [&](QPainter&, const QRectF& area) { paintBarChart(c.painter, area, regions); });

    std::vector<std::vector<Cell>> top;
    for (const auto i : r.topLines) {
        const auto& l = cost.lines[i];
        QString row = QStringLiteral("-");
        if (!l.cited.empty()) {
            const auto& p = l.cited.back();
            row = QStringLiteral("%1\n%2 USD / %3\n%4, %5, %6")
                      .arg(c.text(p.key), c.text(p.price.toString(10)), c.text(p.unit),
                           c.text(p.source), c.text(p.effectiveDate), name(p.confidence));
        }
        top.push_back(
            {c.money(l.amount), c.serviceLabel(l.elementId),
             name(l.category) + "\n" + name(l.usage),
             c.quantity(l.quantity, 2) + (l.setByDesign ? QStringLiteral("\nset by the design")
                                                        : QStringLiteral("\nfrom the workload")),
             c.text(l.region) + (l.toRegion.empty() ? "" : " \u2192 " + c.text(l.toRegion)) +
                 (l.borrowedFrom.empty() ? QString() : "\nborrowed from " + c.text(l.borrowedFrom)),
             row});
    }
    f.heading(2, QStringLiteral("Largest lines and their prices"));
    f.table({{QStringLiteral("Amount"), 1.2, Qt::AlignRight},
             {QStringLiteral("Element"), 2.0},
             {QStringLiteral("Category, usage"), 1.5},
             {QStringLiteral("Quantity"), 1.2, Qt::AlignRight},
             {QStringLiteral("Region"), 1.2},
             {QStringLiteral("Price row (highest band used)"), 2.8}},
            top, 7);
    // Usage priced with no price of its own, one table: what has none (the total leaves it
    // out) and what took another region's price.
    std::vector<std::vector<Cell>> notPricedHere;
    for (const auto i : r.unpricedLines) {
        const auto& l = cost.lines[i];
        notPricedHere.push_back({c.serviceLabel(l.elementId), name(l.usage),
                                 c.quantity(l.quantity, 2), c.text(l.region), c.text(l.reason)});
    }
    for (const auto& l : cost.lines) {
        if (!l.borrowedFrom.empty())
            notPricedHere.push_back(
                {c.serviceLabel(l.elementId), name(l.usage), c.quantity(l.quantity, 2),
                 c.text(l.region),
                 c.money(l.amount) + ", borrowed from " + c.text(l.borrowedFrom)});
    }
    if (!notPricedHere.empty()) {
        f.heading(2, QStringLiteral("Unpriced usage and borrowed prices"));
        f.table({{QStringLiteral("Element"), 2.2},
                 {QStringLiteral("Usage"), 1.3},
                 {QStringLiteral("Quantity"), 1.1, Qt::AlignRight},
                 {QStringLiteral("Region"), 1.1},
                 {QStringLiteral("Why"), 3.3}},
                notPricedHere, 7);
    }
}

void tiersSection(SectionContext& c)
{
    auto& f = c.flow;
    const auto& r = c.review;
    f.heading(1, QStringLiteral("Resilience tiers compared"));
    if (r.tiers.empty()) {
        f.paragraph(QStringLiteral("No region serves traffic, so no tier can be derived."));
        return;
    }
    f.paragraph(QStringLiteral("The same design built as each standard disaster-recovery tier: its "
                               "monthly cost beside the RTO and RPO of losing the home region. "
                               "The tier marked \"this design\" is the design's own estimate "
                               "and scenario."));
    if (!r.tierBlockers.empty()) {
        QStringList names;
        for (const auto& id : r.tierBlockers)
            names << c.serviceLabel(id);
        f.paragraph(QStringLiteral("No tier recovers while %1 stays in the home region alone. "
                                   "The figures after \"fixed\" are what each tier achieves "
                                   "with a copy of it in every region that uses it.")
                        .arg(names.join(QStringLiteral(", "))));
    }
    const auto rtoOf = [&](const ScenarioResult& s) {
        return s.rto ? c.duration(s.rto->worst.value()) : QStringLiteral("no failover");
    };
    const auto rpoOf = [&](const ScenarioResult& s) {
        return s.dataLossUnbounded ? QStringLiteral("data lost")
                                   : c.duration(s.rpo ? s.rpo->value() : 0.0);
    };
    std::vector<std::vector<Cell>> rows;
    BarChart chart{QStringLiteral("Monthly cost by tier"),
                   c.text(r.currency.code()) + QStringLiteral(" a month"),
                   {},
                   {},
                   {},
                   {}};
    for (const auto& t : r.tiers) {
        const auto& loss = t.homeRegionLoss;
        const auto verdict = judgeScenario(loss);
        const bool met = verdict.rtoMet && verdict.rpoMet;
        const bool complete = t.cost.complete();
        QStringList changes;
        for (const auto& ch : t.changes)
            changes << c.text(ch);
        rows.push_back(
            {Cell(name(t.tier) + (t.current ? QStringLiteral("\n(this design)") : QString()),
                  Qt::black, t.current),
             c.total(t.cost.total, complete) +
                 (complete ? QString()
                           : "\n(" + c.text(counted(t.cost.unpricedCount, "unpriced line")) + ")"),
             rtoOf(loss) +
                 (t.homeRegionLossFixed ? "\nfixed: " + rtoOf(*t.homeRegionLossFixed) : QString()),
             rpoOf(loss) +
                 (t.homeRegionLossFixed ? "\nfixed: " + rpoOf(*t.homeRegionLossFixed) : QString()),
             Cell(met ? QStringLiteral("yes") : QStringLiteral("no"),
                  met ? QColor(0x2e, 0x7d, 0x32) : QColor(0xc6, 0x28, 0x28), true),
             changes.join("\n")});
        chart.labels << name(t.tier);
        chart.values.push_back(r.currency.convert(t.cost.total).toDouble());
        chart.valueTexts << (complete ? QString() : QStringLiteral("at least ")) +
                                QString::fromStdString(
                                    r.currency.convert(t.cost.total).toString(0)) +
                                (loss.rto ? " / RTO " + c.duration(loss.rto->worst.value())
                                          : QStringLiteral(" / no RTO"));
        chart.colours.push_back(t.current ? QColor(0x0d, 0x47, 0xa1) : QColor(0x90, 0xca, 0xf9));
    }
    f.block(210, [&](QPainter&, const QRectF& area) { paintBarChart(c.painter, area, chart); });
    f.table({{QStringLiteral("Tier"), 1.4},
             {QStringLiteral("Monthly cost"), 1.3, Qt::AlignRight},
             {QStringLiteral("RTO"), 1.0},
             {QStringLiteral("RPO"), 0.9},
             {QStringLiteral("Meets targets"), 0.8},
             {QStringLiteral("What changes"), 4.0}},
            rows, 7);
}

void assumptionsSection(SectionContext& c)
{
    auto& f = c.flow;
    const auto& r = c.review;
    const auto& w = r.design.workload;
    const auto& t = r.design.targets;
    f.heading(1, QStringLiteral("Assumptions"));
    f.heading(2, QStringLiteral("Workload"));
    f.keyValues({
        {QStringLiteral("Requests a month"), c.quantity(w.requestsPerMonth.value(), 0)},
        {QStringLiteral("Peak requests a second"), number(w.peakRate.value(), 1)},
        {QStringLiteral("Writes"), number(w.writePercent, 1) + " % of requests"},
        {QStringLiteral("Request / response size"),
         number(w.requestSize.value(), 0) + " B / " + number(w.responseSize.value(), 0) + " B"},
        {QStringLiteral("Stored data"), number(w.storedData.value(), 1) + " GB, growing " +
                                            number(w.growthPerMonth.value(), 1) + " GB a month"},
        {QStringLiteral("Functions"),
         number(w.functionDuration.value(), 0) + " ms at " + number(w.functionMemoryMb, 0) + " MB"},
    });
    f.heading(2, QStringLiteral("Targets"));
    QStringList jurisdictions;
    for (const auto& j : t.jurisdictions)
        jurisdictions << c.text(j);
    f.keyValues({
        {QStringLiteral("Tier"), name(t.tier)},
        {QStringLiteral("Region loss RTO / RPO"),
         c.duration(r.regionRtoTarget.value()) + " / " + c.duration(r.regionRpoTarget.value())},
        {QStringLiteral("Availability objective"),
         t.availabilityPercent ? number(*t.availabilityPercent, 4) + " %" : QStringLiteral("none")},
        {QStringLiteral("Residency"),
         name(t.residency) + (jurisdictions.isEmpty() ? "" : ": " + jurisdictions.join(", "))},
        {QStringLiteral("Monthly budget"),
         t.monthlyBudget ? number(t.monthlyBudget->value(), 2) + " USD" : QStringLiteral("none")},
    });
    f.heading(2, QStringLiteral("Design assumptions"));
    f.paragraph(QStringLiteral("The assumptions the estimates rest on: each value, whether the "
                               "design set it, it was set for this review alone or it is the "
                               "default, and where the default comes from. Source ids (S…, D…) "
                               "are listed with their titles and links under Sources."));
    std::vector<std::vector<Cell>> inForce;
    for (const auto& a : assumptionsInForce(r))
        inForce.push_back({c.text(a.label), c.text(a.value),
                           a.setByDesign ? QStringLiteral("design")
                           : a.setForRun ? QStringLiteral("this run")
                                         : QStringLiteral("default"),
                           c.text(a.source)});
    f.table({{QStringLiteral("Assumption"), 2},
             {QStringLiteral("Value"), 1},
             {QStringLiteral("Set by"), 0.8},
             {QStringLiteral("Source of the default"), 4}},
            inForce, 7.5);
    f.heading(2, QStringLiteral("Pricing"));
    QStringList discounts;
    for (const auto& [provider, percent] : r.pricing.discountPercent)
        discounts
            << QStringLiteral("%1: %2 % off list prices").arg(name(provider), number(percent, 4));
    f.keyValues({
        {QStringLiteral("Hours a month"), number(r.costOptions.hours(), 1)},
        {QStringLiteral("Free tiers"), r.costOptions.freeTiers.value_or(false)
                                           ? QStringLiteral("counted")
                                           : QStringLiteral("left out")},
        {QStringLiteral("Currency"),
         c.text(r.currency.describe()) +
             (r.currency.isUsd() ? QString() : QStringLiteral("; prices are in USD"))},
        {QStringLiteral("Discounts"),
         discounts.isEmpty() ? QStringLiteral("none") : discounts.join("\n")},
        {QStringLiteral("Price overrides"), QString::number(r.pricing.overrides.size())},
    });
    if (!r.pricing.overrides.empty()) {
        std::vector<std::vector<Cell>> rows;
        for (const auto& o : r.pricing.overrides)
            rows.push_back({c.text(o.key), c.text(o.region), c.text(o.price.toString(10)) + " USD",
                            c.text(o.note)});
        f.table({{QStringLiteral("Price key"), 2.5},
                 {QStringLiteral("Region"), 1.2},
                 {QStringLiteral("Negotiated price"), 1.5, Qt::AlignRight},
                 {QStringLiteral("Note"), 2.5}},
                rows, 7.5);
    }
}

void pricingSourcesSection(SectionContext& c)
{
    auto& f = c.flow;
    const auto& r = c.review;
    f.heading(1, QStringLiteral("Pricing sources"));
    f.paragraph(QStringLiteral("The price-table versions the estimate used (price book %1).")
                    .arg(c.text(r.priceBookVersion)));
    std::vector<std::vector<Cell>> versions;
    for (const auto& s : r.pricing.sources)
        versions.push_back({name(s.provider), QString::number(s.version), c.text(s.source),
                            c.text(s.effectiveDate), c.text(s.importedAt), QString::number(s.rows),
                            c.text(s.checksum)});
    if (versions.empty())
        f.paragraph(QStringLiteral("The price catalogue's versions were not given to this review."),
                    9, muted);
    else
        f.table({{QStringLiteral("Provider"), 0.9},
                 {QStringLiteral("Version"), 0.8, Qt::AlignRight},
                 {QStringLiteral("Source"), 2.0},
                 {QStringLiteral("Effective"), 1.1},
                 {QStringLiteral("Imported"), 1.6},
                 {QStringLiteral("Rows"), 0.7, Qt::AlignRight},
                 {QStringLiteral("Checksum"), 1.6}},
                versions, 7.5);
    // The documents behind the prices the estimate actually used.
    std::map<std::tuple<std::string, std::string, std::string>, int> cited;
    for (const auto& l : r.cost.lines)
        for (const auto& p : l.cited)
            ++cited[{p.source, std::string(enumName(p.confidence)), p.effectiveDate}];
    std::vector<std::vector<Cell>> rows;
    for (const auto& [key, count] : cited)
        rows.push_back({c.text(std::get<0>(key)), c.text(std::get<1>(key)),
                        c.text(std::get<2>(key)), QString::number(count)});
    f.heading(2, QStringLiteral("Sources cited by the cost lines"));
    f.paragraph(QStringLiteral("Confidence: FILE read in a provider price file, DOC from the "
                               "provider's documentation, 2ND from a third party, UNCONF not "
                               "confirmed."),
                8, muted);
    f.table({{QStringLiteral("Source"), 2},
             {QStringLiteral("Confidence"), 1},
             {QStringLiteral("Effective"), 1},
             {QStringLiteral("Price rows cited"), 1, Qt::AlignRight}},
            rows, 8);
}

} // namespace rs::review
