#include "DisplayFormat.h"

#include "core/TextFormat.h"
#include "docks/MoneyFormat.h"

#include <QCoreApplication>
#include <QLocale>
#include <QStringList>

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
    return QString::fromStdString(rs::formatMoney(usd, currency, decimals));
}

QString formatTotal(const Money& usd, bool complete, const DisplayCurrency& currency)
{
    return QString::fromStdString(rs::formatTotal(usd, complete, currency));
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
    return QString::fromStdString(rs::formatDuration(duration.value()));
}

QString formatAvailability(double fraction)
{
    return QString::fromStdString(rs::formatAvailability(fraction));
}

QString countedText(std::size_t n, const char* noun)
{
    return QString::fromStdString(rs::counted(n, noun));
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
