#include "PanTool.h"

#include "ui/canvas/DesignView.h"

#include <QKeyEvent>
#include <QMouseEvent>
#include <QScrollBar>

namespace rs::ui {

bool PanTool::wantsPress(const QMouseEvent& event) const
{
    return event.button() == Qt::MiddleButton || (event.button() == Qt::LeftButton && m_spaceHeld);
}

void PanTool::mousePressed(QMouseEvent& event)
{
    m_last = event.pos();
    event.accept();
}

void PanTool::mouseMoved(QMouseEvent& event)
{
    const QPoint d = event.pos() - m_last;
    m_last = event.pos();
    auto& v = view();
    v.horizontalScrollBar()->setValue(v.horizontalScrollBar()->value() - d.x());
    v.verticalScrollBar()->setValue(v.verticalScrollBar()->value() - d.y());
}

void PanTool::deactivate()
{
    view().viewport()->setCursor(m_spaceHeld ? Qt::OpenHandCursor : Qt::ArrowCursor);
}

bool PanTool::keyPressed(QKeyEvent& event)
{
    return arm(event, true);
}

bool PanTool::keyReleased(QKeyEvent& event)
{
    return arm(event, false);
}

bool PanTool::arm(const QKeyEvent& event, bool held)
{
    if (event.key() != Qt::Key_Space || event.isAutoRepeat())
        return false;
    m_spaceHeld = held;
    view().viewport()->setCursor(held ? Qt::OpenHandCursor : Qt::ArrowCursor);
    return true;
}

} // namespace rs::ui
