#include "RuleHelpers.h"

#include "ReplicationModeOf.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <sstream>

namespace rs::rules {

namespace {

bool hasIncoming(const DesignIndex& d, const Service& s, std::initializer_list<LinkKind> kinds)
{
    const auto& in = d.incoming(s.id);
    return std::any_of(in.begin(), in.end(), [&](const Link* l) {
        return std::find(kinds.begin(), kinds.end(), l->kind) != kinds.end();
    });
}

ServiceSet reach(const DesignIndex& d, bool followEvents)
{
    ServiceSet seen;
    Services pending;
    for (const auto& [id, s] : d.design().services) {
        if (isEntryPoint(d, s) && seen.insert(s))
            pending.push_back(&s);
    }
    while (!pending.empty()) {
        const auto* s = pending.back();
        pending.pop_back();
        for (const auto* l : d.outgoing(s->id)) {
            const bool follow = l->kind == LinkKind::Route || l->kind == LinkKind::Origin ||
                                l->kind == LinkKind::Request ||
                                (followEvents && l->kind == LinkKind::Event);
            const auto* to = follow ? linkTarget(d, *l) : nullptr;
            if (to && seen.insert(*to))
                pending.push_back(to);
        }
    }
    return seen;
}

} // namespace

bool isDataStoreService(const DesignIndex& d, const Service& s)
{
    const auto* k = d.kind(s);
    return k && isDataStore(k->category);
}

const PropertyValue* propertyValue(const ServiceKind& kind, const Service& s, std::string_view name)
{
    if (const auto it = s.properties.find(name); it != s.properties.end())
        return &it->second;
    const auto* spec = kind.property(name);
    return spec ? &spec->defaultValue : nullptr;
}

bool isEntryPoint(const DesignIndex& d, const Service& s)
{
    const auto* k = d.kind(s);
    if (!k)
        return false;
    switch (k->category) {
    case Category::Router:
    case Category::Cdn:
    case Category::Waf:
    case Category::ApiGateway:
        return !hasIncoming(d, s, {LinkKind::Route, LinkKind::Origin, LinkKind::Request});
    case Category::Compute:
        return !hasIncoming(
            d, s, {LinkKind::Route, LinkKind::Origin, LinkKind::Request, LinkKind::Event});
    default:
        return false;
    }
}

ServiceSet requestPath(const DesignIndex& d)
{
    return reach(d, false);
}

ServiceSet userFlows(const DesignIndex& d)
{
    return reach(d, true);
}

const Service* linkSource(const DesignIndex& d, const Link& link)
{
    return d.design().service(link.from);
}

const Service* linkTarget(const DesignIndex& d, const Link& link)
{
    return d.design().service(link.to);
}

const Region* regionOf(const DesignIndex& d, const Service& s)
{
    return s.region ? d.design().region(*s.region) : nullptr;
}

bool inServingRegion(const DesignIndex& d, const Service& s)
{
    const auto* r = regionOf(d, s);
    return r && r->role != RegionRole::BackupOnly;
}

std::vector<const Region*> regionsOf(const DesignIndex& d, const Services& services)
{
    std::vector<const Region*> regions;
    for (const auto* s : services) {
        const auto* r = regionOf(d, *s);
        if (r && std::find(regions.begin(), regions.end(), r) == regions.end())
            regions.push_back(r);
    }
    return regions;
}

bool spansRegionsByItself(const DesignIndex& d, const Service& store)
{
    const auto* k = d.kind(store);
    if (!k)
        return false;
    const auto mode = replicationModeOf(d, store);
    if (mode == ReplicationMode::None)
        return false;
    const auto& modes = k->replication.modes;
    const bool quorumOnly =
        std::find(modes.begin(), modes.end(), ReplicationMode::Async) == modes.end();
    const auto location = d.text(store, "locationType").value_or("");
    return (mode == ReplicationMode::SyncQuorum && quorumOnly) || location == "dual-region" ||
           location == "multi-region";
}

bool replicatedBySetting(const DesignIndex& d, const Service& s)
{
    const auto* k = d.kind(s);
    if (!k || isDataStore(k->category))
        return false;
    for (const auto* name :
         {"multiRegion", "replicated", "multiRegionGateways", "crossRegionStandby"}) {
        if (d.flag(s, name).value_or(false))
            return true;
    }
    return replicationModeOf(d, s) != ReplicationMode::None;
}

bool hasId(const std::vector<ServiceId>& list, const Service& s)
{
    return std::find(list.begin(), list.end(), s.id) != list.end();
}

std::string formatDecimal(double value, int decimals)
{
    char buffer[64];
    std::snprintf(buffer, sizeof buffer, "%.*f", decimals, value);
    std::string text(buffer);
    if (text.find('.') != std::string::npos) {
        text.erase(text.find_last_not_of('0') + 1);
        if (text.back() == '.')
            text.pop_back();
    }
    return text;
}

const Region* homeRegion(const DesignIndex& design)
{
    const Region* home = nullptr;
    for (const auto* region : design.servingRegions()) {
        if (!home || region->trafficPercent > home->trafficPercent)
            home = region;
    }
    return home;
}

std::string formatNumber(double value)
{
    std::ostringstream out;
    out.precision(10);
    out << value;
    auto text = out.str();
    // Group the digits of large whole numbers, as the messages write "100,000 writes".
    if (std::abs(value) >= 10'000.0 && std::abs(value) < 1e15 &&
        text.find_first_of(".e") == std::string::npos) {
        const std::size_t first = value < 0 ? 1 : 0;
        for (auto i = text.size(); i > first + 3; i -= 3)
            text.insert(i - 3, 1, ',');
    }
    return text;
}

std::string formatDuration(Seconds duration)
{
    const double s = duration.value();
    const bool wholeMinutes = std::fmod(s, 60.0) == 0.0;
    if (s < 120.0 || !wholeMinutes)
        return formatNumber(s) + " s";
    if (std::fmod(s, 3600.0) == 0.0 || s >= 7200.0)
        return formatNumber(s / 3600.0) + " h";
    return formatNumber(s / 60.0) + " min";
}

std::string withArticle(std::string_view word)
{
    const bool vowel =
        !word.empty() && std::string_view("aeiou").find(word.front()) != std::string_view::npos;
    return (vowel ? "an " : "a ") + std::string(word);
}

std::string joinList(const std::vector<std::string>& items)
{
    std::string out;
    for (std::size_t i = 0; i < items.size(); ++i) {
        if (i > 0)
            out += i + 1 == items.size() ? " and " : ", ";
        out += items[i];
    }
    return out;
}

std::string labels(const DesignIndex& d, const Services& services)
{
    std::vector<std::string> items;
    items.reserve(services.size());
    for (const auto* s : services)
        items.push_back(d.label(*s));
    return joinList(items);
}

std::string labels(const DesignIndex& d, const std::vector<const Region*>& regions)
{
    std::vector<std::string> items;
    items.reserve(regions.size());
    for (const auto* r : regions)
        items.push_back(d.label(*r));
    return joinList(items);
}

std::string regionName(const DesignIndex& d, const Service& s)
{
    const auto* r = regionOf(d, s);
    return r ? d.label(*r) : std::string("the global edge");
}

std::string whereIs(const DesignIndex& d, const Service& s)
{
    const auto* r = regionOf(d, s);
    return r ? "in " + d.label(*r) : std::string("at the global edge");
}

std::vector<std::string> ids(const Services& services)
{
    std::vector<std::string> out;
    out.reserve(services.size());
    for (const auto* s : services)
        out.push_back(s->id.value);
    return out;
}

void appendIds(std::vector<std::string>& out, const std::vector<const Region*>& regions)
{
    for (const auto* r : regions)
        out.push_back(r->id.value);
}

} // namespace rs::rules
