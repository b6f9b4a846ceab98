#include "PropertyJson.h"
#include "core/DesignFormat.h"

namespace rs {

using json::number;
using nlohmann::ordered_json;

namespace {

ordered_json workloadJson(const Workload& w)
{
    return {
        {"requestsPerMonth", number(w.requestsPerMonth.value())},
        {"peakRequestsPerSecond", number(w.peakRate.value())},
        {"writePercent", number(w.writePercent)},
        {"requestBytes", number(w.requestSize.value())},
        {"responseBytes", number(w.responseSize.value())},
        {"storedGigabytes", number(w.storedData.value())},
        {"growthGigabytesPerMonth", number(w.growthPerMonth.value())},
        {"functionDurationMs", number(w.functionDuration.value())},
        {"functionMemoryMb", number(w.functionMemoryMb)},
    };
}

ordered_json objectivesJson(const RecoveryObjectives& o)
{
    ordered_json j = ordered_json::object();
    if (o.rto)
        j["rtoSeconds"] = number(o.rto->value());
    if (o.rpo)
        j["rpoSeconds"] = number(o.rpo->value());
    return j;
}

ordered_json targetsJson(const Targets& t)
{
    ordered_json j;
    j["tier"] = enumName(t.tier);
    j["region"] = objectivesJson(t.region);
    j["zone"] = objectivesJson(t.zone);
    if (t.availabilityPercent)
        j["availabilityPercent"] = number(*t.availabilityPercent);
    j["noLostUpdates"] = ordered_json::array();
    for (const auto& id : t.noLostUpdates)
        j["noLostUpdates"].push_back(id.value);
    j["residency"] = enumName(t.residency);
    j["jurisdictions"] = t.jurisdictions;
    if (t.monthlyBudget)
        j["monthlyBudgetUsd"] = number(t.monthlyBudget->value());
    return j;
}

ordered_json operationsJson(const Operations& o)
{
    ordered_json j;
    j["failoverDecision"] = enumName(o.decision);
    j["manualDecisionSeconds"] = number(o.manualDecisionTime.value());
    if (o.drTestCadenceDays)
        j["drTestCadenceDays"] = number(*o.drTestCadenceDays);
    j["failoverRunbook"] = o.failoverRunbook;
    j["failbackPlan"] = o.failbackPlan;
    return j;
}

/// Only what the design sets: an unset assumption is the default, and the file says so by
/// leaving it out.
ordered_json assumptionsJson(const Assumptions& a)
{
    ordered_json j = ordered_json::object();
    if (a.regionOutagesPerYear)
        j["regionOutagesPerYear"] = number(*a.regionOutagesPerYear);
    if (!a.regionOutagesPerYearByRegion.empty()) {
        ordered_json byRegion = ordered_json::object();
        for (const auto& [id, rate] : a.regionOutagesPerYearByRegion)
            byRegion[id.value] = number(rate);
        j["regionOutagesPerYearByRegion"] = std::move(byRegion);
    }
    if (a.meanRegionOutageHours)
        j["meanRegionOutageHours"] = number(*a.meanRegionOutageHours);
    if (a.commonCauseFraction)
        j["commonCauseFraction"] = number(*a.commonCauseFraction);
    if (a.freeTiers)
        j["freeTiers"] = *a.freeTiers;
    if (a.hoursPerMonth)
        j["hoursPerMonth"] = number(*a.hoursPerMonth);
    if (a.redeployMinutes)
        j["redeployMinutes"] = number(*a.redeployMinutes);
    return j;
}

ordered_json regionJson(const Region& r)
{
    ordered_json j;
    j["id"] = r.id.value;
    j["provider"] = enumName(r.provider);
    j["code"] = r.code;
    if (!r.name.empty())
        j["name"] = r.name;
    j["role"] = enumName(r.role);
    j["trafficPercent"] = number(r.trafficPercent);
    j["headroomPercent"] = number(r.headroomPercent);
    j["layout"] = {{"x", number(r.position.x)},
                   {"y", number(r.position.y)},
                   {"width", number(r.size.width)},
                   {"height", number(r.size.height)}};
    return j;
}

/// Only what the design sets, so a file without pinned usage is written as before.
void writeUsage(ordered_json& j, const PinnedUsage& usage)
{
    if (usage.empty())
        return;
    ordered_json out = ordered_json::object();
    for (const auto& [quantity, value] : usage)
        out[std::string(enumName(quantity))] = number(value);
    j["usage"] = std::move(out);
}

ordered_json serviceJson(const Service& s)
{
    ordered_json j;
    j["id"] = s.id.value;
    j["kind"] = s.kind;
    j["name"] = s.name;
    if (s.region)
        j["region"] = s.region->value;
    ordered_json props = ordered_json::object();
    for (const auto& [name, value] : s.properties)
        props[name] = json::propertyToJson(value);
    j["properties"] = std::move(props);
    writeUsage(j, s.usage);
    j["layout"] = {{"x", number(s.position.x)}, {"y", number(s.position.y)}};
    return j;
}

ordered_json linkJson(const Link& l)
{
    ordered_json j{
        {"id", l.id.value},
        {"from", l.from.value},
        {"to", l.to.value},
        {"kind", enumName(l.kind)},
        {"payloadBytes", number(l.payload.value())},
        {"callsPerRequest", number(l.callsPerRequest)},
        {"encrypted", l.encrypted},
        {"privateNetwork", l.privateNetwork},
    };
    // Written only when it says something, so files from before it stay byte for byte.
    if (l.access != LinkAccess::ReadWrite)
        j["access"] = enumName(l.access);
    writeUsage(j, l.usage);
    return j;
}

} // namespace

std::string writeDesign(const Design& design)
{
    ordered_json root;
    root["schemaVersion"] = designSchemaVersion;
    root["name"] = design.name;
    root["description"] = design.description;
    root["workload"] = workloadJson(design.workload);
    root["targets"] = targetsJson(design.targets);
    root["operations"] = operationsJson(design.operations);
    if (!design.assumptions.empty())
        root["assumptions"] = assumptionsJson(design.assumptions);
    root["regions"] = ordered_json::array();
    for (const auto& [id, region] : design.regions)
        root["regions"].push_back(regionJson(region));
    root["services"] = ordered_json::array();
    for (const auto& [id, service] : design.services)
        root["services"].push_back(serviceJson(service));
    root["links"] = ordered_json::array();
    for (const auto& [id, link] : design.links)
        root["links"].push_back(linkJson(link));
    ordered_json rules = ordered_json::object();
    for (const auto& [ruleId, setting] : design.ruleSettings) {
        ordered_json s;
        s["enabled"] = setting.enabled;
        if (setting.severity)
            s["severity"] = enumName(*setting.severity);
        rules[ruleId] = std::move(s);
    }
    root["rules"] = std::move(rules);
    return root.dump(2, ' ', false, nlohmann::ordered_json::error_handler_t::replace) + "\n";
}

} // namespace rs
