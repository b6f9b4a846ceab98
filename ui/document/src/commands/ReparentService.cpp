#include "document/commands/ReparentService.h"

#include "document/DesignDocument.h"

namespace rs::document {

ReparentService::ReparentService(DesignDocument& document, ServiceId service,
                                 std::optional<RegionId> region, Point position,
                                 QUndoCommand* parent)
    : QUndoCommand(parent)
    , m_document(document)
    , m_service(std::move(service))
    , m_toRegion(std::move(region))
    , m_toPosition(position)
{
    const auto& s = *document.design().service(m_service);
    m_fromRegion = s.region;
    m_fromPosition = s.position;
    const auto name = QString::fromStdString(s.name.empty() ? s.id.value : s.name);
    setText(m_toRegion ? tr("Move %1 to %2").arg(name, QString::fromStdString(m_toRegion->value))
                       : tr("Move %1 to the global edge").arg(name));
}

void ReparentService::apply(const std::optional<RegionId>& region, const Point& position)
{
    auto service = *m_document.design().service(m_service);
    service.region = region;
    service.position = position;
    m_document.replaceService(service, ElementChange::Parent | ElementChange::Position);
}

void ReparentService::redo()
{
    apply(m_toRegion, m_toPosition);
}

void ReparentService::undo()
{
    apply(m_fromRegion, m_fromPosition);
}

} // namespace rs::document
