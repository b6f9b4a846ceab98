#include "document/commands/Rename.h"

#include "document/DesignDocument.h"

namespace rs::document {

namespace {
std::string currentName(const Design& design, const std::optional<ElementRef>& element)
{
    if (!element)
        return design.name;
    if (element->type == ElementType::Region)
        return design.region(element->regionId())->name;
    return design.service(element->serviceId())->name;
}
} // namespace

Rename::Rename(DesignDocument& document, std::optional<ElementRef> element, std::string name)
    : ChangeValue(document, CommandId::Rename, currentName(document.design(), element),
                  std::move(name))
    , m_element(std::move(element))
{
    setText(m_element ? tr("Rename %1").arg(QString::fromStdString(m_element->id))
                      : tr("Rename design"));
}

bool Rename::sameTarget(const ChangeValue& other) const
{
    return static_cast<const Rename&>(other).m_element == m_element;
}

void Rename::apply(const std::string& name)
{
    const auto& design = m_document.design();
    if (!m_element) {
        m_document.setDesignName(name);
    } else if (m_element->type == ElementType::Region) {
        auto region = *design.region(m_element->regionId());
        region.name = name;
        m_document.replaceRegion(region, ElementChange::Name);
    } else {
        auto service = *design.service(m_element->serviceId());
        service.name = name;
        m_document.replaceService(service, ElementChange::Name);
    }
}

} // namespace rs::document
