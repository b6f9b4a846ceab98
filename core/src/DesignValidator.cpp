#include "core/DesignValidator.h"

#include "core/EnumNames.h"
#include "core/InputRanges.h"
#include "core/JsonText.h"
#include "core/TextFormat.h"
#include "core/rules/RuleCatalogue.h"

#include <cmath>
#include <set>
#include <string>

namespace rs {

namespace {

std::string format(double v)
{
    std::string s = std::to_string(v);
    s.erase(s.find_last_not_of('0') + 1);
    if (!s.empty() && s.back() == '.')
        s.pop_back();
    return s;
}

class Validator
{
public:
    Validator(const Design& design, const Catalogues& catalogues)
        : m_design(design)
        , m_catalogues(catalogues)
    {}

    Errors run()
    {
        checkWorkload();
        checkTargets();
        checkOperations();
        checkAssumptions();
        checkRegions();
        for (const auto& [id, service] : m_design.services)
            checkService(service);
        for (const auto& [id, link] : m_design.links)
            checkLink(link);
        checkRuleSettings();
        return std::move(m_errors);
    }

private:
    void at(const std::string& pointer, ErrorCode code, std::string message)
    {
        m_errors.push_back({code, std::move(message), {pointer, 0, 0, {}}});
    }
    void atElement(const std::string& id, const std::string& field, ErrorCode code,
                   std::string message)
    {
        m_errors.push_back({code, std::move(message), {field, 0, 0, id}});
    }
    void nonNegative(const std::string& pointer, double value, std::string_view what)
    {
        if (!(value >= 0.0) || !std::isfinite(value))
            at(pointer, ErrorCode::Range,
               std::string(what) + " is " + format(value) + "; it cannot be negative");
    }
    /// Not negative, and not above the plausible maximum of core/InputRanges.h.
    void inRange(const std::string& pointer, double value, std::string_view what,
                 const InputRange& range)
    {
        nonNegative(pointer, value, what);
        if (value > range.max)
            at(pointer, ErrorCode::Range, tooLarge(value, what, range));
    }
    static std::string tooLarge(double value, std::string_view what, const InputRange& range)
    {
        return std::string(what) + " is " + formatSignificant(value) + "; at most " +
               formatSignificant(range.max) + " (" + std::string(range.why) + ") is accepted";
    }
    void percent(const std::string& pointer, double value, std::string_view what)
    {
        if (!(value >= 0.0 && value <= 100.0))
            at(pointer, ErrorCode::Range,
               std::string(what) + " is " + format(value) + " %; it must be from 0 to 100");
    }

    void checkWorkload();
    void checkTargets();
    void checkOperations();
    void checkAssumptions();
    void checkRegions();
    void checkService(const Service& service);
    void checkLink(const Link& link);
    /// Pinned usage: finite and not negative; a link carries only transferred GB, a service
    /// everything else.
    void checkUsage(const std::string& id, const PinnedUsage& usage, bool link);
    void checkRuleSettings();
    const ServiceKind* kindOf(const ServiceId& id) const
    {
        const auto* s = m_design.service(id);
        return s ? m_catalogues.services.find(s->kind) : nullptr;
    }

    const Design& m_design;
    const Catalogues& m_catalogues;
    Errors m_errors;
};

void Validator::checkWorkload()
{
    const auto& w = m_design.workload;
    namespace r = input_ranges;
    inRange("/workload/requestsPerMonth", w.requestsPerMonth.value(), "requests per month",
            r::requestsPerMonth);
    inRange("/workload/peakRequestsPerSecond", w.peakRate.value(), "peak requests per second",
            r::peakRequestsPerSecond);
    percent("/workload/writePercent", w.writePercent, "the write share");
    inRange("/workload/requestBytes", w.requestSize.value(), "the request size", r::payloadBytes);
    inRange("/workload/responseBytes", w.responseSize.value(), "the response size",
            r::payloadBytes);
    inRange("/workload/storedGigabytes", w.storedData.value(), "stored data", r::storedGigabytes);
    inRange("/workload/growthGigabytesPerMonth", w.growthPerMonth.value(), "data growth",
            r::growthGigabytesPerMonth);
    inRange("/workload/functionDurationMs", w.functionDuration.value(), "function duration",
            r::functionDurationMs);
    if (w.functionMemoryMb > r::functionMemoryMb.max)
        at("/workload/functionMemoryMb", ErrorCode::Range,
           tooLarge(w.functionMemoryMb, "function memory", r::functionMemoryMb));
    if (!(w.functionMemoryMb > 0.0))
        at("/workload/functionMemoryMb", ErrorCode::Range,
           "function memory is " + format(w.functionMemoryMb) + " MB; it must be above 0");
}

void Validator::checkTargets()
{
    const auto& t = m_design.targets;
    for (const auto& [key, o] : {std::pair{"region", &t.region}, std::pair{"zone", &t.zone}}) {
        const std::string base = std::string("/targets/") + key;
        if (o->rto)
            nonNegative(base + "/rtoSeconds", o->rto->value(), "the RTO");
        if (o->rpo)
            nonNegative(base + "/rpoSeconds", o->rpo->value(), "the RPO");
    }
    if (t.availabilityPercent && !(*t.availabilityPercent > 0.0 && *t.availabilityPercent <= 100.0))
        at("/targets/availabilityPercent", ErrorCode::Range,
           "the availability objective must be above 0 and at most 100 %");
    for (std::size_t i = 0; i < t.noLostUpdates.size(); ++i) {
        const auto pointer = "/targets/noLostUpdates/" + std::to_string(i);
        const auto& id = t.noLostUpdates[i];
        const auto* kind = kindOf(id);
        if (!m_design.service(id))
            at(pointer, ErrorCode::Dangling, "no service has the id \"" + id.value + "\"");
        else if (kind && !isDataStore(kind->category))
            at(pointer, ErrorCode::Inconsistent,
               "\"" + id.value + "\" is a " + std::string(enumName(kind->category)) +
                   ", not a data store");
    }
    if (t.residency == Residency::Jurisdictions && t.jurisdictions.empty())
        at("/targets/jurisdictions", ErrorCode::Missing,
           "residency \"jurisdictions\" needs the list of allowed jurisdictions");
    if (t.monthlyBudget)
        nonNegative("/targets/monthlyBudgetUsd", t.monthlyBudget->value(), "the budget");
}

void Validator::checkOperations()
{
    const auto& o = m_design.operations;
    nonNegative("/operations/manualDecisionSeconds", o.manualDecisionTime.value(),
                "the decision time");
    if (o.drTestCadenceDays && !(*o.drTestCadenceDays > 0.0))
        at("/operations/drTestCadenceDays", ErrorCode::Range,
           "the DR test cadence must be a positive number of days");
}

void Validator::checkAssumptions()
{
    std::vector<RegionId> regions;
    for (const auto& [id, region] : m_design.regions)
        regions.push_back(id);
    auto errors = validateAssumptions(m_design.assumptions, regions);
    m_errors.insert(m_errors.end(), errors.begin(), errors.end());
}

void Validator::checkRegions()
{
    double totalTraffic = 0.0;
    std::set<std::pair<Provider, std::string>> seen;
    for (const auto& [id, region] : m_design.regions) {
        if (!m_catalogues.regions.find(region.provider, region.code))
            atElement(id.value, "code", ErrorCode::UnknownRegion,
                      std::string(enumName(region.provider)) + " has no region \"" + region.code +
                          "\" in the region catalogue");
        if (!seen.emplace(region.provider, region.code).second)
            atElement(id.value, "code", ErrorCode::Duplicate,
                      "region " + region.code + " appears twice in the design");
        if (!(region.trafficPercent >= 0.0 && region.trafficPercent <= 100.0))
            atElement(id.value, "trafficPercent", ErrorCode::Range,
                      "the traffic share is " + format(region.trafficPercent) +
                          " %; it must be from 0 to 100");
        if (!(region.headroomPercent >= 0.0))
            atElement(id.value, "headroomPercent", ErrorCode::Range,
                      "the headroom is " + format(region.headroomPercent) +
                          " %; it cannot be negative");
        if (!(region.size.width > 0.0 && region.size.height > 0.0))
            atElement(id.value, "layout", ErrorCode::Range,
                      "a region needs a positive width and height on the canvas");
        totalTraffic += region.trafficPercent;
    }
    constexpr double tolerance = 0.01;
    if (!m_design.regions.empty() && std::abs(totalTraffic - 100.0) > tolerance)
        at("/regions", ErrorCode::Range,
           "the regions' traffic shares add up to " + format(totalTraffic) + " %, not 100 %");
}

void Validator::checkUsage(const std::string& id, const PinnedUsage& usage, bool link)
{
    for (const auto& [quantity, value] : usage) {
        const auto field = "usage/" + std::string(enumName(quantity));
        if (!(value >= 0.0) || !std::isfinite(value))
            atElement(id, field, ErrorCode::Range,
                      "the monthly usage is " + format(value) + "; it cannot be negative");
        else if (value > input_ranges::pinnedUsage.max)
            atElement(id, field, ErrorCode::Range,
                      tooLarge(value, "the monthly usage", input_ranges::pinnedUsage));
        if (link != (quantity == UsageQuantity::TransferredGb))
            atElement(id, field, ErrorCode::Inconsistent,
                      link ? "a link's usage is the GB it transfers (transferredGb)"
                           : "transferredGb belongs on the link that carries the data");
    }
}

void Validator::checkService(const Service& service)
{
    const auto& id = service.id.value;
    checkUsage(id, service.usage, false);
    const auto* kind = m_catalogues.services.find(service.kind);
    if (!kind) {
        atElement(id, "kind", ErrorCode::UnknownKind,
                  "\"" + service.kind + "\" is not a service kind in the catalogue");
        return;
    }
    const Region* region = nullptr;
    if (service.region) {
        region = m_design.region(*service.region);
        if (!region)
            atElement(id, "region", ErrorCode::Dangling,
                      "no region has the id \"" + service.region->value + "\"");
    }
    if (kind->scope == Scope::Regional && !service.region)
        atElement(id, "region", ErrorCode::Inconsistent,
                  kind->name + " is a regional service: place it in a region");
    if (kind->scope == Scope::Global && service.region)
        atElement(id, "region", ErrorCode::Inconsistent,
                  kind->name + " is a global service: it cannot sit in a region");
    if (region && kind->provider != Provider::Neutral && kind->provider != region->provider)
        atElement(id, "region", ErrorCode::Inconsistent,
                  kind->name + " cannot run in " + std::string(enumName(region->provider)) +
                      " region " + region->code);
    for (const auto& [name, value] : service.properties) {
        const auto* spec = kind->property(name);
        if (!spec)
            atElement(id, "properties/" + name, ErrorCode::UnknownProperty,
                      kind->id + " has no property \"" + name + "\"");
        else if (const auto problem = spec->check(value))
            atElement(id, "properties/" + name, problem->first, problem->second);
    }
}

void Validator::checkLink(const Link& link)
{
    const auto& id = link.id.value;
    checkUsage(id, link.usage, true);
    const auto* fromKind = kindOf(link.from);
    const auto* toKind = kindOf(link.to);
    if (!m_design.service(link.from))
        atElement(id, "from", ErrorCode::Dangling,
                  "no service has the id \"" + link.from.value + "\"");
    if (!m_design.service(link.to))
        atElement(id, "to", ErrorCode::Dangling, "no service has the id \"" + link.to.value + "\"");
    if (link.from == link.to)
        atElement(id, "to", ErrorCode::Inconsistent, "a link cannot connect a service to itself");
    if (!(link.payload.value() >= 0.0))
        atElement(id, "payloadBytes", ErrorCode::Range, "the payload size cannot be negative");
    else if (link.payload.value() > input_ranges::payloadBytes.max)
        atElement(id, "payloadBytes", ErrorCode::Range,
                  tooLarge(link.payload.value(), "the payload size", input_ranges::payloadBytes));
    if (!(link.callsPerRequest >= 0.0))
        atElement(id, "callsPerRequest", ErrorCode::Range, "calls per request cannot be negative");
    else if (link.callsPerRequest > input_ranges::callsPerRequest.max)
        atElement(
            id, "callsPerRequest", ErrorCode::Range,
            tooLarge(link.callsPerRequest, "calls per request", input_ranges::callsPerRequest));
    if (!fromKind || !toKind)
        return;

    const auto expect = [&](bool ok, const std::string& field, const std::string& message) {
        if (!ok)
            atElement(id, field, ErrorCode::Inconsistent,
                      "a " + std::string(enumName(link.kind)) + " link " + message);
    };
    const auto from = fromKind->category;
    const auto to = toKind->category;
    switch (link.kind) {
    case LinkKind::UsesKey:
        expect(to == Category::Key, "to", "must point to a key");
        break;
    case LinkKind::UsesSecret:
        expect(to == Category::Secret, "to", "must point to a secret store");
        break;
    case LinkKind::Authenticates:
        expect(to == Category::Identity, "to", "must point to an identity provider");
        break;
    case LinkKind::Replication:
        expect(isDataStore(from) && fromKind->id == toKind->id, "to",
               "must connect two data stores of the same kind");
        break;
    case LinkKind::HealthCheck:
        expect(from == Category::Router, "from", "must start at a router");
        break;
    case LinkKind::Route:
        expect(from == Category::Router || from == Category::Cdn || from == Category::Waf, "from",
               "must start at a router, CDN or WAF");
        break;
    case LinkKind::Origin:
        expect(from == Category::Cdn || from == Category::Router, "from",
               "must start at a CDN or an edge router");
        break;
    case LinkKind::Request:
    case LinkKind::Event:
        break;
    }
}

void Validator::checkRuleSettings()
{
    for (const auto& [ruleId, setting] : m_design.ruleSettings) {
        const bool wellFormed = ruleId.size() == 7 && ruleId.starts_with("RES-") &&
                                std::isdigit(static_cast<unsigned char>(ruleId[4])) &&
                                std::isdigit(static_cast<unsigned char>(ruleId[5])) &&
                                std::isdigit(static_cast<unsigned char>(ruleId[6]));
        if (!wellFormed)
            at("/rules/" + json::escapePointerToken(ruleId), ErrorCode::Range,
               "\"" + excerpt(ruleId) + "\" is not a rule id (RES- and three digits)");
        else if (!findRule(ruleId))
            // A setting for a rule this program lacks would be silently ignored; the person
            // most likely mistyped the id they meant to switch off.
            at("/rules/" + ruleId, ErrorCode::UnknownField,
               "\"" + ruleId + "\" is not a rule of this program (see 'resilience rules')");
    }
}

} // namespace

Errors validateDesign(const Design& design, const Catalogues& catalogues)
{
    return Validator(design, catalogues).run();
}

} // namespace rs
