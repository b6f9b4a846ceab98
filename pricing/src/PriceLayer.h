#pragma once

#include "Sql.h"
#include "core/Provider.h"
#include "core/cost/PriceBook.h"

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace rs::pricing {

/// The customer's own prices over the list prices: a discount per provider and overrides per
/// item and region.
/// One `pricing override`: the price, the user's note and when it was set (an ISO timestamp;
/// empty for overrides set before catalogues recorded it).
struct OverrideValue
{
    Money price;
    std::string note;
    std::string setAt;
};

struct PriceLayer
{
    std::map<Provider, std::int64_t> discountMicroPercent; ///< 10 % is 10,000,000
    std::map<std::pair<std::string, std::string>, OverrideValue> overrides;
    /// For each overridden key, a stored row of it (any version, newest first): the unit,
    /// provider and service a custom row takes where the loaded rows have none of the key.
    std::map<std::string, PriceRow> keyShapes;
};

Result<PriceLayer> loadPriceLayer(sql::Connection& db);

/// A stored row of `key`, paid bands and newer versions first, to take a custom price's unit
/// from; nothing when no version has the key.
Result<std::optional<PriceRow>> storedKeyShape(sql::Connection& db, const std::string& key);

/// An override replaces the price of every band of its item in its region; otherwise the
/// provider's discount scales the list price exactly, rounded once to the pico-dollar. Free-tier
/// bands stay free. A changed row keeps its provenance, its source suffixed with what changed.
/// An override of an item the rows do not price in its region adds a custom row there: one
/// open band in the key's unit, source customPriceSource, UNCONF (no provider published it),
/// never discounted.
void applyPriceLayer(const PriceLayer& layer, std::vector<PriceRow>& rows);

/// `price` less `microPercent` millionths of a percent, half away from zero.
Money discounted(Money price, std::int64_t microPercent);

} // namespace rs::pricing
