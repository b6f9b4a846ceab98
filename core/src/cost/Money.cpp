#include "core/cost/Money.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace rs {

namespace {

constexpr int maxDecimals = 12;

/// `value / 2^shift`, rounded half away from zero.
Int128 shiftRightRounded(Int128 value, int shift)
{
    if (shift >= 126)
        return 0;
    const bool negative = value < 0;
    Int128 magnitude = negative ? -value : value;
    const Int128 half = Int128{1} << (shift - 1);
    magnitude = (magnitude + half) >> shift;
    return negative ? -magnitude : magnitude;
}

std::string digits(Int128 value)
{
    if (value == 0)
        return "0";
    std::string out;
    while (value > 0) {
        out.insert(out.begin(), static_cast<char>('0' + static_cast<int>(value % 10)));
        value /= 10;
    }
    return out;
}

} // namespace

std::optional<Money> Money::parse(std::string_view text)
{
    bool negative = false;
    if (!text.empty() && (text.front() == '-' || text.front() == '+')) {
        negative = text.front() == '-';
        text.remove_prefix(1);
    }
    if (text.empty())
        return std::nullopt;
    Int128 whole = 0;
    Int128 fraction = 0;
    int fractionDigits = 0;
    bool seenPoint = false;
    bool seenDigit = false;
    for (const char c : text) {
        if (c == '.' && !seenPoint) {
            seenPoint = true;
            continue;
        }
        if (c < '0' || c > '9')
            return std::nullopt;
        seenDigit = true;
        if (seenPoint) {
            if (++fractionDigits > maxDecimals)
                return std::nullopt;
            fraction = fraction * 10 + (c - '0');
        } else {
            whole = whole * 10 + (c - '0');
            if (whole > Int128{std::numeric_limits<std::int64_t>::max()})
                return std::nullopt;
        }
    }
    if (!seenDigit)
        return std::nullopt;
    for (int i = fractionDigits; i < maxDecimals; ++i)
        fraction *= 10;
    const Int128 pico = whole * picoPerDollar + fraction;
    return Money(negative ? -pico : pico);
}

Money Money::times(double quantity) const
{
    if (isOverflow() || !std::isfinite(quantity))
        return overflow();
    if (quantity == 0.0 || m_pico == 0)
        return Money();
    // quantity = mantissa * 2^exponent with a 53-bit integer mantissa: the product with the
    // price is then exact in 128 bits before the one rounding.
    int exponent = 0;
    const double fraction = std::frexp(quantity, &exponent);
    const auto mantissa = static_cast<std::int64_t>(std::ldexp(fraction, 53));
    exponent -= 53;
    Int128 product = 0;
    if (__builtin_mul_overflow(m_pico, Int128{mantissa}, &product))
        return overflow();
    if (exponent >= 0) {
        const Int128 limit = maxPico >> std::min(exponent, 126);
        if (exponent >= 127 || product > limit || product < -limit)
            return overflow();
        return Money(product * (Int128{1} << exponent));
    }
    return Money(shiftRightRounded(product, -exponent));
}

std::string Money::toString(int decimals) const
{
    if (isOverflow())
        return "overflow";
    decimals = decimals < 0 ? 0 : decimals > maxDecimals ? maxDecimals : decimals;
    Int128 scale = 1;
    for (int i = decimals; i < maxDecimals; ++i)
        scale *= 10;
    const bool negative = m_pico < 0;
    Int128 magnitude = negative ? -m_pico : m_pico;
    magnitude = (magnitude + scale / 2) / scale; // half away from zero
    Int128 unit = 1;
    for (int i = 0; i < decimals; ++i)
        unit *= 10;
    std::string out = digits(magnitude / unit);
    if (decimals > 0) {
        std::string rest = digits(magnitude % unit);
        out += "." + std::string(static_cast<std::size_t>(decimals) - rest.size(), '0') + rest;
    }
    return (negative && magnitude != 0 ? "-" : "") + out;
}

std::string Money::toExactString() const
{
    auto text = toString(maxDecimals);
    if (text.find('.') != std::string::npos) {
        text.erase(text.find_last_not_of('0') + 1);
        if (text.back() == '.')
            text.pop_back();
    }
    return text;
}

double Money::toDouble() const
{
    if (isOverflow())
        return std::numeric_limits<double>::quiet_NaN();
    return static_cast<double>(m_pico) / static_cast<double>(picoPerDollar);
}

} // namespace rs
