#pragma once

#include "CanvasTool.h"

#include <string>

namespace rs::ui {

/// Resizes a region by dragging its corner grip: live, snapped, never below a size that holds
/// a row of services, and one undo step per drag.
class ResizeTool final : public CanvasTool
{
public:
    /// The smallest region: room for its header and a row of service cards.
    static constexpr double minimumWidth = 240.0;
    static constexpr double minimumHeight = 160.0;

    using CanvasTool::CanvasTool;

    bool wantsPress(const QMouseEvent& event) const override;
    void mousePressed(QMouseEvent& event) override;
    void mouseMoved(QMouseEvent& event) override;

private:
    std::string m_region;
    bool m_pushed = false; ///< a step of this drag is on the stack: merge the next ones into it
};

} // namespace rs::ui
