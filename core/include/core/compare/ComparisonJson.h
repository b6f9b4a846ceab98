#pragma once

#include "core/compare/DesignComparison.h"

#include <string>

namespace rs {

/// The JSON comparison format this build writes (docs/cli-json.md, docs/cli.schema.json).
inline constexpr int comparisonFormatVersion = 1;

/// `resilience compare --json`: fixed key order, two-space indent, a final newline. Amounts are
/// decimal strings in the display currency, as in the review.
std::string writeComparisonJson(const DesignComparison& comparison);

} // namespace rs
