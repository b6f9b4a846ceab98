#pragma once

#include "core/resilience/Scenario.h"

namespace rs {

/// Partial losses inside one region: one availability zone, or one service. Unlike a region loss,
/// traffic leaves the region only if a router sees the failure: a health check on the failed
/// service itself, or a deep one on an endpoint that calls it (RES-024).

/// One zone loss per serving region, and one service loss per service on a user flow in each
/// region that carries traffic.
std::vector<Disruption> partialDisruptions(const DesignIndex& design);

/// A zone of the region `disruption.elementId` lost: every service of the region that is not
/// zone-redundant (`zoneRedundant` false) is taken to live in that zone. Judged against the zone
/// targets.
ScenarioResult simulateZoneLoss(const DesignIndex& design, const Disruption& disruption);

/// The regional service `disruption.elementId` down while the rest of its region runs. Judged
/// against the region targets, reported only.
ScenarioResult simulateServiceLoss(const DesignIndex& design, const Disruption& disruption);

/// The zone targets in force: the design's, else its tier's defaults.
Seconds zoneRtoTarget(const DesignIndex& design);
Seconds zoneRpoTarget(const DesignIndex& design);

} // namespace rs
