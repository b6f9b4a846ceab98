#pragma once

#include "core/Units.h"

namespace rs {

/// The traffic and data the design must carry; the cost engine and the capacity checks read it.
/// Shares per region are on the regions (Region::trafficPercent).
struct Workload
{
    Requests requestsPerMonth = 10'000'000.0 * units::requests;
    RequestRate peakRate = 50.0 * units::requests / units::second;
    double writePercent = 20.0;                  ///< share of requests that write data
    Bytes requestSize = 2'048.0 * units::bytes;  ///< average request payload
    Bytes responseSize = 8'192.0 * units::bytes; ///< average response payload
    Gigabytes storedData = 100.0 * units::gigabytes;
    Gigabytes growthPerMonth = 5.0 * units::gigabytes;
    Milliseconds functionDuration = 120.0 * units::milliseconds; ///< default for functions
    double functionMemoryMb = 512.0;                             ///< default for functions

    bool operator==(const Workload&) const = default;
};

} // namespace rs
