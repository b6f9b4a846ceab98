#pragma once

#include "core/Geometry.h"
#include "core/Id.h"
#include "core/PinnedUsage.h"
#include "core/PropertyValue.h"

#include <map>
#include <optional>
#include <string>

namespace rs {

/// A node of the design: one instance of a catalogue kind, in a region or at the global edge.
/// Only the properties set in the design are stored; the catalogue supplies the defaults.
struct Service
{
    ServiceId id;
    std::string kind; ///< a service catalogue id, e.g. "aws.lambda"
    std::string name;
    std::optional<RegionId> region; ///< empty for global services
    std::map<std::string, PropertyValue, std::less<>> properties;
    Point position;    ///< relative to the region when in one, else to the canvas
    PinnedUsage usage; ///< monthly usage set by the design, replacing the derived

    bool isGlobal() const { return !region.has_value(); }
    bool operator==(const Service&) const = default;
};

} // namespace rs
