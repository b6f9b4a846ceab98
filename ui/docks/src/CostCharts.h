#pragma once

#include "core/cost/CostEngine.h"
#include "core/cost/DisplayCurrency.h"

#include <QString>
#include <QVector>

class QCPBars;
class QCustomPlot;
class QTableWidget;

namespace rs::docks {

struct CostSummary;

/// One stacked bar per billing region, a layer per cost category; the legend carries each
/// category's total.
void drawCostBreakdown(QCustomPlot& plot, const CostSummary& costs,
                       const DisplayCurrency& currency);

/// One category's layer of a stacked bar chart over `keys`, in the category's colour, named in the
/// legend with its `total` (left out of the legend when `inLegend` is false), stacked on `below`.
QCPBars* addCategoryLayer(QCustomPlot& plot, const QVector<double>& keys,
                          const QVector<double>& values, CostCategory category,
                          const QString& total, bool inLegend, QCPBars* below);
/// Fits the value axis to the tallest stack, `top`, shows the legend and replots.
void showStacks(QCustomPlot& plot, double top);

/// Moves the legend out of the axis rectangle to a row below it, two entries a row, so it never
/// hides a bar.
void placeLegendBelow(QCustomPlot& plot);

/// The monthly total and each category against the traffic multiple (log axis, 0.1x to 10x),
/// with the chosen multiple marked.
void drawCostCurve(QCustomPlot& plot, const CostSummary& costs, const DisplayCurrency& currency);

/// The largest lines, each with the price row it used.
void fillTopCostLines(QTableWidget& table, const CostSummary& costs,
                      const DisplayCurrency& currency);

} // namespace rs::docks
