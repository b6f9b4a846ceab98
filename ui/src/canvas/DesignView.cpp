#include "ui/canvas/DesignView.h"

#include "document/DesignDocument.h"
#include "document/LinkKinds.h"
#include "document/Placement.h"
#include "document/commands/AddRegion.h"
#include "document/commands/AddService.h"
#include "document/commands/ConnectElements.h"
#include "document/commands/MoveElements.h"
#include "document/commands/ReparentService.h"
#include "document/commands/ResizeRegion.h"
#include "document/commands/SetLinkKind.h"
#include "document/commands/SetProperty.h"
#include "ui/canvas/DesignScene.h"
#include "ui/canvas/IconLibrary.h"
#include "ui/canvas/LinkItem.h"
#include "ui/canvas/RegionItem.h"
#include "ui/canvas/ServiceItem.h"
#include "ui/palette/PaletteDock.h"

#include <QActionGroup>
#include <QApplication>
#include <QContextMenuEvent>
#include <QGraphicsLineItem>
#include <QMenu>
#include <QMimeData>
#include <QScrollBar>
#include <QWheelEvent>

#include <cmath>
#include <utility>

namespace rs::ui {

namespace {
constexpr double minZoom = 0.05;
constexpr double maxZoom = 4.0;
constexpr double minRegionWidth = 240.0;
constexpr double minRegionHeight = 160.0;

Point toPoint(QPointF p)
{
    return {p.x(), p.y()};
}
} // namespace

DesignView::DesignView(DesignScene* scene, QWidget* parent)
    : QGraphicsView(scene, parent)
    , m_scene(scene)
{
    setRenderHint(QPainter::Antialiasing);
    setDragMode(RubberBandDrag);
    setTransformationAnchor(AnchorUnderMouse);
    setViewportUpdateMode(SmartViewportUpdate);
    setOptimizationFlags(DontSavePainterState);
    setAcceptDrops(true);
    setFocusPolicy(Qt::StrongFocus);
    setToolTip({});
}

QPointF DesignView::snapped(QPointF p) const
{
    if (!m_snap)
        return p;
    const double g = canvas::gridSize;
    return {std::round(p.x() / g) * g, std::round(p.y() / g) * g};
}

void DesignView::setZoom(double zoom, QPointF anchorScenePos)
{
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
}

void DesignView::showEvent(QShowEvent* event)
{
    QGraphicsView::showEvent(event);
    if (std::exchange(m_fitOnShow, false))
        zoomToElements({});
}

void DesignView::zoomToElements(const ElementRefs& elements)
{
    QRectF rect = m_scene->elementsRect(elements);
    if (rect.isEmpty())
        rect = QRectF(0, 0, 800, 600);
    rect.adjust(-40, -40, 40, 40);
    fitInView(rect, Qt::KeepAspectRatio);
    if (zoom() > 1.5)
        setZoom(1.5, rect.center());
    centerOn(rect.center());
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

ServiceItem* DesignView::serviceAt(QPointF scenePos) const
{
    for (auto* i : m_scene->items(scenePos)) {
        if (i->type() == ElementItem::ServiceType)
            return static_cast<ServiceItem*>(i);
    }
    return nullptr;
}

void DesignView::mousePressEvent(QMouseEvent* event)
{
    m_pressViewPos = event->pos();
    m_pressScenePos = mapToScene(event->pos());
    m_pushed = false;
    if (event->button() == Qt::MiddleButton || (event->button() == Qt::LeftButton && m_spaceHeld)) {
        m_gesture = Gesture::Pan;
        m_lastPanPos = event->pos();
        viewport()->setCursor(Qt::ClosedHandCursor);
        event->accept();
        return;
    }
    auto* hit = itemAt(event->pos());
    while (hit && hit->type() < ElementItem::RegionType)
        hit = hit->parentItem();
    if (event->button() != Qt::LeftButton || !hit) {
        QGraphicsView::mousePressEvent(event); // rubber band from empty space
        return;
    }
    // A link handle wins over the links drawn across it: they start right there.
    const auto under = items(event->pos());
    const auto handle = std::find_if(under.begin(), under.end(), [&](QGraphicsItem* i) {
        return i->type() == ElementItem::ServiceType &&
               static_cast<ServiceItem*>(i)->isOnLinkHandle(i->mapFromScene(m_pressScenePos));
    });
    if (handle != under.end()) {
        m_gesture = Gesture::Connect;
        m_connectFrom = static_cast<ElementItem*>(*handle)->element().id;
        m_rubberLink = new QGraphicsLineItem(QLineF(m_pressScenePos, m_pressScenePos));
        m_rubberLink->setPen(QPen(palette().color(QPalette::Highlight), 1.5, Qt::DashLine));
        m_rubberLink->setZValue(10);
        m_scene->addItem(m_rubberLink);
        return;
    }
    auto* element = static_cast<ElementItem*>(hit);
    if (event->modifiers() & (Qt::ControlModifier | Qt::ShiftModifier)) {
        element->setSelected(!element->isSelected());
        return;
    }
    if (!element->isSelected()) {
        m_scene->clearSelection();
        element->setSelected(true);
    }
    if (element->type() == ElementItem::RegionType &&
        static_cast<RegionItem*>(element)->isOnResizeGrip(element->mapFromScene(m_pressScenePos))) {
        m_gesture = Gesture::Resize;
        m_resizing = element->element().id;
        return;
    }
    if (element->type() != ElementItem::LinkType)
        beginMove(element, m_pressScenePos);
}

void DesignView::beginMove(QGraphicsItem* grabbed, QPointF)
{
    const auto& design = m_scene->document().design();
    m_gesture = Gesture::Move;
    m_startPositions.clear();
    const auto selected = m_scene->selectedElements();
    const auto regionSelected = [&](const Service& s) {
        return s.region &&
               std::binary_search(selected.begin(), selected.end(), ElementRef::region(*s.region));
    };
    for (const auto& e : selected) {
        if (e.type == ElementType::Region) {
            m_startPositions.emplace(e, design.region(e.regionId())->position);
        } else if (e.type == ElementType::Service) {
            // A service whose region moves too moves with it already.
            const auto& s = *design.service(e.serviceId());
            if (!regionSelected(s))
                m_startPositions.emplace(e, s.position);
        }
    }
    m_grabbed = static_cast<ElementItem*>(grabbed)->element();
    const auto it = m_startPositions.find(m_grabbed);
    m_grabbedStart = it != m_startPositions.end() ? it->second : Point{};
}

void DesignView::continueMove(QPointF scenePos)
{
    if (m_startPositions.empty())
        return;
    const QPointF delta = scenePos - m_pressScenePos;
    // Snap the grabbed item; the others keep their distance to it.
    const QPointF grabbedTo = snapped(QPointF(m_grabbedStart.x, m_grabbedStart.y) + delta);
    const QPointF applied = grabbedTo - QPointF(m_grabbedStart.x, m_grabbedStart.y);
    std::vector<MoveElements::Move> moves;
    for (const auto& [element, start] : m_startPositions)
        moves.push_back({element, {start.x + applied.x(), start.y + applied.y()}});
    auto& document = m_scene->document();
    if (!m_pushed)
        document.undoStack()->beginMacro(tr("Move"));
    document.push(new MoveElements(document, std::move(moves), m_pushed));
    m_pushed = true;
}

void DesignView::finishMove()
{
    auto& document = m_scene->document();
    if (!m_pushed)
        return;
    const auto& design = document.design();
    for (const auto& [element, start] : m_startPositions) {
        if (element.type != ElementType::Service)
            continue;
        const auto& service = *design.service(element.serviceId());
        const QRectF card = m_scene->serviceRect(service.id);
        const auto target = m_scene->regionAt(card.center());
        if (target == service.region)
            continue;
        const auto problem = placementProblem(design, document.catalogues(), service.kind, target);
        if (!problem.isEmpty()) {
            // Back where it came from: a drop that would break the design is refused.
            document.push(new MoveElements(document, {{element, start}}, false));
            emit message(problem);
            continue;
        }
        QPointF at = card.topLeft();
        if (target)
            at -= m_scene->regionItem(*target)->scenePos();
        document.push(new ReparentService(document, service.id, target, toPoint(snapped(at))));
    }
    auto* stack = document.undoStack();
    stack->endMacro();
    // A drag that ended where it began leaves an empty step: drop it.
    if (auto* top = const_cast<QUndoCommand*>(stack->command(stack->index() - 1));
        top && top->childCount() == 0) {
        top->setObsolete(true);
        stack->undo();
    }
}

void DesignView::continueResize(QPointF scenePos)
{
    auto& document = m_scene->document();
    const RegionId id{m_resizing};
    const auto* region = document.design().region(id);
    if (!region)
        return;
    const QPointF corner = snapped(scenePos) - QPointF(region->position.x, region->position.y);
    const Size size{std::max(minRegionWidth, corner.x()), std::max(minRegionHeight, corner.y())};
    document.push(new ResizeRegion(document, id, size, m_pushed));
    m_pushed = true;
}

void DesignView::finishConnect(QPointF scenePos)
{
    delete m_rubberLink;
    m_rubberLink = nullptr;
    auto* target = serviceAt(scenePos);
    if (!target || target->element().id == m_connectFrom)
        return;
    auto& document = m_scene->document();
    const auto& design = document.design();
    const ServiceId from{m_connectFrom};
    const ServiceId to = target->element().serviceId();
    for (const auto& [id, link] : design.links) {
        if (link.from == from && link.to == to) {
            emit message(
                tr("%1 already has a link to %2.")
                    .arg(QString::fromStdString(from.value), QString::fromStdString(to.value)));
            return;
        }
    }
    const auto* fromKind = document.catalogues().services.find(design.service(from)->kind);
    const auto* toKind = document.catalogues().services.find(design.service(to)->kind);
    Link link;
    link.id = LinkId{document.uniqueId(from.value + "-" + to.value)};
    link.from = from;
    link.to = to;
    link.kind = fromKind && toKind ? proposeLinkKind(*fromKind, *toKind) : LinkKind::Request;
    document.push(new ConnectElements(document, link));
    m_scene->selectElements({ElementRef::link(link.id)});
}

void DesignView::mouseMoveEvent(QMouseEvent* event)
{
    const QPointF scenePos = mapToScene(event->pos());
    const bool dragged =
        (event->pos() - m_pressViewPos).manhattanLength() >= QApplication::startDragDistance();
    switch (m_gesture) {
    case Gesture::Pan: {
        const QPoint d = event->pos() - m_lastPanPos;
        m_lastPanPos = event->pos();
        horizontalScrollBar()->setValue(horizontalScrollBar()->value() - d.x());
        verticalScrollBar()->setValue(verticalScrollBar()->value() - d.y());
        return;
    }
    case Gesture::Move:
        if (dragged || m_pushed)
            continueMove(scenePos);
        return;
    case Gesture::Resize:
        if (dragged || m_pushed)
            continueResize(scenePos);
        return;
    case Gesture::Connect:
        m_rubberLink->setLine(QLineF(m_pressScenePos, scenePos));
        return;
    case Gesture::None:
        break;
    }
    QGraphicsView::mouseMoveEvent(event);
}

void DesignView::mouseReleaseEvent(QMouseEvent* event)
{
    const auto gesture = m_gesture;
    m_gesture = Gesture::None;
    switch (gesture) {
    case Gesture::Pan:
        viewport()->setCursor(m_spaceHeld ? Qt::OpenHandCursor : Qt::ArrowCursor);
        return;
    case Gesture::Move:
        finishMove();
        return;
    case Gesture::Resize:
        return;
    case Gesture::Connect:
        finishConnect(mapToScene(event->pos()));
        return;
    case Gesture::None:
        break;
    }
    QGraphicsView::mouseReleaseEvent(event);
}

void DesignView::keyPressEvent(QKeyEvent* event)
{
    if (event->key() == Qt::Key_Space && !event->isAutoRepeat()) {
        m_spaceHeld = true;
        viewport()->setCursor(Qt::OpenHandCursor);
        return;
    }
    QGraphicsView::keyPressEvent(event);
}

void DesignView::keyReleaseEvent(QKeyEvent* event)
{
    if (event->key() == Qt::Key_Space && !event->isAutoRepeat()) {
        m_spaceHeld = false;
        viewport()->setCursor(Qt::ArrowCursor);
        return;
    }
    QGraphicsView::keyReleaseEvent(event);
}

void DesignView::contextMenuEvent(QContextMenuEvent* event)
{
    auto* hit = itemAt(event->pos());
    while (hit && hit->type() < ElementItem::RegionType)
        hit = hit->parentItem();
    QMenu menu(this);
    auto& document = m_scene->document();
    if (hit) {
        auto* element = static_cast<ElementItem*>(hit);
        if (!element->isSelected()) {
            m_scene->clearSelection();
            element->setSelected(true);
        }
        const auto ref = element->element();
        if (ref.type == ElementType::Link) {
            const auto& link = *document.design().link(ref.linkId());
            const auto* from =
                document.catalogues().services.find(document.design().service(link.from)->kind);
            const auto* to =
                document.catalogues().services.find(document.design().service(link.to)->kind);
            auto* kinds = menu.addMenu(tr("Link kind"));
            auto* group = new QActionGroup(kinds);
            for (const auto kind :
                 from&& to ? allowedLinkKinds(*from, *to) : std::vector<LinkKind>{}) {
                auto* action =
                    kinds->addAction(diagram::linkName(kind), this, [&document, ref, kind] {
                        document.push(new SetLinkKind(document, ref.linkId(), kind));
                    });
                action->setCheckable(true);
                action->setChecked(kind == link.kind);
                group->addAction(action);
            }
        } else if (ref.type == ElementType::Region) {
            const auto role = document.design().region(ref.regionId())->role;
            auto* roles = menu.addMenu(tr("Role"));
            auto* group = new QActionGroup(roles);
            for (const auto& [value, name] : EnumNames<RegionRole>::names) {
                auto* action = roles->addAction(
                    diagram::roleName(value), this, [&document, ref, value = value] {
                        document.push(
                            new SetProperty(document, ref, "role", std::string(enumName(value))));
                    });
                action->setCheckable(true);
                action->setChecked(value == role);
                group->addAction(action);
            }
        }
        menu.addSeparator();
    }
    for (auto* action : m_contextActions) {
        if (action)
            menu.addAction(action);
        else
            menu.addSeparator();
    }
    menu.exec(event->globalPos());
}

namespace {
bool isPaletteDrag(const QMimeData* data)
{
    return data->hasFormat(DesignView::kindMimeType) ||
           data->hasFormat(PaletteDock::regionMimeType);
}
} // namespace

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

bool DesignView::addRegionAt(Provider provider, QPointF scenePos)
{
    auto& document = m_scene->document();
    const auto& design = document.design();
    const auto& all = document.catalogues().regions.regions();
    const auto free = std::find_if(all.begin(), all.end(), [&](const RegionInfo& info) {
        return info.provider == provider &&
               std::none_of(design.regions.begin(), design.regions.end(), [&](const auto& r) {
                   return r.second.provider == provider && r.second.code == info.code;
               });
    });
    if (free == all.end()) {
        emit message(
            tr("The design already uses every %1 region.").arg(icons::providerName(provider)));
        return false;
    }
    Region region;
    region.id = RegionId{document.uniqueId(free->code)};
    region.provider = provider;
    region.code = free->code;
    if (design.regions.empty()) {
        region.trafficPercent = 100.0;
    } else {
        region.role = RegionRole::WarmStandby;
        region.headroomPercent = 100.0;
    }
    region.position = toPoint(snapped(scenePos));
    document.push(new AddRegion(document, region));
    m_scene->selectElements({ElementRef::region(region.id)});
    return true;
}

bool DesignView::addServiceAt(const std::string& kindId, QPointF scenePos)
{
    auto& document = m_scene->document();
    const auto& design = document.design();
    auto region = m_scene->regionAt(scenePos);
    const auto* kind = document.catalogues().services.find(kindId);
    // Global services dropped over a region land at the edge beside it rather than being refused.
    if (kind && kind->scope == Scope::Global)
        region.reset();
    const auto problem = placementProblem(design, document.catalogues(), kindId, region);
    if (!problem.isEmpty()) {
        emit message(problem);
        return false;
    }
    Service service;
    const auto shortName = kindId.substr(kindId.find('.') + 1);
    service.id = ServiceId{document.uniqueId(shortName)};
    service.kind = kindId;
    service.name = kind->name;
    service.region = region;
    QPointF at = scenePos - QPointF(canvas::serviceWidth / 2.0, canvas::serviceHeight / 2.0);
    if (region)
        at -= m_scene->regionItem(*region)->scenePos();
    service.position = toPoint(snapped(at));
    document.push(new AddService(document, service));
    m_scene->selectElements({ElementRef::service(service.id)});
    return true;
}

} // namespace rs::ui
