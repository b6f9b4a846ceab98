#pragma once

#include <algorithm>
#include <chrono>
#include <vector>

namespace rs::bench {

/// Milliseconds taken by `fn`.
template <typename Fn> double timeMs(Fn&& fn)
{
    const auto start = std::chrono::steady_clock::now();
    fn();
    return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start)
        .count();
}

inline double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    const auto n = values.size();
    return n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2.0;
}

} // namespace rs::bench
