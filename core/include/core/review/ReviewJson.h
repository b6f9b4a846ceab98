#pragma once

#include "core/review/Review.h"

#include <string>

namespace rs {

/// The JSON review format this build writes (docs/review-format.md, docs/review.schema.json).
inline constexpr int reviewFormatVersion = 1;

/// The review as JSON for machines: fixed key order, two-space indent, a final newline. The same
/// review gives the same bytes; amounts are decimal strings in the display currency (and USD).
std::string writeReviewJson(const Review& review);

} // namespace rs
