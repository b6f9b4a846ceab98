// The PDF review's emissions section (issue 18): what the design's usage emits, region by
// region and tier by tier, and every factor and coefficient behind the figures with its source.
#include "ReviewCharts.h"
#include "ReviewSections.h"
#include "core/TextFormat.h"
#include "core/carbon/CarbonTables.h"

#include <map>

namespace rs::review {

namespace {

QString kg(double value, bool complete = true)
{
    return (complete ? QString() : QStringLiteral("at least ")) +
           SectionContext::quantity(value, 3) + QStringLiteral(" kg");
}

QString sourceText(const CarbonSource& s)
{
    if (!s.url.empty())
        return SectionContext::text(s.url);
    return SectionContext::text(s.repository + "/" + s.path + " @ " + s.commit.substr(0, 12) +
                                (s.date.empty() ? "" : " (" + s.date + ")"));
}

void regionsTable(SectionContext& c, const CarbonTables& tables)
{
    const auto& e = c.review.carbon;
    std::vector<std::vector<Cell>> rows;
    BarChart chart{QStringLiteral("Emissions by region"),
                   QStringLiteral("kg CO2e a month"),
                   {},
                   {},
                   {},
                   {QColor(0x2e, 0x7d, 0x32)}};
    for (const auto& [id, region] : c.review.design.regions) {
        const auto* f = tables.factor(region.provider, region.code);
        std::vector<Cell> row{c.name(region.code),
                              f ? c.quantity(f->gramsPerKwh, 1) : Cell("no factor", bad),
                              f ? c.text(f->sourceId + ", " + f->period + " (" + f->basis + ")")
                                : QStringLiteral("its usage is unestimated")};
        const auto it = e.kgByRegion.find(region.code);
        for (const auto& [category, label] : EnumNames<CostCategory>::names) {
            const auto found = it == e.kgByRegion.end() ? nullptr : &it->second;
            const auto value = found && found->count(category) ? found->at(category) : 0.0;
            row.push_back(c.quantity(value, 3));
        }
        row.push_back(Cell(c.quantity(e.kgIn(region.code), 3), Qt::black, true));
        rows.push_back(std::move(row));
        chart.labels << c.name(region.code);
        chart.values.push_back(e.kgIn(region.code));
        chart.valueTexts << c.quantity(e.kgIn(region.code), 2);
    }
    c.flow.block(190,
                 [&](QPainter&, const QRectF& area) { paintBarChart(c.painter, area, chart); });
    c.flow.table({{QStringLiteral("Region"), 1.0},
                  {QStringLiteral("g CO2e/kWh"), 0.7, Qt::AlignRight},
                  {QStringLiteral("Grid factor source"), 1.9},
                  {QStringLiteral("Baseline"), 0.9, Qt::AlignRight},
                  {QStringLiteral("Redundancy"), 1.0, Qt::AlignRight},
                  {QStringLiteral("Replication"), 1.0, Qt::AlignRight},
                  {QStringLiteral("Premium"), 0.9, Qt::AlignRight},
                  {QStringLiteral("kg a month"), 0.9, Qt::AlignRight}},
                 rows, 7);
}

void tiersTable(SectionContext& c)
{
    const auto& r = c.review;
    if (r.tiers.empty())
        return;
    c.flow.heading(2, QStringLiteral("Each tier's emissions beside its cost"));
    std::vector<std::vector<Cell>> rows;
    for (const auto& t : r.tiers) {
        const auto& loss = t.homeRegionLoss;
        rows.push_back(
            {Cell(c.text(std::string(enumName(t.tier))) +
                      (t.current ? QStringLiteral(" (this design)") : QString()),
                  Qt::black, t.current),
             c.total(t.cost.total, t.cost.complete()),
             kg(t.emissions.kgCo2e, t.emissions.complete()),
             loss.rto ? c.duration(loss.rto->worst.value()) : QStringLiteral("no failover"),
             loss.dataLossUnbounded ? QStringLiteral("data lost")
                                    : c.duration(loss.rpo ? loss.rpo->value() : 0.0)});
    }
    c.flow.table({{QStringLiteral("Tier"), 1.6},
                  {QStringLiteral("Monthly cost"), 1.3, Qt::AlignRight},
                  {QStringLiteral("kg CO2e a month"), 1.3, Qt::AlignRight},
                  {QStringLiteral("RTO"), 1.0},
                  {QStringLiteral("RPO"), 1.0}},
                 rows, 7.5);
}

void unestimated(SectionContext& c)
{
    const auto& e = c.review.carbon;
    if (e.complete())
        return;
    std::map<std::string, std::size_t> reasons;
    for (const auto& l : e.lines) {
        if (l.unestimated)
            ++reasons[std::string(enumName(l.usage)) + ": " + l.reason];
    }
    QStringList lines;
    for (const auto& [reason, n] : reasons)
        lines << QStringLiteral("%1 × %2").arg(n).arg(c.text(reason));
    c.flow.paragraph(QStringLiteral("%1 could not be estimated, so the total is a lower bound "
                                    "(never a zero):")
                         .arg(c.text(counted(e.unestimatedCount, "usage line"))));
    c.flow.bullets(lines, 8);
}

void methodAndSources(SectionContext& c, const CarbonTables& t)
{
    auto& f = c.flow;
    f.heading(2, QStringLiteral("Method and sources"));
    f.paragraph(QStringLiteral(
        "Cloud Carbon Footprint's method, applied to the usage the cost estimate derived: "
        "compute = vCPU-hours × (min + utilisation × (max − min)) watts per vCPU (a function "
        "billed on memory alone: its GB-seconds at 1,769 MB per vCPU); memory = GB-hours × "
        "kWh per GB-hour; storage = TB-hours × watt-hours per TB-hour × the copies the provider "
        "keeps; transfer between regions = GB × kWh per GB. The energy × the provider's PUE × "
        "the region's grid factor gives kg CO2e. Invocations are counted in their compute time; "
        "requests, messages, provisioned hours and internet egress have no coefficient."));
    std::vector<std::vector<Cell>> rows;
    for (const auto& p : t.providers)
        rows.push_back({c.text(std::string(enumName(p.provider))), c.quantity(p.pue, 3),
                        c.quantity(p.minWattsPerVcpu, 2), c.quantity(p.maxWattsPerVcpu, 2),
                        c.text(p.constants), c.text(p.sourceId)});
    f.table({{QStringLiteral("Provider"), 0.7},
             {QStringLiteral("PUE"), 0.5, Qt::AlignRight},
             {QStringLiteral("Min W/vCPU"), 0.7, Qt::AlignRight},
             {QStringLiteral("Max W/vCPU"), 0.7, Qt::AlignRight},
             {QStringLiteral("Constants"), 2.6},
             {QStringLiteral("Source"), 0.9}},
            rows, 7);
    rows.clear();
    for (const auto& k : t.coefficients)
        rows.push_back({c.text(k.id), c.quantity(k.value, 6), c.text(k.unit), c.text(k.constant),
                        c.text(k.sourceId)});
    for (const auto& s : t.storage)
        rows.push_back({c.text(s.kind), c.quantity(s.replication, 0),
                        c.text(std::string(enumName(s.medium)) + " copies"), c.text(s.constant),
                        c.text(s.sourceId)});
    f.table({{QStringLiteral("Coefficient"), 1.1},
             {QStringLiteral("Value"), 0.7, Qt::AlignRight},
             {QStringLiteral("Unit"), 1.1},
             {QStringLiteral("Constant"), 2.4},
             {QStringLiteral("Source"), 0.9}},
            rows, 7);
    rows.clear();
    for (const auto& s : t.sources)
        rows.push_back({c.text(s.id), c.text(s.title), sourceText(s), c.text(s.licence)});
    f.table({{QStringLiteral("Source"), 1.0},
             {QStringLiteral("What"), 2.0},
             {QStringLiteral("Where (repository @ commit, or page)"), 2.6},
             {QStringLiteral("Licence"), 0.7}},
            rows, 7);
}

} // namespace

void emissionsSection(SectionContext& c)
{
    const auto& r = c.review;
    if (!r.carbonEstimated)
        return;
    auto& f = c.flow;
    const auto& tables = CarbonTables::builtIn();
    const auto& e = r.carbon;
    f.heading(1, QStringLiteral("Emissions"));
    f.paragraph(QStringLiteral(
        "What the same monthly usage the cost estimate priced emits: its energy, by the Cloud "
        "Carbon Footprint method, on the grid behind each region (location-based factors)."));
    f.keyValues(
        {{QStringLiteral("Emissions"),
          Cell(kg(e.kgCo2e, e.complete()) + QStringLiteral(" CO2e a month"), Qt::black, true)},
         {QStringLiteral("Energy"),
          Cell(c.quantity(e.kwh, 1) + QStringLiteral(" kWh a month, PUE included"))},
         {QStringLiteral("Unestimated usage"), Cell(c.text(counted(e.unestimatedCount, "line")))}});
    regionsTable(c, tables);
    unestimated(c);
    tiersTable(c);
    methodAndSources(c, tables);
}

} // namespace rs::review
