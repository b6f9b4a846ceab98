#include "ResizeTool.h"

#include "document/DesignDocument.h"
#include "document/commands/ResizeRegion.h"
#include "ui/canvas/DesignScene.h"
#include "ui/canvas/DesignView.h"
#include "ui/canvas/RegionItem.h"

#include <QMouseEvent>

#include <algorithm>

namespace rs::ui {

bool ResizeTool::wantsPress(const QMouseEvent& event) const
{
    // Ctrl and Shift clicks toggle the selection, wherever they land.
    if (event.button() != Qt::LeftButton ||
        (event.modifiers() & (Qt::ControlModifier | Qt::ShiftModifier)))
        return false;
    auto* element = elementAt(event.pos());
    return element && element->type() == ElementItem::RegionType &&
           static_cast<RegionItem*>(element)->isOnResizeGrip(
               element->mapFromScene(view().mapToScene(event.pos())));
}

void ResizeTool::mousePressed(QMouseEvent& event)
{
    notePress(event);
    m_pushed = false;
    auto* region = elementAt(event.pos());
    pick(*region);
    m_region = region->element().id;
}

void ResizeTool::mouseMoved(QMouseEvent& event)
{
    if (!dragged(event) && !m_pushed)
        return;
    auto& document = view().designScene()->document();
    const RegionId id{m_region};
    const auto* region = document.design().region(id);
    if (!region)
        return;
    const QPointF corner = view().placement().snapped(view().mapToScene(event.pos())) -
                           QPointF(region->position.x, region->position.y);
    const Size size{std::max(minimumWidth, corner.x()), std::max(minimumHeight, corner.y())};
    document.push(new document::ResizeRegion(document, id, size, m_pushed));
    m_pushed = true;
}

} // namespace rs::ui
