#pragma once

#include "CanvasTool.h"

namespace rs::ui {

/// Pans the canvas with the middle button, or the left one while Space is held.
class PanTool final : public CanvasTool
{
public:
    using CanvasTool::CanvasTool;

    // Space arms the tool (an open hand) until released; then a left press pans too.
    bool keyPressed(QKeyEvent& event) override;
    bool keyReleased(QKeyEvent& event) override;
    bool wantsPress(const QMouseEvent& event) const override;
    std::optional<QCursor> cursor() const override { return QCursor(Qt::ClosedHandCursor); }
    void mousePressed(QMouseEvent& event) override;
    void mouseMoved(QMouseEvent& event) override;
    void deactivate() override;

private:
    bool arm(const QKeyEvent& event, bool held);

    QPoint m_last;
    bool m_spaceHeld = false;
};

} // namespace rs::ui
