#pragma once

#include "CanvasTool.h"

#include <string>

class QGraphicsLineItem;

namespace rs::ui {

class ServiceItem;

/// Links two services: a drag from a service's link handle to another service adds a link of
/// the kind their catalogue entries suggest, and selects it. A rubber line follows the mouse.
class ConnectTool final : public CanvasTool
{
public:
    using CanvasTool::CanvasTool;

    bool wantsPress(const QMouseEvent& event) const override;
    void mousePressed(QMouseEvent& event) override;
    void mouseMoved(QMouseEvent& event) override;
    void mouseReleased(QMouseEvent& event) override;
    /// Also when the gesture ends without a release: the rubber line never outlives it.
    void deactivate() override;

private:
    ServiceItem* handleAt(QPoint viewPos) const;
    ServiceItem* serviceAt(QPointF scenePos) const;
    void connectTo(QPointF scenePos);

    std::string m_from;
    QGraphicsLineItem* m_rubberLink = nullptr;
};

} // namespace rs::ui
