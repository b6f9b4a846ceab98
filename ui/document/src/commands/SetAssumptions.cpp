#include "document/commands/SetAssumptions.h"

#include "document/DesignDocument.h"

namespace rs::document {

SetAssumptions::SetAssumptions(DesignDocument& document, Assumptions value)
    : ChangeValue(document, CommandId::SetAssumptions, document.design().assumptions,
                  std::move(value))
{
    setText(tr("Edit assumptions"));
}

void SetAssumptions::apply(const Assumptions& value)
{
    m_document.setAssumptions(value);
}

} // namespace rs::document
