#pragma once

#include "core/Geometry.h"
#include "core/Provider.h"
#include "document/ElementRef.h"

#include <QPointF>
#include <QString>
#include <QStringList>

#include <map>
#include <string>

namespace rs::ui {

class DesignScene;

/// Where new and moved elements go on the canvas: the grid they snap to, which region a palette
/// entry lands in (a global service beside a region rather than in it), which provider region a
/// new region takes and its role, and which region a dragged service ends up in. The rules on
/// what may sit where are the document's (placementProblem); a refusal comes back as the
/// sentence to show, as placementProblem gives it, and nothing changes.
class CanvasPlacement
{
public:
    explicit CanvasPlacement(DesignScene& scene);

    void setSnapToGrid(bool snap) { m_snap = snap; }
    QPointF snapped(QPointF scenePos) const;

    /// Adds a service of `kindId` with its card centred on `scenePos`, in the region there or at
    /// the edge, and selects it; the refusal, or an empty string when it was added.
    QString addServiceAt(const std::string& kindId, QPointF scenePos);
    /// Adds a region of `provider` with its top-left corner at `scenePos`, on the first of the
    /// provider's regions the design does not use yet, and selects it; the first region of a
    /// design is active and takes all traffic, later ones are warm standbys with full headroom.
    /// The refusal when the design uses them all, or an empty string when it was added.
    QString addRegionAt(Provider provider, QPointF scenePos);
    /// After a drag: each moved service whose card now lies over another region (or none) moves
    /// to it, or back to its start (from `starts`) when it cannot go there. The refusals.
    QStringList settleMovedServices(const std::map<document::ElementRef, Point>& starts);

private:
    DesignScene& m_scene;
    bool m_snap = true;
};

} // namespace rs::ui
