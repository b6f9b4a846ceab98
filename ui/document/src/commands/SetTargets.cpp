#include "document/commands/SetTargets.h"

#include "document/DesignDocument.h"

namespace rs::document {

SetTargets::SetTargets(DesignDocument& document, Targets value)
    : ChangeValue(document, CommandId::SetTargets, document.design().targets, std::move(value))
{
    setText(tr("Edit targets"));
}

void SetTargets::apply(const Targets& value)
{
    m_document.setTargets(value);
}

} // namespace rs::document
