#include "ui/canvas/DesignScene.h"

#include "document/DesignDocument.h"
#include "ui/canvas/LinkItem.h"
#include "ui/canvas/RegionItem.h"
#include "ui/canvas/ServiceItem.h"

#include <QApplication>
#include <QPainter>

#include <algorithm>
#include <cmath>

namespace rs::ui {

DesignScene::DesignScene(document::DesignDocument& document, QObject* parent)
    : QGraphicsScene(parent)
    , m_document(document)
{
    connect(&document, &document::DesignDocument::designReset, this, &DesignScene::rebuild);
    connect(&document, &document::DesignDocument::elementAdded, this, &DesignScene::onAdded);
    connect(&document, &document::DesignDocument::elementAboutToBeRemoved, this,
            &DesignScene::onAboutToBeRemoved);
    connect(&document, &document::DesignDocument::elementChanged, this, &DesignScene::onChanged);
    m_labelTimer.setSingleShot(true);
    m_labelTimer.setInterval(120);
    connect(&m_labelTimer, &QTimer::timeout, this, &DesignScene::placeLabels);
    rebuild();
}

DesignScene::~DesignScene()
{
    // Deleting selected items announces a selection change; nobody may react to it any more.
    blockSignals(true);
    clear();
}

void DesignScene::rebuild()
{
    clear();
    m_regions.clear();
    m_services.clear();
    m_links.clear();
    m_linksOf.clear();
    const auto& design = m_document.design();
    for (const auto& [id, r] : design.regions)
        onAdded(document::ElementRef::region(id));
    for (const auto& [id, s] : design.services)
        onAdded(document::ElementRef::service(id));
    for (const auto& [id, l] : design.links)
        onAdded(document::ElementRef::link(id));
    updateSceneRect();
}

void DesignScene::onAdded(const document::ElementRef& element)
{
    const auto& design = m_document.design();
    switch (element.type) {
    case document::ElementType::Region: {
        auto* item = new RegionItem(element.regionId());
        m_regions.emplace(element.id, item);
        addItem(item);
        syncRegion(element.regionId());
        break;
    }
    case document::ElementType::Service: {
        auto* item = new ServiceItem(element.serviceId());
        m_services.emplace(element.id, item);
        syncService(element.serviceId());
        break;
    }
    case document::ElementType::Link: {
        const auto& link = *design.link(element.linkId());
        auto* item = new LinkItem(element.linkId());
        m_links.emplace(element.id, item);
        m_linksOf[link.from.value].push_back(item);
        m_linksOf[link.to.value].push_back(item);
        addItem(item);
        item->sync(link);
        // It and its siblings between the same two services fan out again; the service's other
        // links stay as they are (rerouting them all made loading a hub's links quadratic).
        for (auto* sibling : siblingsOf(link))
            reroute(sibling);
        break;
    }
    }
}

void DesignScene::onAboutToBeRemoved(const document::ElementRef& element)
{
    const auto drop = [](auto& map, const std::string& id) {
        const auto it = map.find(id);
        if (it == map.end())
            return;
        delete it->second; // QGraphicsItem's destructor takes it out of the scene
        map.erase(it);
    };
    switch (element.type) {
    case document::ElementType::Region:
        // The document removes a region's services first; should one be left, it must outlive
        // the region's item, which would otherwise delete it with itself.
        if (auto* region = regionItem(element.regionId())) {
            for (auto* child : region->childItems()) {
                child->setParentItem(nullptr);
            }
        }
        drop(m_regions, element.id);
        break;
    case document::ElementType::Service: {
        m_linksOf.erase(element.id);
        const auto* card = serviceItem(element.serviceId());
        const QRectF area = card ? card->sceneCardRect() : QRectF();
        drop(m_services, element.id);
        rerouteLinksAcross(area); // what went around it goes straight again
        break;
    }
    case document::ElementType::Link: {
        const auto* link = m_document.design().link(element.linkId());
        const auto it = m_links.find(element.id);
        if (link && it != m_links.end()) {
            for (const auto& end : {link->from.value, link->to.value}) {
                if (auto ends = m_linksOf.find(end); ends != m_linksOf.end())
                    std::erase(ends->second, it->second);
            }
        }
        drop(m_links, element.id);
        break;
    }
    }
}

void DesignScene::onChanged(const document::ElementRef& element, document::ElementChanges changes)
{
    switch (element.type) {
    case document::ElementType::Region: {
        const auto* region = regionItem(element.regionId());
        const QRectF titleBefore = region ? region->sceneTitleRect() : QRectF();
        syncRegion(element.regionId());
        if (region && region->sceneTitleRect() != titleBefore) {
            rerouteLinksAcross(titleBefore);
            rerouteLinksAcross(region->sceneTitleRect());
        }
        if (changes & (document::ElementChange::Position | document::ElementChange::Size))
            rerouteLinksInRegion(element.regionId());
        break;
    }
    case document::ElementType::Service:
        syncService(element.serviceId());
        break;
    case document::ElementType::Link:
        if (auto* item = linkItem(element.linkId()))
            item->sync(*m_document.design().link(element.linkId()));
        break;
    }
    if (changes & (document::ElementChange::Position | document::ElementChange::Size))
        updateSceneRect();
}

void DesignScene::syncRegion(const RegionId& id)
{
    auto* item = regionItem(id);
    const auto* region = m_document.design().region(id);
    if (!item || !region)
        return;
    item->sync(*region, m_document.catalogues().regions.find(region->provider, region->code));
    holdCards(item);
}

void DesignScene::syncService(const ServiceId& id)
{
    auto* item = serviceItem(id);
    const auto* service = m_document.design().service(id);
    if (!item || !service)
        return;
    auto* wasIn = item->parentItem(); // a region's item, or none
    const QRectF before = item->scene() ? item->sceneCardRect() : QRectF();
    placeService(item, service->region);
    item->sync(*service, m_document.catalogues().services.find(service->kind));
    rerouteLinksOf(id);
    if (const QRectF after = item->sceneCardRect(); after != before) {
        rerouteLinksAcross(before);
        rerouteLinksAcross(after);
    }
    if (wasIn && wasIn != item->parentItem())
        holdCards(static_cast<RegionItem*>(wasIn));
    holdCards(service->region ? regionItem(*service->region) : nullptr);
}

void DesignScene::holdCards(RegionItem* region)
{
    if (!region)
        return;
    std::vector<QRectF> cards;
    for (const auto* child : region->childItems()) {
        if (child->type() == ElementItem::ServiceType) {
            const auto* service = static_cast<const ServiceItem*>(child);
            cards.push_back(service->mapRectToParent(service->cardRect()));
        }
    }
    region->holdCards(cards);
}

void DesignScene::placeService(ServiceItem* item, const std::optional<RegionId>& region)
{
    QGraphicsItem* parent = region ? regionItem(*region) : nullptr;
    if (item->scene() && item->parentItem() == parent)
        return;
    if (parent) {
        item->setParentItem(parent);
    } else {
        item->setParentItem(nullptr);
        if (!item->scene())
            addItem(item);
    }
}

std::vector<LinkItem*> DesignScene::siblingsOf(const Link& link) const
{
    std::vector<LinkItem*> siblings;
    const auto ends = m_linksOf.find(link.from.value);
    if (ends == m_linksOf.end())
        return siblings;
    for (auto* item : ends->second) {
        const auto* other = m_document.design().link(LinkId{item->element().id});
        if (other && ((other->from == link.from && other->to == link.to) ||
                      (other->from == link.to && other->to == link.from)))
            siblings.push_back(item);
    }
    return siblings;
}

void DesignScene::reroute(LinkItem* item)
{
    const auto* link = m_document.design().link(LinkId{item->element().id});
    if (!link)
        return;
    // Links between the same two services, either way round, fan out 12 px apart. The
    // perpendicular is taken from the lower id to the higher, so both directions agree on it.
    std::vector<std::string> siblings;
    for (const auto* other : siblingsOf(*link))
        siblings.push_back(other->element().id);
    std::sort(siblings.begin(), siblings.end());
    const auto index =
        std::find(siblings.begin(), siblings.end(), link->id.value) - siblings.begin();
    double offset = (double(index) - double(siblings.size() - 1) / 2.0) * 12.0;
    if (link->to < link->from)
        offset = -offset; // the perpendicular flips with the direction
    const QRectF from = serviceRect(link->from);
    const QRectF to = serviceRect(link->to);
    item->route(from, to, offset, obstaclesFor(*link, from, to));
    m_labelTimer.start();
}

std::vector<QRectF> DesignScene::obstaclesFor(const Link& link, const QRectF& from,
                                              const QRectF& to) const
{
    std::vector<QRectF> obstacles;
    for (const auto* i : items(diagram::LinkRoute::corridor(from, to),
                               Qt::IntersectsItemBoundingRect, Qt::AscendingOrder)) {
        if (i->type() == ElementItem::ServiceType) {
            const auto* card = static_cast<const ServiceItem*>(i);
            const auto id = card->element().serviceId();
            if (id != link.from && id != link.to)
                obstacles.push_back(card->sceneCardRect());
        } else if (i->type() == ElementItem::RegionType) {
            obstacles.push_back(static_cast<const RegionItem*>(i)->sceneTitleRect());
        }
    }
    return obstacles;
}

void DesignScene::rerouteLinksAcross(const QRectF& area)
{
    if (area.isEmpty())
        return;
    for (auto* i : items(area, Qt::IntersectsItemBoundingRect, Qt::AscendingOrder)) {
        if (i->type() == ElementItem::LinkType)
            reroute(static_cast<LinkItem*>(i));
    }
}

void DesignScene::rerouteLinksOf(const ServiceId& id)
{
    if (const auto it = m_linksOf.find(id.value); it != m_linksOf.end()) {
        for (auto* link : it->second)
            reroute(link);
    }
}

void DesignScene::rerouteLinksInRegion(const RegionId& id)
{
    auto* region = regionItem(id);
    if (!region)
        return;
    for (auto* child : region->childItems()) {
        if (child->type() == ElementItem::ServiceType)
            rerouteLinksOf(static_cast<ServiceItem*>(child)->element().serviceId());
    }
}

void DesignScene::updateSceneRect()
{
    // Room around the drawing to drop and pan into; the scene never shrinks under the view.
    const QRectF bounds = itemsBoundingRect().adjusted(-800, -600, 800, 600);
    setSceneRect(sceneRect().united(bounds).united(QRectF(-400, -300, 1600, 1200)));
}

template <typename Map> static auto* findIn(const Map& map, const std::string& id)
{
    const auto it = map.find(id);
    return it == map.end() ? nullptr : it->second;
}

ElementItem* DesignScene::item(const std::string& id) const
{
    if (auto* r = findIn(m_regions, id))
        return r;
    if (auto* s = findIn(m_services, id))
        return s;
    return findIn(m_links, id);
}

RegionItem* DesignScene::regionItem(const RegionId& id) const
{
    return findIn(m_regions, id.value);
}

ServiceItem* DesignScene::serviceItem(const ServiceId& id) const
{
    return findIn(m_services, id.value);
}

LinkItem* DesignScene::linkItem(const LinkId& id) const
{
    return findIn(m_links, id.value);
}

QRectF DesignScene::serviceRect(const ServiceId& id) const
{
    const auto* item = serviceItem(id);
    return item ? item->sceneCardRect() : QRectF();
}

document::ElementRefs DesignScene::selectedElements() const
{
    document::ElementRefs out;
    for (auto* item : selectedItems()) {
        if (item->type() >= ElementItem::RegionType && item->type() <= ElementItem::LinkType)
            out.push_back(static_cast<ElementItem*>(item)->element());
    }
    std::sort(out.begin(), out.end());
    return out;
}

void DesignScene::selectElements(const document::ElementRefs& elements)
{
    QSignalBlocker blocker(this);
    clearSelection();
    for (const auto& e : elements) {
        if (auto* i = item(e.id))
            i->setSelected(true);
    }
    blocker.unblock();
    emit selectionChanged();
}

QRectF DesignScene::elementsRect(const document::ElementRefs& elements) const
{
    if (elements.empty())
        return itemsBoundingRect();
    QRectF rect;
    for (const auto& e : elements) {
        if (auto* i = item(e.id))
            rect = rect.united(i->sceneBoundingRect());
    }
    return rect;
}

std::optional<RegionId> DesignScene::regionAt(QPointF scenePos) const
{
    // Topmost first, so a region drawn over another wins, as it looks.
    for (auto* i : items(scenePos, Qt::IntersectsItemBoundingRect, Qt::DescendingOrder)) {
        if (i->type() != ElementItem::RegionType)
            continue;
        const auto* region = static_cast<RegionItem*>(i);
        if (QRectF(region->scenePos(), region->size()).contains(scenePos))
            return region->element().regionId();
    }
    return std::nullopt;
}

void DesignScene::setBadge(const std::string& id, std::optional<Severity> worst)
{
    if (auto* i = item(id))
        i->setBadge(worst);
}

void DesignScene::clearBadges()
{
    for (auto* i : items()) {
        if (i->type() >= ElementItem::RegionType && i->type() <= ElementItem::LinkType)
            static_cast<ElementItem*>(i)->setBadge(std::nullopt);
    }
}

void DesignScene::setDown(const std::string& id, bool down)
{
    if (auto* i = item(id))
        i->setDown(down);
}

void DesignScene::clearDown()
{
    for (auto* i : items()) {
        if (i->type() >= ElementItem::RegionType && i->type() <= ElementItem::LinkType)
            static_cast<ElementItem*>(i)->setDown(false);
    }
}

void DesignScene::setLinkFlow(const LinkId& id, LinkFlow flow)
{
    if (auto* i = linkItem(id))
        i->setFlow(flow);
}

void DesignScene::clearLinkFlows()
{
    for (const auto& [id, item] : m_links)
        item->setFlow(LinkFlow::Normal);
}

void DesignScene::placeLabels()
{
    m_labelTimer.stop();
    // The obstacles a label must not cover: cards and region headers.
    const auto blocked = [this](const QRectF& box) {
        for (const auto* i : items(box, Qt::IntersectsItemBoundingRect)) {
            if (i->type() == ElementItem::ServiceType) {
                if (static_cast<const ServiceItem*>(i)->sceneCardRect().intersects(box))
                    return true;
            } else if (i->type() == ElementItem::RegionType) {
                const QRectF area = static_cast<const RegionItem*>(i)->area();
                const QRectF header(area.topLeft(),
                                    QSizeF(area.width(), canvas::regionHeaderHeight));
                if (i->mapRectToScene(header).intersects(box))
                    return true;
            }
        }
        return false;
    };
    // In the order of their ids, so the same design always gets the same labels.
    std::vector<std::pair<std::string, LinkItem*>> links(m_links.begin(), m_links.end());
    std::sort(links.begin(), links.end());
    std::vector<QRectF> placed;
    for (const auto& [id, link] : links) {
        if (!link->wantsLabel())
            continue;
        std::optional<double> at;
        for (const double t : {0.5, 0.38, 0.62, 0.28, 0.72, 0.2, 0.8}) {
            const QRectF box = link->labelRectAt(t);
            const auto overlaps = [&box](const QRectF& other) { return other.intersects(box); };
            if (!blocked(box) && std::none_of(placed.begin(), placed.end(), overlaps)) {
                at = t;
                placed.push_back(box);
                break;
            }
        }
        link->setLabelAt(at);
    }
}

void DesignScene::setGridVisible(bool visible)
{
    m_gridVisible = visible;
    update();
}

void DesignScene::drawBackground(QPainter* painter, const QRectF& rect)
{
    const QPalette palette = QApplication::palette();
    painter->fillRect(rect, palette.color(QPalette::Base));
    if (!m_gridVisible)
        return;
    const double scale = painter->worldTransform().m11();
    double step = canvas::gridSize;
    while (step * scale < 8.0) // never denser than one dot per 8 pixels
        step *= 4.0;
    QColor dot = palette.color(QPalette::Text);
    dot.setAlphaF(0.22);
    // Each dot a small square of whole device pixels: stroking thousands of round points was a
    // seventh of a frame when panning a large design.
    const QTransform toDevice = painter->worldTransform();
    const int size = std::max(1, qRound(1.5 * painter->device()->devicePixelRatioF()));
    const double left = std::floor(rect.left() / step) * step;
    const double top = std::floor(rect.top() / step) * step;
    QVector<QRect> dots;
    for (double x = left; x < rect.right(); x += step) {
        for (double y = top; y < rect.bottom(); y += step) {
            const QPoint at = toDevice.map(QPointF(x, y)).toPoint();
            dots.append(QRect(at.x() - size / 2, at.y() - size / 2, size, size));
        }
    }
    painter->save();
    painter->resetTransform();
    painter->setRenderHint(QPainter::Antialiasing, false);
    painter->setPen(Qt::NoPen);
    painter->setBrush(dot);
    painter->drawRects(dots.data(), int(dots.size()));
    painter->restore();
}

} // namespace rs::ui
