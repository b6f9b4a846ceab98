#include "core/resilience/ReplicaGroups.h"

#include <algorithm>

namespace rs {

std::vector<const Service*> replicaGroup(const DesignIndex& design, const Service& store)
{
    std::vector<const Service*> members{&store};
    const auto add = [&](const Link* l, const ServiceId& other) {
        if (l->kind != LinkKind::Replication)
            return;
        const auto* s = design.design().service(other);
        if (s && std::find(members.begin(), members.end(), s) == members.end())
            members.push_back(s);
    };
    for (std::size_t i = 0; i < members.size(); ++i) {
        for (const auto* l : design.outgoing(members[i]->id))
            add(l, l->to);
        for (const auto* l : design.incoming(members[i]->id))
            add(l, l->from);
    }
    std::sort(members.begin(), members.end(),
              [](const Service* a, const Service* b) { return a->id < b->id; });
    return members;
}

const Service* writerOf(const DesignIndex& design, const std::vector<const Service*>& group)
{
    const auto isReplication = [](const Link* l) { return l->kind == LinkKind::Replication; };
    for (const auto* s : group) {
        const auto& out = design.outgoing(s->id);
        const auto& in = design.incoming(s->id);
        if (std::any_of(out.begin(), out.end(), isReplication) &&
            std::none_of(in.begin(), in.end(), isReplication))
            return s;
    }
    const auto traffic = [&](const Service* s) {
        const auto* r = s->region ? design.design().region(*s->region) : nullptr;
        return r ? r->trafficPercent : 0.0;
    };
    const Service* busiest = nullptr;
    for (const auto* s : group) {
        if (!busiest || traffic(s) > traffic(busiest))
            busiest = s;
    }
    return busiest;
}

} // namespace rs
