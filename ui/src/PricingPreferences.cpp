#include "PricingPreferences.h"

#include <QSettings>

namespace rs::ui {

namespace {

QString strictPricesKey()
{
    return QStringLiteral("pricing/strictPrices");
}

} // namespace

bool strictPricesPreferred()
{
    return QSettings().value(strictPricesKey(), false).toBool();
}

void setStrictPricesPreferred(bool strict)
{
    QSettings().setValue(strictPricesKey(), strict);
}

} // namespace rs::ui
