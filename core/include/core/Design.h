#pragma once

#include "core/Assumptions.h"
#include "core/Id.h"
#include "core/Link.h"
#include "core/Operations.h"
#include "core/Region.h"
#include "core/RuleSetting.h"
#include "core/Service.h"
#include "core/Targets.h"
#include "core/Workload.h"

#include <map>
#include <string>

namespace rs {

/// A whole design: what the architect drew and what it must achieve. Elements are owned by
/// value and keyed by id; the maps keep them in id order, which is also their order on disk.
struct Design
{
    std::string name;
    std::string description;
    Workload workload;
    Targets targets;
    Operations operations;
    Assumptions assumptions; ///< outage model, free tiers, billing month
    std::map<RegionId, Region> regions;
    std::map<ServiceId, Service> services;
    std::map<LinkId, Link> links;
    std::map<std::string, RuleSetting, std::less<>> ruleSettings; ///< by rule id

    const Region* region(const RegionId& id) const;
    const Service* service(const ServiceId& id) const;
    const Link* link(const LinkId& id) const;

    /// Regions, services and links together.
    std::size_t elementCount() const { return regions.size() + services.size() + links.size(); }

    bool operator==(const Design&) const = default;
};

} // namespace rs
