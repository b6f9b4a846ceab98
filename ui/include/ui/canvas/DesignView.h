#pragma once

#include "core/Provider.h"
#include "document/ElementRef.h"
#include "ui/canvas/CanvasContextMenu.h"
#include "ui/canvas/CanvasPlacement.h"

#include <QGraphicsView>

#include <memory>
#include <vector>

namespace rs::ui {

class CanvasTool;
class DesignScene;

/// The canvas widget: it zooms, fits and pans its view of the scene and dispatches input. A
/// press goes to the first of its tools that wants it (pan, connect, resize, select and move;
/// see canvas/tools/), which gets the rest of the gesture; a press no tool takes is the rubber
/// band. Palette drops and the window's add actions go to its placement rules, right clicks to
/// its context menu. Wheel and keys zoom.
class DesignView : public QGraphicsView
{
    Q_OBJECT

public:
    static constexpr const char* kindMimeType = "application/x-resilience-service-kind";

    explicit DesignView(DesignScene* scene, QWidget* parent = nullptr);
    ~DesignView() override;

    DesignScene* designScene() const { return m_scene; }
    CanvasPlacement& placement() { return m_placement; }

    double zoom() const { return transform().m11(); }
    void setZoom(double zoom, QPointF anchorScenePos);
    void zoomIn();
    void zoomOut();
    /// Fits the whole design, and keeps it fitted as the view is resized (the window restoring
    /// maximised, docks moving) until the architect zooms or pans.
    void fitDesign();
    /// Centres and zooms so these elements fill the view (the findings dock asks for this).
    void zoomToElements(const document::ElementRefs& elements);

    void setSnapToGrid(bool snap) { m_placement.setSnapToGrid(snap); }

    /// Actions shown in the context menus (cut, copy, paste, duplicate, delete, ...).
    void setContextActions(QList<QAction*> actions)
    {
        m_contextMenu.setActions(std::move(actions));
    }

    /// How the context menu reads and switches the what-if (CanvasContextMenu::LossSimulation).
    void setLossSimulation(CanvasContextMenu::LossSimulation simulation)
    {
        m_contextMenu.setLossSimulation(std::move(simulation));
    }

    /// CanvasPlacement::addServiceAt, saying a refusal with message(): false then.
    bool addServiceAt(const std::string& kindId, QPointF scenePos);
    /// CanvasPlacement::addRegionAt, saying a refusal with message(): false then.
    bool addRegionAt(Provider provider, QPointF scenePos);

signals:
    /// Something the architect should read in the status bar (a refused drop, ...).
    void message(const QString& text);

protected:
    void wheelEvent(QWheelEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void keyReleaseEvent(QKeyEvent* event) override;
    void contextMenuEvent(QContextMenuEvent* event) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dragMoveEvent(QDragMoveEvent* event) override;
    void dropEvent(QDropEvent* event) override;
    void showEvent(QShowEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void scrollContentsBy(int dx, int dy) override;

private:
    DesignScene* m_scene;
    CanvasPlacement m_placement;
    CanvasContextMenu m_contextMenu;
    std::vector<std::unique_ptr<CanvasTool>> m_tools; ///< in the order they are offered a press
    CanvasTool* m_activeTool = nullptr;               ///< the one running a gesture
    bool m_fitOnShow = false;                         ///< fitting needs the view's real size
    bool m_keepFitted = false; ///< refit on resize: fitted, and not zoomed or panned since
    bool m_fitting = false;    ///< the scrolling is the fit's own
};

} // namespace rs::ui
