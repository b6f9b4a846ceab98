#include "document/commands/SetWorkload.h"

#include "document/DesignDocument.h"

namespace rs::document {

SetWorkload::SetWorkload(DesignDocument& document, Workload value)
    : ChangeValue(document, CommandId::SetWorkload, document.design().workload, std::move(value))
{
    setText(tr("Edit workload"));
}

void SetWorkload::apply(const Workload& value)
{
    m_document.setWorkload(value);
}

} // namespace rs::document
