#pragma once

#include "core/review/Review.h"

#include <optional>
#include <ostream>

namespace rs::cli {

/// The assumptions in force behind a command's figures, one a line, each saying whether the
/// design set it, this run's flags did, or it is the default and where that comes from: only
/// those of `group` (the outage model for simulate, free tiers and the billing month for
/// estimate), or all of them (review).
void printAssumptions(std::ostream& out, const Review& review,
                      std::optional<AssumptionGroup> group = std::nullopt);

} // namespace rs::cli
