#pragma once

#include <cstddef>
#include <string>

namespace rs {

/// Formats seconds the way people read recovery times: "45 s", "2 min 30 s", "4 h 10 min".
std::string formatDuration(double seconds);

/// "1 region", "3 regions".
std::string counted(std::size_t n, const char* noun);

/// Now, in UTC, as ISO 8601 to the second: "2026-11-24T23:05:00Z".
std::string utcTimestamp();

/// `value` with at most `decimals` decimals and no trailing zeros: 100, 33.3, 1250.
std::string formatNumber(double value, int decimals);

} // namespace rs
