#include "review/CataloguePricing.h"

#include <algorithm>

namespace rs::review {

Result<ReviewPricing> cataloguePricing(pricing::PriceCatalogue& catalogue)
{
    auto versions = catalogue.versions();
    if (!versions)
        return versions.errors();
    ReviewPricing out;
    for (const auto& v : versions.value()) {
        if (v.status != pricing::VersionStatus::Active)
            continue;
        out.sources.push_back({v.provider, v.id, v.source, v.format, v.effectiveDate, v.importedAt,
                               v.checksum, v.rowCount});
    }
    // versions() lists newest first; the review lists providers in a fixed order.
    std::sort(
        out.sources.begin(), out.sources.end(),
        [](const PricingSource& a, const PricingSource& b) { return a.provider < b.provider; });
    for (const auto& [provider, name] : EnumNames<Provider>::names) {
        auto discount = catalogue.discount(provider);
        if (!discount)
            return discount.errors();
        if (discount.value() && *discount.value() > 0.0)
            out.discountPercent.emplace_back(provider, *discount.value());
    }
    auto overrides = catalogue.overrides();
    if (!overrides)
        return overrides.errors();
    for (const auto& o : overrides.value())
        out.overrides.push_back({o.key, o.region, o.price, o.note});
    return out;
}

} // namespace rs::review
