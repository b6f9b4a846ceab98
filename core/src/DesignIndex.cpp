#include "core/DesignIndex.h"

#include <algorithm>

namespace rs {

namespace {
const std::vector<const Service*> noServices;
const std::vector<const Link*> noLinks;
} // namespace

DesignIndex::DesignIndex(const Design& design, const Catalogues& catalogues)
    : m_design(design)
    , m_catalogues(catalogues)
{
    m_kinds.reserve(design.services.size());
    for (const auto& [id, service] : design.services) {
        m_kinds.emplace(id.value, catalogues.services.find(service.kind));
        if (service.region)
            m_byRegion[service.region->value].push_back(&service);
        else
            m_global.push_back(&service);
    }
    for (const auto& [id, link] : design.links) {
        m_out[link.from.value].push_back(&link);
        m_in[link.to.value].push_back(&link);
    }
    for (const auto& [id, region] : design.regions) {
        if (region.role != RegionRole::BackupOnly)
            m_serving.push_back(&region);
    }
    groupReplicas();
}

void DesignIndex::groupReplicas()
{
    // Union-find over the replication links; a link to a missing service joins nothing.
    std::unordered_map<const Service*, const Service*> parent;
    const auto root = [&](const Service* s) {
        while (parent.at(s) != s) {
            parent[s] = parent.at(parent.at(s));
            s = parent.at(s);
        }
        return s;
    };
    for (const auto& [id, link] : m_design.links) {
        if (link.kind != LinkKind::Replication)
            continue;
        const auto* from = m_design.service(link.from);
        const auto* to = m_design.service(link.to);
        if (!from || !to || from == to)
            continue;
        parent.emplace(from, from);
        parent.emplace(to, to);
        parent[root(from)] = root(to);
    }
    std::unordered_map<const Service*, std::size_t> groupOfRoot;
    for (const auto& [service, up] : parent) {
        const auto [it, added] = groupOfRoot.emplace(root(service), m_replicaGroups.size());
        if (added)
            m_replicaGroups.emplace_back();
        m_replicaGroups[it->second].push_back(service);
        m_replicaGroupOf.emplace(service, it->second);
    }
    for (auto& group : m_replicaGroups) {
        std::sort(group.begin(), group.end(),
                  [](const Service* a, const Service* b) { return a->id < b->id; });
    }
}

const std::vector<const Service*>& DesignIndex::replicasOf(const Service& store) const
{
    const auto it = m_replicaGroupOf.find(&store);
    return it == m_replicaGroupOf.end() ? noServices : m_replicaGroups[it->second];
}

const Region* DesignIndex::homeRegion() const
{
    const Region* home = nullptr;
    for (const auto* r : m_serving) {
        if (!home || r->trafficPercent > home->trafficPercent)
            home = r; // m_serving is in id order, so ties keep the lowest id
    }
    return home;
}

const ServiceKind* DesignIndex::kind(const Service& service) const
{
    const auto it = m_kinds.find(service.id.value);
    return it == m_kinds.end() ? nullptr : it->second;
}

bool DesignIndex::is(const Service& service, Category category) const
{
    const auto* k = kind(service);
    return k && k->category == category;
}

const RegionInfo* DesignIndex::regionInfo(const Region& region) const
{
    return m_catalogues.regions.find(region.provider, region.code);
}

const std::vector<const Service*>& DesignIndex::servicesIn(const RegionId& region) const
{
    const auto it = m_byRegion.find(region.value);
    return it == m_byRegion.end() ? noServices : it->second;
}

const std::vector<const Link*>& DesignIndex::outgoing(const ServiceId& service) const
{
    const auto it = m_out.find(service.value);
    return it == m_out.end() ? noLinks : it->second;
}

const std::vector<const Link*>& DesignIndex::incoming(const ServiceId& service) const
{
    const auto it = m_in.find(service.value);
    return it == m_in.end() ? noLinks : it->second;
}

std::optional<PropertyValue> DesignIndex::property(const Service& service,
                                                   std::string_view name) const
{
    if (const auto it = service.properties.find(name); it != service.properties.end())
        return it->second;
    const auto* k = kind(service);
    const auto* spec = k ? k->property(name) : nullptr;
    if (!spec)
        return std::nullopt;
    return spec->defaultValue;
}

std::optional<double> DesignIndex::number(const Service& service, std::string_view name) const
{
    const auto value = property(service, name);
    if (!value ||
        !(std::holds_alternative<double>(*value) || std::holds_alternative<std::int64_t>(*value)))
        return std::nullopt;
    return propertyNumber(*value);
}

std::optional<bool> DesignIndex::flag(const Service& service, std::string_view name) const
{
    const auto value = property(service, name);
    if (!value || !std::holds_alternative<bool>(*value))
        return std::nullopt;
    return std::get<bool>(*value);
}

std::optional<std::string> DesignIndex::text(const Service& service, std::string_view name) const
{
    const auto value = property(service, name);
    if (!value || !std::holds_alternative<std::string>(*value))
        return std::nullopt;
    return std::get<std::string>(*value);
}

Seconds DesignIndex::regionRto() const
{
    return m_design.targets.region.rto.value_or(tierDefaults(m_design.targets.tier).regionRto);
}

Seconds DesignIndex::regionRpo() const
{
    return m_design.targets.region.rpo.value_or(tierDefaults(m_design.targets.tier).regionRpo);
}

std::string DesignIndex::label(const Service& service) const
{
    return service.name.empty() ? service.id.value : service.name + " (" + service.id.value + ")";
}

std::string DesignIndex::label(const Region& region) const
{
    if (!region.name.empty())
        return region.name + " (" + region.code + ")";
    const auto* info = regionInfo(region);
    return info ? info->name + " (" + region.code + ")" : region.code;
}

} // namespace rs
