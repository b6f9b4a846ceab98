#include "DesignMigration.h"
#include "JsonObjectReader.h"
#include "PropertyJson.h"
#include "core/DesignFormat.h"
#include "core/DesignValidator.h"
#include "core/JsonText.h"
#include "core/TextFormat.h"

#include <unordered_map>
#include <unordered_set>

namespace rs {

using json::Need;
using Json = nlohmann::json;

namespace {

/// Builds a Design from a parsed document, collecting every structural problem. What the values
/// mean is left to validateDesign(); this only needs the pointers to map its errors back.
class DesignParser
{
public:
    DesignParser(const Catalogues& catalogues, Errors& errors)
        : m_catalogues(catalogues)
        , m_errors(errors)
    {}

    Design read(const Json& root);

    /// The file's pointer to the element with this id ("/services/3").
    const std::unordered_map<std::string, std::string>& elementPointers() const
    {
        return m_elementPointers;
    }

private:
    void readWorkload(const Json& j, const std::string& pointer, Workload& w);
    void readTargets(const Json& j, const std::string& pointer, Targets& t);
    void readOperations(const Json& j, const std::string& pointer, Operations& o);
    void readAssumptions(const Json& j, const std::string& pointer, Assumptions& a);
    void readRegion(const Json& j, const std::string& pointer, Design& design);
    void readService(const Json& j, const std::string& pointer, Design& design);
    PinnedUsage readUsage(json::ObjectReader& element);
    void readLink(const Json& j, const std::string& pointer, Design& design);
    void readRules(const Json& j, const std::string& pointer, Design& design);
    std::optional<std::string> readId(json::ObjectReader& r);

    template <typename Fn> void forEachIn(const Json* array, const std::string& pointer, Fn&& fn)
    {
        if (!array)
            return;
        for (std::size_t i = 0; i < array->size(); ++i)
            fn((*array)[i], pointer + "/" + std::to_string(i));
    }

    const Catalogues& m_catalogues;
    Errors& m_errors;
    std::unordered_map<std::string, std::string> m_elementPointers;
};

std::optional<std::string> DesignParser::readId(json::ObjectReader& r)
{
    auto id = r.string("id", Need::Required);
    if (!id)
        return std::nullopt;
    if (!isValidElementId(*id)) {
        r.addError(ErrorCode::Type, "id",
                   "\"" + excerpt(*id) +
                       "\" is not a valid id: use 1 to 64 letters, digits and -_.:, "
                       "starting with a letter or digit");
        return std::nullopt;
    }
    if (const auto it = m_elementPointers.find(*id); it != m_elementPointers.end()) {
        r.addError(ErrorCode::Duplicate, "id",
                   "id \"" + *id + "\" is already used by " + it->second);
        return std::nullopt;
    }
    m_elementPointers.emplace(*id, r.pointer());
    return id;
}

Design DesignParser::read(const Json& root)
{
    Design design;
    json::ObjectReader r(root, "", m_errors);
    r.integer("schemaVersion", Need::Required);
    design.name = r.string("name", Need::Required).value_or("");
    design.description = r.string("description", Need::Optional).value_or("");
    if (const auto* j = r.object("workload", Need::Optional))
        readWorkload(*j, "/workload", design.workload);
    if (const auto* j = r.object("targets", Need::Optional))
        readTargets(*j, "/targets", design.targets);
    if (const auto* j = r.object("operations", Need::Optional))
        readOperations(*j, "/operations", design.operations);
    if (const auto* j = r.object("assumptions", Need::Optional))
        readAssumptions(*j, "/assumptions", design.assumptions);
    forEachIn(r.array("regions", Need::Optional), "/regions",
              [&](const Json& j, const std::string& p) { readRegion(j, p, design); });
    forEachIn(r.array("services", Need::Optional), "/services",
              [&](const Json& j, const std::string& p) { readService(j, p, design); });
    forEachIn(r.array("links", Need::Optional), "/links",
              [&](const Json& j, const std::string& p) { readLink(j, p, design); });
    if (const auto* j = r.object("rules", Need::Optional))
        readRules(*j, "/rules", design);
    r.finish();
    return design;
}

void DesignParser::readWorkload(const Json& j, const std::string& pointer, Workload& w)
{
    using namespace units;
    json::ObjectReader r(j, pointer, m_errors);
    if (auto v = r.number("requestsPerMonth", Need::Optional))
        w.requestsPerMonth = *v * requests;
    if (auto v = r.number("peakRequestsPerSecond", Need::Optional))
        w.peakRate = *v * requests / second;
    if (auto v = r.number("writePercent", Need::Optional))
        w.writePercent = *v;
    if (auto v = r.number("requestBytes", Need::Optional))
        w.requestSize = *v * bytes;
    if (auto v = r.number("responseBytes", Need::Optional))
        w.responseSize = *v * bytes;
    if (auto v = r.number("storedGigabytes", Need::Optional))
        w.storedData = *v * gigabytes;
    if (auto v = r.number("growthGigabytesPerMonth", Need::Optional))
        w.growthPerMonth = *v * gigabytes;
    if (auto v = r.number("functionDurationMs", Need::Optional))
        w.functionDuration = *v * milliseconds;
    if (auto v = r.number("functionMemoryMb", Need::Optional))
        w.functionMemoryMb = *v;
    r.finish();
}

void DesignParser::readTargets(const Json& j, const std::string& pointer, Targets& t)
{
    json::ObjectReader r(j, pointer, m_errors);
    t.tier = r.enumeration<Tier>("tier", Need::Optional).value_or(Tier::Important);
    for (const auto& [key, objectives] :
         {std::pair{"region", &t.region}, std::pair{"zone", &t.zone}}) {
        if (const auto* o = r.object(key, Need::Optional)) {
            json::ObjectReader ro(*o, r.pointerTo(key), m_errors);
            if (auto v = ro.number("rtoSeconds", Need::Optional))
                objectives->rto = *v * units::seconds;
            if (auto v = ro.number("rpoSeconds", Need::Optional))
                objectives->rpo = *v * units::seconds;
            ro.finish();
        }
    }
    t.availabilityPercent = r.number("availabilityPercent", Need::Optional);
    forEachIn(r.array("noLostUpdates", Need::Optional), r.pointerTo("noLostUpdates"),
              [&](const Json& v, const std::string& p) {
                  if (v.is_string())
                      t.noLostUpdates.emplace_back(v.get<std::string>());
                  else
                      m_errors.push_back({ErrorCode::Type, "expected a service id", {p, 0, 0, {}}});
              });
    t.residency =
        r.enumeration<Residency>("residency", Need::Optional).value_or(Residency::Anywhere);
    forEachIn(r.array("jurisdictions", Need::Optional), r.pointerTo("jurisdictions"),
              [&](const Json& v, const std::string& p) {
                  if (v.is_string())
                      t.jurisdictions.push_back(v.get<std::string>());
                  else
                      m_errors.push_back(
                          {ErrorCode::Type, "expected a jurisdiction code", {p, 0, 0, {}}});
              });
    if (auto v = r.number("monthlyBudgetUsd", Need::Optional))
        t.monthlyBudget = *v * units::usd;
    r.finish();
}

void DesignParser::readOperations(const Json& j, const std::string& pointer, Operations& o)
{
    json::ObjectReader r(j, pointer, m_errors);
    o.decision = r.enumeration<FailoverDecision>("failoverDecision", Need::Optional)
                     .value_or(FailoverDecision::Automatic);
    if (auto v = r.number("manualDecisionSeconds", Need::Optional))
        o.manualDecisionTime = *v * units::seconds;
    o.drTestCadenceDays = r.number("drTestCadenceDays", Need::Optional);
    o.failoverRunbook = r.boolean("failoverRunbook", Need::Optional).value_or(false);
    o.failbackPlan = r.boolean("failbackPlan", Need::Optional).value_or(false);
    r.finish();
}

void DesignParser::readAssumptions(const Json& j, const std::string& pointer, Assumptions& a)
{
    json::ObjectReader r(j, pointer, m_errors);
    a.regionOutagesPerYear = r.number("regionOutagesPerYear", Need::Optional);
    if (const auto* byRegion = r.object("regionOutagesPerYearByRegion", Need::Optional)) {
        for (const auto& [id, value] : byRegion->items()) {
            if (value.is_number())
                a.regionOutagesPerYearByRegion.emplace(RegionId{id}, value.get<double>());
            else
                m_errors.push_back({ErrorCode::Type,
                                    "expected a number of outages a year",
                                    {r.pointerTo("regionOutagesPerYearByRegion") + "/" +
                                         json::escapePointerToken(id),
                                     0,
                                     0,
                                     {}}});
        }
    }
    a.meanRegionOutageHours = r.number("meanRegionOutageHours", Need::Optional);
    a.commonCauseFraction = r.number("commonCauseFraction", Need::Optional);
    a.freeTiers = r.boolean("freeTiers", Need::Optional);
    a.hoursPerMonth = r.number("hoursPerMonth", Need::Optional);
    a.redeployMinutes = r.number("redeployMinutes", Need::Optional);
    r.finish();
}

void DesignParser::readRegion(const Json& j, const std::string& pointer, Design& design)
{
    json::ObjectReader r(j, pointer, m_errors);
    Region region;
    const auto id = readId(r);
    region.provider = r.enumeration<Provider>("provider", Need::Required).value_or(Provider::Aws);
    region.code = r.string("code", Need::Required).value_or("");
    region.name = r.string("name", Need::Optional).value_or("");
    region.role = r.enumeration<RegionRole>("role", Need::Optional).value_or(RegionRole::Active);
    region.trafficPercent = r.number("trafficPercent", Need::Optional).value_or(0.0);
    region.headroomPercent = r.number("headroomPercent", Need::Optional).value_or(0.0);
    if (const auto* layout = r.object("layout", Need::Optional)) {
        json::ObjectReader l(*layout, r.pointerTo("layout"), m_errors);
        region.position = {l.number("x", Need::Required).value_or(0.0),
                           l.number("y", Need::Required).value_or(0.0)};
        region.size = {l.number("width", Need::Required).value_or(region.size.width),
                       l.number("height", Need::Required).value_or(region.size.height)};
        l.finish();
    }
    r.finish();
    if (id) {
        region.id = RegionId{*id};
        design.regions.emplace(region.id, std::move(region));
    }
}

PinnedUsage DesignParser::readUsage(json::ObjectReader& element)
{
    PinnedUsage usage;
    const auto* object = element.object("usage", Need::Optional);
    if (!object)
        return usage;
    json::ObjectReader r(*object, element.pointerTo("usage"), m_errors);
    for (const auto& [quantity, name] : EnumNames<UsageQuantity>::names) {
        if (const auto v = r.number(name, Need::Optional))
            usage.emplace(quantity, *v);
    }
    r.finish();
    return usage;
}

void DesignParser::readService(const Json& j, const std::string& pointer, Design& design)
{
    json::ObjectReader r(j, pointer, m_errors);
    Service service;
    const auto id = readId(r);
    service.kind = r.string("kind", Need::Required).value_or("");
    service.name = r.string("name", Need::Optional).value_or("");
    if (auto region = r.string("region", Need::Optional))
        service.region = RegionId{*region};
    const auto* kind = m_catalogues.services.find(service.kind);
    if (const auto* props = r.object("properties", Need::Optional); props && kind) {
        for (const auto& [name, value] : props->items()) {
            const auto propPointer =
                r.pointerTo("properties") + "/" + json::escapePointerToken(name);
            const auto* spec = kind->property(name);
            if (!spec) {
                m_errors.push_back({ErrorCode::UnknownProperty,
                                    service.kind + " has no property \"" + name + "\"",
                                    {propPointer, 0, 0, id.value_or("")}});
                continue;
            }
            if (auto v = json::propertyFromJson(value, spec->type))
                service.properties.emplace(name, std::move(*v));
            else
                m_errors.push_back({ErrorCode::Type,
                                    "property \"" + name + "\" takes a value of type " +
                                        std::string(enumName(spec->type)) + ", found " +
                                        std::string(json::describeType(value)),
                                    {propPointer, 0, 0, id.value_or("")}});
        }
    }
    service.usage = readUsage(r);
    if (const auto* layout = r.object("layout", Need::Optional)) {
        json::ObjectReader l(*layout, r.pointerTo("layout"), m_errors);
        service.position = {l.number("x", Need::Required).value_or(0.0),
                            l.number("y", Need::Required).value_or(0.0)};
        l.finish();
    }
    r.finish();
    if (id) {
        service.id = ServiceId{*id};
        design.services.emplace(service.id, std::move(service));
    }
}

void DesignParser::readLink(const Json& j, const std::string& pointer, Design& design)
{
    json::ObjectReader r(j, pointer, m_errors);
    Link link;
    const auto id = readId(r);
    link.from = ServiceId{r.string("from", Need::Required).value_or("")};
    link.to = ServiceId{r.string("to", Need::Required).value_or("")};
    link.kind = r.enumeration<LinkKind>("kind", Need::Required).value_or(LinkKind::Request);
    if (auto v = r.number("payloadBytes", Need::Optional))
        link.payload = *v * units::bytes;
    link.callsPerRequest = r.number("callsPerRequest", Need::Optional).value_or(1.0);
    link.encrypted = r.boolean("encrypted", Need::Optional).value_or(true);
    link.privateNetwork = r.boolean("privateNetwork", Need::Optional).value_or(false);
    link.access =
        r.enumeration<LinkAccess>("access", Need::Optional).value_or(LinkAccess::ReadWrite);
    link.usage = readUsage(r);
    r.finish();
    if (id) {
        link.id = LinkId{*id};
        design.links.emplace(link.id, std::move(link));
    }
}

void DesignParser::readRules(const Json& j, const std::string& pointer, Design& design)
{
    for (const auto& [ruleId, setting] : j.items()) {
        json::ObjectReader r(setting, pointer + "/" + json::escapePointerToken(ruleId), m_errors);
        RuleSetting s;
        s.enabled = r.boolean("enabled", Need::Optional).value_or(true);
        s.severity = r.enumeration<Severity>("severity", Need::Optional);
        r.finish();
        design.ruleSettings.emplace(ruleId, s);
    }
}

/// Turns the validator's element-relative places into the file's pointers.
void locateInFile(Errors& errors, const std::unordered_map<std::string, std::string>& pointers)
{
    for (auto& e : errors) {
        if (e.where.elementId.empty())
            continue;
        const auto it = pointers.find(e.where.elementId);
        if (it != pointers.end() && !e.where.pointer.starts_with('/'))
            e.where.pointer = it->second + (e.where.pointer.empty() ? "" : "/" + e.where.pointer);
    }
}

enum class Validation
{
    Whole,
    StructureOnly,
};

Result<Design> read(std::string_view text, const Catalogues& catalogues,
                    const DesignReadLimits& limits, Validation validation)
{
    auto parsed = json::parse(text, {limits.maxBytes, limits.maxDepth});
    if (!parsed)
        return parsed.errors();
    auto& root = parsed.value();
    if (auto versionCheck = migrateToCurrent(root); !versionCheck)
        return versionCheck.errors();

    Errors errors;
    DesignParser parser(catalogues, errors);
    Design design = parser.read(root);
    if (!errors.empty())
        return errors;
    if (validation == Validation::StructureOnly)
        return design;
    errors = validateDesign(design, catalogues);
    if (!errors.empty()) {
        locateInFile(errors, parser.elementPointers());
        return errors;
    }
    return design;
}

} // namespace

Result<Design> readDesign(std::string_view text, const Catalogues& catalogues,
                          const DesignReadLimits& limits)
{
    return read(text, catalogues, limits, Validation::Whole);
}

Result<Design> readDesignFragment(std::string_view text, const Catalogues& catalogues)
{
    return read(text, catalogues, {}, Validation::StructureOnly);
}

} // namespace rs
