#pragma once

#include "core/Geometry.h"
#include "core/Id.h"

#include <QCoreApplication>
#include <QUndoCommand>

#include <optional>

namespace rs::document {

class DesignDocument;

/// Moves a service into another region or out to the global edge. The position is in the new
/// parent's coordinates (relative to the region, or the canvas for the edge).
class ReparentService : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(ReparentService)

public:
    ReparentService(DesignDocument& document, ServiceId service, std::optional<RegionId> region,
                    Point position, QUndoCommand* parent = nullptr);

    void redo() override;
    void undo() override;

private:
    void apply(const std::optional<RegionId>& region, const Point& position);

    DesignDocument& m_document;
    ServiceId m_service;
    std::optional<RegionId> m_fromRegion;
    Point m_fromPosition;
    std::optional<RegionId> m_toRegion;
    Point m_toPosition;
};

} // namespace rs::document
