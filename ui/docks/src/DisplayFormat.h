#pragma once

#include "core/Units.h"
#include "core/cost/CostEngine.h"

#include <QString>

#include <optional>

namespace rs::docks {

/// core's formatDuration() (TextFormat.h): "45 s", "4 min 30 s", "2 h 5 min", "3 d 4 h".
QString formatDuration(Seconds duration);
/// core's formatAvailability(): 0.9995 as "99.950 %", enough decimals to tell nines apart.
QString formatAvailability(double fraction);
/// core's counted(): "1 usage line", "3 usage lines".
QString countedText(std::size_t n, const char* noun);
/// A plain number in the locale, with `decimals` places: "1,234.5".
QString formatNumber(double value, int decimals = 0);
/// Large counts shortened: "950", "12.5 k", "3.2 M", "1.1 G".
QString formatQuantity(double value);

/// Every error on its own line, each with its place.
QString errorText(const Errors& errors);

/// "Baseline", "Redundancy", "Replication & egress", "Premiums".
QString categoryName(CostCategory category);
/// What a cost line measures, in words: "GB-seconds of compute".
QString usageName(UsageKind usage);

} // namespace rs::docks
