#pragma once

#include "core/compare/DesignComparison.h"

#include <nlohmann/json.hpp>

namespace rs {

/// The comparison as one JSON object: the whole of `compare --json` and the `baseline` section
/// of a review made with `--baseline`.
nlohmann::ordered_json comparisonJson(const DesignComparison& comparison);

} // namespace rs
