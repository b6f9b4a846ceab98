#include "core/TextFormat.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <ctime>
#include <sstream>
#include <string_view>

namespace rs {

namespace {

std::string twoUnits(long long big, const char* bigUnit, long long small, const char* smallUnit)
{
    auto out = std::to_string(big) + " " + bigUnit;
    if (small)
        out += " " + std::to_string(small) + " " + smallUnit;
    return out;
}

} // namespace

std::string formatDuration(double seconds)
{
    if (!std::isfinite(seconds))
        return "unbounded";
    const double s = std::max(0.0, seconds);
    if (s < 60.0)
        return formatNumber(s, s < 10.0 && s != std::floor(s) ? 1 : 0) + " s";
    const auto total = static_cast<long long>(std::llround(s));
    const long long days = total / 86400;
    const long long hours = total % 86400 / 3600;
    const long long minutes = total % 3600 / 60;
    if (days > 0)
        return twoUnits(days, "d", hours, "h");
    if (hours > 0)
        return twoUnits(hours, "h", minutes, "min");
    return twoUnits(minutes, "min", total % 60, "s");
}

std::string formatAvailability(double fraction)
{
    const double unavailablePercent = (1.0 - fraction) * 100.0;
    int decimals = 2;
    if (unavailablePercent > 0.0 && unavailablePercent < 1.0)
        decimals = std::clamp(int(std::floor(-std::log10(unavailablePercent))) + 2, 2, 6);
    char buffer[64];
    std::snprintf(buffer, sizeof buffer, "%.*f %%", decimals, fraction * 100.0);
    return buffer;
}

std::string formatPercent(double percent, int decimals)
{
    return formatNumber(percent, decimals) + " %";
}

std::string formatMoney(const Money& usd, const DisplayCurrency& currency, int decimals)
{
    return currency.convert(usd).toString(decimals) + " " + currency.code();
}

std::string formatTotal(const Money& usd, bool complete, const DisplayCurrency& currency)
{
    return (complete ? "" : "at least ") + formatMoney(usd, currency);
}

std::string counted(std::size_t n, const char* noun)
{
    // "2 region losses", "3 boxes", "2 batches": not "2 region losss".
    const std::string_view word(noun);
    const bool sibilant =
        word.ends_with('s') || word.ends_with('x') || word.ends_with("ch") || word.ends_with("sh");
    return std::to_string(n) + " " + noun + (n == 1 ? "" : sibilant ? "es" : "s");
}

std::string countsText(const std::array<std::size_t, 3>& counts)
{
    // "info" is a mass noun: "3 info", never "3 infos".
    return counted(counts[2], "error") + ", " + counted(counts[1], "warning") + ", " +
           std::to_string(counts[0]) + " info";
}

std::string formatSignificant(double value, int digits)
{
    std::ostringstream out;
    out.precision(digits);
    out << value;
    return out.str();
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

std::string excerpt(std::string_view text, std::size_t maxBytes)
{
    if (text.size() <= maxBytes)
        return std::string(text);
    std::size_t cut = maxBytes;
    // Back off continuation bytes (10xxxxxx) so a multi-byte character is never split.
    while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80)
        --cut;
    return std::string(text.substr(0, cut)) + "… (" + std::to_string(text.size()) + " bytes)";
}

} // namespace rs
