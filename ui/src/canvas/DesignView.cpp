#include "ui/canvas/DesignView.h"

#include "tools/ConnectTool.h"
#include "tools/PanTool.h"
#include "tools/ResizeTool.h"
#include "tools/SelectTool.h"
#include "ui/canvas/DesignScene.h"
#include "ui/canvas/ElementItem.h"
#include "ui/palette/PaletteDock.h"

#include <QContextMenuEvent>
#include <QMenu>
#include <QMimeData>
#include <QScopedValueRollback>
#include <QScrollBar>
#include <QWheelEvent>

#include <cmath>
#include <utility>

namespace rs::ui {

namespace {
constexpr double minZoom = 0.05;
constexpr double maxZoom = 4.0;

bool isPaletteDrag(const QMimeData* data)
{
    return data->hasFormat(DesignView::kindMimeType) ||
           data->hasFormat(PaletteDock::regionMimeType);
}
} // namespace

DesignView::DesignView(DesignScene* scene, QWidget* parent)
    : QGraphicsView(scene, parent)
    , m_scene(scene)
    , m_placement(*scene)
    , m_contextMenu(scene->document())
{
    setRenderHint(QPainter::Antialiasing);
    setDragMode(RubberBandDrag);
    setTransformationAnchor(AnchorUnderMouse);
    setViewportUpdateMode(SmartViewportUpdate);
    setOptimizationFlags(DontSavePainterState);
    setAcceptDrops(true);
    setFocusPolicy(Qt::StrongFocus);
    setToolTip({});
    // Panning first (Space or the middle button win over what is under the mouse), a link
    // handle over the service it sits on, a region's grip over the region.
    m_tools.push_back(std::make_unique<PanTool>(*this));
    m_tools.push_back(std::make_unique<ConnectTool>(*this));
    m_tools.push_back(std::make_unique<ResizeTool>(*this));
    m_tools.push_back(std::make_unique<SelectTool>(*this));
}

DesignView::~DesignView() = default;

void DesignView::setZoom(double zoom, QPointF anchorScenePos)
{
    m_keepFitted = false;
    zoom = std::clamp(zoom, minZoom, maxZoom);
    const QPoint anchorView = mapFromScene(anchorScenePos);
    setTransform(QTransform::fromScale(zoom, zoom));
    // Keep the anchor under the same pixel.
    const QPointF moved = mapFromScene(anchorScenePos) - anchorView;
    horizontalScrollBar()->setValue(horizontalScrollBar()->value() + int(std::round(moved.x())));
    verticalScrollBar()->setValue(verticalScrollBar()->value() + int(std::round(moved.y())));
}

void DesignView::zoomIn()
{
    setZoom(zoom() * 1.25, mapToScene(viewport()->rect().center()));
}

void DesignView::zoomOut()
{
    setZoom(zoom() / 1.25, mapToScene(viewport()->rect().center()));
}

void DesignView::fitDesign()
{
    if (!isVisible()) {
        m_fitOnShow = true;
        return;
    }
    zoomToElements({});
    m_keepFitted = true;
}

void DesignView::showEvent(QShowEvent* event)
{
    QGraphicsView::showEvent(event);
    if (std::exchange(m_fitOnShow, false))
        fitDesign();
}

void DesignView::resizeEvent(QResizeEvent* event)
{
    {
        // The scroll bars follow the new size: that is not the architect panning.
        const QScopedValueRollback fitting(m_fitting, true);
        QGraphicsView::resizeEvent(event);
    }
    if (m_keepFitted && isVisible())
        fitDesign();
}

void DesignView::scrollContentsBy(int dx, int dy)
{
    QGraphicsView::scrollContentsBy(dx, dy);
    if (!m_fitting)
        m_keepFitted = false; // panned: the architect's view from now on
}

void DesignView::zoomToElements(const document::ElementRefs& elements)
{
    const QScopedValueRollback fitting(m_fitting, true);
    QRectF rect = m_scene->elementsRect(elements);
    if (rect.isEmpty())
        rect = QRectF(0, 0, 800, 600);
    rect.adjust(-40, -40, 40, 40);
    fitInView(rect, Qt::KeepAspectRatio);
    if (zoom() > 1.5)
        setZoom(1.5, rect.center());
    centerOn(rect.center());
    m_keepFitted = false;
}

void DesignView::wheelEvent(QWheelEvent* event)
{
    if (event->modifiers() & Qt::ShiftModifier) {
        QGraphicsView::wheelEvent(event); // scroll sideways
        return;
    }
    const double factor = std::pow(1.0015, event->angleDelta().y());
    setZoom(zoom() * factor, mapToScene(event->position().toPoint()));
    event->accept();
}

void DesignView::mousePressEvent(QMouseEvent* event)
{
    for (const auto& tool : m_tools) {
        if (!tool->wantsPress(*event))
            continue;
        m_activeTool = tool.get();
        m_activeTool->activate();
        if (const auto cursor = m_activeTool->cursor())
            viewport()->setCursor(*cursor);
        m_activeTool->mousePressed(*event);
        return;
    }
    QGraphicsView::mousePressEvent(event); // the rubber band from empty space
}

void DesignView::mouseMoveEvent(QMouseEvent* event)
{
    if (m_activeTool)
        m_activeTool->mouseMoved(*event);
    else
        QGraphicsView::mouseMoveEvent(event);
}

void DesignView::mouseReleaseEvent(QMouseEvent* event)
{
    if (auto* tool = std::exchange(m_activeTool, nullptr)) {
        tool->mouseReleased(*event);
        tool->deactivate();
        return;
    }
    QGraphicsView::mouseReleaseEvent(event);
}

void DesignView::keyPressEvent(QKeyEvent* event)
{
    for (const auto& tool : m_tools) {
        if (tool->keyPressed(*event))
            return;
    }
    QGraphicsView::keyPressEvent(event);
}

void DesignView::keyReleaseEvent(QKeyEvent* event)
{
    for (const auto& tool : m_tools) {
        if (tool->keyReleased(*event))
            return;
    }
    QGraphicsView::keyReleaseEvent(event);
}

void DesignView::contextMenuEvent(QContextMenuEvent* event)
{
    auto* hit = itemAt(event->pos());
    while (hit && hit->type() < ElementItem::RegionType)
        hit = hit->parentItem();
    std::optional<document::ElementRef> element;
    if (hit) {
        if (!hit->isSelected()) {
            m_scene->clearSelection();
            hit->setSelected(true);
        }
        element = static_cast<ElementItem*>(hit)->element();
    }
    QMenu menu(this);
    m_contextMenu.fill(menu, element);
    menu.exec(event->globalPos());
}

void DesignView::dragEnterEvent(QDragEnterEvent* event)
{
    if (isPaletteDrag(event->mimeData()))
        event->acceptProposedAction();
    else
        event->ignore(); // files go to the window, which opens them
}

void DesignView::dragMoveEvent(QDragMoveEvent* event)
{
    if (isPaletteDrag(event->mimeData()))
        event->acceptProposedAction();
    else
        event->ignore();
}

void DesignView::dropEvent(QDropEvent* event)
{
    const auto* mime = event->mimeData();
    const QPointF at = mapToScene(event->position().toPoint());
    bool added = false;
    if (mime->hasFormat(kindMimeType)) {
        added = addServiceAt(QString::fromUtf8(mime->data(kindMimeType)).toStdString(), at);
    } else if (mime->hasFormat(PaletteDock::regionMimeType)) {
        const auto provider = enumFromName<Provider>(
            QString::fromUtf8(mime->data(PaletteDock::regionMimeType)).toStdString());
        added = provider && addRegionAt(*provider, at);
    }
    if (added)
        event->acceptProposedAction();
    else
        event->ignore();
}

bool DesignView::addServiceAt(const std::string& kindId, QPointF scenePos)
{
    const auto refusal = m_placement.addServiceAt(kindId, scenePos);
    if (!refusal.isEmpty())
        emit message(refusal);
    return refusal.isEmpty();
}

bool DesignView::addRegionAt(Provider provider, QPointF scenePos)
{
    const auto refusal = m_placement.addRegionAt(provider, scenePos);
    if (!refusal.isEmpty())
        emit message(refusal);
    return refusal.isEmpty();
}

} // namespace rs::ui
