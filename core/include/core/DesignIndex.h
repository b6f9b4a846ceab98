#pragma once

#include "core/Catalogues.h"
#include "core/Design.h"

#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace rs {

/// Read-only views of a design that the engine asks for again and again: each service's
/// catalogue kind, the services of a region, the links into and out of a service, property
/// values with the catalogue's defaults filled in, the objectives in force. Built once per
/// snapshot in linear time; it refers to the design and catalogues, which must outlive it.
class DesignIndex
{
public:
    DesignIndex(const Design& design, const Catalogues& catalogues);

    const Design& design() const { return m_design; }
    const Catalogues& catalogues() const { return m_catalogues; }

    /// The catalogue kind of a service; null only for designs that did not validate.
    const ServiceKind* kind(const Service& service) const;
    bool is(const Service& service, Category category) const;
    const RegionInfo* regionInfo(const Region& region) const;

    const std::vector<const Service*>& servicesIn(const RegionId& region) const;
    const std::vector<const Service*>& globalServices() const { return m_global; }
    const std::vector<const Link*>& outgoing(const ServiceId& service) const;
    const std::vector<const Link*>& incoming(const ServiceId& service) const;
    /// Regions that serve users now or after a failover: all but backup-only ones.
    const std::vector<const Region*>& servingRegions() const { return m_serving; }
    /// The serving region with the largest share of traffic (ties to the lowest id): what a
    /// single-region design would keep. Null when no region serves.
    const Region* homeRegion() const;
    /// The stores joined to `store` by replication links, either way and through others, in id
    /// order; empty when it replicates with none. Found once for the whole design here, as
    /// rules, scenarios and costs each ask for every store.
    const std::vector<const Service*>& replicasOf(const Service& store) const;

    /// A property's value as set in the design, else the catalogue default; nothing when the
    /// kind has no such property.
    std::optional<PropertyValue> property(const Service& service, std::string_view name) const;
    std::optional<double> number(const Service& service, std::string_view name) const;
    std::optional<bool> flag(const Service& service, std::string_view name) const;
    std::optional<std::string> text(const Service& service, std::string_view name) const;

    /// The region RTO / RPO in force: the design's targets, else its tier's defaults.
    Seconds regionRto() const;
    Seconds regionRpo() const;

    /// "Orders API (api-use1)": how findings name a service.
    std::string label(const Service& service) const;
    std::string label(const Region& region) const;

private:
    void groupReplicas();

    const Design& m_design;
    const Catalogues& m_catalogues;
    std::unordered_map<std::string, const ServiceKind*> m_kinds;
    std::unordered_map<std::string, std::vector<const Service*>> m_byRegion;
    std::vector<const Service*> m_global;
    std::unordered_map<std::string, std::vector<const Link*>> m_out;
    std::unordered_map<std::string, std::vector<const Link*>> m_in;
    std::vector<const Region*> m_serving;
    std::vector<std::vector<const Service*>> m_replicaGroups;
    std::unordered_map<const Service*, std::size_t> m_replicaGroupOf;
};

} // namespace rs
