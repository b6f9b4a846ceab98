#pragma once

#include "core/cost/PriceCoverage.h"

#include <optional>
#include <string>

namespace rs {

/// The price coverage for a terminal: per provider the counts, a place x kind matrix of one
/// letter per cell (F file, D page, 2 third party, U unconfirmed, C custom, B borrowed, - missing)
/// and where each borrowed price comes from. Only `provider`'s group when one is given.
std::string coverageText(const PriceCoverage& coverage,
                         std::optional<Provider> provider = std::nullopt);

/// The same for docs/pricing-data.md: a summary table, then per provider the matrix, the
/// borrowed cells and the missing keys. Names no catalogue version, so the same table and
/// catalogues always give the same bytes.
std::string coverageMarkdown(const PriceCoverage& coverage);

/// The same as JSON (docs/price-import.md, "Coverage").
std::string coverageJson(const PriceCoverage& coverage,
                         std::optional<Provider> provider = std::nullopt);

} // namespace rs
