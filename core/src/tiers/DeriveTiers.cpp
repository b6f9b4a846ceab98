#include "core/DesignIndex.h"
#include "core/resilience/UserFlows.h"
#include "core/tiers/ResilienceTiers.h"

#include <algorithm>
#include <cmath>
#include <set>
#include <tuple>

namespace rs {

namespace {

constexpr double fullShare = 100.0;

/// The region a single-region design would fail over to: same provider, same jurisdiction if
/// possible, else same continent, else the nearest.
const RegionInfo* partnerFor(const RegionInfo& home, const RegionCatalogue& regions)
{
    const RegionInfo* best = nullptr;
    auto rank = [&](const RegionInfo& r) {
        return std::tuple(r.jurisdiction != home.jurisdiction, r.continent != home.continent,
                          distanceKm(home, r));
    };
    for (const auto& r : regions.regions()) {
        if (r.provider != home.provider || r.code == home.code)
            continue;
        if (!best || rank(r) < rank(*best))
            best = &r;
    }
    return best;
}

template <typename Map> std::string freshId(const Map& taken, const std::string& wanted)
{
    using Key = typename Map::key_type;
    std::string id = wanted;
    for (int n = 2; taken.count(Key(id)); ++n)
        id = wanted + "-" + std::to_string(n);
    return id;
}

bool isDataStore(const DesignIndex& d, const Service& s)
{
    return d.is(s, Category::Database) || d.is(s, Category::Cache) ||
           d.is(s, Category::ObjectStore);
}

/// Turns replication on for a store that has none, with the first mode its kind allows.
void replicate(const DesignIndex& d, Service& store)
{
    const auto* kind = d.kind(store);
    const auto* spec = kind ? kind->property("replicationMode") : nullptr;
    if (!spec || d.text(store, "replicationMode").value_or("none") != "none")
        return;
    for (const auto& mode : spec->values) {
        if (mode != "none") {
            store.properties["replicationMode"] = mode;
            return;
        }
    }
}

/// Puts the provider's DNS router in front of regional entry points that users call directly,
/// routing to and health-checking each of them and its copy: without one, nothing can move
/// users to the partner region.
void addRouter(Design& design, const Catalogues& catalogues, const Region& home,
               const std::map<ServiceId, ServiceId>& copyOf, std::vector<std::string>& changes)
{
    const DesignIndex index(design, catalogues);
    std::vector<ServiceId> entries;
    for (const auto* entry : userEntries(index)) {
        if (entry->isGlobal())
            return; // users already arrive through the global edge
        if (const auto copy = copyOf.find(entry->id); copy != copyOf.end()) {
            entries.push_back(entry->id);
            entries.push_back(copy->second);
        }
    }
    const auto& kinds = catalogues.services.kinds();
    const auto router = std::find_if(kinds.begin(), kinds.end(), [&](const ServiceKind& k) {
        return k.provider == home.provider && k.category == Category::Router && k.routing &&
               k.routing->type == RoutingType::Dns;
    });
    if (entries.empty() || router == kinds.end())
        return;
    Service dns;
    dns.id = ServiceId(freshId(design.services, "dns"));
    dns.kind = router->id;
    dns.name = router->name;
    dns.position = {home.position.x + home.size.width / 2.0, home.position.y - 120.0};
    for (const auto& entry : entries) {
        for (const auto kind : {LinkKind::Route, LinkKind::HealthCheck}) {
            Link link;
            link.id =
                LinkId(freshId(design.links, dns.id.value + "-" + std::string(enumName(kind)) +
                                                 "-" + entry.value));
            link.from = dns.id;
            link.to = entry;
            link.kind = kind;
            design.links.emplace(link.id, link);
        }
    }
    changes.push_back("put " + router->name + " in front of the regional entry points");
    design.services.emplace(dns.id, std::move(dns));
}

/// The region the home region fails over to: the design's first other region of the same
/// provider, else a new one, the nearest. Empty when the provider has no other region.
RegionId partnerRegion(Design& design, const Catalogues& catalogues, const Region& home,
                       std::vector<std::string>& changes)
{
    RegionId partnerId;
    for (const auto& [id, r] : design.regions) {
        if (id != home.id && r.provider == home.provider) {
            partnerId = id;
            break;
        }
    }
    if (partnerId.value.empty()) {
        const auto* homeInfo = catalogues.regions.find(home.provider, home.code);
        const auto* info = homeInfo ? partnerFor(*homeInfo, catalogues.regions) : nullptr;
        if (!info)
            return partnerId;
        Region partner = home;
        partner.id = RegionId(freshId(design.regions, info->code));
        partner.code = info->code;
        partner.name.clear();
        partner.position.x = home.position.x + home.size.width + 80.0;
        partnerId = partner.id;
        design.regions.emplace(partner.id, partner);
        changes.push_back("added " + info->code + " (" + info->name + ") as the partner region");
    }
    return partnerId;
}

/// Copies the home region's services and links into the partner region, with the data stores
/// replicating to their copies.
void copyStack(Design& design, const Catalogues& catalogues, const Region& home,
               const RegionId& partnerId, std::vector<std::string>& changes)
{
    const std::string code = design.regions.at(partnerId).code;
    const DesignIndex before(design, catalogues);
    std::map<ServiceId, ServiceId> copyOf;
    std::vector<Service> copies;
    for (const auto* s : before.servicesIn(home.id)) {
        Service copy = *s;
        copy.id = ServiceId(freshId(design.services, s->id.value + "-" + code));
        copy.region = partnerId;
        copyOf.emplace(s->id, copy.id);
        copies.push_back(std::move(copy));
    }
    for (auto& copy : copies)
        design.services.emplace(copy.id, std::move(copy));

    std::vector<Link> links;
    for (const auto& [id, link] : before.design().links) {
        const auto from = copyOf.find(link.from);
        const auto to = copyOf.find(link.to);
        if (from == copyOf.end() && to == copyOf.end())
            continue;
        Link copy = link;
        copy.id = LinkId(freshId(design.links, id.value + "-" + code));
        copy.from = from == copyOf.end() ? link.from : from->second;
        copy.to = to == copyOf.end() ? link.to : to->second;
        design.links.emplace(copy.id, copy);
    }
    const DesignIndex after(design, catalogues);
    for (const auto& [original, copy] : copyOf) {
        auto& store = design.services.at(original);
        if (!isDataStore(after, store))
            continue;
        replicate(after, store);
        design.services.at(copy).properties = store.properties;
        Link replication;
        replication.id = LinkId(freshId(design.links, original.value + "-to-" + code));
        replication.from = original;
        replication.to = copy;
        replication.kind = LinkKind::Replication;
        replication.payload = design.workload.requestSize;
        replication.privateNetwork = true;
        design.links.emplace(replication.id, replication);
    }
    changes.push_back("copied the " + std::to_string(copyOf.size()) + " services of " + home.code +
                      " into " + code + ", with their data stores replicating to it");
    addRouter(design, catalogues, home, copyOf, changes);
}

/// Removes every service outside `keep` and the links that touch them.
std::size_t removeServicesOutside(Design& design, const RegionId& keep)
{
    std::set<ServiceId> removed;
    for (auto it = design.services.begin(); it != design.services.end();) {
        if (it->second.region && *it->second.region != keep) {
            removed.insert(it->first);
            it = design.services.erase(it);
        } else {
            ++it;
        }
    }
    std::erase_if(design.links, [&](const auto& entry) {
        return removed.count(entry.second.from) || removed.count(entry.second.to);
    });
    return removed.size();
}

void setRole(Region& region, RegionRole role, double traffic, double headroom)
{
    region.role = role;
    region.trafficPercent = traffic;
    region.headroomPercent = headroom;
}

std::string describe(const Region& r)
{
    return r.code + ": " + std::string(enumName(r.role)) + ", " +
           std::to_string(std::lround(r.trafficPercent)) + " % of traffic, " +
           std::to_string(std::lround(r.headroomPercent)) + " % headroom";
}

TierDesign derive(ResilienceTier tier, const Design& full, const Catalogues& catalogues,
                  const RegionId& homeId, std::vector<std::string> changes)
{
    TierDesign out{tier, full, std::move(changes)};
    Design& d = out.design;
    const std::size_t regions = d.regions.size();
    // A tier with one serving region puts all the traffic where the design serves only part
    // of it: its per-request lines then cost more than the design's baseline, which prices
    // the home region at its own share. Said here, so the dearer figure is not a surprise.
    const auto& homeRegion = full.regions.at(homeId);
    if (tier != ResilienceTier::ActiveActive && homeRegion.trafficPercent < fullShare - 0.5)
        out.changes.push_back(
            homeRegion.code + " takes all the traffic (" +
            std::to_string(std::lround(homeRegion.trafficPercent)) +
            " % in the design), so its per-request lines cost more than in the design's "
            "baseline, which prices only that share");
    for (auto& [id, r] : d.regions) {
        const bool home = id == homeId;
        switch (tier) {
        case ResilienceTier::SingleRegion:
        case ResilienceTier::BackupRestore:
            setRole(r, home ? RegionRole::Active : RegionRole::BackupOnly, home ? fullShare : 0.0,
                    home ? r.headroomPercent : 0.0);
            break;
        case ResilienceTier::PilotLight:
            setRole(r, home ? RegionRole::Active : RegionRole::PilotLight, home ? fullShare : 0.0,
                    home ? r.headroomPercent : 0.0);
            break;
        case ResilienceTier::WarmStandby:
            setRole(r, home ? RegionRole::Active : RegionRole::WarmStandby, home ? fullShare : 0.0,
                    home ? r.headroomPercent : fullShare);
            break;
        case ResilienceTier::ActiveActive: {
            const double share = fullShare / static_cast<double>(regions);
            setRole(r, RegionRole::Active, share, fullShare - share);
            break;
        }
        }
    }
    if (tier == ResilienceTier::SingleRegion || tier == ResilienceTier::BackupRestore) {
        const auto removed = removeServicesOutside(d, homeId);
        if (removed > 0)
            out.changes.push_back("removed the " + std::to_string(removed) + " services outside " +
                                  d.regions.at(homeId).code);
    }
    if (tier == ResilienceTier::SingleRegion) {
        std::erase_if(d.regions, [&](const auto& entry) { return entry.first != homeId; });
    }
    const DesignIndex index(d, catalogues);
    for (auto& [id, s] : d.services) {
        if (!isDataStore(index, s) || tier > ResilienceTier::BackupRestore)
            continue;
        const auto* kind = index.kind(s);
        if (kind && kind->property("replicationMode"))
            s.properties["replicationMode"] = std::string("none");
        if (tier == ResilienceTier::BackupRestore && kind && kind->property("backups") &&
            kind->property("backupCrossRegion")) {
            s.properties["backups"] = true;
            s.properties["backupCrossRegion"] = true;
        }
    }
    if (tier == ResilienceTier::BackupRestore)
        out.changes.push_back("backed the data stores up to another region");
    for (const auto& [id, r] : d.regions)
        out.changes.push_back(describe(r));
    return out;
}

} // namespace

ResilienceTier currentTier(const Design& design)
{
    std::size_t serving = 0;
    auto strongest = ResilienceTier::SingleRegion;
    for (const auto& [id, r] : design.regions) {
        if (r.role == RegionRole::Active && r.trafficPercent > 0.0)
            ++serving;
        const auto tier = r.role == RegionRole::WarmStandby  ? ResilienceTier::WarmStandby
                          : r.role == RegionRole::PilotLight ? ResilienceTier::PilotLight
                          : r.role == RegionRole::BackupOnly ? ResilienceTier::BackupRestore
                                                             : ResilienceTier::SingleRegion;
        strongest = std::max(strongest, tier);
    }
    return serving > 1 ? ResilienceTier::ActiveActive : strongest;
}

std::vector<TierDesign> deriveTiers(const Design& design, const Catalogues& catalogues)
{
    const DesignIndex index(design, catalogues);
    const auto* home = index.homeRegion();
    if (!home)
        return {};
    // Single region and backup-and-restore start from the design as drawn; the standby tiers
    // need a second stack, copied when only the home region has services.
    const bool onlyHomeServes =
        std::all_of(design.services.begin(), design.services.end(), [&](const auto& entry) {
            return !entry.second.region || *entry.second.region == home->id;
        });
    Design withBackupRegion = design;
    std::vector<std::string> backupChanges;
    if (design.regions.size() == 1)
        partnerRegion(withBackupRegion, catalogues, *home, backupChanges);
    Design withStandby = withBackupRegion;
    std::vector<std::string> standbyChanges = backupChanges;
    if (onlyHomeServes) {
        const auto partner = partnerRegion(withStandby, catalogues, *home, standbyChanges);
        if (!partner.value.empty())
            copyStack(withStandby, catalogues, *home, partner, standbyChanges);
    }

    std::vector<TierDesign> tiers;
    for (const auto& [tier, name] : EnumNames<ResilienceTier>::names) {
        if (tier == ResilienceTier::SingleRegion)
            tiers.push_back(derive(tier, design, catalogues, home->id, {}));
        else if (tier == ResilienceTier::BackupRestore)
            tiers.push_back(derive(tier, withBackupRegion, catalogues, home->id, backupChanges));
        else
            tiers.push_back(derive(tier, withStandby, catalogues, home->id, standbyChanges));
    }
    return tiers;
}

void giveEachRegionItsOwn(Design& design, const RegionId& home,
                          const std::vector<std::string>& services)
{
    for (const auto& name : services) {
        const auto original = design.services.find(ServiceId(name));
        if (original == design.services.end() || original->second.region != home)
            continue;
        const Service blocker = original->second;
        std::map<RegionId, ServiceId> copyIn;
        for (auto& [id, link] : design.links) {
            const auto from = design.services.find(link.from);
            if (link.to != blocker.id || from == design.services.end() || !from->second.region ||
                *from->second.region == home)
                continue;
            const auto& region = *from->second.region;
            auto copy = copyIn.find(region);
            if (copy == copyIn.end()) {
                Service own = blocker;
                own.id = ServiceId(
                    freshId(design.services, name + "-" + design.regions.at(region).code));
                own.region = region;
                copy = copyIn.emplace(region, own.id).first;
                design.services.emplace(own.id, std::move(own));
            }
            link.to = copy->second;
        }
    }
}

} // namespace rs
