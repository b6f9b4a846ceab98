#pragma once

#include <string_view>

namespace rs {

/// The largest value a design file may give a number the engine multiplies: beyond it the
/// design reader refuses the file with a located range error (docs/design.schema.json states
/// the same maximums). Each bound is far above any real design, and together they keep every
/// cost inside Money's 128 bits: the largest transfer the table allows, 1e13 requests x 1e4
/// calls x 5e12 bytes = 5e20 GB, priced at the dearest egress row (0.12 USD per GB,
/// reference/pricing-facts.md) is 6e19 USD, below Money's 1.7e26 USD.
struct InputRange
{
    std::string_view field; ///< the design-file key (under /workload, a link, a usage block)
    double max;
    std::string_view why;
};

namespace input_ranges {

inline constexpr InputRange requestsPerMonth{"requestsPerMonth", 1e13,
                                             "3.9 million requests a second, all month"};
inline constexpr InputRange peakRequestsPerSecond{"peakRequestsPerSecond", 1e8,
                                                  "a hundred million requests a second"};
/// 5 TB: the largest object Amazon S3 stores (S3 User Guide, "Uploading objects").
inline constexpr InputRange payloadBytes{"payloadBytes", 5e12, "5 TB, S3's largest object"};
inline constexpr InputRange storedGigabytes{"storedGigabytes", 1e9, "an exabyte"};
inline constexpr InputRange growthGigabytesPerMonth{"growthGigabytesPerMonth", 1e9,
                                                    "an exabyte a month"};
/// 60 minutes: Cloud Run's longest request timeout, the longest of the three providers'
/// function limits (Lambda 15 min; Cloud Run docs, "Setting request timeout").
inline constexpr InputRange functionDurationMs{"functionDurationMs", 3.6e6,
                                               "one hour, Cloud Run's longest timeout"};
/// 32 GiB: Cloud Run's largest instance memory (Lambda 10,240 MB; Cloud Run docs, "Memory
/// limits").
inline constexpr InputRange functionMemoryMb{"functionMemoryMb", 32768,
                                             "32 GiB, Cloud Run's largest instance"};
inline constexpr InputRange callsPerRequest{"callsPerRequest", 1e4,
                                            "ten thousand calls for one user request"};
/// Usage pinned on an element, per month, in the quantity's unit (requests, GB, ...).
inline constexpr InputRange pinnedUsage{"usage", 1e15, "a quadrillion units a month"};
/// A number property whose catalogue entry gives no maximum of its own.
inline constexpr InputRange propertyNumber{"properties", 1e12, "a trillion"};

} // namespace input_ranges

} // namespace rs
