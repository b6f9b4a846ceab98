#pragma once

#include "core/Link.h"
#include "ui/canvas/CanvasStyle.h"
#include "ui/canvas/ElementItem.h"

#include <QPainterPath>

namespace rs::ui {

/// A directed link between two service cards, drawn from edge to edge with an arrowhead and a
/// label of its kind, styled per kind (CanvasStyle.h). The scene re-routes it when either end
/// moves.
class LinkItem : public ElementItem
{
public:
    explicit LinkItem(const LinkId& id);

    int type() const override { return LinkType; }
    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget* widget) override;

    void sync(const Link& link);
    /// Routes the link between the two cards, given in scene coordinates, shifted sideways by
    /// `offset` so that several links between the same two services stay apart.
    void route(const QRectF& from, const QRectF& to, double offset = 0.0);
    LinkKind kind() const { return m_kind; }
    LinkFlow flow() const { return m_flow; }
    void setFlow(LinkFlow flow);

private:
    LinkKind m_kind = LinkKind::Request;
    LinkFlow m_flow = LinkFlow::Normal;
    QLineF m_line;
    double m_offset = 0.0;
    QRectF m_bounds;
};

} // namespace rs::ui
