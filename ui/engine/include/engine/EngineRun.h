#pragma once

#include "engine/EngineResults.h"
#include "engine/EngineSnapshot.h"

#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace rs::engine {

/// Asked between the parts of a run: true when a newer edit makes the run pointless.
using StaleCheck = std::function<bool()>;

/// The fast part of a run, as the worker computes it: findings, every scenario, availability and
/// the monthly cost. Nothing when `stale` says so between two parts. Pure: the same snapshot
/// gives the same results on any thread.
std::optional<EngineResults> analyse(const EngineSnapshot& snapshot, const EngineSettings& settings,
                                     const StaleCheck& stale = {});

/// The design with its traffic (requests per month and peak rate) multiplied by `scale`; stored
/// data does not follow traffic and stays.
Design withScaledTraffic(Design design, double scale);

/// The monthly cost at each of `settings.trafficScales` and at `snapshot.workloadScale`, in
/// increasing order. Empty without a price book.
std::vector<CostCurvePoint> costCurve(const EngineSnapshot& snapshot,
                                      const EngineSettings& settings);

/// The Monte Carlo of outages for the snapshot's design.
OutageSimulationResult simulateOutagesOf(const EngineSnapshot& snapshot,
                                         const EngineSettings& settings);

/// Fills `results.down` and `results.whatIf` with the region-down or global-service-down
/// scenario of each id in `down`; ids with no such scenario (deleted since) are left out.
void selectWhatIf(EngineResults& results, const std::vector<std::string>& down);

} // namespace rs::engine
