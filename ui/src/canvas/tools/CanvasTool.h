#pragma once

#include <QCursor>
#include <QPoint>
#include <QPointF>

#include <optional>

class QKeyEvent;
class QMouseEvent;

namespace rs::ui {

class DesignView;
class ElementItem;

/// One way of turning the mouse and keys on the canvas into commands: select and move, resize,
/// connect, pan. As Tiled's tools do, each is a class behind this interface and the view only
/// dispatches: it offers a press to its tools in turn, the first that wants it is activated,
/// gets the press, the moves and the release, and is deactivated. Tools never change the model
/// but through the document's commands.
class CanvasTool
{
public:
    explicit CanvasTool(DesignView& view)
        : m_view(view)
    {}
    virtual ~CanvasTool() = default;
    CanvasTool(const CanvasTool&) = delete;
    CanvasTool& operator=(const CanvasTool&) = delete;

    /// Whether this press starts this tool's gesture. Asked before anything changes.
    virtual bool wantsPress(const QMouseEvent& event) const = 0;
    /// The gesture starts (before the press) and ends (after the release).
    virtual void activate() {}
    virtual void deactivate() {}
    virtual void mousePressed(QMouseEvent& event) = 0;
    virtual void mouseMoved(QMouseEvent&) {}
    virtual void mouseReleased(QMouseEvent&) {}
    /// Keys reach every tool, active or not (Space arms panning); true when the tool took it.
    virtual bool keyPressed(QKeyEvent&) { return false; }
    virtual bool keyReleased(QKeyEvent&) { return false; }
    /// The cursor while the gesture runs, or none to leave the cursor as it is.
    virtual std::optional<QCursor> cursor() const { return std::nullopt; }

protected:
    DesignView& view() const { return m_view; }
    /// The element under `viewPos`: a click on an item's label or badge is on its element.
    ElementItem* elementAt(QPoint viewPos) const;
    /// Selects `element` alone unless it is selected already, so a drag keeps a selection.
    void pick(ElementItem& element) const;

    /// Remembers where a gesture started; dragged() compares with it.
    void notePress(const QMouseEvent& event);
    QPointF pressScenePos() const { return m_pressScenePos; }
    /// Whether the mouse has left the press point by the platform's drag distance.
    bool dragged(const QMouseEvent& event) const;

private:
    DesignView& m_view;
    QPoint m_pressViewPos;
    QPointF m_pressScenePos;
};

} // namespace rs::ui
