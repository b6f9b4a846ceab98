#pragma once

#include <optional>

class QCustomPlot;

namespace rs {
struct OutageSimulationResult;
}

namespace rs::docks {

/// Draws the Monte Carlo's years by downtime as bars (share of years per bin, minutes a year on
/// the x axis) with the mean and the 95th percentile marked, and the downtime the availability
/// objective allows when there is one. Empty when there is no simulation yet.
void drawDowntimeChart(QCustomPlot& plot, const OutageSimulationResult* outages,
                       std::optional<double> availabilityObjectivePercent, bool current);

} // namespace rs::docks
