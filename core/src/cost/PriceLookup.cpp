#include "core/cost/PriceLookup.h"

#include <algorithm>
#include <tuple>

namespace rs {

PriceLookup::PriceLookup(const PriceBook& book, const RegionCatalogue& regions, bool strict)
    : m_book(book)
    , m_regions(regions)
    , m_strict(strict)
{
    for (const auto& r : regions.regions())
        m_byCode.emplace(r.code, &r);
}

std::span<const PriceRow> PriceLookup::own(std::string_view key, std::string_view region,
                                           std::string_view toRegion) const
{
    if (!toRegion.empty()) {
        if (auto rows = m_book.rows(key, region, toRegion); !rows.empty())
            return rows;
        if (auto rows = m_book.rows(key, region, "*"); !rows.empty())
            return rows;
    }
    return m_book.rows(key, region);
}

FoundPrice PriceLookup::find(std::string_view key, std::string_view region,
                             std::string_view toRegion) const
{
    if (auto rows = own(key, region, toRegion); !rows.empty())
        return {rows, {}};
    if (auto rows = own(key, "global", toRegion); !rows.empty())
        return {rows, {}};
    if (m_strict || region == "global")
        return {};
    const auto home = m_byCode.find(region);
    for (const auto* lender : lenders(region)) {
        // A transfer's price depends on the continents it crosses: one sent from another
        // continent (Virginia to Iowa) says nothing of Belgium to Iowa. Lenders come nearest
        // continent first, so the first one elsewhere ends the search.
        if (!toRegion.empty() && home != m_byCode.end() &&
            lender->continent != home->second->continent)
            break;
        if (lender->code == toRegion)
            continue;
        if (auto rows = own(key, lender->code, toRegion); !rows.empty())
            return {rows, lender->code};
    }
    return {};
}

const std::vector<const RegionInfo*>& PriceLookup::lenders(std::string_view region) const
{
    if (const auto it = m_lenders.find(region); it != m_lenders.end())
        return it->second;
    std::vector<const RegionInfo*> order;
    const auto home = m_byCode.find(region);
    if (home != m_byCode.end()) {
        const auto& from = *home->second;
        for (const auto& r : m_regions.regions()) {
            if (r.provider == from.provider && r.code != from.code)
                order.push_back(&r);
        }
        const auto rank = [&](const RegionInfo* r) {
            return std::tuple(r->continent != from.continent, distanceKm(from, *r),
                              std::string_view(r->code));
        };
        std::sort(order.begin(), order.end(),
                  [&](const RegionInfo* a, const RegionInfo* b) { return rank(a) < rank(b); });
    }
    return m_lenders.emplace(std::string(region), std::move(order)).first->second;
}

} // namespace rs
