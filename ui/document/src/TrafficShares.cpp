#include "document/TrafficShares.h"

#include "document/DesignDocument.h"

#include <algorithm>

namespace rs::document {

namespace {

/// Spreads `amount` over the regions of `shares` not in `fixed`, in proportion to their shares,
/// or evenly when they all have none.
void spread(TrafficShares& shares, const std::set<RegionId>& fixed, double amount)
{
    double total = 0.0;
    std::size_t others = 0;
    for (const auto& [id, share] : shares) {
        if (fixed.count(id) == 0) {
            total += share;
            ++others;
        }
    }
    if (others == 0)
        return;
    for (auto& [id, share] : shares) {
        if (fixed.count(id) != 0)
            continue;
        const double part = total > 0.0 ? share / total : 1.0 / static_cast<double>(others);
        share = std::clamp(share + amount * part, 0.0, 100.0);
    }
}

} // namespace

TrafficShares trafficShares(const Design& design)
{
    TrafficShares shares;
    for (const auto& [id, region] : design.regions)
        shares.emplace(id, region.trafficPercent);
    return shares;
}

TrafficShares withShare(const TrafficShares& shares, const RegionId& region, double percent)
{
    auto out = shares;
    const auto it = out.find(region);
    if (it == out.end())
        return out;
    if (out.size() == 1) {
        it->second = 100.0;
        return out;
    }
    percent = std::clamp(percent, 0.0, 100.0);
    double others = 0.0;
    for (const auto& [id, share] : out) {
        if (id != region)
            others += share;
    }
    it->second = percent;
    // What the others must give up (negative) or take on (positive) to make 100 % again.
    spread(out, {region}, 100.0 - percent - others);
    return out;
}

TrafficShares withoutRegions(const TrafficShares& shares, const std::set<RegionId>& removed)
{
    auto out = shares;
    double freed = 0.0;
    for (const auto& id : removed) {
        if (const auto it = out.find(id); it != out.end()) {
            freed += it->second;
            out.erase(it);
        }
    }
    spread(out, {}, freed);
    return out;
}

void applyTrafficShares(DesignDocument& document, const TrafficShares& shares)
{
    for (const auto& [id, share] : shares) {
        const auto* region = document.design().region(id);
        if (!region || region->trafficPercent == share)
            continue;
        auto changed = *region;
        changed.trafficPercent = share;
        document.replaceRegion(changed, ElementChange::Properties);
    }
}

} // namespace rs::document
