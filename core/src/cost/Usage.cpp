#include "core/cost/Usage.h"

#include "core/resilience/ReplicaGroups.h"
#include "core/resilience/UserFlows.h"
#include "cost/PricingRuleMatch.h"

#include <cmath>
#include <optional>
#include <unordered_set>

namespace rs {

namespace {

constexpr double bytesPerGb = 1e9;
constexpr double messageChunkBytes = 64.0 * 1024.0; // SQS and EventBridge bill per 64 KB chunk
constexpr double writeUnitBytes = 1024.0;           // DynamoDB write request unit
constexpr double readUnitBytes = 4096.0;            // DynamoDB read request unit

double billedUnits(double payloadBytes, double unitBytes)
{
    return std::max(1.0, std::ceil(payloadBytes / unitBytes));
}

std::string regionCode(const DesignIndex& d, const Service& s)
{
    const auto* r = s.region ? d.design().region(*s.region) : nullptr;
    return r ? r->code : "global";
}

/// Adds `calls` to `service` and carries them on along request and event links.
void propagate(const DesignIndex& d, const Service& endpoint, const Service& service, double calls,
               std::map<std::string, double>& out, std::unordered_set<const Service*>& onPath)
{
    if (!onPath.insert(&service).second)
        return; // a cycle: each call is counted once on its way
    out[service.id.value] += calls;
    for (const auto* link : d.outgoing(service.id)) {
        if (link->kind != LinkKind::Request && link->kind != LinkKind::Event)
            continue;
        const auto* next = d.design().service(link->to);
        // Through a global bus only the consumers in the endpoint's region take this region's
        // share (as dependencyClosure() has it).
        if (!next || (service.isGlobal() && next->region && next->region != endpoint.region))
            continue;
        propagate(d, endpoint, *next, calls * link->callsPerRequest, out, onPath);
    }
    onPath.erase(&service);
}

} // namespace

std::map<std::string, double> monthlyCalls(const DesignIndex& d)
{
    std::map<std::string, double> calls;
    const auto entries = userEntries(d);
    if (entries.empty())
        return calls;
    const double requests = d.design().workload.requestsPerMonth.value();
    const double perEntry = requests / static_cast<double>(entries.size());
    for (const auto* entry : entries) {
        const auto paths = entryPaths(d, *entry);
        for (const auto* edge : paths.edge)
            calls[edge->id.value] += perEntry;
        for (const auto& [regionId, region] : d.design().regions) {
            std::vector<const Service*> here;
            for (const auto* e : paths.endpoints) {
                if (e->region == regionId)
                    here.push_back(e);
            }
            for (const auto* e : here) {
                const double share =
                    perEntry * region.trafficPercent / 100.0 / static_cast<double>(here.size());
                std::unordered_set<const Service*> onPath;
                propagate(d, *e, *e, share, calls, onPath);
            }
        }
    }
    return calls;
}

PinnedUsage workloadUsage(const DesignIndex& d, const std::string& elementId)
{
    PinnedUsage out;
    const auto calls = monthlyCalls(d);
    const auto callsTo = [&](const ServiceId& id) {
        const auto it = calls.find(id.value);
        return it == calls.end() ? 0.0 : it->second;
    };
    const auto& w = d.design().workload;
    const double writeShare = w.writePercent / 100.0;
    if (const auto* l = d.design().link(LinkId(elementId))) {
        const double perCall = l->payload.value() / bytesPerGb;
        if (l->kind == LinkKind::Replication)
            out[UsageQuantity::TransferredGb] = callsTo(l->from) * writeShare * perCall;
        else if (l->kind == LinkKind::Request || l->kind == LinkKind::Event)
            out[UsageQuantity::TransferredGb] = callsTo(l->from) * l->callsPerRequest * perCall;
        return out;
    }
    const auto* s = d.design().service(ServiceId(elementId));
    const auto* kind = s ? d.kind(*s) : nullptr;
    if (!kind)
        return out;
    const double n = callsTo(s->id);
    switch (kind->category) {
    case Category::Compute:
        out[UsageQuantity::Invocations] = n;
        break;
    case Category::Queue:
    case Category::EventBus:
        out[UsageQuantity::Messages] = n;
        break;
    case Category::Database:
    case Category::Cache:
        out[UsageQuantity::Reads] = n * (1.0 - writeShare);
        out[UsageQuantity::Writes] = n * writeShare;
        break;
    case Category::Key: {
        double requests = 0.0;
        for (const auto* l : d.incoming(s->id)) {
            if (l->kind == LinkKind::UsesKey)
                requests += callsTo(l->from) * l->callsPerRequest;
        }
        out[UsageQuantity::ApiRequests] = requests;
        break;
    }
    case Category::Secret:
    case Category::Identity:
    case Category::Monitoring:
        break;
    default:
        out[UsageQuantity::ApiRequests] = n;
        break;
    }
    if (kind->category == Category::Database || kind->category == Category::Cache ||
        kind->category == Category::ObjectStore)
        out[UsageQuantity::StoredGb] = w.storedData.value();
    return out;
}

std::vector<UsageLine> deriveUsage(const DesignIndex& d, const UsageOptions& options)
{
    std::vector<UsageLine> lines;
    const auto& w = d.design().workload;
    const auto calls = monthlyCalls(d);
    const auto callsTo = [&](const Service& s) {
        const auto it = calls.find(s.id.value);
        return it == calls.end() ? 0.0 : it->second;
    };
    const auto add = [&](const std::string& id, std::string region, UsageKind kind, double q,
                         std::string toRegion = {}, bool setByDesign = false) {
        if (q > 0.0)
            lines.push_back({id, std::move(region), std::move(toRegion), kind, q, setByDesign});
    };
    // What a service consumes, where its kind bills that usage at all.
    const auto use = [&](const Service& s, UsageKind kind, double q, bool setByDesign = false) {
        const auto* serviceKind = d.kind(s);
        if (serviceKind && billsUsage(*serviceKind, kind))
            add(s.id.value, regionCode(d, s), kind, q, {}, setByDesign);
    };
    // The element's own figure where the design sets one, else the derived one.
    const auto pinned = [](const PinnedUsage& usage, UsageQuantity q) -> std::optional<double> {
        const auto it = usage.find(q);
        return it == usage.end() ? std::nullopt : std::optional(it->second);
    };
    // The payload a service receives per call: the largest on its incoming links, else the
    // workload's request size.
    const auto payloadInto = [&](const Service& s) {
        double bytes = 0.0;
        for (const auto* l : d.incoming(s.id)) {
            if (l->kind == LinkKind::Request || l->kind == LinkKind::Event)
                bytes = std::max(bytes, l->payload.value());
        }
        return bytes > 0.0 ? bytes : w.requestSize.value();
    };
    const double writeShare = w.writePercent / 100.0;

    // Not a structured binding: clang 14 cannot capture one in the lambda below.
    for (const auto& entry : d.design().services) {
        const Service& s = entry.second;
        const auto* kind = d.kind(s);
        if (!kind)
            continue;
        const double n = callsTo(s);
        // The calls the element takes: its own figure where set, else the workload's.
        const auto usageOf = [&](UsageQuantity q, double derived) {
            return std::pair{pinned(s.usage, q).value_or(derived), s.usage.count(q) > 0};
        };
        switch (kind->category) {
        case Category::ApiGateway:
        case Category::Cdn:
        case Category::Waf:
        case Category::Router:
        case Category::ObjectStore: {
            const auto [requests, set] = usageOf(UsageQuantity::ApiRequests, n);
            use(s, UsageKind::ApiRequests, requests, set);
            break;
        }
        case Category::Compute: {
            const double memoryGb = d.number(s, "memoryMb").value_or(w.functionMemoryMb) / 1024.0;
            const double seconds =
                d.number(s, "avgDurationMs").value_or(w.functionDuration.value()) / 1000.0;
            const auto [runs, set] = usageOf(UsageQuantity::Invocations, n);
            use(s, UsageKind::Invocations, runs, set);
            use(s, UsageKind::ComputeGbSeconds, runs * memoryGb * seconds, set);
            use(s, UsageKind::VcpuSeconds, runs * d.number(s, "vcpu").value_or(1.0) * seconds, set);
            break;
        }
        case Category::Queue:
        case Category::EventBus: {
            const double payload = payloadInto(s);
            const auto [messages, set] = usageOf(UsageQuantity::Messages, n);
            use(s, UsageKind::Messages, messages * billedUnits(payload, messageChunkBytes), set);
            use(s, UsageKind::MessageGb, messages * payload / bytesPerGb, set);
            break;
        }
        case Category::Database:
        case Category::Cache: {
            const double payload = payloadInto(s);
            const auto [writeCalls, writesSet] = usageOf(UsageQuantity::Writes, n * writeShare);
            const auto [readCalls, readsSet] =
                usageOf(UsageQuantity::Reads, n * (1.0 - writeShare));
            const double writes = writeCalls * billedUnits(payload, writeUnitBytes);
            use(s, UsageKind::WriteUnits, writes, writesSet);
            use(s, UsageKind::ReadUnits, readCalls * billedUnits(payload, readUnitBytes), readsSet);
            // Every other replica applies the same writes, billed in its own region.
            for (const auto* replica : replicaGroup(d, s)) {
                if (replica != &s)
                    use(*replica, UsageKind::ReplicatedWriteUnits, writes, writesSet);
            }
            break;
        }
        case Category::Key:
            if (const auto requests = pinned(s.usage, UsageQuantity::ApiRequests)) {
                use(s, UsageKind::KeyRequests, *requests, true);
                break;
            }
            for (const auto* l : d.incoming(s.id)) {
                const auto* from = d.design().service(l->from);
                if (l->kind == LinkKind::UsesKey && from)
                    use(s, UsageKind::KeyRequests, callsTo(*from) * l->callsPerRequest);
            }
            break;
        case Category::Secret:
        case Category::Identity:
        case Category::Monitoring:
            break;
        }
        if (kind->category == Category::Database || kind->category == Category::Cache ||
            kind->category == Category::ObjectStore) {
            const auto stored = pinned(s.usage, UsageQuantity::StoredGb);
            const auto* storageRule = matchingRule(d, s, UsageKind::StorageGbMonth);
            const bool billedElsewhere =
                storageRule && storageRule->oncePerDataSet && writerOf(d, replicaGroup(d, s)) != &s;
            if (!billedElsewhere)
                use(s, UsageKind::StorageGbMonth, stored.value_or(w.storedData.value()),
                    stored.has_value());
        }
        // Provisioned capacity and flat fees, counted as the kind's rule says.
        for (const auto& [usage, base] : {std::pair{UsageKind::Hours, options.hoursPerMonth},
                                          std::pair{UsageKind::ResourceMonths, 1.0}}) {
            const auto* rule = matchingRule(d, s, usage);
            if (rule) {
                const double count = rule->per.empty() ? 1.0 : d.number(s, rule->per).value_or(0.0);
                add(s.id.value, regionCode(d, s), usage, base * count * rule->scale);
            } else if (!kind->pricing.empty() && billsUsage(*kind, usage)) {
                add(s.id.value, regionCode(d, s), usage, base); // reported: no rule matches
            }
        }
    }

    // Health checks are billed to the router that runs them, per checked endpoint.
    std::map<const Service*, double> healthChecks;
    for (const auto& [id, l] : d.design().links) {
        const auto* from = d.design().service(l.from);
        const auto* to = d.design().service(l.to);
        if (!from || !to)
            continue;
        const auto fromRegion = regionCode(d, *from);
        const auto toRegion = regionCode(d, *to);
        const auto transferred = pinned(l.usage, UsageQuantity::TransferredGb);
        switch (l.kind) {
        case LinkKind::Replication:
            // What is written at the source crosses to the replica.
            add(id.value, fromRegion, UsageKind::ReplicationGb,
                transferred.value_or(callsTo(*from) * writeShare * l.payload.value() / bytesPerGb),
                toRegion, transferred.has_value());
            break;
        case LinkKind::Request:
        case LinkKind::Event:
            if (fromRegion != toRegion && fromRegion != "global" && toRegion != "global")
                add(id.value, fromRegion, UsageKind::CrossRegionGb,
                    transferred.value_or(callsTo(*from) * l.callsPerRequest * l.payload.value() /
                                         bytesPerGb),
                    toRegion, transferred.has_value());
            break;
        case LinkKind::HealthCheck:
            ++healthChecks[from];
            break;
        default:
            break;
        }
    }

    for (const auto& [router, count] : healthChecks)
        use(*router, UsageKind::HealthChecks, count);

    // Responses leave each region with traffic for the internet.
    const double requests = w.requestsPerMonth.value();
    for (const auto& [id, r] : d.design().regions)
        add(id.value, r.code, UsageKind::InternetEgressGb,
            requests * r.trafficPercent / 100.0 * w.responseSize.value() / bytesPerGb);
    return lines;
}

} // namespace rs
