#pragma once

#include "core/Region.h"
#include "core/RegionCatalogue.h"
#include "ui/canvas/ElementItem.h"

#include <vector>

namespace rs::ui {

/// A region on the canvas: a container coloured by its role, headed by its provider, name,
/// code, role and traffic share, with a grip in its bottom-right corner to resize it. The
/// services in it are its child items.
class RegionItem : public ElementItem
{
public:
    explicit RegionItem(const RegionId& id);

    int type() const override { return RegionType; }
    QRectF boundingRect() const override;
    void paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget* widget) override;

    void sync(const Region& region, const RegionInfo* info);
    /// Grows the region as drawn to hold these cards (item coordinates) with a margin
    /// (diagram::card::regionHolding); its stored size is what it shrinks back to.
    void holdCards(const std::vector<QRectF>& cards);
    /// Its size as stored: what decides which region a card dropped on it belongs to (else a
    /// card dragged out would carry the region's edge along with it).
    QSizeF size() const { return m_size; }
    /// The region as drawn, in item coordinates: its stored size, grown to hold its cards.
    QRectF area() const { return m_area; }
    /// The part of the header its text takes, in scene coordinates: links go around it.
    QRectF sceneTitleRect() const;
    /// True when `itemPos` is on the resize grip.
    bool isOnResizeGrip(QPointF itemPos) const;

private:
    /// The area from the stored size and the cards held (diagram::card::regionHolding).
    void updateArea();

    QSizeF m_size;               ///< as stored in the design
    std::vector<QRectF> m_cards; ///< of its services, in item coordinates
    QRectF m_area;
    QString m_title;
    QString m_subtitle;
    double m_titleWidth = 0.0; ///< icon, title and subtitle, as drawn zoomed in
    RegionRole m_role = RegionRole::Active;
    Provider m_provider = Provider::Aws;
};

} // namespace rs::ui
