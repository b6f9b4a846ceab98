#pragma once

#include "core/Catalogues.h"
#include "core/Design.h"
#include "core/cost/CostEngine.h"
#include "core/cost/PriceBook.h"
#include "core/resilience/Availability.h"
#include "core/resilience/OutageSimulation.h"

#include <cstdint>
#include <memory>
#include <vector>

namespace rs::engine {

/// The engine's input for one run: an immutable copy of the design, the catalogues it was drawn
/// against (shared, never changed while the application runs), the price book (none: no costs)
/// and the traffic multiple chosen for the cost curve. Cheap to copy between threads.
struct EngineSnapshot
{
    std::shared_ptr<const Design> design;
    const Catalogues* catalogues = nullptr;
    std::shared_ptr<const PriceBook> prices;
    double workloadScale = 1.0;
    std::uint64_t generation = 0;
    std::uint64_t designRevision = 0;
};

/// How the live engine computes: the parameters of each part and the traffic multiples of the
/// cost curve.
struct EngineSettings
{
    AvailabilityParameters availability;
    /// 20,000 years rather than the command line's 100,000: about ±2 % on the mean (§6.4), and
    /// five times sooner on screen; the review export can still ask for more.
    OutageSimulationParameters outages = liveOutageParameters();
    CostOptions cost;
    std::vector<double> trafficScales{0.1, 0.2, 0.5, 1.0, 2.0, 5.0, 10.0};

    static OutageSimulationParameters liveOutageParameters()
    {
        OutageSimulationParameters p;
        p.years = 20'000;
        return p;
    }
};

/// The smallest and largest traffic multiple the cost curve offers.
inline constexpr double minimumWorkloadScale = 0.1;
inline constexpr double maximumWorkloadScale = 10.0;

} // namespace rs::engine
