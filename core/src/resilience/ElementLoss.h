#pragma once

#include "core/resilience/Scenario.h"

namespace rs {

/// The loss of one whole element: a region, a global service or a replication link. Follows
/// each user flow to a surviving path through the design's own failover mechanism (routers and
/// health checks, store promotions, the standby's warm capacity), and counts what the lost
/// stores had not replicated. Internal to simulate().
ScenarioResult simulateElementLoss(const DesignIndex& design, const Disruption& disruption);

} // namespace rs
