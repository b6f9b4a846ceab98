#include "document/commands/ResizeRegion.h"

#include "document/DesignDocument.h"
#include "document/commands/CommandId.h"

namespace rs::document {

ResizeRegion::ResizeRegion(DesignDocument& document, RegionId region, Size size, bool continuation,
                           QUndoCommand* parent)
    : QUndoCommand(parent)
    , m_document(document)
    , m_region(std::move(region))
    , m_from(document.design().region(m_region)->size)
    , m_to(size)
    , m_continuation(continuation)
{
    setText(tr("Resize %1").arg(QString::fromStdString(m_region.value)));
}

void ResizeRegion::apply(const Size& size)
{
    auto region = *m_document.design().region(m_region);
    region.size = size;
    m_document.replaceRegion(region, ElementChange::Size);
}

void ResizeRegion::redo()
{
    apply(m_to);
    setObsolete(m_from == m_to);
}

void ResizeRegion::undo()
{
    apply(m_from);
}

int ResizeRegion::id() const
{
    return commandId(CommandId::ResizeRegion);
}

bool ResizeRegion::mergeWith(const QUndoCommand* other)
{
    const auto* next = static_cast<const ResizeRegion*>(other);
    if (!next->m_continuation || next->m_region != m_region)
        return false;
    m_to = next->m_to;
    setObsolete(m_from == m_to);
    return true;
}

} // namespace rs::document
