#include "core/TextFormat.h"

#include <cmath>
#include <cstdio>
#include <ctime>

namespace rs {

std::string formatDuration(double seconds)
{
    if (!std::isfinite(seconds))
        return "unbounded";
    const auto total = static_cast<long long>(std::llround(seconds));
    const long long h = total / 3600;
    const long long m = (total % 3600) / 60;
    const long long s = total % 60;
    if (h > 0)
        return std::to_string(h) + " h" + (m ? " " + std::to_string(m) + " min" : "");
    if (m > 0)
        return std::to_string(m) + " min" + (s ? " " + std::to_string(s) + " s" : "");
    return std::to_string(s) + " s";
}

std::string counted(std::size_t n, const char* noun)
{
    return std::to_string(n) + " " + noun + (n == 1 ? "" : "s");
}

std::string formatNumber(double value, int decimals)
{
    char buffer[64];
    std::snprintf(buffer, sizeof buffer, "%.*f", decimals, value);
    std::string out = buffer;
    if (out.find('.') != std::string::npos) {
        out.erase(out.find_last_not_of('0') + 1);
        if (out.back() == '.')
            out.pop_back();
    }
    return out;
}

std::string utcTimestamp()
{
    const std::time_t now = std::time(nullptr);
    std::tm utc{};
    gmtime_r(&now, &utc);
    char text[32];
    std::strftime(text, sizeof text, "%Y-%m-%dT%H:%M:%SZ", &utc);
    return text;
}

} // namespace rs
