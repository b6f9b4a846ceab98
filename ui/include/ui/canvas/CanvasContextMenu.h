#pragma once

#include "document/ElementRef.h"

#include <QList>

#include <functional>
#include <optional>
#include <string>

class QAction;
class QMenu;

namespace rs::document {
class DesignDocument;
}

namespace rs::ui {

/// The canvas's right-click menu: for a link the kinds its two ends allow, for a region its
/// role, each a command on the document; for a region or a global service "Simulate Loss" (the
/// what-if the scenarios dock ticks); then the window's edit actions (cut, copy, paste, ...).
class CanvasContextMenu
{
public:
    explicit CanvasContextMenu(document::DesignDocument& document);

    /// The window's actions, shown under the element's entries; null stands for a separator.
    void setActions(QList<QAction*> actions) { m_actions = std::move(actions); }

    /// How the what-if is read and switched: whether an element is simulated down, and flipping
    /// it. Without them the menu offers no simulation.
    struct LossSimulation
    {
        std::function<bool(const std::string&)> isDown;
        std::function<void(const std::string&)> toggle;
    };
    void setLossSimulation(LossSimulation simulation) { m_simulation = std::move(simulation); }

    /// Fills `menu` for `element` (none: a click on empty canvas).
    void fill(QMenu& menu, const std::optional<document::ElementRef>& element) const;

private:
    void addLinkKinds(QMenu& menu, const LinkId& id) const;
    void addRoles(QMenu& menu, const RegionId& id) const;
    void addLossSimulation(QMenu& menu, const document::ElementRef& element) const;

    document::DesignDocument& m_document;
    QList<QAction*> m_actions;
    LossSimulation m_simulation;
};

} // namespace rs::ui
