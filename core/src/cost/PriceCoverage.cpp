#include "core/cost/PriceCoverage.h"

#include "core/cost/PriceLookup.h"
#include "cost/PricingRuleMatch.h"

#include <algorithm>

namespace rs {

namespace {

CoverageStatus statusOf(const PriceRow& row)
{
    if (row.source == customPriceSource)
        return CoverageStatus::Custom;
    switch (row.confidence) {
    case PriceConfidence::File:
        return CoverageStatus::File;
    case PriceConfidence::Doc:
        return CoverageStatus::Doc;
    case PriceConfidence::Secondary:
        return CoverageStatus::Secondary;
    case PriceConfidence::Unconfirmed:
        break;
    }
    return CoverageStatus::Unconfirmed;
}

CoverageCell cellAt(const PriceLookup& lookup, const std::vector<std::string>& keys,
                    const std::string& place)
{
    CoverageCell cell{place, CoverageStatus::File, {}, {}};
    for (const auto& key : keys) {
        const auto found = lookup.find(key, place);
        if (!found.found()) {
            cell.missingKeys.push_back(key);
            continue;
        }
        if (!found.borrowedFrom.empty()) {
            if (std::find(cell.borrowedFrom.begin(), cell.borrowedFrom.end(), found.borrowedFrom) ==
                cell.borrowedFrom.end())
                cell.borrowedFrom.push_back(found.borrowedFrom);
            cell.status = std::max(cell.status, CoverageStatus::Borrowed);
            continue;
        }
        for (const auto& row : found.rows)
            cell.status = std::max(cell.status, statusOf(row));
    }
    if (!cell.missingKeys.empty())
        cell.status = CoverageStatus::Missing;
    return cell;
}

} // namespace

std::size_t ProviderCoverage::cellCount() const
{
    std::size_t n = 0;
    for (const auto& [status, count] : counts)
        n += count;
    return n;
}

std::size_t ProviderCoverage::count(CoverageStatus status) const
{
    const auto it = counts.find(status);
    return it == counts.end() ? 0 : it->second;
}

std::size_t ProviderCoverage::pricedInPlace() const
{
    return cellCount() - count(CoverageStatus::Borrowed) - count(CoverageStatus::Missing);
}

double ProviderCoverage::percent(std::size_t n) const
{
    const auto cells = cellCount();
    return cells == 0 ? 0.0 : 100.0 * static_cast<double>(n) / static_cast<double>(cells);
}

std::vector<std::string> neededKeys(const ServiceKind& kind)
{
    std::vector<std::string> keys;
    std::vector<UsageKind> usages;
    for (const auto& rule : kind.pricing) {
        if (std::find(usages.begin(), usages.end(), rule.usage) != usages.end())
            continue;
        usages.push_back(rule.usage);
        const auto* chosen = defaultRule(kind, rule.usage);
        if (chosen && std::find(keys.begin(), keys.end(), chosen->key) == keys.end())
            keys.push_back(chosen->key);
    }
    return keys;
}

PriceCoverage priceCoverage(const Catalogues& catalogues, const PriceBook& book, bool strictPrices)
{
    const PriceLookup lookup(book, catalogues.regions, strictPrices);
    PriceCoverage coverage;
    coverage.bookVersion = book.version();
    coverage.strictPrices = strictPrices;
    for (const auto provider : {Provider::Aws, Provider::Azure, Provider::Gcp, Provider::Neutral}) {
        ProviderCoverage group;
        group.provider = provider;
        std::vector<std::string> regions;
        for (const auto& r : catalogues.regions.regions()) {
            if (provider == Provider::Neutral || r.provider == provider)
                regions.push_back(r.code);
        }
        bool anyGlobal = false;
        for (const auto& kind : catalogues.services.kinds()) {
            if (kind.provider != provider)
                continue;
            KindCoverage k{kind.id, neededKeys(kind), {}};
            if (kind.scope != Scope::Global) {
                for (const auto& code : regions)
                    k.cells.push_back(cellAt(lookup, k.keys, code));
            }
            if (kind.scope != Scope::Regional) {
                k.cells.push_back(cellAt(lookup, k.keys, "global"));
                anyGlobal = true;
            }
            for (const auto& cell : k.cells)
                ++group.counts[cell.status];
            group.kinds.push_back(std::move(k));
        }
        group.places = std::move(regions);
        if (anyGlobal)
            group.places.emplace_back("global");
        coverage.providers.push_back(std::move(group));
    }
    return coverage;
}

} // namespace rs
