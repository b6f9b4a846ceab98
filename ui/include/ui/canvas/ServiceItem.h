#pragma once

#include "core/Service.h"
#include "core/ServiceCatalogue.h"
#include "ui/canvas/ElementItem.h"

#include <QStaticText>

#include <vector>

namespace rs::ui {

/// A service on the canvas: a card with its category icon, provider mark, name and kind. Inside
/// a region it is a child of the region's item, so it moves with it. Hovering shows a handle on
/// its right edge to drag a new link from.
class ServiceItem : public ElementItem
{
public:
    /// A line of the card's text, laid out once per change rather than once per frame.
    struct TextLine
    {
        QStaticText text;
        QPointF at; ///< its top left on the card
    };

    explicit ServiceItem(const ServiceId& id, QGraphicsItem* parent = nullptr);

    int type() const override { return ServiceType; }
    QRectF boundingRect() const override;
    void paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget* widget) override;

    /// Copies what it shows from the model.
    void sync(const Service& service, const ServiceKind* kind);

    /// The card, in item coordinates (without the badge and the link handle): as large as its
    /// name and kind need (diagram::card::cardSize).
    QRectF cardRect() const { return {QPointF(0.0, 0.0), m_size}; }
    QRectF sceneCardRect() const { return mapRectToScene(cardRect()); }
    /// The name as the card shows it at `levelOfDetail` (the view's zoom): its lines joined by
    /// spaces, cut with an ellipsis where it did not fit.
    QString shownName(double levelOfDetail) const;
    /// True when `itemPos` is on the link handle.
    bool isOnLinkHandle(QPointF itemPos) const;

protected:
    void hoverEnterEvent(QGraphicsSceneHoverEvent* event) override;
    void hoverLeaveEvent(QGraphicsSceneHoverEvent* event) override;

private:
    QPointF handleCentre() const;

    QSizeF m_size;
    QString m_name;
    QString m_kindName;
    std::vector<TextLine> m_nameLines;
    TextLine m_kindLine;
    const QFont* m_farFont = nullptr;     ///< diagram::card::farNameFont: as large as the name fits
    std::vector<TextLine> m_farNameLines; ///< the name in it, shown when zoomed out
    const ServiceKind* m_kind = nullptr;
    bool m_hovered = false;
};

} // namespace rs::ui
