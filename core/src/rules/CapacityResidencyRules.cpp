#include "RuleAreas.h"
#include "RuleHelpers.h"
#include "core/DesignIndex.h"
#include "core/carbon/CarbonEstimate.h"
#include "core/carbon/CarbonTables.h"
#include "core/cost/Usage.h"

#include <algorithm>
#include <cstdio>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace rs::rules {

namespace {

/// Where data may live under the design's residency target.
class Boundary
{
public:
    explicit Boundary(const DesignIndex& d)
        : m_d(d)
        , m_targets(d.design().targets)
    {
        if (const auto* home = homeRegion(d))
            m_home = d.regionInfo(*home);
    }

    /// False when the target is `anywhere`, or is relative to a home the design lacks.
    bool active() const
    {
        switch (m_targets.residency) {
        case Residency::Anywhere:
            return false;
        case Residency::SameCountry:
        case Residency::SameContinent:
            return m_home != nullptr;
        case Residency::Jurisdictions:
            return true;
        }
        return false;
    }

    bool contains(const Region& region) const
    {
        const auto* info = m_d.regionInfo(region);
        return !info || allows(*info);
    }

    /// Whether data may live in `info` under the target.
    bool allows(const RegionInfo& info) const
    {
        if (!active())
            return true;
        switch (m_targets.residency) {
        case Residency::Anywhere:
            return true;
        case Residency::SameCountry:
            return info.country == m_home->country;
        case Residency::SameContinent:
            return info.continent == m_home->continent;
        case Residency::Jurisdictions:
            return std::find(m_targets.jurisdictions.begin(), m_targets.jurisdictions.end(),
                             info.jurisdiction) != m_targets.jurisdictions.end();
        }
        return true;
    }

    /// "same-country (IE, the country of Europe (Ireland) (eu-west-1))".
    std::string describe() const
    {
        std::string out(enumName(m_targets.residency));
        if (m_targets.residency == Residency::Jurisdictions)
            return out + " (" + joinList(m_targets.jurisdictions) + ")";
        if (!m_home)
            return out;
        return out + " (" +
               (m_targets.residency == Residency::SameCountry ? m_home->country
                                                              : m_home->continent) +
               ", home region " + m_home->name + " (" + m_home->code + "))";
    }

    /// "DE" / "Europe" / "EU": what the boundary compares for a region.
    std::string placeOf(const Region& region) const
    {
        const auto* info = m_d.regionInfo(region);
        if (!info)
            return {};
        switch (m_targets.residency) {
        case Residency::SameContinent:
            return info->continent;
        case Residency::Jurisdictions:
            return info->jurisdiction;
        case Residency::Anywhere:
        case Residency::SameCountry:
            break;
        }
        return info->country;
    }

private:
    const DesignIndex& m_d;
    const Targets& m_targets;
    const RegionInfo* m_home = nullptr;
};

// --- Capacity --------------------------------------------------------------------------------

void checkFailoverCapacity(const DesignIndex& d, FindingSink& sink)
{
    const auto& serving = d.servingRegions();
    if (serving.size() < 2)
        return;
    const double peak = d.design().workload.peakRate.value();
    constexpr double epsilon = 1e-9;

    // Losing one region: the others' spare capacity must absorb its share.
    double headroom = 0.0;
    for (const auto* r : serving)
        headroom += r->headroomPercent;
    for (const auto* lost : serving) {
        const double spare = headroom - lost->headroomPercent;
        const double deficit = lost->trafficPercent - spare;
        if (deficit <= epsilon)
            continue;
        std::vector<std::string> ids{lost->id.value};
        for (const auto* r : serving) {
            if (r != lost)
                ids.push_back(r->id.value);
        }
        sink.add("Losing " + d.label(*lost) + " (" + formatDecimal(lost->trafficPercent) +
                     " % of traffic) leaves " + formatDecimal(spare) +
                     " % of spare capacity in the other regions: " + formatDecimal(deficit) +
                     " % of peak (" + formatDecimal(peak * deficit / 100.0) +
                     " requests/s) cannot be served",
                 std::move(ids));
    }

    // Quotas in each region must allow the load it claims it can take after a failover.
    for (const auto* region : serving) {
        const double share = std::min(region->trafficPercent + region->headroomPercent, 100.0);
        const double load = peak * share / 100.0;
        const std::string need = "it must serve up to " + formatDecimal(share) + " % of the " +
                                 formatDecimal(peak) + " requests/s peak (" + formatDecimal(load) +
                                 " requests/s) after a failover";
        for (const auto* s : d.servicesIn(region->id)) {
            if (s->kind == "aws.api-gateway") {
                const double limit = d.number(*s, "throttleRateLimit").value_or(0.0);
                if (limit + epsilon < load)
                    sink.add(d.label(*s) + " in " + d.label(*region) + " throttles at " +
                                 formatDecimal(limit) + " requests/s, but " + need,
                             {s->id.value, region->id.value});
            } else if (s->kind == "gcp.api-gateway") {
                const double perMinute = d.number(*s, "quotaRequestsPerMinute").value_or(0.0);
                if (perMinute > 0.0 && perMinute / 60.0 + epsilon < load)
                    sink.add(d.label(*s) + " in " + d.label(*region) + " has a quota of " +
                                 formatDecimal(perMinute) + " requests/min (" +
                                 formatDecimal(perMinute / 60.0) + " requests/s), but " + need,
                             {s->id.value, region->id.value});
            } else if (s->kind == "aws.lambda") {
                double calls = 0.0;
                for (const auto* link : d.incoming(s->id)) {
                    if (link->kind == LinkKind::Request || link->kind == LinkKind::Event)
                        calls += link->callsPerRequest;
                }
                if (calls <= 0.0)
                    calls = 1.0;
                const double seconds = d.number(*s, "avgDurationMs").value_or(100.0) / 1000.0;
                const double concurrency = load * calls * seconds;
                const double quota = d.number(*s, "concurrencyQuota").value_or(0.0);
                if (quota + epsilon < concurrency)
                    sink.add(d.label(*s) + " in " + d.label(*region) + " needs a concurrency of " +
                                 formatDecimal(concurrency) + " (" + formatDecimal(load) +
                                 " requests/s x " + formatDecimal(calls) +
                                 (calls == 1.0 ? " call" : " calls") + " per request x " +
                                 formatDecimal(seconds) + " s) but its quota is " +
                                 formatDecimal(quota) + ": " + need,
                             {s->id.value, region->id.value});
            }
        }
    }
}

void checkRedundancyCost(const DesignIndex& d, FindingSink& sink)
{
    const auto& serving = d.servingRegions();
    if (serving.size() >= 2) {
        double capacity = 0.0;
        std::vector<std::string> ids;
        std::vector<std::string> parts;
        for (const auto* r : serving) {
            capacity += r->trafficPercent + r->headroomPercent;
            ids.push_back(r->id.value);
            parts.push_back(r->code + " " + formatDecimal(r->trafficPercent + r->headroomPercent) +
                            " %");
        }
        sink.add("Serving capacity is provisioned for " + formatDecimal(capacity) +
                     " % of peak across " + std::to_string(serving.size()) + " regions (" +
                     joinList(parts) + "): x" + formatDecimal(capacity / 100.0) +
                     " what the peak needs, the price of surviving the loss of a region",
                 std::move(ids));
    }

    // Replication groups: stores joined by replication links, found with a union-find over
    // the replicated stores' positions.
    std::unordered_map<std::string_view, std::size_t> index;
    std::vector<std::size_t> parent;
    const auto node = [&](const std::string& id) {
        const auto [it, added] = index.emplace(id, parent.size());
        if (added)
            parent.push_back(parent.size());
        return it->second;
    };
    const auto find = [&](std::size_t i) {
        while (parent[i] != i)
            i = parent[i] = parent[parent[i]];
        return i;
    };
    for (const auto& [id, link] : d.design().links) {
        if (link.kind != LinkKind::Replication || !d.design().service(link.from) ||
            !d.design().service(link.to))
            continue;
        const auto a = find(node(link.from.value));
        const auto b = find(node(link.to.value));
        parent[std::max(a, b)] = std::min(a, b);
    }
    std::vector<std::vector<const Service*>> groups(parent.size());
    for (const auto& [id, s] : d.design().services) {
        if (const auto it = index.find(id.value); it != index.end())
            groups[find(it->second)].push_back(&s);
    }
    // Groups in the order of their first member by id.
    std::vector<const std::vector<const Service*>*> ordered;
    for (const auto& group : groups) {
        if (!group.empty())
            ordered.push_back(&group);
    }
    std::sort(ordered.begin(), ordered.end(),
              [](const auto* a, const auto* b) { return a->front()->id < b->front()->id; });
    const auto& w = d.design().workload;
    const double stored = w.storedData.value();
    const double writes = w.peakRate.value() * w.writePercent / 100.0;
    for (const auto* members : ordered) {
        const auto& group = *members;
        const auto n = static_cast<double>(group.size());
        std::vector<std::string> ids;
        std::vector<std::string> names;
        int regions = 0;
        std::vector<std::string> seen;
        bool cosmos = false;
        int zoneRedundant = 0;
        for (const auto* s : group) {
            ids.push_back(s->id.value);
            names.push_back(d.label(*s));
            const auto* region = regionOf(d, *s);
            const std::string where = region ? region->id.value : std::string();
            if (std::find(seen.begin(), seen.end(), where) == seen.end()) {
                seen.push_back(where);
                ++regions;
            }
            if (s->kind == "azure.cosmos-db") {
                cosmos = true;
                zoneRedundant += d.flag(*s, "zoneRedundant").value_or(false) ? 1 : 0;
            }
        }
        for (const auto* s : group) {
            for (const auto* link : d.outgoing(s->id)) {
                if (link->kind == LinkKind::Replication)
                    ids.push_back(link->id.value);
            }
        }
        std::string message =
            joinList(names) + ": " + formatDecimal(n) + " copies in " + std::to_string(regions) +
            " regions, so stored data x" + formatDecimal(n) + " (" + formatDecimal(stored) +
            " GB per copy, " + formatDecimal(stored * n) +
            " GB in all) and every write is applied x" + formatDecimal(n) + " (" +
            formatDecimal(writes) + " writes/s at peak become " + formatDecimal(writes * n) + ")";
        if (cosmos)
            message += "; Cosmos DB bills each added region at about +100 % of a single-region "
                       "account" +
                       (zoneRedundant > 0 ? std::string(" and zone redundancy at +25 % (") +
                                                std::to_string(zoneRedundant) + " of them)"
                                          : std::string());
        sink.add(std::move(message), std::move(ids));
    }
}

// --- Residency -------------------------------------------------------------------------------

void checkDataResidency(const DesignIndex& d, FindingSink& sink)
{
    const Boundary boundary(d);
    if (!boundary.active())
        return;
    for (const auto& [id, region] : d.design().regions) {
        if (boundary.contains(region))
            continue;
        std::vector<std::string> ids{id.value};
        std::vector<std::string> stores;
        for (const auto* s : d.servicesIn(id)) {
            const auto* kind = d.kind(*s);
            if (kind && isDataStore(kind->category)) {
                ids.push_back(s->id.value);
                stores.push_back(d.label(*s));
            }
        }
        const bool backups = region.role == RegionRole::BackupOnly;
        if (stores.empty() && !backups)
            continue;
        const std::string what =
            stores.empty() ? std::string("backups")
                           : "data (" + joinList(stores) + ")" + (backups ? " and backups" : "");
        sink.add(d.label(region) + " in " + boundary.placeOf(region) + " holds " + what +
                     " outside the residency boundary " + boundary.describe(),
                 std::move(ids));
    }
}

void checkEdgeResidency(const DesignIndex& d, FindingSink& sink)
{
    const Boundary boundary(d);
    if (!boundary.active())
        return;
    for (const auto* s : d.globalServices()) {
        if (!d.is(*s, Category::Router) && !d.is(*s, Category::Cdn))
            continue;
        // A geofenced geolocation policy keeps users in their own location (S22).
        const bool geofenced = d.text(*s, "routingPolicy").value_or("") == "geolocation" &&
                               d.flag(*s, "geofencing").value_or(false);
        bool inUse = false;
        std::vector<std::string> outside; // region ids in first-seen order
        std::unordered_map<std::string, std::vector<std::string>> idsByRegion;
        for (const auto* link : d.outgoing(s->id)) {
            if (link->kind != LinkKind::Route && link->kind != LinkKind::Origin)
                continue;
            inUse = true;
            const auto* target = d.design().service(link->to);
            const auto* region = target ? regionOf(d, *target) : nullptr;
            if (!region || geofenced || boundary.contains(*region))
                continue;
            auto& ids = idsByRegion[region->id.value];
            if (ids.empty())
                outside.push_back(region->id.value);
            ids.push_back(target->id.value);
            ids.push_back(link->id.value);
        }
        for (const auto& regionId : outside) {
            const auto* region = d.design().region(RegionId{regionId});
            std::vector<std::string> ids{s->id.value, regionId};
            for (auto& id : idsByRegion[regionId])
                ids.push_back(std::move(id));
            sink.add(d.label(*s) + " can send users' requests to " + d.label(*region) + " in " +
                         boundary.placeOf(*region) + ", outside the residency boundary " +
                         boundary.describe(),
                     std::move(ids));
        }
        const auto* kind = d.kind(*s);
        const bool edgeProxy =
            d.is(*s, Category::Cdn) || (kind->routing && kind->routing->type == RoutingType::Proxy);
        if (inUse && edgeProxy)
            sink.add(d.label(*s) +
                         " terminates and logs requests at edge locations worldwide, so request "
                         "data passes outside the residency boundary " +
                         boundary.describe(),
                     {s->id.value});
    }
}

// --- Carbon ----------------------------------------------------------------------------------

/// A standby's grid must be this much cleaner to be worth naming: well beyond the spread of the
/// factors' own years and sources (CCF's 2021-2023 figures beside Google's 2024 ones).
constexpr double markedlyCleaner = 0.30;

/// The cleanest region of `standby`'s provider and jurisdiction, inside the residency boundary
/// and not already in the design, whose grid factor is markedly lower than `current`'s.
const RegionInfo* cleanerRegion(const DesignIndex& d, const RegionInfo& standby,
                                const GridFactor& current, const CarbonTables& tables)
{
    const Boundary boundary(d);
    const RegionInfo* best = nullptr;
    double bestGrams = current.gramsPerKwh * (1.0 - markedlyCleaner);
    for (const auto& candidate : d.catalogues().regions.regions()) {
        const auto* factor = tables.factor(candidate.provider, candidate.code);
        if (candidate.provider != standby.provider ||
            candidate.jurisdiction != standby.jurisdiction || !factor ||
            factor->gramsPerKwh > bestGrams || !boundary.allows(candidate))
            continue;
        const auto& regions = d.design().regions;
        if (std::any_of(regions.begin(), regions.end(),
                        [&](const auto& r) { return r.second.code == candidate.code; }))
            continue;
        best = &candidate;
        bestGrams = factor->gramsPerKwh;
    }
    return best;
}

void checkCleanerStandby(const DesignIndex& d, FindingSink& sink)
{
    const auto& tables = CarbonTables::builtIn();
    const double hours = d.design().assumptions.hoursPerMonthOrDefault();
    std::optional<std::map<std::string, double>> energy; // derived only when a region qualifies
    for (const auto& [id, region] : d.design().regions) {
        const auto* info = d.regionInfo(region);
        const auto* current = tables.factor(region.provider, region.code);
        if (region.role == RegionRole::Active || !info || !current)
            continue;
        const auto* cleaner = cleanerRegion(d, *info, *current, tables);
        if (!cleaner)
            continue;
        if (!energy)
            energy = energyByRegion(d, deriveUsage(d, UsageOptions{hours}), tables, hours);
        const auto it = energy->find(region.code);
        const double grams = tables.factor(cleaner->provider, cleaner->code)->gramsPerKwh;
        const double savedKg =
            it == energy->end() ? 0.0 : it->second * (current->gramsPerKwh - grams) / 1000.0;
        if (savedKg <= 0.0)
            continue; // nothing estimated runs there: no saving to name
        sink.add(std::string(enumName(region.role)) + " region " + info->name + " (" + region.code +
                     ") runs on a grid of " + formatNumber(current->gramsPerKwh) + " g CO2e/kWh; " +
                     cleaner->name + " (" + cleaner->code +
                     "), of the same provider and jurisdiction (" + info->jurisdiction +
                     ") and inside the residency target, runs on " + formatNumber(grams) +
                     " g: the same " + std::string(enumName(region.role)) +
                     " there would emit about " + formatDecimal(savedKg, 2) +
                     " kg CO2e a month less",
                 {id.value});
    }
}

// --- The catalogue ---------------------------------------------------------------------------

const Rule capacityResidencyRuleTable[] = {
    {"RES-042", "Surviving regions can take the failed region's peak", RuleArea::Capacity,
     Severity::Warning,
     "After a region fails the others must carry its traffic; spare capacity (headroom) and "
     "quotas sized for one region's share turn a failover into throttling. Each region can "
     "serve its traffic share plus its headroom; its API throttles and function concurrency "
     "quotas must allow that load.",
     "AWS Well-Architected REL1-BP06, keep quota headroom for failover (S52)",
     "Raise the surviving regions' headroomPercent so that the others can absorb any one "
     "region's share, and raise their throttle and concurrency quotas to the load they must "
     "take.",
     checkFailoverCapacity},
    {"RES-043", "The cost multiplier of redundancy is shown", RuleArea::Capacity, Severity::Info,
     "Redundancy multiplies cost: capacity provisioned in several regions, every copy of the "
     "data stored and every write applied once per replica. Shown as multipliers, without "
     "prices.",
     "Azure Cosmos DB reliability: each region adds about 100 % of the bill, zone redundancy +25 % "
     "(S33)",
     "Nothing to fix: weigh the multiplier against the RTO and RPO it buys, and drop replicas or "
     "headroom that no objective needs.",
     checkRedundancyCost},
    {"RES-044", "Replicas and backups stay inside the residency boundary", RuleArea::Residency,
     Severity::Error,
     "Residency targets (same country, same continent, listed jurisdictions) apply to every "
     "copy of the data, after failover too. The boundary is measured from the home region, the "
     "serving region with the largest traffic share; regions holding data stores or backups "
     "are checked (where cross-region backups are copied is not modelled).",
     "AWS Resilience Hub resiliency policies, dataLocationConstraint (S55, S56)",
     "Move the replica or backup to a region inside the boundary, or relax targets.residency "
     "if the data may leave it.",
     checkDataResidency},
    {"RES-045", "Routing and edges keep requests inside the residency boundary",
     RuleArea::Residency, Severity::Warning,
     "A router that fails users over to a region outside the boundary sends their requests "
     "there, and CDNs and proxy routers terminate and log requests at edge locations "
     "worldwide.",
     "Cloud DNS routing policies, geofencing (S22); AWS Resilience Hub dataLocationConstraint "
     "(S56)",
     "Route only to endpoints inside the boundary (or geofence the geolocation policy), and use "
     "an edge service restricted to the boundary or none for regulated requests.",
     checkEdgeResidency},
    {"RES-051", "A standby region on a markedly cleaner grid would meet the same targets",
     RuleArea::Residency, Severity::Info,
     "Every standby region, replica and cross-region copy draws power, and the grid behind a "
     "region decides how much carbon that power means: up to ten times between regions of one "
     "provider. A standby (a region that is not active) in another region of the same provider "
     "and jurisdiction, inside the residency target, keeps the same services, roles and "
     "replication, so the failover model gives it the same RTO and RPO (no timing in it depends "
     "on which region hosts the standby). Named when its grid factor is at least 30 % lower, "
     "with the emissions of the standby's estimated usage that the move would save.",
     "Cloud Carbon Footprint methodology (energy x PUE x grid factor, "
     "cloud-carbon-footprint/cloud-carbon-footprint); grid factors from "
     "GoogleCloudPlatform/region-carbon-info (2024 yearly data) and "
     "cloud-carbon-footprint/cloud-carbon-coefficients (grid emission factors), bundled in "
     "resources/carbon/",
     "Consider placing the standby in the cleaner region named (same provider, jurisdiction "
     "and residency), after checking that every service it runs is offered there; or switch "
     "the rule off if the region is fixed for another reason.",
     checkCleanerStandby},
};

} // namespace

std::span<const Rule> capacityAndResidencyRules()
{
    return capacityResidencyRuleTable;
}

} // namespace rs::rules
