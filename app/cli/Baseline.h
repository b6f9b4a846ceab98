#pragma once

#include "Command.h"
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

/// What a comparison reads of each design's analysis: everything but the tiers (which rebuild
/// the design five times) and the outage simulation, neither of which it compares.
AnalysisParts comparedParts();

} // namespace rs::cli
