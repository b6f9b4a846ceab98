#include "CostCharts.h"

#include "CostSummary.h"
#include "DisplayFormat.h"
#include "PlotStyle.h"
#include "TableFill.h"
#include "docks/CostsDock.h"
#include "docks/MoneyFormat.h"

#include <QCoreApplication>
#include <QTableWidget>
#include <qcustomplot.h>

#include <algorithm>
#include <cmath>

namespace rs::docks {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("CostCharts", text);
}

void resetPlot(QCustomPlot& plot)
{
    plot.clearPlottables();
    plot.clearItems();
    plot.legend->setVisible(false);
}

/// A unit price as the source wrote it: all the decimals it has, none it has not.
QString exactPrice(const Money& price)
{
    auto text = QString::fromStdString(price.toString(12));
    if (text.contains(QLatin1Char('.'))) {
        while (text.endsWith(QLatin1Char('0')))
            text.chop(1);
        if (text.endsWith(QLatin1Char('.')))
            text.chop(1);
    }
    return text;
}

/// How far apart, as a share of the money axis (0 to 1.1 × the top total), two lines must come
/// for a reader to tell them apart: 2 px on the 100 px axis of a traffic chart at its minimum
/// height (CostsDock: 170 px less its tick labels and title).
constexpr double legibleShare = 0.02;

/// The categories' lines against traffic a reader can see, bottom first: each one that comes
/// clear, somewhere, of the axis and of every line drawn over it (those kept after it, then the
/// total). A category that is the whole cost lies under the total, and a few cents a month lie
/// on the axis; the legend listed such lines though nothing of them showed.
std::vector<std::pair<CostCategory, QVector<double>>>
legibleCategoryLines(const CostSummary& costs, const DisplayCurrency& currency,
                     const QVector<double>& totals, double top)
{
    const double apart = legibleShare * top * 1.1;
    std::vector<std::pair<CostCategory, QVector<double>>> kept;
    std::vector<QVector<double>> over{totals};
    const auto& names = EnumNames<CostCategory>::names;
    for (auto it = names.rbegin(); it != names.rend(); ++it) {
        QVector<double> values;
        for (const auto& point : costs.curve) {
            const auto found = point.byCategory.find(it->first);
            values << (found == point.byCategory.end() ? 0.0 : inCurrency(found->second, currency));
        }
        bool seen = false;
        for (qsizetype i = 0; i < values.size() && !seen; ++i) {
            seen =
                values[i] >= apart && std::all_of(over.begin(), over.end(), [&](const auto& line) {
                    return std::abs(line[i] - values[i]) >= apart;
                });
        }
        if (seen) {
            over.push_back(values);
            kept.emplace(kept.begin(), it->first, std::move(values));
        }
    }
    return kept;
}

QTableWidgetItem* lineCell(const QString& text, const QString& tip = {})
{
    auto* item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    item->setToolTip(tip.isEmpty() ? text : tip);
    return item;
}

} // namespace

/// The money axis' label, which says so when a figure leaves usage out.
static QString moneyAxisLabel(const DisplayCurrency& currency, bool complete)
{
    // On two lines: on one, the title was longer than a short chart is high.
    return complete ? tr("%1 a month").arg(currencyCode(currency))
                    : tr("%1 a month\n(incomplete)").arg(currencyCode(currency));
}

void drawCostBreakdown(QCustomPlot& plot, const CostSummary& costs, const DisplayCurrency& currency)
{
    resetPlot(plot);
    plot.yAxis->setLabel(moneyAxisLabel(currency, costs.complete));
    if (!costs.priced || costs.regions.empty()) {
        plot.xAxis->setTicker(QSharedPointer<QCPAxisTicker>(new QCPAxisTicker));
        plot.xAxis->setRange(0, 1);
        plot.yAxis->setRange(0, 1);
        addCentredMessage(plot, costs.priced ? tr("Nothing priced") : tr("No price table loaded"));
        plot.replot();
        return;
    }
    QVector<double> keys;
    auto ticker = QSharedPointer<QCPAxisTickerText>(new QCPAxisTickerText);
    for (std::size_t i = 0; i < costs.regions.size(); ++i) {
        keys << double(i + 1);
        const auto& region = costs.regions[i];
        ticker->addTick(double(i + 1),
                        region == "global" ? tr("global") : QString::fromStdString(region));
    }
    plot.xAxis->setTicker(ticker);
    // Region names side by side when they fit under their bars, else slanted: four regions'
    // names ran into each other in a 300 px dock. The width is the plot's as last laid out.
    const QFontMetrics metrics(plot.xAxis->tickLabelFont());
    int widest = 0;
    for (const auto& region : costs.regions)
        widest = std::max(widest, metrics.horizontalAdvance(QString::fromStdString(region)));
    const bool sideBySide =
        double(widest + metrics.averageCharWidth() * 2) * double(costs.regions.size()) <=
        plot.axisRect()->width();
    plot.xAxis->setTickLabelRotation(sideBySide ? 0 : 35);
    plot.xAxis->setRange(0.4, double(costs.regions.size()) + 0.6);

    QCPBars* below = nullptr;
    std::vector<double> stackTop(costs.regions.size(), 0.0);
    for (const auto& [category, name] : EnumNames<CostCategory>::names) {
        const auto& amounts = costs.byRegionAndCategory.at(category);
        QVector<double> values;
        for (std::size_t i = 0; i < amounts.size(); ++i) {
            values << inCurrency(amounts[i], currency);
            stackTop[i] += values.back();
        }
        const auto total =
            costs.byCategory.count(category) ? costs.byCategory.at(category) : Money();
        below = addCategoryLayer(plot, keys, values, category, formatMoney(total, currency),
                                 total != Money(), below);
    }
    showStacks(plot, *std::max_element(stackTop.begin(), stackTop.end()));
}

QCPBars* addCategoryLayer(QCustomPlot& plot, const QVector<double>& keys,
                          const QVector<double>& values, CostCategory category,
                          const QString& total, bool inLegend, QCPBars* below)
{
    auto* bars = new QCPBars(plot.xAxis, plot.yAxis);
    bars->setWidth(0.6);
    bars->setData(keys, values, true);
    const auto colour = categoryColor(category);
    bars->setPen(QPen(colour.darker(130)));
    bars->setBrush(colour);
    bars->setName(tr("%1: %2").arg(categoryName(category), total));
    if (!inLegend)
        bars->removeFromLegend();
    if (below)
        bars->moveAbove(below);
    return bars;
}

void showStacks(QCustomPlot& plot, double top)
{
    plot.yAxis->setRange(0.0, top > 0.0 ? top * 1.1 : 1.0);
    plot.legend->setVisible(true);
    plot.replot();
}

void placeLegendBelow(QCustomPlot& plot)
{
    if (plot.plotLayout()->rowCount() > 1)
        return;
    plot.plotLayout()->addElement(1, 0, plot.legend);
    plot.plotLayout()->setRowStretchFactor(1, 0.001);
    // One entry a row: two side by side ("Replication & egress: 3.60 USD" beside "Premiums:
    // 126.00 USD") made the chart 430 px wide at least, wider than the dock's column.
    plot.legend->setFillOrder(QCPLayoutGrid::foRowsFirst);
    plot.legend->setWrap(0);
    // Rows of text height: the default 32×18 icons and margins made each row 25 px.
    const int text = QFontMetrics(plot.legend->font()).height();
    plot.legend->setIconSize(text * 3 / 2, text * 2 / 3);
    plot.legend->setRowSpacing(0);
    plot.legend->setMargins(QMargins(4, 2, 4, 2));
    plot.legend->setBorderPen(Qt::NoPen);
}

void drawCostCurve(QCustomPlot& plot, const CostSummary& costs, const DisplayCurrency& currency)
{
    resetPlot(plot);
    plot.xAxis->setScaleType(QCPAxis::stLogarithmic);
    auto ticker = QSharedPointer<QCPAxisTickerText>(new QCPAxisTickerText);
    // No 0.2×: its label ran into 0.1×'s in a 290 px dock (the log axis puts them as close as
    // 1× and 2×, whose labels are narrower).
    for (const double scale : {0.1, 0.5, 1.0, 2.0, 5.0, 10.0})
        ticker->addTick(scale, QStringLiteral("%1×").arg(scale));
    plot.xAxis->setTicker(ticker);
    plot.xAxis->setRange(0.09, 11.0);
    plot.xAxis->setLabel(tr("Traffic, as a multiple of the workload"));
    plot.yAxis->setLabel(moneyAxisLabel(
        currency, std::all_of(costs.curve.begin(), costs.curve.end(),
                              [](const engine::CostCurvePoint& p) { return p.unpriced == 0; })));
    if (costs.curve.empty()) {
        plot.yAxis->setRange(0, 1);
        addCentredMessage(plot, costs.priced ? tr("Computing…") : tr("No price table loaded"));
        plot.replot();
        return;
    }
    QVector<double> scales;
    QVector<double> totals;
    for (const auto& point : costs.curve) {
        scales << point.scale;
        totals << inCurrency(point.total, currency);
    }
    const double top = *std::max_element(totals.begin(), totals.end());
    for (const auto& [category, values] : legibleCategoryLines(costs, currency, totals, top)) {
        auto* graph = plot.addGraph();
        graph->setData(scales, values, true);
        graph->setPen(QPen(categoryColor(category), 1.5));
        graph->setName(categoryName(category));
    }
    auto* total = plot.addGraph();
    total->setData(scales, totals, true);
    total->setPen(QPen(plot.xAxis->labelColor(), 2.5));
    total->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDisc, 5));
    total->setName(tr("Total"));

    if (const auto* chosen = engine::findCostPoint(costs.curve, costs.workloadScale)) {
        auto* line = new QCPItemStraightLine(&plot);
        line->point1->setCoords(chosen->scale, 0.0);
        line->point2->setCoords(chosen->scale, 1.0);
        line->setPen(QPen(verdictColor(false), 1.0, Qt::DashLine));
        auto* label = new QCPItemText(&plot);
        label->position->setCoords(chosen->scale, inCurrency(chosen->total, currency));
        keepInside(*label, Qt::AlignRight | Qt::AlignBottom);
        label->setPadding(QMargins(6, 0, 6, 4));
        label->setText(formatTotal(chosen->total, chosen->unpriced == 0, currency));
        label->setColor(plot.xAxis->labelColor());
    }
    plot.yAxis->setRange(0.0, top > 0.0 ? top * 1.1 : 1.0);
    plot.legend->setVisible(true);
    plot.axisRect()->insetLayout()->setInsetAlignment(0, Qt::AlignTop | Qt::AlignLeft);
    if (!costs.curveCurrent)
        addCentredMessage(plot, tr("Updating…"));
    plot.replot();
}

void fillTopCostLines(QTableWidget& table, const CostSummary& costs,
                      const DisplayCurrency& currency)
{
    refillTable(table, [&] {
        table.setRowCount(static_cast<int>(costs.topLines.size()));
        for (int row = 0; row < table.rowCount(); ++row) {
            const auto& line = costs.topLines[std::size_t(row)];
            const auto label = costs.labels.count(line.elementId) ? costs.labels.at(line.elementId)
                                                                  : line.elementId;
            auto* element = lineCell(QString::fromStdString(label));
            element->setData(Qt::UserRole, QString::fromStdString(line.elementId));
            auto* amount = lineCell(formatMoney(line.amount, currency));
            amount->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            table.setItem(row, CostsDock::AmountColumn, amount);
            table.setItem(row, CostsDock::ElementColumn, element);
            table.setItem(row, CostsDock::UsageColumn, lineCell(usageName(line.usage)));
            // Where the quantity comes from: the element's own usage, or the workload.
            auto* quantity =
                lineCell(formatQuantity(line.quantity) +
                             (line.setByDesign ? CostsDock::tr(" (set)") : QString()),
                         formatNumber(line.quantity, 2) + QStringLiteral(": ") +
                             (line.setByDesign ? CostsDock::tr("set by the design")
                                               : CostsDock::tr("derived from the workload")));
            quantity->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            table.setItem(row, CostsDock::QuantityColumn, quantity);
            // The paid band that priced the last unit: the row a reader would look up.
            const PriceRow* cited = nullptr;
            for (const auto& r : line.cited) {
                if (!r.freeTier)
                    cited = &r;
            }
            if (!cited && !line.cited.empty())
                cited = &line.cited.back();
            QStringList bands;
            for (const auto& r : line.cited)
                bands << QStringLiteral("%1 %2 USD/%3 from %4 (%5)")
                             .arg(QString::fromStdString(r.key), exactPrice(r.price),
                                  QString::fromStdString(r.unit), formatNumber(r.tierStart),
                                  QString::fromStdString(r.source));
            const auto tip = bands.join(QLatin1Char('\n'));
            const auto text = [&](const std::string& value) {
                return lineCell(QString::fromStdString(value), tip);
            };
            if (!cited) {
                for (int column = CostsDock::ProviderColumn; column < CostsDock::ColumnCount;
                     ++column)
                    table.setItem(row, column, lineCell({}));
                continue;
            }
            table.setItem(row, CostsDock::ProviderColumn,
                          text(std::string(enumName(cited->provider))));
            // Rows read from documentation have no SKU; the usage type or the price key names them.
            table.setItem(row, CostsDock::SkuColumn,
                          text(!cited->sku.empty()         ? cited->sku
                               : !cited->usageType.empty() ? cited->usageType
                                                           : cited->key));
            // A price that stood in for the billed region's says whose it is.
            table.setItem(row, CostsDock::RegionColumn,
                          line.borrowedFrom.empty()
                              ? text(cited->region)
                              : lineCell(tr("%1, borrowed from %2")
                                             .arg(QString::fromStdString(line.region),
                                                  QString::fromStdString(line.borrowedFrom)),
                                         tip));
            table.setItem(row, CostsDock::UnitColumn, text(cited->unit));
            auto* price = lineCell(exactPrice(cited->price) + QStringLiteral(" USD"), tip);
            price->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            table.setItem(row, CostsDock::PriceColumn, price);
            table.setItem(row, CostsDock::EffectiveColumn, text(cited->effectiveDate));
            table.setItem(row, CostsDock::VersionColumn,
                          text(providerVersion(line.bookVersion, cited->provider)));
        }
    });
}

} // namespace rs::docks
