#pragma once

#include "CanvasTool.h"
#include "core/Geometry.h"
#include "document/ElementRef.h"

#include <map>

namespace rs::ui {

/// Selects and moves: a click selects an element (Ctrl or Shift toggles it), a drag moves the
/// selection live, snapped to the grid, as one undo step; services dropped into another region
/// or out to the edge change parent in that same step, or go back with the reason when they
/// cannot go there. Presses on empty canvas are left to the view's rubber band.
class SelectTool final : public CanvasTool
{
public:
    using CanvasTool::CanvasTool;

    bool wantsPress(const QMouseEvent& event) const override;
    void mousePressed(QMouseEvent& event) override;
    void mouseMoved(QMouseEvent& event) override;
    void mouseReleased(QMouseEvent& event) override;

private:
    void beginMove(const document::ElementRef& grabbed);
    void continueMove(QPointF scenePos);
    void finishMove();

    bool m_moving = false;
    bool m_pushed = false; ///< a step of this drag is on the stack: merge the next ones into it
    std::map<document::ElementRef, Point> m_startPositions;
    Point m_grabbedStart;
};

} // namespace rs::ui
