#pragma once

#include "core/review/Review.h"

#include <ostream>
#include <string>

namespace rs::cli {

/// What `resilience estimate` prints for people: the estimate of `review` (and its tier
/// comparison, when computed), amounts in the review's display currency. A total that leaves
/// usage unpriced reads "at least", and each borrowed price says whose it is. The JSON is the
/// review's own (writeReviewJson).
void printEstimateText(std::ostream& out, const std::string& file, const Review& review);

} // namespace rs::cli
