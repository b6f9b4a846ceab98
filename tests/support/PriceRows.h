#pragma once

#include "core/cost/PriceBook.h"

#include <optional>
#include <string>
#include <vector>

namespace rs::test {

/// One FILE-confidence band for in-memory price books; `price` a plain decimal.
PriceRow row(const std::string& key, const std::string& region, const std::string& unit,
             const char* price, double start = 0.0, std::optional<double> end = std::nullopt,
             const std::string& toRegion = {});

/// A validated book of `rows`, version "test-1"; fails the test run if they do not validate.
PriceBook book(std::vector<PriceRow> rows);

/// Lambda requests only: $0.20 per million in us-east-1 and us-west-2, after the account's free
/// million a month. Everything else a design uses stays unpriced.
PriceBook lambdaRequestBook();

/// resources/pricing/default-prices.json read into rows, as the pricing library would (core
/// tests do not link it).
std::vector<PriceRow> bundledRows();

} // namespace rs::test
