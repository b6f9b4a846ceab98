#include "document/commands/ConnectElements.h"

#include "document/DesignDocument.h"

namespace rs::document {

namespace {
QString nameOf(const DesignDocument& document, const ServiceId& id)
{
    const auto* s = document.design().service(id);
    return QString::fromStdString(s && !s->name.empty() ? s->name : id.value);
}
} // namespace

ConnectElements::ConnectElements(DesignDocument& document, Link link, QUndoCommand* parent)
    : QUndoCommand(parent)
    , m_document(document)
    , m_link(std::move(link))
{
    setText(tr("Connect %1 to %2").arg(nameOf(document, m_link.from), nameOf(document, m_link.to)));
}

void ConnectElements::redo()
{
    m_document.insertLink(m_link);
}

void ConnectElements::undo()
{
    m_link = m_document.takeLink(m_link.id);
}

} // namespace rs::document
