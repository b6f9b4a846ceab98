#include "document/commands/SetUsage.h"

#include "document/DesignDocument.h"

#include <cassert>

namespace rs::document {

namespace {

std::optional<double> usageOf(const Design& design, const ElementRef& element,
                              UsageQuantity quantity)
{
    const PinnedUsage* usage = nullptr;
    if (element.type == ElementType::Service)
        usage = &design.service(element.serviceId())->usage;
    else if (element.type == ElementType::Link)
        usage = &design.link(element.linkId())->usage;
    if (!usage)
        return std::nullopt;
    const auto it = usage->find(quantity);
    return it == usage->end() ? std::nullopt : std::optional(it->second);
}

void setIn(PinnedUsage& usage, UsageQuantity quantity, const std::optional<double>& value)
{
    if (value)
        usage[quantity] = *value;
    else
        usage.erase(quantity);
}

} // namespace

SetUsage::SetUsage(DesignDocument& document, ElementRef element, UsageQuantity quantity,
                   std::optional<double> value)
    : ChangeValue(document, CommandId::SetUsage, usageOf(document.design(), element, quantity),
                  value)
    , m_element(std::move(element))
    , m_quantity(quantity)
    , m_pins(value.has_value())
{
    assert(m_element.type != ElementType::Region);
    setText((value ? tr("Set the monthly %1 of %2") : tr("Derive the monthly %1 of %2"))
                .arg(QString::fromUtf8(enumName(m_quantity).data(),
                                       qsizetype(enumName(m_quantity).size())),
                     QString::fromStdString(m_element.id)));
}

bool SetUsage::sameTarget(const ChangeValue& other) const
{
    const auto& o = static_cast<const SetUsage&>(other);
    // Typing a figure merges into one step; unpinning (and pinning again after it) does not.
    return o.m_element == m_element && o.m_quantity == m_quantity && m_pins && o.m_pins;
}

void SetUsage::apply(const std::optional<double>& value)
{
    const auto& design = m_document.design();
    if (m_element.type == ElementType::Service) {
        auto service = *design.service(m_element.serviceId());
        setIn(service.usage, m_quantity, value);
        m_document.replaceService(service, ElementChange::Properties);
    } else {
        auto link = *design.link(m_element.linkId());
        setIn(link.usage, m_quantity, value);
        m_document.replaceLink(link, ElementChange::Properties);
    }
}

} // namespace rs::document
