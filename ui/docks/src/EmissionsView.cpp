#include "EmissionsView.h"

#include "CostCharts.h"
#include "DisplayFormat.h"
#include "PlotStyle.h"
#include "core/tiers/TierComparison.h"
#include "docks/MoneyFormat.h"
#include "engine/EngineResults.h"

#include <QLabel>
#include <QSplitter>
#include <QVBoxLayout>
#include <qcustomplot.h>

#include <algorithm>
#include <set>

namespace rs::docks {

namespace {

QString kgText(double kg, bool complete)
{
    return (complete ? QString() : EmissionsView::tr("at least ")) +
           formatNumber(kg, kg < 10.0 ? 3 : 1) + EmissionsView::tr(" kg CO2e");
}

QCustomPlot* createPlot(QWidget* parent, const QString& name)
{
    auto* plot = new QCustomPlot(parent);
    plot->setObjectName(name);
    plot->setMinimumHeight(170);
    stylePlot(*plot, parent->palette());
    return plot;
}

void showMessage(QCustomPlot& plot, const QString& message)
{
    plot.xAxis->setTicker(QSharedPointer<QCPAxisTicker>(new QCPAxisTicker));
    plot.xAxis->setScaleType(QCPAxis::stLinear);
    plot.xAxis->setRange(0, 1);
    plot.yAxis->setRange(0, 1);
    addCentredMessage(plot, message);
    plot.replot();
}

} // namespace

EmissionsView::EmissionsView(QWidget* parent)
    : QWidget(parent)
    , m_total(new QLabel(this))
    , m_byRegion(createPlot(this, QStringLiteral("emissionsByRegionChart")))
    , m_tierPlot(createPlot(this, QStringLiteral("tierEmissionsChart")))
{
    m_total->setObjectName(QStringLiteral("emissionsTotal"));
    m_total->setTextFormat(Qt::PlainText);
    m_total->setWordWrap(true);
    placeLegendBelow(*m_byRegion);
    m_byRegion->setMinimumHeight(m_byRegion->minimumHeight() +
                                 int(EnumNames<CostCategory>::names.size()) *
                                     (fontMetrics().height() + 6));
    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_byRegion);
    splitter->addWidget(m_tierPlot);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->addWidget(m_total);
    layout->addWidget(splitter, 1);
    redraw();
}

void EmissionsView::setResults(const engine::EngineResults& results)
{
    m_estimated = results.carbonEstimated;
    m_nothingToEstimate = results.nothingToEstimate;
    m_carbon = results.carbon;
    if (!results.priced)
        m_tiers.clear(); // without prices there is no tier comparison either
    // Every region some usage is billed in, estimated or not: one whose grid has no factor
    // shows as such rather than as a zero. Global services run on no one region's grid.
    std::set<std::string> regions;
    for (const auto& l : m_carbon.lines) {
        if (l.region != "global")
            regions.insert(l.region);
    }
    m_regions.assign(regions.begin(), regions.end());
    redraw();
}

void EmissionsView::setTiers(const std::vector<TierOutcome>& tiers)
{
    m_tiers.clear();
    for (const auto& t : tiers)
        m_tiers.push_back({t.tier, t.current, t.cost.total, t.cost.complete(), t.emissions.kgCo2e,
                           t.emissions.complete()});
    redraw();
}

void EmissionsView::setDisplayCurrency(const DisplayCurrency& currency)
{
    m_currency = currency;
    redraw();
}

void EmissionsView::redraw()
{
    if (m_nothingToEstimate)
        m_total->setText(tr("Nothing to estimate: the design has no services yet."));
    else if (!m_estimated)
        m_total->setText(tr("No emissions: they are estimated from the priced usage, and no "
                            "price table is loaded."));
    else
        m_total->setText(
            tr("%1 a month, %2 kWh (Cloud Carbon Footprint method)%3")
                .arg(kgText(m_carbon.kgCo2e, m_carbon.complete()), formatNumber(m_carbon.kwh, 1),
                     m_carbon.complete()
                         ? QString()
                         : tr(" · %1 not estimated")
                               .arg(countedText(m_carbon.unestimatedCount, "usage line"))));
    QStringList reasons;
    for (const auto& l : m_carbon.lines) {
        const auto reason =
            QString::fromStdString(std::string(enumName(l.usage)) + ": " + l.reason);
        if (l.unestimated && !reasons.contains(reason))
            reasons << reason;
    }
    m_total->setToolTip(reasons.join(QLatin1Char('\n')));
    drawRegions();
    drawTiers();
}

void EmissionsView::drawRegions()
{
    auto& plot = *m_byRegion;
    plot.clearPlottables();
    plot.clearItems();
    plot.legend->setVisible(false);
    plot.yAxis->setLabel(m_carbon.complete() ? tr("kg CO2e a month")
                                             : tr("kg CO2e a month\n(incomplete)"));
    if (!m_estimated || m_regions.empty())
        return showMessage(plot, m_nothingToEstimate ? tr("Nothing to estimate")
                                                     : tr("No price table loaded"));
    QVector<double> keys;
    auto ticker = QSharedPointer<QCPAxisTickerText>(new QCPAxisTickerText);
    for (std::size_t i = 0; i < m_regions.size(); ++i) {
        keys << double(i + 1);
        // A region whose usage has no grid factor says so rather than standing at zero.
        const bool estimated = m_carbon.kgByRegion.count(m_regions[i]) > 0;
        ticker->addTick(double(i + 1), QString::fromStdString(m_regions[i]) +
                                           (estimated ? QString() : tr("\n(not estimated)")));
    }
    plot.xAxis->setTicker(ticker);
    plot.xAxis->setScaleType(QCPAxis::stLinear);
    plot.xAxis->setTickLabelRotation(0);
    plot.xAxis->setRange(0.4, double(m_regions.size()) + 0.6);
    QCPBars* below = nullptr;
    std::vector<double> top(m_regions.size(), 0.0);
    for (const auto& [category, name] : EnumNames<CostCategory>::names) {
        QVector<double> values;
        for (std::size_t i = 0; i < m_regions.size(); ++i) {
            const auto region = m_carbon.kgByRegion.find(m_regions[i]);
            const auto found =
                region == m_carbon.kgByRegion.end()
                    ? 0.0
                    : (region->second.count(category) ? region->second.at(category) : 0.0);
            values << found;
            top[i] += found;
        }
        const auto total =
            m_carbon.kgByCategory.count(category) ? m_carbon.kgByCategory.at(category) : 0.0;
        below =
            addCategoryLayer(plot, keys, values, category, kgText(total, true), total > 0.0, below);
    }
    showStacks(plot, *std::max_element(top.begin(), top.end()));
}

void EmissionsView::drawTiers()
{
    auto& plot = *m_tierPlot;
    plot.clearPlottables();
    plot.clearItems();
    plot.legend->setVisible(false);
    const bool allComplete = std::all_of(m_tiers.begin(), m_tiers.end(), [](const TierPoint& t) {
        return t.costComplete && t.kgComplete;
    });
    plot.xAxis->setLabel(tr("%1 a month").arg(currencyCode(m_currency)));
    // "≥" after a tier: its cost or emissions are a lower bound, the point may sit further out.
    plot.yAxis->setLabel(allComplete ? tr("kg CO2e a month")
                                     : tr("kg CO2e a month\n(≥: at least)"));
    if (m_tiers.empty())
        return showMessage(plot,
                           m_estimated ? tr("Comparing the tiers…") : tr("No price table loaded"));
    plot.xAxis->setTicker(QSharedPointer<QCPAxisTicker>(new QCPAxisTicker));
    plot.xAxis->setScaleType(QCPAxis::stLinear);
    auto* points = new QCPGraph(plot.xAxis, plot.yAxis);
    points->setLineStyle(QCPGraph::lsNone);
    points->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDisc, 8));
    // Tiers that build the same usage (pilot light and warm standby often do) share a point and
    // one label, so their names do not run into each other.
    std::map<std::pair<double, double>, QStringList> names;
    const double firstCost = inCurrency(m_tiers.front().cost, m_currency);
    QCPRange costs(firstCost, firstCost);
    QCPRange kgs(m_tiers.front().kg, m_tiers.front().kg);
    for (const auto& t : m_tiers) {
        const double cost = inCurrency(t.cost, m_currency);
        points->addData(cost, t.kg);
        costs.expand(cost);
        kgs.expand(t.kg);
        names[{cost, t.kg}] << QString::fromUtf8(enumName(t.tier).data()) +
                                   (t.current ? tr(" (this design)") : QString()) +
                                   (t.costComplete && t.kgComplete ? QString() : tr(" ≥"));
    }
    for (const auto& [point, tiers] : names) {
        auto* label = new QCPItemText(&plot);
        label->position->setCoords(point.first, point.second);
        label->setText(tiers.join(QStringLiteral(", ")));
        label->setColor(plot.xAxis->labelColor());
        label->setFont(plot.xAxis->tickLabelFont());
        keepInside(*label, Qt::AlignLeft | Qt::AlignBottom);
    }
    // Around the tiers, not from zero: five points within a few percent of each other were one
    // blot at the top right. A margin of a quarter of the spread (at least 5 % of the value)
    // leaves room for the labels.
    const auto around = [](const QCPRange& r) {
        const double margin = std::max(r.size() / 4.0, std::abs(r.upper) * 0.05);
        return QCPRange(std::max(0.0, r.lower - margin), r.upper + margin + (margin == 0.0));
    };
    plot.xAxis->setRange(around(costs));
    plot.yAxis->setRange(around(kgs));
    plot.replot();
}

} // namespace rs::docks
