#include "ImportMapper.h"

#include "ElementIds.h"
#include "FieldValues.h"
#include "ResourceIndex.h"
#include "core/DesignValidator.h"
#include "core/LinkKindProposal.h"

#include <algorithm>
#include <set>
#include <tuple>
#include <unordered_map>

namespace rs::import {

namespace {

using nlohmann::json;

/// Azure writes regions as "West Europe" too; the catalogue's code is westeurope.
std::string normalRegion(Provider provider, std::string code)
{
    if (provider != Provider::Azure)
        return code;
    std::erase(code, ' ');
    std::transform(code.begin(), code.end(), code.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return code;
}

class Mapper
{
public:
    Mapper(std::vector<SourceResource> resources, const ResourceTypeMap& map,
           const Catalogues& catalogues)
        : m_resources(std::move(resources), map)
        , m_catalogues(catalogues)
    {}

    Result<ImportResult> run()
    {
        for (std::size_t i = 0; i < m_resources.size(); ++i)
            if (const auto* row = rowOf(i); row && row->role == MappingRole::Service)
                addService(i, *row);
        for (const auto role : {MappingRole::Alias, MappingRole::Settings, MappingRole::Replica,
                                MappingRole::Link, MappingRole::Service})
            for (std::size_t i = 0; i < m_resources.size(); ++i)
                if (const auto* row = rowOf(i); row && row->role == role)
                    connect(i, *row);
        replicateGroups();
        for (std::size_t i = 0; i < m_resources.size(); ++i)
            if (!m_mapped.contains(i))
                skip(i, rowOf(i) ? rowOf(i)->role == MappingRole::Supporting
                                       ? "not drawn: " + rowOf(i)->note
                                       : "not drawn: nothing it names is in the design"
                                 : "no mapping for this resource type");
        shareTraffic();
        return validated();
    }

private:
    const ResourceMapping* rowOf(std::size_t i) const { return m_resources.rowOf(i); }
    std::vector<std::size_t> targets(std::size_t from, const FieldPath& path) const
    {
        return m_resources.targets(from, path);
    }
    const json* fieldValue(std::size_t from, const FieldPath& path) const
    {
        return m_resources.fieldValue(from, path);
    }

    std::vector<ServiceId> servicesOf(const std::vector<std::size_t>& resources) const
    {
        std::vector<ServiceId> out;
        for (auto i : resources) {
            for (int depth = 0; depth < 8; ++depth) {
                const auto& address = m_resources[i].address;
                if (const auto s = m_serviceOf.find(address); s != m_serviceOf.end()) {
                    if (std::find(out.begin(), out.end(), s->second) == out.end())
                        out.push_back(s->second);
                    break;
                }
                const auto a = m_aliasOf.find(i);
                if (a == m_aliasOf.end())
                    break;
                i = a->second;
            }
        }
        return out;
    }

    const ServiceKind* kindOf(const ServiceId& id) const
    {
        const auto* s = m_out.design.service(id);
        return s ? m_catalogues.services.find(s->kind) : nullptr;
    }

    std::string regionFor(std::size_t i, const ResourceMapping& row) const
    {
        const auto& r = m_resources[i];
        std::vector<std::string> candidates;
        for (const auto& path : {row.region, FieldPath("region"), FieldPath("location")})
            if (const auto* v = path.empty() ? nullptr : fieldValue(i, path); v && v->is_string())
                candidates.push_back(v->get<std::string>());
        // The default may list one region per provider: us-east-1,europe-west1.
        for (std::size_t start = 0; start <= r.region.size();) {
            const auto comma = std::min(r.region.find(',', start), r.region.size());
            candidates.push_back(r.region.substr(start, comma - start));
            start = comma + 1;
        }
        for (auto code : candidates) {
            code = normalRegion(row.provider, std::move(code));
            if (m_catalogues.regions.find(row.provider, code))
                return code;
        }
        return {};
    }

    RegionId ensureRegion(Provider provider, const std::string& code)
    {
        for (const auto& [id, region] : m_out.design.regions)
            if (region.provider == provider && region.code == code)
                return id;
        Region region;
        region.id = RegionId(m_ids.unique(code));
        region.provider = provider;
        region.code = code;
        m_out.design.regions.emplace(region.id, region);
        return region.id;
    }

    void applyProperties(Service& service, std::size_t from,
                         const std::vector<PropertyMapping>& mappings)
    {
        const auto* kind = m_catalogues.services.find(service.kind);
        for (const auto& m : mappings) {
            const auto* spec = kind ? kind->property(m.property) : nullptr;
            if (!spec)
                continue; // the mapping test keeps rows and catalogue agreeing
            std::string problem;
            if (auto v = convertValue(fieldValue(from, m.path), *spec, m, problem))
                service.properties[m.property] = std::move(*v);
            else if (!problem.empty())
                note(m_resources[from].address + ": " + m.path + ": " + problem +
                     "; the default is kept");
        }
    }

    void setAll(const ServiceId& id,
                const std::vector<std::pair<std::string, PropertyValue>>& values)
    {
        setAllOn(m_out.design.services.at(id), values);
    }

    void addService(std::size_t i, const ResourceMapping& row)
    {
        const auto& r = m_resources[i];
        const auto* kind = m_catalogues.services.find(row.kind);
        if (!kind)
            return; // the mapping test keeps rows and catalogue agreeing
        std::string mergeKey;
        if (!row.mergeBy.empty())
            if (const auto* v = fieldValue(i, row.mergeBy); v && v->is_string()) {
                mergeKey = r.type + "|" + v->get<std::string>();
                if (const auto it = m_merged.find(mergeKey); it != m_merged.end()) {
                    m_serviceOf[r.address] = it->second;
                    applyProperties(m_out.design.services.at(it->second), i, row.properties);
                    mapped(i, it->second.value, row.kind);
                    return;
                }
            }
        const auto* globalValue = row.globalWhen.empty() ? nullptr : fieldValue(i, row.globalWhen);
        const bool global = row.isGlobal || kind->scope == Scope::Global ||
                            (globalValue && *globalValue == row.globalWhenEquals);
        Service service;
        if (!global) {
            const auto code = regionFor(i, row);
            if (code.empty()) {
                skip(i, "no region known: its provider configuration names none; give "
                        "FILE@REGION or --region");
                return;
            }
            service.region = ensureRegion(row.provider, code);
        }
        service.id = ServiceId(m_ids.unique(r.idHint));
        service.kind = row.kind;
        const auto* name = row.name.empty() ? nullptr : fieldValue(i, row.name);
        service.name = name && name->is_string() && !name->get<std::string>().empty()
                           ? name->get<std::string>()
                           : r.displayName;
        setAllOn(service, row.fixed);
        applyProperties(service, i, row.properties);
        const auto id = service.id;
        m_out.design.services.emplace(id, std::move(service));
        m_serviceOf[r.address] = id;
        if (!mergeKey.empty())
            m_merged[mergeKey] = id;
        mapped(i, id.value, row.kind);
        if (!row.replicas.empty())
            if (const auto* blocks = fieldValue(i, row.replicas); blocks && blocks->is_array())
                for (const auto& block : *blocks)
                    if (const auto* code = valueAt(block, row.replicaRegion);
                        code && code->is_string())
                        addReplica(id, code->get<std::string>(), row.set,
                                   r.address + " " + row.replicas);
    }

    void setAllOn(Service& service,
                  const std::vector<std::pair<std::string, PropertyValue>>& values)
    {
        const auto* kind = m_catalogues.services.find(service.kind);
        for (const auto& [name, value] : values)
            if (kind && kind->property(name))
                service.properties[name] = value;
    }

    /// A copy of `primary` in region `code`, joined to it by replication where it holds data.
    void addReplica(const ServiceId& primary, std::string code,
                    const std::vector<std::pair<std::string, PropertyValue>>& set,
                    const std::string& because)
    {
        auto copy = m_out.design.services.at(primary);
        const auto* kind = m_catalogues.services.find(copy.kind);
        const auto provider = kind ? kind->provider : Provider::Aws;
        code = normalRegion(provider, std::move(code));
        if (!m_catalogues.regions.find(provider, code)) {
            note(because + ": region \"" + code + "\" is not one the region catalogue knows");
            return;
        }
        setAll(primary, set);
        const auto* home = m_out.design.region(copy.region.value_or(RegionId()));
        if (home && home->code == code)
            return; // CloudFormation's global table lists its own region among the replicas
        copy.region = ensureRegion(provider, code);
        copy.id = ServiceId(m_ids.unique(primary.value + "." + code));
        copy.name += " (" + code + ")";
        setAllOn(copy, set);
        const auto id = copy.id;
        m_out.design.services.emplace(id, std::move(copy));
        m_copies[primary].push_back(id);
        if (kind && isDataStore(kind->category))
            addLink(primary, id, LinkKind::Replication, because);
    }

    /// A regional caller reaches the copy of a replicated service in its own region: a
    /// function in eu-west-1 reads the eu-west-1 replica of a global table.
    ServiceId nearest(const ServiceId& from, const ServiceId& to) const
    {
        const auto* caller = m_out.design.service(from);
        const auto copies = m_copies.find(to);
        if (!caller || !caller->region || copies == m_copies.end())
            return to;
        for (const auto& copy : copies->second)
            if (m_out.design.service(copy)->region == caller->region)
                return copy;
        return to;
    }

    void addLink(const ServiceId& from, const ServiceId& to, LinkKind kind,
                 const std::string& because)
    {
        if (from == to || !m_links.insert({from.value, to.value, kind}).second)
            return;
        Link link;
        link.id = LinkId(
            m_ids.unique("l-" + from.value + "-" + std::string(enumName(kind)) + "-" + to.value));
        link.from = from;
        link.to = to;
        link.kind = kind;
        if (kind == LinkKind::HealthCheck)
            link.callsPerRequest = 0.0; // a probe is no part of a user's request
        m_out.report.links.push_back({link.id.value, from.value, to.value, kind, because});
        m_out.design.links.emplace(link.id, std::move(link));
    }

    void linkAll(const std::vector<ServiceId>& from, const std::vector<ServiceId>& to,
                 std::optional<LinkKind> kind, const std::string& because)
    {
        for (const auto& f : from)
            for (const auto& primary : to) {
                const auto t = nearest(f, primary);
                const auto* fromKind = kindOf(f);
                const auto* toKind = kindOf(t);
                if (fromKind && toKind)
                    addLink(f, t, kind.value_or(proposeLinkKind(*fromKind, *toKind)), because);
            }
    }

    void connect(std::size_t i, const ResourceMapping& row)
    {
        const auto& address = m_resources[i].address;
        switch (row.role) {
        case MappingRole::Alias:
            for (const auto a : targets(i, row.alias))
                if (const auto t = targets(i, row.target); !t.empty()) {
                    m_aliasOf[a] = t.front();
                    mapped(i, "", "alias");
                }
            return;
        case MappingRole::Settings:
            for (const auto& id : servicesOf(targets(i, row.target))) {
                applyProperties(m_out.design.services.at(id), i, row.properties);
                setAll(id, row.fixed);
                mapped(i, id.value, "settings");
            }
            return;
        case MappingRole::Replica:
            for (const auto& id : servicesOf(targets(i, row.target))) {
                applyProperties(m_out.design.services.at(id), i, row.properties);
                addReplica(id, regionFor(i, row), row.set, address);
                mapped(i, id.value, "replica");
            }
            return;
        case MappingRole::Link: {
            const auto from = servicesOf(targets(i, row.from));
            const auto to = servicesOf(targets(i, row.to));
            if (from.empty() || to.empty())
                return; // listed as unmapped: an end is not in the design
            for (const auto& kind : row.linkKinds)
                linkAll(from, to, kind, address);
            for (const auto& id : from) {
                applyProperties(m_out.design.services.at(id), i, row.fromProperties);
                setAll(id, row.set);
            }
            for (const auto& id : to)
                setAll(id, row.set);
            mapped(i, from.front().value, "link");
            return;
        }
        case MappingRole::Service:
            connectService(i, row);
            return;
        case MappingRole::Supporting:
            return;
        }
    }

    void connectService(std::size_t i, const ResourceMapping& row)
    {
        const auto& r = m_resources[i];
        const auto self = m_serviceOf.find(r.address);
        if (self == m_serviceOf.end())
            return;
        const std::vector<ServiceId> me{self->second};
        std::vector<ServiceId> routed;
        for (const auto& link : row.links) {
            const auto to = servicesOf(targets(i, link.path));
            if (link.inbound)
                linkAll(to, me, link.kind, r.address + " " + link.path);
            else
                linkAll(me, to, link.kind, r.address + " " + link.path);
            if (link.kind == LinkKind::Route)
                routed.insert(routed.end(), to.begin(), to.end());
            for (const auto& id : to)
                setAll(id, link.set);
            if (!to.empty())
                setAll(me.front(), link.set);
        }
        if (!row.healthCheck.empty())
            for (const auto check : targets(i, row.healthCheck)) {
                applyProperties(m_out.design.services.at(me.front()), check,
                                row.healthCheckProperties);
                mapped(check, me.front().value, "health check");
                linkAll(me, routed, LinkKind::HealthCheck, m_resources[check].address);
            }
        if (!row.replicationGroup.empty()) {
            const auto group = targets(i, row.replicationGroup);
            const auto* literal = fieldValue(i, row.replicationGroup);
            const auto key = !group.empty()                    ? m_resources[group.front()].address
                             : literal && literal->is_string() ? literal->get<std::string>()
                                                               : std::string();
            if (!key.empty()) {
                m_groups[key].push_back(me.front());
                setAll(me.front(), row.set);
                for (const auto g : group)
                    mapped(g, me.front().value, "replication group");
            }
        }
        // A key or a secret a service names is one it uses, whichever field names it.
        for (const auto& [path, address] : r.references) {
            const auto at = m_resources.find(address);
            if (!at)
                continue;
            for (const auto& id : servicesOf({*at})) {
                const auto* kind = kindOf(id);
                const auto* own = kindOf(me.front());
                if (own && kind &&
                    (kind->category == Category::Key || kind->category == Category::Secret))
                    addLink(me.front(), id, proposeLinkKind(*own, *kind), r.address + " " + path);
            }
        }
    }

    /// Members of one global cluster replicate from the first (in id order) to the others.
    void replicateGroups()
    {
        for (auto& [group, members] : m_groups) {
            std::sort(members.begin(), members.end());
            if (members.size() < 2)
                continue;
            for (std::size_t k = 1; k < members.size(); ++k)
                addLink(members.front(), members[k], LinkKind::Replication, group);
            note(group + ": " + members.front().value +
                 " is taken as the writer; the code does not say which region writes");
        }
    }

    void shareTraffic()
    {
        const auto n = static_cast<double>(m_out.design.regions.size());
        for (auto& [id, region] : m_out.design.regions) {
            region.trafficPercent = 100.0 / n;
            region.headroomPercent = 100.0 - region.trafficPercent;
        }
        if (n > 0)
            note("traffic is split evenly over " + std::to_string(static_cast<int>(n)) +
                 " region(s), each able to take all of it: infrastructure code does not say "
                 "(import --base DESIGN takes them from a design)");
    }

    /// Drops what the design cannot hold, noting each; a second round catches what the first
    /// drop reveals. Anything else is an error of the importer's, returned as such.
    Result<ImportResult> validated()
    {
        for (int round = 0;; ++round) {
            const auto errors = validateDesign(m_out.design, m_catalogues);
            if (errors.empty())
                return std::move(m_out);
            if (round == 2)
                return errors;
            Errors fatal;
            for (const auto& e : errors) {
                const auto& id = e.where.elementId;
                if (m_out.design.links.erase(LinkId(id)) > 0) {
                    std::erase_if(m_out.report.links,
                                  [&](const InferredLink& l) { return l.linkId == id; });
                    note("link " + id + " not drawn: " + e.message);
                } else if (auto s = m_out.design.services.find(ServiceId(id));
                           s != m_out.design.services.end() &&
                           e.where.pointer.starts_with("properties/")) {
                    s->second.properties.erase(e.where.pointer.substr(11));
                    note(id + ": " + e.message + "; the default is kept");
                } else {
                    fatal.push_back(e);
                }
            }
            if (!fatal.empty())
                return fatal;
        }
    }

    void mapped(std::size_t i, const std::string& serviceId, const std::string& kind)
    {
        if (m_mapped.insert(i).second)
            m_out.report.mapped.push_back(
                {m_resources[i].address, m_resources[i].type, serviceId, kind});
    }

    void skip(std::size_t i, std::string reason)
    {
        m_mapped.insert(i);
        const auto& r = m_resources[i];
        m_out.report.unmapped.push_back(
            {r.address, r.type, r.file + " " + r.pointer, std::move(reason)});
    }

    void note(std::string text) { m_out.report.notes.push_back(std::move(text)); }

    ResourceIndex m_resources;
    const Catalogues& m_catalogues;
    ImportResult m_out;
    ElementIds m_ids;
    std::map<std::string, ServiceId> m_serviceOf;
    std::map<std::size_t, std::size_t> m_aliasOf;
    std::map<std::string, ServiceId> m_merged;
    std::map<ServiceId, std::vector<ServiceId>> m_copies; ///< replicas by primary
    std::map<std::string, std::vector<ServiceId>> m_groups;
    std::set<std::tuple<std::string, std::string, LinkKind>> m_links;
    std::set<std::size_t> m_mapped;
};

} // namespace

Result<ImportResult> mapResources(std::vector<SourceResource> resources, const ResourceTypeMap& map,
                                  const Catalogues& catalogues)
{
    return Mapper(std::move(resources), map, catalogues).run();
}

} // namespace rs::import
