#pragma once

#include "document/ElementRef.h"

#include <QList>

#include <optional>

class QAction;
class QMenu;

namespace rs::document {
class DesignDocument;
}

namespace rs::ui {

/// The canvas's right-click menu: for a link the kinds its two ends allow, for a region its
/// role, each a command on the document; then the window's edit actions (cut, copy, paste, ...).
class CanvasContextMenu
{
public:
    explicit CanvasContextMenu(document::DesignDocument& document);

    /// The window's actions, shown under the element's entries; null stands for a separator.
    void setActions(QList<QAction*> actions) { m_actions = std::move(actions); }

    /// Fills `menu` for `element` (none: a click on empty canvas).
    void fill(QMenu& menu, const std::optional<document::ElementRef>& element) const;

private:
    void addLinkKinds(QMenu& menu, const LinkId& id) const;
    void addRoles(QMenu& menu, const RegionId& id) const;

    document::DesignDocument& m_document;
    QList<QAction*> m_actions;
};

} // namespace rs::ui
