#include "ReviewCharts.h"

#include <qcustomplot.h>

#include <algorithm>

namespace rs::review {

namespace {

QFont chartFont(double points, bool bold = false)
{
    QFont f(QStringLiteral("DejaVu Sans"));
    f.setPointSizeF(points);
    f.setBold(bold);
    f.setStyleStrategy(QFont::PreferNoShaping); // searchable text in the PDF, as PageFlow
    return f;
}

void styleAxes(QCustomPlot& plot)
{
    for (auto* axis : {plot.xAxis, plot.yAxis}) {
        axis->setTickLabelFont(chartFont(7.5));
        axis->setLabelFont(chartFont(8));
    }
    plot.yAxis->grid()->setPen(QPen(QColor(0xe0, 0xe0, 0xe0), 0.6));
    plot.xAxis->grid()->setVisible(false);
}

void addTitle(QCustomPlot& plot, const QString& title)
{
    plot.plotLayout()->insertRow(0);
    plot.plotLayout()->addElement(0, 0, new QCPTextElement(&plot, title, chartFont(9, true)));
}

void render(QCustomPlot& plot, QCPPainter& painter, const QRectF& area)
{
    painter.save();
    painter.translate(area.topLeft());
    plot.toPainter(&painter, static_cast<int>(area.width()), static_cast<int>(area.height()));
    painter.restore();
}

/// A vertical line at `x` with its label at `height` (a share of the plot's height from the
/// top), so labels of nearby markers do not overlap.
void verticalMarker(QCustomPlot& plot, double x, const QColor& colour, const QString& label,
                    Qt::PenStyle style, double height)
{
    auto* line = new QCPItemStraightLine(&plot);
    line->point1->setCoords(x, 0);
    line->point2->setCoords(x, 1);
    line->setPen(QPen(colour, 1.4, style));
    auto* text = new QCPItemText(&plot);
    text->position->setAxes(plot.xAxis, plot.yAxis);
    text->position->setAxisRect(plot.axisRect());
    text->position->setTypeY(QCPItemPosition::ptAxisRectRatio);
    text->position->setCoords(x, height);
    text->setPositionAlignment(Qt::AlignLeft | Qt::AlignTop);
    text->setPadding(QMargins(3, 0, 0, 0));
    text->setText(label);
    text->setFont(chartFont(7));
    text->setColor(colour);
}

} // namespace

void paintDowntimeHistogram(QCPPainter& painter, const QRectF& area,
                            const OutageSimulationResult& outages,
                            std::optional<double> allowedMinutesPerYear)
{
    QCustomPlot plot;
    styleAxes(plot);
    addTitle(plot, QStringLiteral("Simulated years by downtime (%L1 years, seed %2)")
                       .arg(outages.years)
                       .arg(outages.seed));
    const double bin = outages.histogram.binWidth.value() / 60.0;
    const auto& counts = outages.histogram.counts;
    auto* bars = new QCPBars(plot.xAxis, plot.yAxis);
    bars->setWidthType(QCPBars::wtPlotCoords);
    bars->setWidth(bin * 0.92);
    bars->setPen(Qt::NoPen);
    bars->setBrush(QColor(0x42, 0x85, 0xf4));
    QVector<double> x;
    QVector<double> y;
    double highest = 0.0;
    for (std::size_t i = 0; i < counts.size(); ++i) {
        x << (static_cast<double>(i) + 0.5) * bin;
        const double share =
            outages.years ? 100.0 * static_cast<double>(counts[i]) / outages.years : 0.0;
        y << share;
        highest = std::max(highest, share);
    }
    bars->setData(x, y, true);
    plot.xAxis->setLabel(QStringLiteral("Downtime in a year (minutes); the last bar holds all "
                                        "longer years"));
    plot.yAxis->setLabel(QStringLiteral("Share of years (%)"));
    plot.xAxis->setRange(0, bin * std::max<std::size_t>(counts.size(), 1));
    plot.yAxis->setRange(0, std::max(1.0, highest * 1.15));
    verticalMarker(
        plot, outages.meanDowntimeMinutesPerYear(), QColor(0xc6, 0x28, 0x28),
        QStringLiteral("mean %1 min").arg(outages.meanDowntimeMinutesPerYear(), 0, 'f', 1),
        Qt::SolidLine, 0.02);
    verticalMarker(plot, outages.p95DowntimeMinutesPerYear(), QColor(0x6a, 0x1b, 0x9a),
                   QStringLiteral("p95 %1 min").arg(outages.p95DowntimeMinutesPerYear(), 0, 'f', 1),
                   Qt::DashLine, 0.10);
    if (allowedMinutesPerYear && *allowedMinutesPerYear <= bin * counts.size())
        verticalMarker(
            plot, *allowedMinutesPerYear, QColor(0x2e, 0x7d, 0x32),
            QStringLiteral("objective allows %1 min").arg(*allowedMinutesPerYear, 0, 'f', 1),
            Qt::DotLine, 0.18);
    render(plot, painter, area);
}

void paintBarChart(QCPPainter& painter, const QRectF& area, const BarChart& chart)
{
    QCustomPlot plot;
    styleAxes(plot);
    addTitle(plot, chart.title);
    auto ticker = QSharedPointer<QCPAxisTickerText>::create();
    double highest = 0.0;
    for (int i = 0; i < chart.labels.size(); ++i) {
        ticker->addTick(i + 1, chart.labels[i]);
        const double v = i < static_cast<int>(chart.values.size()) ? chart.values[i] : 0.0;
        highest = std::max(highest, v);
        // One QCPBars per bar, so each can have its own colour.
        auto* bar = new QCPBars(plot.xAxis, plot.yAxis);
        bar->setWidth(0.6);
        bar->setPen(Qt::NoPen);
        const auto colour = chart.colours.empty() ? QColor(0x42, 0x85, 0xf4)
                            : chart.colours.size() == 1
                                ? chart.colours.front()
                                : chart.colours[static_cast<std::size_t>(i) % chart.colours.size()];
        bar->setBrush(colour);
        bar->addData(i + 1, v);
        if (i < chart.valueTexts.size()) {
            auto* label = new QCPItemText(&plot);
            label->position->setCoords(i + 1, v);
            label->setPositionAlignment(Qt::AlignHCenter | Qt::AlignBottom);
            label->setText(chart.valueTexts[i]);
            label->setFont(chartFont(7));
        }
    }
    plot.xAxis->setTicker(ticker);
    plot.xAxis->setTickLabelRotation(chart.labels.size() > 4 ? 20 : 0);
    plot.xAxis->setRange(0.4, chart.labels.size() + 0.6);
    plot.yAxis->setLabel(chart.valueAxis);
    plot.yAxis->setRange(0, highest > 0.0 ? highest * 1.2 : 1.0);
    render(plot, painter, area);
}

} // namespace rs::review
