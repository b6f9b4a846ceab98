#pragma once

#include "core/DesignIndex.h"
#include "core/Units.h"
#include "core/resilience/ReplicaGroups.h"

#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

// Views of a design that several rules share: where users enter, which services a request
// reaches, which data stores are copies of each other. Internal to the rules.
namespace rs::rules {

using rs::replicaGroup;
using rs::writerOf;

using Services = std::vector<const Service*>;

/// A set of services of one design, tested by address.
class ServiceSet
{
public:
    bool contains(const Service& service) const { return m_set.contains(&service); }
    bool insert(const Service& service) { return m_set.insert(&service).second; }
    bool empty() const { return m_set.empty(); }

private:
    std::unordered_set<const Service*> m_set;
};

/// Where user traffic enters the design: routers, CDNs and WAFs that nothing routes to, API
/// gateways that nothing routes to or calls, and compute that nothing routes to, calls or
/// triggers (exposed directly).
bool isEntryPoint(const DesignIndex& design, const Service& service);

/// The request path: the services reached from the entry points over route, origin and request
/// links, the entry points included.
ServiceSet requestPath(const DesignIndex& design);

/// Every flow users start: the request path and what it reaches over event links too.
ServiceSet userFlows(const DesignIndex& design);

const Service* linkSource(const DesignIndex& design, const Link& link);
const Service* linkTarget(const DesignIndex& design, const Link& link);
const Region* regionOf(const DesignIndex& design, const Service& service);
/// The serving region with the largest traffic share, ties to the first by id: the primary,
/// and the region whose geography residency is measured from.
const Region* homeRegion(const DesignIndex& design);
bool inServingRegion(const DesignIndex& design, const Service& service);

/// Calls `visit(group)` once for every replica group with a member `select` accepts. Groups are
/// built only for selected stores, so a cheap `select` keeps rules about a few kinds cheap.
template <typename Select, typename Visit>
void forEachReplicaGroup(const DesignIndex& design, Select select, Visit visit)
{
    ServiceSet done;
    for (const auto& [id, store] : design.design().services) {
        if (done.contains(store) || !select(store))
            continue;
        const auto group = replicaGroup(design, store);
        if (group.size() > 1) {
            for (const auto* member : group)
                done.insert(*member);
        }
        visit(group);
    }
}

bool isDataStoreService(const DesignIndex& design, const Service& service);

/// A property as set on the service, else the kind's default; null when the kind has no such
/// property. DesignIndex::property() without the kind lookup and the copy, for hot loops.
const PropertyValue* propertyValue(const ServiceKind& kind, const Service& service,
                                   std::string_view name);

/// The distinct regions of the services, in order of first appearance; global ones are skipped.
std::vector<const Region*> regionsOf(const DesignIndex& design, const Services& services);

/// True when the store's one resource spans regions by itself (a quorum kind such as Spanner,
/// Firestore or CockroachDB set to sync-quorum, or a dual- or multi-region location), so there
/// are no replicas to draw.
bool spansRegionsByItself(const DesignIndex& design, const Service& store);

/// True when a key, secret, gateway or event bus is replicated to other regions by a setting
/// rather than by drawn copies (multi-region keys, replicated secrets, ...).
bool replicatedBySetting(const DesignIndex& design, const Service& service);

bool hasId(const std::vector<ServiceId>& ids, const Service& service);

// Text for findings.
/// "12.5", "300", "10,000".
std::string formatNumber(double value);
/// `value` with at most `decimals` decimals, trailing zeros dropped: 150, 0.4, 12.5.
std::string formatDecimal(double value, int decimals = 1);
/// "1 s", "90 s", "15 min", "4 h", "1.5 h".
std::string formatDuration(Seconds duration);
/// "a request", "an event".
std::string withArticle(std::string_view word);
/// "a", "a and b", "a, b and c".
std::string joinList(const std::vector<std::string>& items);
std::string labels(const DesignIndex& design, const Services& services);
std::string labels(const DesignIndex& design, const std::vector<const Region*>& regions);
/// "US East (N. Virginia) (us-east-1)" or "the global edge".
std::string regionName(const DesignIndex& design, const Service& service);
/// "in US East (N. Virginia) (us-east-1)" or "at the global edge".
std::string whereIs(const DesignIndex& design, const Service& service);

std::vector<std::string> ids(const Services& services);
void appendIds(std::vector<std::string>& out, const std::vector<const Region*>& regions);

} // namespace rs::rules
