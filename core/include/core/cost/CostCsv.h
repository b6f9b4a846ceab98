#pragma once

#include "core/cost/CostEngine.h"
#include "core/cost/DisplayCurrency.h"

#include <string>

namespace rs {

/// The estimate's lines as CSV (RFC 4180, one header row, one row per line), amounts in
/// `currency`, each row with the price row of its highest band used: for a spreadsheet. Text
/// cells that a spreadsheet would take for a formula are prefixed with an apostrophe.
std::string costLinesCsv(const CostEstimate& estimate, const DisplayCurrency& currency = {});

} // namespace rs
