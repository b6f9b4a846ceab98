#pragma once

#include "pricing/import/PriceFileImport.h"

#include <vector>

namespace rs::pricing {

/// Puts the bands of one import (one or many files) together into catalogue rows: sorts each
/// item's bands, ends Azure and Google bands where the next one starts, moves the leading $0
/// band of an item with an allowance key out into one account-wide row (its paid bands then
/// start at 0, as docs/pricing-data.md describes), drops exact duplicates (counted in the
/// report) and refuses conflicting duplicates and bands that do not tile, naming the records.
Result<std::vector<PriceRow>> assembleRows(std::vector<ImportedBand> bands, ImportReport& report);

} // namespace rs::pricing
