#pragma once

#include "core/cost/DisplayCurrency.h"

class QCustomPlot;
class QTableWidget;

namespace rs::docks {

struct CostSummary;

/// One stacked bar per billing region, a layer per cost category; the legend carries each
/// category's total.
void drawCostBreakdown(QCustomPlot& plot, const CostSummary& costs,
                       const DisplayCurrency& currency);

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
