#pragma once

#include "core/RuleSetting.h"
#include "document/DocumentChange.h"
#include "document/ElementRef.h"
#include "ui/canvas/CanvasStyle.h"

#include <QGraphicsScene>
#include <QTimer>

#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

namespace rs::document {
class DesignDocument;
}

namespace rs::ui {

class ElementItem;
class LinkItem;
class RegionItem;
class ServiceItem;

/// The canvas model view: one item per element, created and removed only from the document's
/// signals and re-synced from the model when it changes. It cannot exist without a document.
///
/// Other views mark items through it by element id: a finding's worst severity as a badge, and
/// a what-if's regions and services "down" and links broken or lit. These marks are view state,
/// never saved, and survive edits of the element until cleared.
class DesignScene : public QGraphicsScene
{
    Q_OBJECT

public:
    explicit DesignScene(document::DesignDocument& document, QObject* parent = nullptr);
    ~DesignScene() override;

    document::DesignDocument& document() const { return m_document; }

    ElementItem* item(const std::string& id) const;
    RegionItem* regionItem(const RegionId& id) const;
    ServiceItem* serviceItem(const ServiceId& id) const;
    LinkItem* linkItem(const LinkId& id) const;

    document::ElementRefs selectedElements() const;
    void selectElements(const document::ElementRefs& elements);
    /// The scene rectangle around these elements (all of them when empty).
    QRectF elementsRect(const document::ElementRefs& elements = {}) const;
    /// The region whose stored area holds `scenePos`, if any.
    std::optional<RegionId> regionAt(QPointF scenePos) const;
    /// A service's card in scene coordinates.
    QRectF serviceRect(const ServiceId& id) const;

    // Marks set from outside, by element id; unknown ids are ignored.
    void setBadge(const std::string& id, std::optional<Severity> worst);
    void clearBadges();
    void setDown(const std::string& id, bool down);
    void clearDown();
    void setLinkFlow(const LinkId& id, LinkFlow flow);
    void clearLinkFlows();

    void setGridVisible(bool visible);

    /// Places every link's label where it covers no card, no region's header and no other
    /// label: the middle of its line if free, else further along, else hidden. Runs by itself
    /// a moment after the links stop moving (not on every step of a drag); tests call it.
    void placeLabels();

protected:
    void drawBackground(QPainter* painter, const QRectF& rect) override;

private:
    void rebuild();
    void onAdded(const document::ElementRef& element);
    void onAboutToBeRemoved(const document::ElementRef& element);
    void onChanged(const document::ElementRef& element, document::ElementChanges changes);
    void syncRegion(const RegionId& id);
    void syncService(const ServiceId& id);
    void placeService(ServiceItem* item, const std::optional<RegionId>& region);
    /// Grows `region` as drawn to hold the cards of its services.
    void holdCards(RegionItem* region);
    void rerouteLinksOf(const ServiceId& id);
    void rerouteLinksInRegion(const RegionId& id);
    /// Re-routes the links that pass through `area` (a card or a region title moved from or
    /// to it), so they go around what is there now and no longer around what left.
    void rerouteLinksAcross(const QRectF& area);
    void reroute(LinkItem* item);
    /// The links between the same two services as `link`, either way round, `link` among them.
    std::vector<LinkItem*> siblingsOf(const Link& link) const;
    /// What a link between `from` and `to` must go around: the other cards and the region
    /// titles in its corridor (diagram::LinkRoute::corridor).
    std::vector<QRectF> obstaclesFor(const Link& link, const QRectF& from, const QRectF& to) const;
    void updateSceneRect();

    document::DesignDocument& m_document;
    std::unordered_map<std::string, RegionItem*> m_regions;
    std::unordered_map<std::string, ServiceItem*> m_services;
    std::unordered_map<std::string, LinkItem*> m_links;
    std::unordered_map<std::string, std::vector<LinkItem*>> m_linksOf; ///< by service id
    bool m_gridVisible = true;
    QTimer m_labelTimer; ///< places the labels once the links have stopped moving
};

} // namespace rs::ui
