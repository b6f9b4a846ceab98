#pragma once

#include "core/resilience/OutageSimulation.h"

#include <QColor>
#include <QRectF>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

class QCPPainter;

namespace rs::review {

/// Charts of the PDF review, drawn with QCustomPlot straight into the page's painter so they stay
/// vector graphics. The painter's device must be at 96 dpi (see toolchain pitfalls: QCustomPlot
/// sets fonts in points).

/// Years of the outage simulation by downtime, with the mean and the 95th percentile marked and,
/// when there is one, the downtime the availability objective allows.
void paintDowntimeHistogram(QCPPainter& painter, const QRectF& area,
                            const OutageSimulationResult& outages,
                            std::optional<double> allowedMinutesPerYear);

/// Vertical bars with a label under each and the value above it.
struct BarChart
{
    QString title;
    QString valueAxis;
    QStringList labels;
    std::vector<double> values;
    QStringList valueTexts;      ///< printed above the bars
    std::vector<QColor> colours; ///< one per bar, or one for all
};
void paintBarChart(QCPPainter& painter, const QRectF& area, const BarChart& chart);

} // namespace rs::review
