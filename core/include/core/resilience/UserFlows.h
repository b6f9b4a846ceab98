#pragma once

#include "core/DesignIndex.h"

#include <vector>

namespace rs {

/// Where users arrive: the global edge services (routers, CDNs, WAFs) that nothing routes to,
/// or, when nothing sits in front, the regional API gateways users call directly.
std::vector<const Service*> userEntries(const DesignIndex& design);

/// The way from one entry into the regions.
struct EntryPaths
{
    std::vector<const Service*> edge;      ///< global edge services passed through
    std::vector<const Service*> endpoints; ///< regional services the edge sends users to
};

EntryPaths entryPaths(const DesignIndex& design, const Service& entry);

/// Everything a request reaching `endpoint` needs: the services it calls or sends events to,
/// its keys, secrets and identity provider, transitively; `endpoint` first. Through a global
/// service (a bus, a topic) only the consumers in the endpoint's own region count.
std::vector<const Service*> dependencyClosure(const DesignIndex& design, const Service& endpoint);

} // namespace rs
