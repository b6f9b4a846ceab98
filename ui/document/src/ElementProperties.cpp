#include "document/ElementProperties.h"

#include <QCoreApplication>

#include <algorithm>

namespace rs::document {

namespace {

/// The translation context of this file's texts.
struct PropertyText
{
    Q_DECLARE_TR_FUNCTIONS(rs::document::ElementProperties)
};

PropertySpec spec(std::string name, const char* label, PropertyType type, std::string unit,
                  PropertyValue defaultValue, std::optional<double> min = {},
                  std::optional<double> max = {})
{
    PropertySpec s;
    s.name = std::move(name);
    s.label = PropertyText::tr(label).toStdString();
    s.type = type;
    s.unit = std::move(unit);
    s.defaultValue = std::move(defaultValue);
    s.min = min;
    s.max = max;
    return s;
}

std::vector<PropertySpec> regionSpecs(const Design& design, const Catalogues& catalogues,
                                      const Region& region)
{
    // The code is offered among the provider's regions this design does not use yet.
    auto code = spec("code", QT_TRANSLATE_NOOP("rs::document::ElementProperties", "Region"),
                     PropertyType::Enum, "", region.code);
    for (const auto& info : catalogues.regions.regions()) {
        const bool usedElsewhere =
            std::any_of(design.regions.begin(), design.regions.end(), [&](const auto& entry) {
                return entry.first != region.id && entry.second.provider == info.provider &&
                       entry.second.code == info.code;
            });
        if (info.provider == region.provider && !usedElsewhere)
            code.values.push_back(info.code);
    }
    code.help =
        PropertyText::tr("The provider's region code; the region catalogue gives its geography.")
            .toStdString();
    auto role = spec("role", QT_TRANSLATE_NOOP("rs::document::ElementProperties", "Role"),
                     PropertyType::Enum, "", std::string("active"));
    for (const auto& [value, name] : EnumNames<RegionRole>::names)
        role.values.emplace_back(name);
    role.help = PropertyText::tr(
                    "What the region does while all is well: it decides how fast it can take over.")
                    .toStdString();
    auto traffic = spec("trafficPercent",
                        QT_TRANSLATE_NOOP("rs::document::ElementProperties", "Traffic share"),
                        PropertyType::Number, "%", 0.0, 0.0, 100.0);
    traffic.help =
        PropertyText::tr("Share of user traffic served here in normal operation; the regions' "
                         "shares add up to 100 %.")
            .toStdString();
    auto headroom =
        spec("headroomPercent", QT_TRANSLATE_NOOP("rs::document::ElementProperties", "Headroom"),
             PropertyType::Number, "%", 0.0, 0.0);
    headroom.help =
        PropertyText::tr("Spare capacity beyond its own share, as a percent of the total peak.")
            .toStdString();
    return {code, role, traffic, headroom};
}

std::vector<PropertySpec> linkSpecs()
{
    auto payload =
        spec("payloadBytes", QT_TRANSLATE_NOOP("rs::document::ElementProperties", "Payload"),
             PropertyType::Number, "bytes", 0.0, 0.0);
    payload.help =
        PropertyText::tr("Bytes carried per call; prices cross-region traffic.").toStdString();
    auto calls = spec("callsPerRequest",
                      QT_TRANSLATE_NOOP("rs::document::ElementProperties", "Calls per request"),
                      PropertyType::Number, "", 1.0, 0.0);
    auto access = spec("access", QT_TRANSLATE_NOOP("rs::document::ElementProperties", "Access"),
                       PropertyType::Enum, "", std::string(enumName(LinkAccess::ReadWrite)));
    for (const auto& [value, name] : EnumNames<LinkAccess>::names)
        access.values.emplace_back(name);
    access.help = PropertyText::tr(
                      "Whether the caller reads, writes or both: writes into a read-only replica "
                      "and reads of another region's copy are found from it.")
                      .toStdString();
    return {payload, calls,
            spec("encrypted",
                 QT_TRANSLATE_NOOP("rs::document::ElementProperties", "Encrypted in transit"),
                 PropertyType::Bool, "", true),
            spec("privateNetwork",
                 QT_TRANSLATE_NOOP("rs::document::ElementProperties", "Private network"),
                 PropertyType::Bool, "", false),
            access};
}

} // namespace

std::vector<PropertySpec> propertySpecs(const Design& design, const Catalogues& catalogues,
                                        const ElementRef& element)
{
    switch (element.type) {
    case ElementType::Region:
        if (const auto* r = design.region(element.regionId()))
            return regionSpecs(design, catalogues, *r);
        return {};
    case ElementType::Link:
        return design.link(element.linkId()) ? linkSpecs() : std::vector<PropertySpec>{};
    case ElementType::Service:
        if (const auto* s = design.service(element.serviceId())) {
            if (const auto* kind = catalogues.services.find(s->kind))
                return kind->properties;
        }
        return {};
    }
    return {};
}

std::optional<PropertyValue> propertyValue(const Design& design, const ElementRef& element,
                                           std::string_view key)
{
    switch (element.type) {
    case ElementType::Region: {
        const auto* r = design.region(element.regionId());
        if (!r)
            return std::nullopt;
        if (key == "code")
            return r->code;
        if (key == "role")
            return std::string(enumName(r->role));
        if (key == "trafficPercent")
            return r->trafficPercent;
        if (key == "headroomPercent")
            return r->headroomPercent;
        return std::nullopt;
    }
    case ElementType::Link: {
        const auto* l = design.link(element.linkId());
        if (!l)
            return std::nullopt;
        if (key == "payloadBytes")
            return l->payload.value();
        if (key == "callsPerRequest")
            return l->callsPerRequest;
        if (key == "encrypted")
            return l->encrypted;
        if (key == "privateNetwork")
            return l->privateNetwork;
        if (key == "access")
            return std::string(enumName(l->access));
        return std::nullopt;
    }
    case ElementType::Service: {
        const auto* s = design.service(element.serviceId());
        if (!s)
            return std::nullopt;
        const auto it = s->properties.find(key);
        return it == s->properties.end() ? std::nullopt : std::optional(it->second);
    }
    }
    return std::nullopt;
}

PropertyValue effectiveValue(const Design& design, const PropertySpec& spec,
                             const ElementRef& element)
{
    return propertyValue(design, element, spec.name).value_or(spec.defaultValue);
}

} // namespace rs::document
