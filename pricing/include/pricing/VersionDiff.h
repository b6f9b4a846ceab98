#pragma once

#include "core/Catalogues.h"
#include "core/Result.h"
#include "core/cost/CostEngine.h"
#include "core/cost/PriceBook.h"
#include "pricing/PriceCatalogue.h"

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace rs::pricing {

/// How one price band differs between two versions.
struct PriceChange
{
    enum class Kind
    {
        Added,
        Removed,
        Changed,
    };
    Kind kind = Kind::Changed;
    PriceRow before; ///< empty for Added
    PriceRow after;  ///< empty for Removed

    /// The change in percent of the old price; nothing unless both prices exist and the old
    /// one is not 0.
    std::optional<double> percent() const;
};

/// What changed between two price-table versions, band by band.
struct VersionDiff
{
    int from = 0;
    int to = 0;
    std::vector<PriceChange> changes; ///< by key, region, destination, tier
    std::size_t unchanged = 0;

    std::size_t count(PriceChange::Kind kind) const;
};

/// Compares rows band by band. A band is its key, region, destination and tier start; it
/// changed when its price or where it ends did.
VersionDiff diffRows(const std::vector<PriceRow>& before, const std::vector<PriceRow>& after);
Result<VersionDiff> diffVersions(PriceCatalogue& catalogue, int from, int to);

/// What one saved design costs under two versions.
struct DesignImpact
{
    std::string file;
    std::string name;
    CostEstimate before; ///< its bookVersion names the versions used
    CostEstimate after;

    Money delta() const { return after.total - before.total; }
    std::optional<double> percent() const;
};

/// Re-estimates each design with rs::estimateCost under the active prices with `from` in
/// place of its provider's active version, and again with `to`. A design that cannot be read
/// is an error naming the file.
Result<std::vector<DesignImpact>> designImpact(PriceCatalogue& catalogue, int from, int to,
                                               const std::vector<std::filesystem::path>& designs,
                                               const Catalogues& catalogues);

} // namespace rs::pricing
