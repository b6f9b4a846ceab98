#include "ImportHelpers.h"

#include <charconv>
#include <cmath>
#include <cstdlib>

namespace rs::pricing::importing {

std::variant<double, std::string> unitScale(const ImportVocabulary& vocabulary,
                                            std::string_view providerUnit, std::string_view keyUnit,
                                            std::string_view key)
{
    const auto it = vocabulary.units.find(providerUnit);
    if (it == vocabulary.units.end())
        return "unknown unit \"" + std::string(providerUnit) +
               "\" (no normalised form in the "
               "catalogue's unit table)";
    if (it->second.unit != keyUnit)
        return "unit \"" + std::string(providerUnit) + "\" is " + it->second.unit + ", but " +
               std::string(key) + " is priced per " + std::string(keyUnit);
    return it->second.scale;
}

Money perNormalisedUnit(Money price, double scale)
{
    if (scale == 1.0)
        return price;
    const Int128 pico = price.pico();
    const bool negative = pico < 0;
    const Int128 magnitude = negative ? -pico : pico;
    Int128 result;
    if (scale == std::floor(scale) && scale < 1e15) {
        const auto divisor = static_cast<Int128>(static_cast<long long>(scale));
        result = (magnitude + divisor / 2) / divisor;
    } else {
        result = static_cast<Int128>(std::llround(static_cast<double>(magnitude) / scale));
    }
    return Money::fromPico(negative ? -result : result);
}

std::optional<std::optional<double>> parseBound(std::string_view text)
{
    if (text == "Inf")
        return std::optional<double>{};
    double value = 0.0;
    const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (ec != std::errc() || end != text.data() + text.size() || !std::isfinite(value) ||
        value < 0.0)
        return std::nullopt;
    return std::optional<double>{value};
}

std::optional<Money> moneyFromNumber(double value)
{
    if (!std::isfinite(value) || value < 0.0)
        return std::nullopt;
    char text[64];
    const auto end = std::to_chars(text, text + sizeof text, value).ptr; // shortest round trip
    std::string_view shortest(text, static_cast<std::size_t>(end - text));
    // Spell out an exponent: "1.6e-05" -> "0.000016", "2e+06" -> "2000000".
    const auto e = shortest.find('e');
    std::string digits(shortest.substr(0, e));
    int exponent = 0;
    if (e != std::string_view::npos)
        exponent = std::atoi(std::string(shortest.substr(e + 1)).c_str());
    auto point = digits.find('.');
    if (point == std::string::npos)
        point = digits.size();
    else
        digits.erase(point, 1);
    long long position = static_cast<long long>(point) + exponent;
    if (position <= 0) {
        digits.insert(0, static_cast<std::size_t>(-position) + 1, '0');
        position = 1;
    }
    if (position > static_cast<long long>(digits.size()))
        digits.append(static_cast<std::size_t>(position) - digits.size(), '0');
    if (position < static_cast<long long>(digits.size()))
        digits.insert(static_cast<std::size_t>(position), 1, '.');
    return Money::parse(digits);
}

std::string isoDate(std::string_view timestamp)
{
    return std::string(timestamp.substr(0, 10));
}

} // namespace rs::pricing::importing
