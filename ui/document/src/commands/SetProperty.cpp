#include "document/commands/SetProperty.h"

#include "document/DesignDocument.h"
#include "document/ElementProperties.h"
#include "document/commands/SetTrafficShare.h"

#include <cassert>

namespace rs::document {

QUndoCommand* setPropertyCommand(DesignDocument& document, const ElementRef& element,
                                 const std::string& key, std::optional<PropertyValue> value)
{
    if (element.type == ElementType::Region && key == "trafficPercent" && value)
        return new SetTrafficShare(document, element.regionId(), propertyNumber(*value));
    return new SetProperty(document, element, key, std::move(value));
}

SetProperty::SetProperty(DesignDocument& document, ElementRef element, std::string key,
                         std::optional<PropertyValue> value)
    : ChangeValue(document, CommandId::SetProperty, propertyValue(document.design(), element, key),
                  std::move(value))
    , m_element(std::move(element))
    , m_key(std::move(key))
{
    QString label = QString::fromStdString(m_key);
    for (const auto& spec : propertySpecs(document.design(), document.catalogues(), m_element)) {
        if (spec.name == m_key)
            label = QString::fromStdString(spec.label.empty() ? spec.name : spec.label);
    }
    setText(tr("Set %1 of %2").arg(label, QString::fromStdString(m_element.id)));
}

bool SetProperty::sameTarget(const ChangeValue& other) const
{
    const auto& o = static_cast<const SetProperty&>(other);
    return o.m_element == m_element && o.m_key == m_key;
}

void SetProperty::apply(const std::optional<PropertyValue>& value)
{
    const auto& design = m_document.design();
    switch (m_element.type) {
    case ElementType::Service: {
        auto service = *design.service(m_element.serviceId());
        if (value)
            service.properties[m_key] = *value;
        else
            service.properties.erase(m_key);
        m_document.replaceService(service, ElementChange::Properties);
        return;
    }
    case ElementType::Region: {
        assert(value);
        auto region = *design.region(m_element.regionId());
        if (m_key == "code")
            region.code = std::get<std::string>(*value);
        else if (m_key == "role")
            region.role =
                enumFromName<RegionRole>(std::get<std::string>(*value)).value_or(region.role);
        else if (m_key == "headroomPercent")
            region.headroomPercent = propertyNumber(*value);
        m_document.replaceRegion(region, ElementChange::Properties | ElementChange::Role);
        return;
    }
    case ElementType::Link: {
        assert(value);
        auto link = *design.link(m_element.linkId());
        if (m_key == "payloadBytes")
            link.payload = propertyNumber(*value) * units::bytes;
        else if (m_key == "callsPerRequest")
            link.callsPerRequest = propertyNumber(*value);
        else if (m_key == "encrypted")
            link.encrypted = std::get<bool>(*value);
        else if (m_key == "privateNetwork")
            link.privateNetwork = std::get<bool>(*value);
        else if (m_key == "access")
            link.access =
                enumFromName<LinkAccess>(std::get<std::string>(*value)).value_or(link.access);
        m_document.replaceLink(link, ElementChange::Properties);
        return;
    }
    }
}

} // namespace rs::document
