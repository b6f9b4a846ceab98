#include "core/cost/DisplayCurrency.h"

#include <algorithm>
#include <cctype>

namespace rs {

namespace {

bool isIsoDate(std::string_view s)
{
    const auto digits = [&](std::size_t from, std::size_t n) {
        return std::all_of(s.begin() + static_cast<std::ptrdiff_t>(from),
                           s.begin() + static_cast<std::ptrdiff_t>(from + n),
                           [](unsigned char c) { return std::isdigit(c); });
    };
    return s.size() == 10 && digits(0, 4) && s[4] == '-' && digits(5, 2) && s[7] == '-' &&
           digits(8, 2);
}

Error currencyError(std::string message)
{
    return Error{ErrorCode::Range, std::move(message), {}};
}

} // namespace

Result<DisplayCurrency> DisplayCurrency::make(std::string_view code, std::string_view perDollar,
                                              std::string_view date)
{
    if (code.size() != 3 ||
        !std::all_of(code.begin(), code.end(), [](unsigned char c) { return std::isupper(c); }))
        return currencyError("the currency \"" + std::string(code) +
                             "\" is not a three-letter ISO 4217 code such as EUR");
    const auto rate = Money::parse(perDollar);
    if (!rate || *rate <= Money())
        return currencyError("the exchange rate \"" + std::string(perDollar) +
                             "\" is not a positive decimal such as 0.92");
    if (code == "USD" && *rate != Money::dollars(1))
        return currencyError("US dollars convert at 1, not " + std::string(perDollar));
    if (!date.empty() && !isIsoDate(date))
        return currencyError("the rate date \"" + std::string(date) +
                             "\" is not an ISO date such as 2026-11-24");
    DisplayCurrency c;
    c.m_code = std::string(code);
    c.m_perDollar = *rate;
    c.m_date = std::string(date);
    return c;
}

Money DisplayCurrency::convert(Money usd) const
{
    Int128 product = 0;
    if (usd.isOverflow() || __builtin_mul_overflow(usd.pico(), m_perDollar.pico(), &product))
        return Money::overflow();
    const Int128 half = Money::picoPerDollar / 2;
    const Int128 rounded = product >= 0 ? (product + half) / Money::picoPerDollar
                                        : (product - half) / Money::picoPerDollar;
    return Money::fromPico(rounded);
}

std::string DisplayCurrency::describe() const
{
    if (isUsd())
        return m_code;
    std::string rate = m_perDollar.toString(12);
    rate.erase(rate.find_last_not_of('0') + 1);
    if (rate.back() == '.')
        rate.pop_back();
    return m_code + " at " + rate + " per USD" + (m_date.empty() ? "" : " (" + m_date + ")");
}

} // namespace rs
