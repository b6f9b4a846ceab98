#include "DowntimeChart.h"

#include "DisplayFormat.h"
#include "PlotStyle.h"
#include "core/resilience/Availability.h"
#include "core/resilience/OutageSimulation.h"

#include <QCoreApplication>
#include <qcustomplot.h>

#include <algorithm>

namespace rs::docks {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("DowntimeChart", text);
}

/// A labelled vertical marker at `minutes`.
void marker(QCustomPlot& plot, double minutes, const QString& label, const QColor& color,
            Qt::PenStyle style, double labelHeight)
{
    auto* line = new QCPItemStraightLine(&plot);
    line->point1->setCoords(minutes, 0.0);
    line->point2->setCoords(minutes, 1.0);
    line->setPen(QPen(color, 1.5, style));
    auto* text = new QCPItemText(&plot);
    text->position->setTypeX(QCPItemPosition::ptPlotCoords);
    text->position->setTypeY(QCPItemPosition::ptAxisRectRatio);
    text->position->setCoords(minutes, labelHeight);
    keepInside(*text, Qt::AlignLeft | Qt::AlignTop);
    text->setPadding(QMargins(4, 0, 4, 0));
    text->setText(label);
    text->setColor(color);
    // Over a tall bar the label stays readable.
    auto backdrop = plot.palette().color(QPalette::Base);
    backdrop.setAlpha(200);
    text->setBrush(backdrop);
}

} // namespace

void drawDowntimeChart(QCustomPlot& plot, const OutageSimulationResult* outages,
                       std::optional<double> availabilityObjectivePercent, bool current)
{
    plot.clearPlottables();
    plot.clearItems();
    plot.xAxis->setLabel(tr("Downtime in a year (minutes)"));
    plot.yAxis->setLabel(tr("Share of years (%)"));
    if (!outages || outages->histogram.counts.empty() || outages->years == 0) {
        plot.xAxis->setRange(0, 60);
        plot.yAxis->setRange(0, 100);
        addCentredMessage(plot, tr("Simulating outages…"));
        plot.replot();
        return;
    }
    const auto& h = outages->histogram;
    const double width = h.binWidth.value() / 60.0;
    QVector<double> keys;
    QVector<double> shares;
    for (std::size_t i = 0; i < h.counts.size(); ++i) {
        keys << (h.lowerEdge(i).value() / 60.0) + width / 2.0;
        shares << 100.0 * double(h.counts[i]) / double(outages->years);
    }
    auto* bars = new QCPBars(plot.xAxis, plot.yAxis);
    bars->setWidthType(QCPBars::wtPlotCoords);
    bars->setWidth(width * 0.9);
    bars->setData(keys, shares, true);
    auto fill = categoryColor(CostCategory::Baseline);
    bars->setPen(QPen(fill.darker(120)));
    fill.setAlpha(current ? 200 : 90);
    bars->setBrush(fill);
    bars->setName(tr("Years"));

    double right = width * double(h.counts.size());
    std::optional<double> allowed;
    if (availabilityObjectivePercent) {
        // Drawn only when it fits beside the bars; further out it would squash them.
        if (const double minutes =
                (1.0 - *availabilityObjectivePercent / 100.0) * secondsPerYear / 60.0;
            minutes <= right * 3.0) {
            allowed = minutes;
            right = std::max(right, minutes * 1.08);
        }
    }
    plot.xAxis->setRange(0.0, right);
    const double top = *std::max_element(shares.begin(), shares.end());
    plot.yAxis->setRange(0.0, std::max(1.0, top * 1.15));
    const auto text = plot.xAxis->labelColor();
    marker(plot, outages->meanDowntimeMinutesPerYear(), tr("mean"), text, Qt::DashLine, 0.02);
    marker(plot, outages->p95DowntimeMinutesPerYear(), tr("95th pct."), text, Qt::DotLine, 0.10);
    if (allowed)
        marker(plot, *allowed, tr("objective allows"), verdictColor(false), Qt::SolidLine, 0.18);
    if (!current)
        addCentredMessage(plot, tr("Updating…"));
    plot.replot();
}

} // namespace rs::docks
