#include "CanvasTool.h"

#include "ui/canvas/DesignScene.h"
#include "ui/canvas/DesignView.h"
#include "ui/canvas/ElementItem.h"

#include <QApplication>
#include <QMouseEvent>

namespace rs::ui {

ElementItem* CanvasTool::elementAt(QPoint viewPos) const
{
    auto* hit = m_view.itemAt(viewPos);
    while (hit && hit->type() < ElementItem::RegionType)
        hit = hit->parentItem();
    return static_cast<ElementItem*>(hit);
}

void CanvasTool::pick(ElementItem& element) const
{
    if (element.isSelected())
        return;
    m_view.designScene()->clearSelection();
    element.setSelected(true);
}

void CanvasTool::notePress(const QMouseEvent& event)
{
    m_pressViewPos = event.pos();
    m_pressScenePos = m_view.mapToScene(event.pos());
}

bool CanvasTool::dragged(const QMouseEvent& event) const
{
    return (event.pos() - m_pressViewPos).manhattanLength() >= QApplication::startDragDistance();
}

} // namespace rs::ui
