#pragma once

#include "core/Result.h"
#include "core/review/Review.h"
#include "pricing/PriceCatalogue.h"

namespace rs::review {

/// What a review cites from the price catalogue: the active price-table versions (where each
/// came from, its date and checksum) and the discounts and overrides over the list prices.
/// Uses no Qt GUI, so the JSON review can be made without a display.
Result<ReviewPricing> cataloguePricing(pricing::PriceCatalogue& catalogue);

} // namespace rs::review
