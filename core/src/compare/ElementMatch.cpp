#include "core/compare/ElementMatch.h"

#include <algorithm>
#include <set>

namespace rs {

std::string ElementMatch::afterIdOf(const std::string& beforeId) const
{
    const auto it = beforeToAfter.find(beforeId);
    return it == beforeToAfter.end() ? beforeId : it->second;
}

std::size_t ElementMatch::count(ElementChange change) const
{
    return std::size_t(std::count_if(elements.begin(), elements.end(),
                                     [&](const ElementDiff& e) { return e.change == change; }));
}

namespace {

/// Adds `key` to `fields` when the two values differ.
template <typename T>
void note(std::vector<std::string>& fields, const char* key, const T& before, const T& after)
{
    if (!(before == after))
        fields.emplace_back(key);
}

/// The pairing as it grows: before id -> after id and back, for each element type.
class Pairing
{
public:
    /// Empty when `beforeId` has no partner (yet).
    const std::string& after(const std::string& beforeId) const
    {
        static const std::string none;
        const auto it = m_forward.find(beforeId);
        return it == m_forward.end() ? none : it->second;
    }
    bool pairedAfter(const std::string& afterId) const { return m_backward.contains(afterId); }
    void pair(const std::string& beforeId, const std::string& afterId)
    {
        m_forward.emplace(beforeId, afterId);
        m_backward.insert(afterId);
    }

    /// A service's links as the second design would name them: direction, kind and the
    /// neighbour's paired id, or its kind while it has none.
    std::multiset<std::string> neighbours(const Design& design, const ServiceId& id,
                                          bool inBefore) const
    {
        std::multiset<std::string> out;
        for (const auto& [linkId, link] : design.links) {
            const bool outgoing = link.from == id;
            if (!outgoing && link.to != id)
                continue;
            const auto& other = outgoing ? link.to : link.from;
            const auto* service = design.service(other);
            std::string name = inBefore ? after(other.value) : other.value;
            if (name.empty() || (!inBefore && !pairedAfter(name)))
                name = "~" + (service ? service->kind : std::string());
            out.insert(std::string(outgoing ? ">" : "<") + enumName(link.kind).data() + " " + name);
        }
        return out;
    }

    std::string regionAfter(const std::optional<RegionId>& region) const
    {
        return region ? after(region->value) : std::string("global");
    }

private:
    std::map<std::string, std::string, std::less<>> m_forward;
    std::set<std::string, std::less<>> m_backward;
};

/// Pairs the elements of one map by id, then the rest by `signature` (before side, after side)
/// where exactly one element on each side has it.
template <typename Map, typename BeforeKey, typename AfterKey>
void pairMap(const Map& before, const Map& after, Pairing& pairing, BeforeKey beforeKey,
             AfterKey afterKey)
{
    for (const auto& [id, element] : before) {
        if (after.contains(id))
            pairing.pair(id.value, id.value);
    }
    std::map<std::string, std::vector<std::string>> vanished;
    std::map<std::string, std::vector<std::string>> appeared;
    for (const auto& [id, element] : before) {
        if (!after.contains(id))
            vanished[beforeKey(element)].push_back(id.value);
    }
    for (const auto& [id, element] : after) {
        if (!before.contains(id))
            appeared[afterKey(element)].push_back(id.value);
    }
    for (const auto& [key, ids] : vanished) {
        const auto it = appeared.find(key);
        if (ids.size() == 1 && it != appeared.end() && it->second.size() == 1)
            pairing.pair(ids.front(), it->second.front());
    }
}

std::vector<std::string> regionFields(const Region& a, const Region& b)
{
    std::vector<std::string> f;
    note(f, "provider", a.provider, b.provider);
    note(f, "code", a.code, b.code);
    note(f, "name", a.name, b.name);
    note(f, "role", a.role, b.role);
    note(f, "trafficPercent", a.trafficPercent, b.trafficPercent);
    note(f, "headroomPercent", a.headroomPercent, b.headroomPercent);
    return f;
}

std::vector<std::string> serviceFields(const Service& a, const Service& b, const Pairing& p)
{
    std::vector<std::string> f;
    note(f, "kind", a.kind, b.kind);
    note(f, "name", a.name, b.name);
    note(f, "region", p.regionAfter(a.region), b.region ? b.region->value : "global");
    std::set<std::string, std::less<>> keys;
    for (const auto& [k, v] : a.properties)
        keys.insert(k);
    for (const auto& [k, v] : b.properties)
        keys.insert(k);
    for (const auto& k : keys) {
        const auto x = a.properties.find(k);
        const auto y = b.properties.find(k);
        const bool same = (x == a.properties.end()) == (y == b.properties.end()) &&
                          (x == a.properties.end() || x->second == y->second);
        if (!same)
            f.push_back("properties." + k);
    }
    note(f, "usage", a.usage, b.usage);
    return f;
}

std::vector<std::string> linkFields(const Link& a, const Link& b, const Pairing& p)
{
    std::vector<std::string> f;
    note(f, "from", p.after(a.from.value), b.from.value);
    note(f, "to", p.after(a.to.value), b.to.value);
    note(f, "kind", a.kind, b.kind);
    note(f, "payloadBytes", a.payload.value(), b.payload.value());
    note(f, "callsPerRequest", a.callsPerRequest, b.callsPerRequest);
    note(f, "encrypted", a.encrypted, b.encrypted);
    note(f, "privateNetwork", a.privateNetwork, b.privateNetwork);
    note(f, "access", a.access, b.access);
    note(f, "usage", a.usage, b.usage);
    return f;
}

/// The diffs of one map once the pairing is complete, in before-id order then the added.
template <typename Map, typename Fields>
void collect(ElementMatch& match, ElementType type, const Map& before, const Map& after,
             const Pairing& pairing, Fields fields)
{
    for (const auto& [id, element] : before) {
        ElementDiff d;
        d.type = type;
        d.beforeId = id.value;
        d.afterId = pairing.after(id.value);
        if (d.afterId.empty()) {
            d.change = ElementChange::Removed;
        } else {
            d.changedFields = fields(element, after.at(typename Map::key_type{d.afterId}));
            d.change = d.afterId != d.beforeId   ? ElementChange::Renamed
                       : d.changedFields.empty() ? ElementChange::Unchanged
                                                 : ElementChange::Changed;
            match.beforeToAfter.emplace(d.beforeId, d.afterId);
        }
        match.elements.push_back(std::move(d));
    }
    for (const auto& [id, element] : after) {
        if (!pairing.pairedAfter(id.value))
            match.elements.push_back({type, ElementChange::Added, {}, id.value, {}});
    }
}

} // namespace

ElementMatch matchElements(const Design& before, const Design& after)
{
    Pairing p;
    const auto regionKey = [](const Region& r) {
        return std::string(enumName(r.provider)) + " " + r.code;
    };
    pairMap(before.regions, after.regions, p, regionKey, regionKey);
    // Services after regions, so "the same region" can follow a renamed region.
    const auto serviceKey = [&](const Service& s, bool inBefore) {
        const auto& design = inBefore ? before : after;
        std::string key = s.kind + " @" +
                          (inBefore ? p.regionAfter(s.region)
                                    : (s.region ? s.region->value : std::string("global")));
        for (const auto& n : p.neighbours(design, s.id, inBefore))
            key += " " + n;
        return key;
    };
    pairMap(
        before.services, after.services, p, [&](const Service& s) { return serviceKey(s, true); },
        [&](const Service& s) { return serviceKey(s, false); });
    // Links last: the same kind between the same (paired) services.
    pairMap(
        before.links, after.links, p,
        [&](const Link& l) {
            return p.after(l.from.value) + ">" + p.after(l.to.value) + " " +
                   std::string(enumName(l.kind));
        },
        [&](const Link& l) {
            return l.from.value + ">" + l.to.value + " " + std::string(enumName(l.kind));
        });

    ElementMatch match;
    collect(match, ElementType::Region, before.regions, after.regions, p, regionFields);
    collect(match, ElementType::Service, before.services, after.services, p,
            [&](const Service& a, const Service& b) { return serviceFields(a, b, p); });
    collect(match, ElementType::Link, before.links, after.links, p,
            [&](const Link& a, const Link& b) { return linkFields(a, b, p); });
    return match;
}

} // namespace rs
