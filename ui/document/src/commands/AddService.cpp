#include "document/commands/AddService.h"

#include "document/DesignDocument.h"

namespace rs::document {

AddService::AddService(DesignDocument& document, Service service, QUndoCommand* parent)
    : QUndoCommand(parent)
    , m_document(document)
    , m_service(std::move(service))
{
    const auto* kind = document.catalogues().services.find(m_service.kind);
    setText(tr("Add %1").arg(QString::fromStdString(kind ? kind->name : m_service.kind)));
}

void AddService::redo()
{
    m_document.insertService(m_service);
}

void AddService::undo()
{
    m_service = m_document.takeService(m_service.id);
}

} // namespace rs::document
