#pragma once

#include "core/DesignIndex.h"
#include "core/ServiceCatalogue.h"

#include <optional>

namespace rs {

/// A store's `replicationMode` property as the catalogue's enum, so code compares enums, never
/// the strings the design file spells them with: None when unset, nothing for a value the enum
/// does not know (which then equals no mode, as an unknown string equalled no name).
inline std::optional<ReplicationMode> replicationModeOf(const DesignIndex& d, const Service& s)
{
    const auto text = d.text(s, "replicationMode");
    return text ? enumFromName<ReplicationMode>(*text) : std::optional(ReplicationMode::None);
}

} // namespace rs
