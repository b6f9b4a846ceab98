#pragma once

#include "core/analysis/Analysis.h"
#include "core/review/Review.h"

#include <optional>
#include <string>
#include <string_view>

namespace rs::cli {

/// The gates `--fail-on` names, comma-separated: a severity (findings at or above it),
/// `targets` (a region loss misses RTO, RPO, capacity or residency) and `unpriced` (usage
/// without a price). Nothing when a name is unknown or not in `accepted`.
std::optional<AnalysisGates> parseFailOn(std::string_view text,
                                         std::initializer_list<std::string_view> accepted);

/// The review a command prints: the parts `options` asks for, of the design read from `file`
/// (as given on the command line) whose bytes were `bytes`. Every command's `--json` is such a
/// review, so it has the keys and shapes of the full review's sections.
Review commandReview(const Design& design, const Catalogues& catalogues, const std::string& file,
                     std::string_view bytes, const PriceBook* book, ReviewOptions options,
                     const ReviewPricing& pricing = {});

} // namespace rs::cli
