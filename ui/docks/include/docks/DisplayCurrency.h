#pragma once

#include "core/cost/Money.h"

#include <QMetaType>
#include <QString>

namespace rs::ui {

/// The currency costs are shown in: a code and how many of it one US dollar buys, as the user
/// entered it. Prices stay in exact US dollars; only the display converts, and it says so.
struct DisplayCurrency
{
    QString code = QStringLiteral("USD");
    double perUsd = 1.0;

    bool isUsd() const { return code == QLatin1String("USD") && perUsd == 1.0; }
    double convert(const Money& usd) const { return usd.toDouble() * perUsd; }
    /// "1,234.56 EUR" in the current locale; `decimals` for unit prices.
    QString format(const Money& usd, int decimals = 2) const;
    QString format(double usd, int decimals = 2) const;
};

} // namespace rs::ui

Q_DECLARE_METATYPE(rs::ui::DisplayCurrency)
