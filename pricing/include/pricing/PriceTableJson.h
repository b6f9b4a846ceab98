#pragma once

#include "core/Result.h"
#include "core/cost/PriceBook.h"

#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace rs::pricing {

/// Reads a price table in the bundled JSON format (docs/pricing-data.md) into rows. Every
/// problem is reported with its JSON pointer, which names the row index and the field.
Result<std::vector<PriceRow>> readPriceTableJson(std::string_view text);

/// The sources a price table describes: each source key its rows cite ("F-AWSPP25") and what
/// it is (the file or page, its date, where it was read). Empty when the text is not a table.
std::map<std::string, std::string> readPriceSourceNotes(std::string_view text);
/// Those of the bundled default table, read once.
const std::map<std::string, std::string>& bundledPriceSourceNotes();

/// Writes rows in the bundled JSON format: the header, then one row per line with every field
/// in the documented order, so the same rows always give the same bytes. `sources` maps each
/// row's source key to its description (std::map: written in key order).
std::string writePriceTableJson(const std::vector<PriceRow>& rows,
                                const std::map<std::string, std::string>& sources,
                                const std::string& compiled);

} // namespace rs::pricing
