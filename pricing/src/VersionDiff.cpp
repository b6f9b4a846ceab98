#include "pricing/VersionDiff.h"

#include "core/DesignFile.h"
#include "core/DesignIndex.h"

#include <algorithm>
#include <map>
#include <tuple>

namespace rs::pricing {

namespace {

using Band = std::tuple<std::string, std::string, std::string, double>;

Band bandOf(const PriceRow& row)
{
    return {row.key, row.region, row.toRegion, row.tierStart};
}

std::optional<double> percentChange(Money before, Money after)
{
    if (before == Money())
        return std::nullopt;
    return (after - before).toDouble() / before.toDouble() * 100.0;
}

} // namespace

std::optional<double> PriceChange::percent() const
{
    if (kind != Kind::Changed)
        return std::nullopt;
    return percentChange(before.price, after.price);
}

std::size_t VersionDiff::count(PriceChange::Kind kind) const
{
    return static_cast<std::size_t>(std::count_if(
        changes.begin(), changes.end(), [&](const PriceChange& c) { return c.kind == kind; }));
}

VersionDiff diffRows(const std::vector<PriceRow>& before, const std::vector<PriceRow>& after)
{
    std::map<Band, const PriceRow*> old;
    for (const auto& row : before)
        old.emplace(bandOf(row), &row);
    std::map<Band, PriceChange> changes; // sorted for a stable listing
    VersionDiff diff;
    for (const auto& row : after) {
        const auto band = bandOf(row);
        const auto it = old.find(band);
        if (it == old.end()) {
            changes.emplace(band, PriceChange{PriceChange::Kind::Added, {}, row});
            continue;
        }
        if (it->second->price != row.price || it->second->tierEnd != row.tierEnd)
            changes.emplace(band, PriceChange{PriceChange::Kind::Changed, *it->second, row});
        else
            ++diff.unchanged;
        old.erase(it);
    }
    for (const auto& [band, row] : old)
        changes.emplace(band, PriceChange{PriceChange::Kind::Removed, *row, {}});
    for (auto& [band, change] : changes)
        diff.changes.push_back(std::move(change));
    return diff;
}

Result<VersionDiff> diffVersions(PriceCatalogue& catalogue, int from, int to)
{
    auto before = catalogue.versionRows(from);
    if (!before)
        return before.errors();
    auto after = catalogue.versionRows(to);
    if (!after)
        return after.errors();
    auto diff = diffRows(before.value(), after.value());
    diff.from = from;
    diff.to = to;
    return diff;
}

std::optional<double> DesignImpact::percent() const
{
    return percentChange(before.total, after.total);
}

Result<std::vector<DesignImpact>> designImpact(PriceCatalogue& catalogue, int from, int to,
                                               const std::vector<std::filesystem::path>& designs,
                                               const Catalogues& catalogues)
{
    auto bookBefore = catalogue.loadPriceBookWith(from);
    if (!bookBefore)
        return bookBefore.errors();
    auto bookAfter = catalogue.loadPriceBookWith(to);
    if (!bookAfter)
        return bookAfter.errors();
    std::vector<DesignImpact> out;
    for (const auto& file : designs) {
        auto design = loadDesignFile(file, catalogues);
        if (!design) {
            auto errors = design.errors();
            for (auto& e : errors)
                e.message = file.string() + ": " + e.message;
            return errors;
        }
        const DesignIndex index(design.value(), catalogues);
        out.push_back({file.string(), design.value().name, estimateCost(index, bookBefore.value()),
                       estimateCost(index, bookAfter.value())});
    }
    return out;
}

} // namespace rs::pricing
