#include "DisplayFormat.h"

#include "docks/MoneyFormat.h"

#include <QCoreApplication>
#include <QLocale>
#include <QStringList>

#include <algorithm>
#include <cmath>

namespace rs::docks {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("DisplayFormat", text);
}

} // namespace

QString errorText(const Errors& errors)
{
    QStringList lines;
    for (const auto& e : errors)
        lines << QString::fromStdString(e.toString());
    return lines.join(QLatin1Char('\n'));
}

QString formatMoney(const Money& usd, const DisplayCurrency& currency, int decimals)
{
    return QStringLiteral("%1 %2").arg(formatNumber(inCurrency(usd, currency), decimals),
                                       currencyCode(currency));
}

double inCurrency(const Money& usd, const DisplayCurrency& currency)
{
    return currency.convert(usd).toDouble();
}

QString currencyCode(const DisplayCurrency& currency)
{
    return QString::fromStdString(currency.code());
}

QString formatDuration(Seconds duration)
{
    const double s = std::max(0.0, duration.value());
    if (s < 60.0)
        return tr("%1 s").arg(formatNumber(s, s < 10.0 && s != std::floor(s) ? 1 : 0));
    const auto total = static_cast<long long>(std::llround(s));
    const auto days = total / 86400;
    const auto hours = total % 86400 / 3600;
    const auto minutes = total % 3600 / 60;
    const auto seconds = total % 60;
    if (days > 0)
        return hours ? tr("%1 d %2 h").arg(days).arg(hours) : tr("%1 d").arg(days);
    if (hours > 0)
        return minutes ? tr("%1 h %2 min").arg(hours).arg(minutes) : tr("%1 h").arg(hours);
    return seconds ? tr("%1 min %2 s").arg(minutes).arg(seconds) : tr("%1 min").arg(minutes);
}

QString formatAvailability(double fraction)
{
    // Enough decimals for two significant digits of the unavailability: 99.95 % shows as
    // 99.950 %, 99.9987 % as 99.9987 %, so two designs a nine apart never look the same.
    const double unavailablePercent = (1.0 - fraction) * 100.0;
    int decimals = 2;
    if (unavailablePercent > 0.0 && unavailablePercent < 1.0)
        decimals = std::clamp(int(std::floor(-std::log10(unavailablePercent))) + 2, 2, 6);
    return tr("%1 %").arg(formatNumber(fraction * 100.0, decimals));
}

QString formatNumber(double value, int decimals)
{
    return QLocale().toString(value, 'f', decimals);
}

QString formatQuantity(double value)
{
    const double a = std::abs(value);
    if (a >= 1e9)
        return tr("%1 G").arg(formatNumber(value / 1e9, 1));
    if (a >= 1e6)
        return tr("%1 M").arg(formatNumber(value / 1e6, 1));
    if (a >= 1e4)
        return tr("%1 k").arg(formatNumber(value / 1e3, 1));
    return formatNumber(value, a < 10.0 && value != std::floor(value) ? 2 : 0);
}

QString categoryName(CostCategory category)
{
    switch (category) {
    case CostCategory::Baseline:
        return tr("Baseline");
    case CostCategory::Redundancy:
        return tr("Redundancy");
    case CostCategory::ReplicationAndEgress:
        return tr("Replication & egress");
    case CostCategory::Premium:
        return tr("Premiums");
    }
    return {};
}

QString usageName(UsageKind usage)
{
    switch (usage) {
    case UsageKind::ApiRequests:
        return tr("requests");
    case UsageKind::Invocations:
        return tr("invocations");
    case UsageKind::ComputeGbSeconds:
        return tr("GB-seconds of compute");
    case UsageKind::Messages:
        return tr("messages");
    case UsageKind::ReadUnits:
        return tr("read units");
    case UsageKind::WriteUnits:
        return tr("write units");
    case UsageKind::ReplicatedWriteUnits:
        return tr("replicated write units");
    case UsageKind::StorageGbMonth:
        return tr("GB-months stored");
    case UsageKind::ReplicationGb:
        return tr("GB replicated");
    case UsageKind::CrossRegionGb:
        return tr("GB across regions");
    case UsageKind::InternetEgressGb:
        return tr("GB to the internet");
    case UsageKind::HealthChecks:
        return tr("health checks");
    case UsageKind::Hours:
        return tr("hours");
    case UsageKind::KeyRequests:
        return tr("key requests");
    case UsageKind::ResourceMonths:
        return tr("resource-months");
    case UsageKind::VcpuSeconds:
        return tr("vCPU-seconds");
    case UsageKind::MessageGb:
        return tr("GB of messages");
    }
    return {};
}

} // namespace rs::docks
