#include "document/commands/AddRegion.h"

#include "document/DesignDocument.h"

namespace rs::document {

AddRegion::AddRegion(DesignDocument& document, Region region, QUndoCommand* parent)
    : QUndoCommand(parent)
    , m_document(document)
    , m_region(std::move(region))
{
    setText(tr("Add region %1").arg(QString::fromStdString(m_region.code)));
}

void AddRegion::redo()
{
    m_document.insertRegion(m_region);
}

void AddRegion::undo()
{
    m_region = m_document.takeRegion(m_region.id);
}

} // namespace rs::document
