#include "core/resilience/UserFlows.h"

#include <algorithm>
#include <unordered_set>

namespace rs {

namespace {

bool isEdge(const DesignIndex& d, const Service& s)
{
    const auto* k = d.kind(s);
    return s.isGlobal() && k &&
           (k->category == Category::Router || k->category == Category::Cdn ||
            k->category == Category::Waf);
}

bool isEntryLink(LinkKind kind)
{
    return kind == LinkKind::Route || kind == LinkKind::Origin || kind == LinkKind::Request;
}

bool isDependencyLink(LinkKind kind)
{
    return kind == LinkKind::Request || kind == LinkKind::Event || kind == LinkKind::UsesKey ||
           kind == LinkKind::UsesSecret || kind == LinkKind::Authenticates;
}

} // namespace

std::vector<const Service*> userEntries(const DesignIndex& design)
{
    const auto hasIncoming = [&](const Service& s) {
        const auto& in = design.incoming(s.id);
        return std::any_of(in.begin(), in.end(),
                           [](const Link* l) { return isEntryLink(l->kind); });
    };
    std::vector<const Service*> found;
    for (const auto* s : design.globalServices()) {
        if (isEdge(design, *s) && !hasIncoming(*s))
            found.push_back(s);
    }
    if (!found.empty())
        return found;
    for (const auto& [id, s] : design.design().services) {
        if (design.is(s, Category::ApiGateway) && !hasIncoming(s))
            found.push_back(&s);
    }
    return found;
}

EntryPaths entryPaths(const DesignIndex& design, const Service& entry)
{
    EntryPaths paths;
    if (!entry.isGlobal()) {
        paths.endpoints.push_back(&entry);
        return paths;
    }
    std::unordered_set<const Service*> seen{&entry};
    std::vector<const Service*> queue{&entry};
    while (!queue.empty()) {
        const auto* s = queue.back();
        queue.pop_back();
        paths.edge.push_back(s);
        for (const auto* link : design.outgoing(s->id)) {
            const auto* next = design.design().service(link->to);
            if (!isEntryLink(link->kind) || !next || !seen.insert(next).second)
                continue;
            if (next->isGlobal() && isEdge(design, *next))
                queue.push_back(next);
            else if (!next->isGlobal())
                paths.endpoints.push_back(next);
        }
    }
    return paths;
}

std::vector<const Service*> dependencyClosure(const DesignIndex& design, const Service& endpoint)
{
    std::vector<const Service*> out{&endpoint};
    std::unordered_set<const Service*> seen{&endpoint};
    for (std::size_t i = 0; i < out.size(); ++i) {
        for (const auto* link : design.outgoing(out[i]->id)) {
            const auto* next = design.design().service(link->to);
            if (!isDependencyLink(link->kind) || !next)
                continue;
            if (out[i]->isGlobal() && next->region && next->region != endpoint.region)
                continue;
            if (seen.insert(next).second)
                out.push_back(next);
        }
    }
    return out;
}

} // namespace rs
