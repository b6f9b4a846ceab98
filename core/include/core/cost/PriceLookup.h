#pragma once

#include "core/RegionCatalogue.h"
#include "core/cost/PriceBook.h"

#include <map>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace rs {

/// The bands that price one item where it is billed, and whose they are.
struct FoundPrice
{
    std::span<const PriceRow> rows; ///< empty: no price, not even a borrowed one
    std::string borrowedFrom;       ///< the region whose rows stand in; empty for own or global

    bool found() const { return !rows.empty(); }
};

/// Finds the price of an item in a region: the region's own bands, else the account-wide
/// ("global") ones, else, unless strict, the bands of the nearest region of the same provider
/// that has them. Nearest is the same continent first, then the shortest great-circle distance
/// between the catalogue's coordinates, then the region code, so the same book and catalogue
/// always lend the same region's price. A global price is never "borrowed".
class PriceLookup
{
public:
    PriceLookup(const PriceBook& book, const RegionCatalogue& regions, bool strict);

    /// Transfer rows name their destination: exactly, else "*" for any other region; a region
    /// does not lend its price for a transfer to itself.
    FoundPrice find(std::string_view key, std::string_view region,
                    std::string_view toRegion = {}) const;

    /// The other regions of `region`'s provider in the order they lend it a price; empty for a
    /// code the catalogue does not hold.
    const std::vector<const RegionInfo*>& lenders(std::string_view region) const;

private:
    std::span<const PriceRow> own(std::string_view key, std::string_view region,
                                  std::string_view toRegion) const;

    const PriceBook& m_book;
    const RegionCatalogue& m_regions;
    bool m_strict = false;
    std::unordered_map<std::string_view, const RegionInfo*> m_byCode;
    mutable std::map<std::string, std::vector<const RegionInfo*>, std::less<>> m_lenders;
};

} // namespace rs
