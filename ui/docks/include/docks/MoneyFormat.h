#pragma once

#include "core/cost/DisplayCurrency.h"
#include "core/cost/Money.h"

#include <QString>

namespace rs::docks {

/// core's formatMoney() (TextFormat.h): "1234.56 EUR", `usd` converted exactly to `currency`.
QString formatMoney(const Money& usd, const DisplayCurrency& currency = {}, int decimals = 2);
/// core's formatTotal(): "at least 40.20 USD" while some usage is unpriced.
QString formatTotal(const Money& usd, bool complete, const DisplayCurrency& currency = {});
/// `usd` in `currency`, for a chart's axis.
double inCurrency(const Money& usd, const DisplayCurrency& currency);
/// The currency's ISO code.
QString currencyCode(const DisplayCurrency& currency);

} // namespace rs::docks
