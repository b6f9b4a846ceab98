#pragma once

#include "core/review/Review.h"

#include <string>

namespace rs {

/// The JSON review format this build writes (docs/review-format.md, docs/review.schema.json).
inline constexpr int reviewFormatVersion = 1;

/// The review as JSON for machines: fixed key order, two-space indent, a final newline. The same
/// review gives the same bytes; amounts are decimal strings in the display currency (and USD).
/// Only the sections of the parts the review computed are written, so a command-line command's
/// `--json` (a review of fewer parts) has the same keys and shapes as the full review's sections.
std::string writeReviewJson(const Review& review);

} // namespace rs
