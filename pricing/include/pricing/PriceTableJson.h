#pragma once

#include "core/Result.h"
#include "core/cost/PriceBook.h"

#include <string_view>
#include <vector>

namespace rs::pricing {

/// Reads a price table in the bundled JSON format (docs/pricing-data.md) into rows. Every
/// problem is reported with its JSON pointer, which names the row index and the field.
Result<std::vector<PriceRow>> readPriceTableJson(std::string_view text);

} // namespace rs::pricing
