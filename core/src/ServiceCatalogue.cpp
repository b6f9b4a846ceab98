#include "core/ServiceCatalogue.h"

#include "JsonObjectReader.h"
#include "PropertyJson.h"
#include "core/InputRanges.h"
#include "core/JsonText.h"

#include <algorithm>
#include <set>

namespace rs {

using json::Need;

bool isDataStore(Category category)
{
    return category == Category::Database || category == Category::ObjectStore ||
           category == Category::Cache || category == Category::Queue;
}

const PropertySpec* ServiceKind::property(std::string_view propertyName) const
{
    const auto it = std::find_if(properties.begin(), properties.end(),
                                 [&](const PropertySpec& p) { return p.name == propertyName; });
    return it == properties.end() ? nullptr : &*it;
}

std::optional<std::pair<ErrorCode, std::string>>
PropertySpec::check(const PropertyValue& value) const
{
    const auto wrongType = [&](std::string_view expected) {
        return std::pair{ErrorCode::Type,
                         "property \"" + name + "\" takes " + std::string(expected)};
    };
    switch (type) {
    case PropertyType::Number:
    case PropertyType::Integer: {
        const bool isInt = std::holds_alternative<std::int64_t>(value);
        if (type == PropertyType::Integer ? !isInt
                                          : !(isInt || std::holds_alternative<double>(value)))
            return wrongType(type == PropertyType::Integer ? "an integer" : "a number");
        const double v = propertyNumber(value);
        // A kind that gives no maximum still gets the plausible one (core/InputRanges.h).
        const double upper = max.value_or(input_ranges::propertyNumber.max);
        if ((min && v < *min) || v > upper) {
            std::string range = min && max
                                    ? "from " + std::to_string(*min) + " to " + std::to_string(*max)
                                : min && v < *min ? "at least " + std::to_string(*min)
                                                  : "at most " + std::to_string(upper);
            return std::pair{ErrorCode::Range, "property \"" + name + "\" is " + std::to_string(v) +
                                                   "; it must be " + range +
                                                   (unit.empty() ? "" : " " + unit)};
        }
        return std::nullopt;
    }
    case PropertyType::Bool:
        if (!std::holds_alternative<bool>(value))
            return wrongType("true or false");
        return std::nullopt;
    case PropertyType::Enum: {
        const auto* s = std::get_if<std::string>(&value);
        if (!s)
            return wrongType("a string");
        if (std::find(values.begin(), values.end(), *s) == values.end()) {
            std::string allowed;
            for (const auto& v : values)
                allowed += (allowed.empty() ? "" : ", ") + v;
            return std::pair{ErrorCode::Range, "property \"" + name + "\" is \"" + *s +
                                                   "\"; it must be one of " + allowed};
        }
        return std::nullopt;
    }
    case PropertyType::String:
        if (!std::holds_alternative<std::string>(value))
            return wrongType("a string");
        return std::nullopt;
    }
    return std::nullopt;
}

namespace {

PropertySpec readProperty(const nlohmann::json& j, const std::string& pointer, Errors& errors)
{
    json::ObjectReader r(j, pointer, errors);
    PropertySpec p;
    p.name = r.string("name", Need::Required).value_or("");
    p.label = r.string("label", Need::Required).value_or(p.name);
    p.type = r.enumeration<PropertyType>("type", Need::Required).value_or(PropertyType::String);
    p.unit = r.string("unit", Need::Optional).value_or("");
    p.min = r.number("min", Need::Optional);
    p.max = r.number("max", Need::Optional);
    p.help = r.string("help", Need::Required).value_or("");
    if (const auto* values = r.array("values", Need::Optional)) {
        for (const auto& v : *values) {
            if (v.is_string())
                p.values.push_back(v.get<std::string>());
            else
                r.addError(ErrorCode::Type, "values", "enum values must be strings");
        }
    }
    if (p.type == PropertyType::Enum && p.values.empty())
        r.addError(ErrorCode::Missing, "values", "an enum property needs its allowed values");
    if (p.min && p.max && *p.min > *p.max)
        r.addError(ErrorCode::Range, "min", "min is greater than max");
    if (const auto* def = r.value("default", Need::Required)) {
        if (auto value = json::propertyFromJson(*def, p.type)) {
            p.defaultValue = std::move(*value);
            if (const auto problem = p.check(p.defaultValue))
                r.addError(problem->first, "default", "default: " + problem->second);
        } else {
            r.addError(ErrorCode::Type, "default",
                       "the default does not match the type \"" + std::string(enumName(p.type)) +
                           "\"");
        }
    }
    r.finish();
    return p;
}

std::optional<Sla> readSla(json::ObjectReader& parent, Errors& errors)
{
    const auto* j = parent.value("sla", Need::RequiredNullable);
    if (!j)
        return std::nullopt;
    json::ObjectReader r(*j, parent.pointerTo("sla"), errors);
    Sla sla;
    sla.percent = r.number("percent", Need::Required).value_or(0.0);
    sla.source = r.string("source", Need::Required).value_or("");
    if (sla.percent <= 0.0 || sla.percent > 100.0)
        r.addError(ErrorCode::Range, "percent", "an SLA is a percentage above 0 and at most 100");
    r.finish();
    return sla;
}

ReplicationSpec readReplication(const nlohmann::json& j, const std::string& pointer, Errors& errors)
{
    json::ObjectReader r(j, pointer, errors);
    ReplicationSpec spec;
    if (const auto* modes = r.array("modes", Need::Required)) {
        for (std::size_t i = 0; i < modes->size(); ++i) {
            const auto& m = (*modes)[i];
            const auto mode =
                m.is_string() ? enumFromName<ReplicationMode>(m.get<std::string>()) : std::nullopt;
            if (mode)
                spec.modes.push_back(*mode);
            else
                r.addError(ErrorCode::Type, "modes",
                           "mode " + std::to_string(i) + " is not one of " +
                               enumNameList<ReplicationMode>());
        }
    }
    spec.typicalLagSeconds = r.number("typicalLagSeconds", Need::Nullable);
    spec.promotionSeconds = r.number("promotionSeconds", Need::Nullable);
    if (const auto* lag = r.object("lagByProperty", Need::Optional)) {
        json::ObjectReader lr(*lag, r.pointerTo("lagByProperty"), errors);
        LagByProperty byProperty;
        byProperty.property = lr.string("property", Need::Required).value_or("");
        byProperty.source = lr.string("source", Need::Required).value_or("");
        if (const auto* secondsByValue = lr.object("seconds", Need::Required)) {
            for (const auto& [value, seconds] : secondsByValue->items()) {
                if (seconds.is_number() && seconds.get<double>() >= 0.0)
                    byProperty.seconds.emplace(value, seconds.get<double>());
                else
                    lr.addError(ErrorCode::Type, "seconds",
                                "the lag for \"" + value + "\" must be a non-negative number");
            }
        }
        lr.finish();
        spec.lagByProperty = std::move(byProperty);
    }
    spec.conflictPolicy = r.enumeration<ConflictPolicy>("conflictPolicy", Need::Optional)
                              .value_or(ConflictPolicy::None);
    spec.source = r.string("source", Need::Required).value_or("");
    r.finish();
    return spec;
}

std::vector<PricingRule> readPricing(json::ObjectReader& parent, const ServiceKind& kind,
                                     Errors& errors)
{
    std::vector<PricingRule> rules;
    const auto* array = parent.array("pricing", Need::Optional);
    if (!array)
        return rules;
    const auto listed = [&](const std::string& key) {
        return std::find(kind.priceKeys.begin(), kind.priceKeys.end(), key) != kind.priceKeys.end();
    };
    for (std::size_t i = 0; i < array->size(); ++i) {
        json::ObjectReader r((*array)[i], parent.pointerTo("pricing") + "/" + std::to_string(i),
                             errors);
        PricingRule rule;
        rule.usage = r.enumeration<UsageKind>("usage", Need::Required).value_or(rule.usage);
        rule.key = r.string("key", Need::Required).value_or("");
        rule.freeKey = r.string("free", Need::Optional).value_or("");
        rule.freeOptIn = r.string("freeOptIn", Need::Optional).value_or("");
        if (!rule.freeOptIn.empty()) {
            const auto* spec = kind.property(rule.freeOptIn);
            if (!spec || spec->type != PropertyType::Bool)
                r.addError(ErrorCode::Inconsistent, "freeOptIn",
                           "\"" + rule.freeOptIn + "\" is not a bool property of the kind");
        }
        if (!rule.key.empty() && !listed(rule.key))
            r.addError(ErrorCode::Inconsistent, "key",
                       "price key \"" + rule.key + "\" is not in the kind's priceKeys");
        if (!rule.freeKey.empty() && !listed(rule.freeKey))
            r.addError(ErrorCode::Inconsistent, "free",
                       "price key \"" + rule.freeKey + "\" is not in the kind's priceKeys");
        rule.per = r.string("per", Need::Optional).value_or("");
        rule.scale = r.number("scale", Need::Optional).value_or(rule.scale);
        rule.premium = r.boolean("premium", Need::Optional).value_or(false);
        rule.oncePerDataSet = r.boolean("oncePerDataSet", Need::Optional).value_or(false);
        if (!rule.per.empty()) {
            const auto* counted = kind.property(rule.per);
            if (!counted ||
                (counted->type != PropertyType::Integer && counted->type != PropertyType::Number))
                r.addError(ErrorCode::UnknownProperty, "per",
                           "the kind has no numeric property \"" + rule.per + "\"");
            if (rule.usage != UsageKind::Hours && rule.usage != UsageKind::ResourceMonths)
                r.addError(ErrorCode::Inconsistent, "per",
                           "only hours and resource-months are counted by a property");
        }
        if (!(rule.scale > 0.0))
            r.addError(ErrorCode::Range, "scale", "the scale must be greater than zero");
        if (const auto* when = r.object("when", Need::Optional)) {
            for (const auto& [name, value] : when->items()) {
                if (!kind.property(name))
                    r.addError(ErrorCode::UnknownProperty, "when",
                               "the kind has no property \"" + name + "\"");
                if (value.is_string())
                    rule.when.emplace(name, value.get<std::string>());
                else if (value.is_boolean())
                    rule.when.emplace(name, value.get<bool>() ? "true" : "false");
                else
                    r.addError(ErrorCode::Type, "when",
                               "the value for \"" + name + "\" must be a string or a boolean");
            }
        }
        r.finish();
        rules.push_back(std::move(rule));
    }
    return rules;
}

ServiceKind readKind(const nlohmann::json& j, const std::string& pointer, Errors& errors)
{
    json::ObjectReader r(j, pointer, errors);
    ServiceKind kind;
    kind.id = r.string("id", Need::Required).value_or("");
    kind.provider = r.enumeration<Provider>("provider", Need::Required).value_or(Provider::Aws);
    kind.name = r.string("name", Need::Required).value_or(kind.id);
    kind.category = r.enumeration<Category>("category", Need::Required).value_or(Category::Compute);
    kind.icon = r.string("icon", Need::Required).value_or("");
    kind.scope = r.enumeration<Scope>("scope", Need::Required).value_or(Scope::Regional);
    kind.description = r.string("description", Need::Required).value_or("");
    kind.sla = readSla(r, errors);
    if (const auto* props = r.array("properties", Need::Required)) {
        std::set<std::string> names;
        for (std::size_t i = 0; i < props->size(); ++i) {
            const auto propPointer = r.pointerTo("properties") + "/" + std::to_string(i);
            auto p = readProperty((*props)[i], propPointer, errors);
            if (!names.insert(p.name).second)
                errors.push_back({ErrorCode::Duplicate,
                                  "property \"" + p.name + "\" is declared twice",
                                  {propPointer, 0, 0, kind.id}});
            kind.properties.push_back(std::move(p));
        }
    }
    if (const auto* rep = r.object("replication", Need::Required))
        kind.replication = readReplication(*rep, r.pointerTo("replication"), errors);
    if (const auto* routing = r.object("routing", Need::Optional)) {
        json::ObjectReader rr(*routing, r.pointerTo("routing"), errors);
        RoutingSpec spec;
        spec.type = rr.enumeration<RoutingType>("type", Need::Required).value_or(RoutingType::Dns);
        spec.detection = rr.enumeration<Detection>("detection", Need::Required)
                             .value_or(Detection::IntervalThreshold);
        spec.source = rr.string("source", Need::Required).value_or("");
        rr.finish();
        kind.routing = spec;
    }
    if (const auto& lag = kind.replication.lagByProperty; lag && !kind.property(lag->property))
        r.addError(ErrorCode::UnknownProperty, "replication",
                   "lagByProperty names \"" + lag->property + "\", which the kind does not have");
    if (kind.category == Category::Router && !kind.routing)
        r.addError(ErrorCode::Missing, "routing", "a router kind must say how it routes");
    if (const auto* keys = r.array("priceKeys", Need::Required)) {
        for (const auto& k : *keys) {
            if (k.is_string())
                kind.priceKeys.push_back(k.get<std::string>());
            else
                r.addError(ErrorCode::Type, "priceKeys", "price keys must be strings");
        }
    }
    kind.pricing = readPricing(r, kind, errors);
    r.finish();
    return kind;
}

} // namespace

Result<ServiceCatalogue> ServiceCatalogue::fromJson(std::string_view text)
{
    auto parsed = json::parse(text);
    if (!parsed)
        return parsed.errors();
    Errors errors;
    ServiceCatalogue catalogue;
    json::ObjectReader root(parsed.value(), "", errors);
    catalogue.m_version = root.string("catalogueVersion", Need::Required).value_or("");
    if (const auto* kinds = root.array("kinds", Need::Required)) {
        for (std::size_t i = 0; i < kinds->size(); ++i) {
            auto kind = readKind((*kinds)[i], "/kinds/" + std::to_string(i), errors);
            if (std::any_of(catalogue.m_kinds.begin(), catalogue.m_kinds.end(),
                            [&](const ServiceKind& k) { return k.id == kind.id; }))
                errors.push_back({ErrorCode::Duplicate,
                                  "kind \"" + kind.id + "\" is declared twice",
                                  {"/kinds/" + std::to_string(i) + "/id", 0, 0, kind.id}});
            catalogue.m_kinds.push_back(std::move(kind));
        }
    }
    root.finish();
    if (!errors.empty())
        return errors;
    for (std::size_t i = 0; i < catalogue.m_kinds.size(); ++i)
        catalogue.m_index.emplace(catalogue.m_kinds[i].id, i);
    return catalogue;
}

const ServiceKind* ServiceCatalogue::find(std::string_view id) const
{
    const auto it = m_index.find(id);
    return it == m_index.end() ? nullptr : &m_kinds[it->second];
}

} // namespace rs
