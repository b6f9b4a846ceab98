#pragma once

#include "core/compare/DesignComparison.h"

#include <optional>
#include <string>
#include <string_view>

namespace rs::cli {

/// The gates `compare --fail-on` names, comma-separated: `targets` (a region loss that met its
/// targets now misses), a severity (a new finding at or above it), `cost:AMOUNT` (the monthly
/// cost grows by more than AMOUNT USD) and `cost:N%` (by more than N percent). Nothing when a
/// name is unknown.
std::optional<ComparisonGates> parseComparisonGates(std::string_view text);

} // namespace rs::cli
