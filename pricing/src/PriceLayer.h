#pragma once

#include "Sqlite.h"
#include "core/Provider.h"
#include "core/cost/PriceBook.h"

#include <cstdint>
#include <map>
#include <string>
#include <utility>
#include <vector>

namespace rs::pricing {

/// The customer's own prices over the list prices: a discount per provider and overrides per
/// item and region.
struct PriceLayer
{
    std::map<Provider, std::int64_t> discountMicroPercent; ///< 10 % is 10,000,000
    std::map<std::pair<std::string, std::string>, std::pair<Money, std::string>> overrides;
};

Result<PriceLayer> loadPriceLayer(sqlite::Database& db);

/// An override replaces the price of every band of its item in its region; otherwise the
/// provider's discount scales the list price exactly, rounded once to the pico-dollar. Free-tier
/// bands stay free. A changed row keeps its provenance, its source suffixed with what changed.
void applyPriceLayer(const PriceLayer& layer, std::vector<PriceRow>& rows);

/// `price` less `microPercent` millionths of a percent, half away from zero.
Money discounted(Money price, std::int64_t microPercent);

} // namespace rs::pricing
