#include "RuleAreas.h"
#include "core/DesignIndex.h"
#include "core/resilience/ReplicaGroups.h"
#include "core/resilience/UserFlows.h"

#include <unordered_set>
#include <vector>

namespace rs::rules {

namespace {

/// The categories billed per call: with no calls and no usage of their own, their estimate is a
/// silent zero.
bool billedPerCall(Category c)
{
    switch (c) {
    case Category::ApiGateway:
    case Category::Compute:
    case Category::Queue:
    case Category::EventBus:
    case Category::Database:
    case Category::Cache:
        return true;
    default:
        return false;
    }
}

/// Every service a user request can reach, whatever the regions' traffic shares: the entries'
/// edges and endpoints and what they depend on, and the replicas of the stores among them (they
/// apply the same writes).
std::unordered_set<const Service*> onTrafficPath(const DesignIndex& d)
{
    std::unordered_set<const Service*> reached;
    for (const auto* entry : userEntries(d)) {
        const auto paths = entryPaths(d, *entry);
        reached.insert(entry);
        reached.insert(paths.edge.begin(), paths.edge.end());
        for (const auto* endpoint : paths.endpoints) {
            for (const auto* s : dependencyClosure(d, *endpoint))
                reached.insert(s);
        }
    }
    std::vector<const Service*> replicas;
    for (const auto* s : reached) {
        for (const auto* r : replicaGroup(d, *s))
            replicas.push_back(r);
    }
    reached.insert(replicas.begin(), replicas.end());
    return reached;
}

void checkTrafficPath(const DesignIndex& d, FindingSink& findings)
{
    const auto reached = onTrafficPath(d);
    for (const auto& [id, s] : d.design().services) {
        const auto* kind = d.kind(s);
        if (!kind || !billedPerCall(kind->category) || !s.usage.empty() || reached.count(&s))
            continue;
        findings.add(d.label(s) +
                         " is on no path from the users' entry points and sets no usage of its "
                         "own: the workload gives it no calls, so its per-call cost is counted "
                         "as zero",
                     {id.value});
    }
}

const Rule usageRuleTable[] = {
    {"RES-050", "Billable service with no traffic path and no usage", RuleArea::Operations,
     Severity::Warning,
     "Usage is derived from the user requests that enter at the design's entry points and flow "
     "along request and event links. A function run by a schedule, or fed by a queue that "
     "nothing in the design sends to, receives none of them, and an estimate that prices it at "
     "zero hides a real cost.",
     "Resilience Studio cost model: usage derived from the workload along the links drawn, or "
     "set on the element in its properties (the design file's \"usage\")",
     "Set the element's monthly usage (invocations, messages, reads, writes) in its properties, "
     "or draw the link that feeds it from an entry point.",
     checkTrafficPath},
};

} // namespace

std::span<const Rule> usageRules()
{
    return usageRuleTable;
}

} // namespace rs::rules
