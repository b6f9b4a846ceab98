#pragma once

#include "core/cost/DisplayCurrency.h"
#include "core/cost/Money.h"

#include <QString>

namespace rs::docks {

/// "1,234.56 EUR": `usd` converted exactly to `currency` (core/cost/DisplayCurrency.h), then
/// written in the current locale with `decimals` places.
QString formatMoney(const Money& usd, const DisplayCurrency& currency = {}, int decimals = 2);
/// `usd` in `currency`, for a chart's axis.
double inCurrency(const Money& usd, const DisplayCurrency& currency);
/// The currency's ISO code.
QString currencyCode(const DisplayCurrency& currency);

} // namespace rs::docks
