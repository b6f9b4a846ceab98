#include "core/resilience/ReplicaGroups.h"

#include <algorithm>

namespace rs {

std::vector<const Service*> replicaGroup(const DesignIndex& design, const Service& store)
{
    const auto& group = design.replicasOf(store);
    return group.empty() ? std::vector<const Service*>{&store} : group;
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

bool mustNotLoseUpdates(const DesignIndex& design, const Service& store)
{
    const auto& list = design.design().targets.noLostUpdates;
    const auto group = replicaGroup(design, store);
    return std::any_of(group.begin(), group.end(), [&](const Service* s) {
        return std::find(list.begin(), list.end(), s->id) != list.end();
    });
}

} // namespace rs
