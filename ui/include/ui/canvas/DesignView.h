#pragma once

#include "core/Geometry.h"
#include "core/Provider.h"
#include "document/ElementRef.h"

#include <QGraphicsView>
#include <QPointer>

#include <map>

class QGraphicsLineItem;

namespace rs::ui {

class DesignScene;
class ServiceItem;

/// The canvas widget and its select tool: it turns the mouse into commands. Click and
/// rubber-band select; drag items to move them (one undo step per drag, snapped to the grid,
/// services dropped into another region or out to the edge change parent); drag a region's
/// corner grip to resize it; drag from a service's handle to another service to link them;
/// drop a palette entry to add a service. Wheel and keys zoom, the middle button or Space pans.
class DesignView : public QGraphicsView
{
    Q_OBJECT

public:
    static constexpr const char* kindMimeType = "application/x-resilience-service-kind";

    explicit DesignView(DesignScene* scene, QWidget* parent = nullptr);

    DesignScene* designScene() const { return m_scene; }

    double zoom() const { return transform().m11(); }
    void setZoom(double zoom, QPointF anchorScenePos);
    void zoomIn();
    void zoomOut();
    void fitDesign();
    /// Centres and zooms so these elements fill the view (the findings dock asks for this).
    void zoomToElements(const ElementRefs& elements);

    bool snapToGrid() const { return m_snap; }
    void setSnapToGrid(bool snap) { m_snap = snap; }
    QPointF snapped(QPointF scenePos) const;

    /// Actions shown in the context menus (cut, copy, paste, duplicate, delete, ...).
    void setContextActions(QList<QAction*> actions) { m_contextActions = std::move(actions); }

    /// Adds a service of `kindId` with its card centred on `scenePos`, in the region there or
    /// at the edge; false with a message() when the kind cannot go there.
    bool addServiceAt(const std::string& kindId, QPointF scenePos);
    /// Adds a region of `provider` with its top-left corner at `scenePos`, on the first of the
    /// provider's regions the design does not use yet; the first region of a design is active and
    /// takes all traffic, later ones are warm standbys. False with a message() when none is left.
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

private:
    enum class Gesture
    {
        None,
        Pan,
        Move,
        Resize,
        Connect,
    };

    void beginMove(QGraphicsItem* grabbed, QPointF scenePos);
    void continueMove(QPointF scenePos);
    void finishMove();
    void continueResize(QPointF scenePos);
    void finishConnect(QPointF scenePos);
    ServiceItem* serviceAt(QPointF scenePos) const;

    DesignScene* m_scene;
    Gesture m_gesture = Gesture::None;
    QPoint m_pressViewPos;
    QPointF m_pressScenePos;
    QPoint m_lastPanPos;
    bool m_spaceHeld = false;
    bool m_snap = true;
    bool m_fitOnShow = false; ///< fitting needs the view's real size
    bool m_pushed = false;    ///< a command of this gesture is on the stack (merge the next ones)
    std::map<ElementRef, Point> m_startPositions;
    ElementRef m_grabbed;
    Point m_grabbedStart;
    std::string m_resizing;
    std::string m_connectFrom;
    QGraphicsLineItem* m_rubberLink = nullptr;
    QList<QAction*> m_contextActions;
};

} // namespace rs::ui
