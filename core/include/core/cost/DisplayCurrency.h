#pragma once

#include "core/Result.h"
#include "core/cost/Money.h"

#include <string>
#include <string_view>

namespace rs {

/// The currency amounts are shown in: US dollars, or another currency at a rate the user
/// entered, with the date the rate was taken. Prices stay in USD; only display converts.
class DisplayCurrency
{
public:
    DisplayCurrency() = default;

    /// `code` is an ISO 4217 code ("EUR"), `perDollar` a plain decimal ("0.92": units of the
    /// currency one US dollar buys), `date` an ISO date or empty. USD takes no rate but 1.
    static Result<DisplayCurrency> make(std::string_view code, std::string_view perDollar,
                                        std::string_view date = {});

    const std::string& code() const { return m_code; }
    /// Units of this currency per US dollar, exact as entered.
    Money perDollar() const { return m_perDollar; }
    const std::string& date() const { return m_date; }
    bool isUsd() const { return m_code == "USD"; }

    /// `usd` in this currency, rounded once to the pico-unit, half away from zero.
    Money convert(Money usd) const;
    /// "EUR at 0.92 per USD (2026-11-24)", or "USD".
    std::string describe() const;

private:
    std::string m_code = "USD";
    Money m_perDollar = Money::dollars(1);
    std::string m_date;
};

} // namespace rs
