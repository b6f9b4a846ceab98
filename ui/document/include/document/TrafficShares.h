#pragma once

#include "core/Design.h"

#include <map>
#include <set>

namespace rs::document {

class DesignDocument;

/// Each region's share of the users' traffic, percent. The design format refuses shares that do
/// not add up to 100 %, so every edit keeps them adding up: whatever one region gains or loses
/// is taken from or given to the others in proportion to their shares (evenly when they have
/// none).
using TrafficShares = std::map<RegionId, double>;

TrafficShares trafficShares(const Design& design);

/// The shares with `region` at `percent` (clamped to 0–100) and the others filling the rest. A
/// design's only region keeps all the traffic.
TrafficShares withShare(const TrafficShares& shares, const RegionId& region, double percent);

/// The shares once `removed` are gone, their traffic spread over the regions left.
TrafficShares withoutRegions(const TrafficShares& shares, const std::set<RegionId>& removed);

/// Gives the document's regions the `shares` of the regions they name.
void applyTrafficShares(DesignDocument& document, const TrafficShares& shares);

} // namespace rs::document
