#pragma once

#include "core/Link.h"
#include "diagram/LinkRoute.h"
#include "ui/canvas/CanvasStyle.h"
#include "ui/canvas/ElementItem.h"

#include <QPainterPath>

#include <optional>
#include <vector>

namespace rs::ui {

/// A directed link between two service cards, drawn from edge to edge around the cards between
/// them (diagram::LinkRoute) with an arrowhead and a label of its kind, styled per kind
/// (CanvasStyle.h). The scene re-routes it when either end moves, and places its label where it
/// covers no card and no other label (or hides it).
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
    /// `offset` so that several links between the same two services stay apart, around
    /// `obstacles` (the other cards and the region titles near it).
    void route(const QRectF& from, const QRectF& to, double offset = 0.0,
               const std::vector<QRectF>& obstacles = {});
    const diagram::LinkRoute& linkRoute() const { return m_route; }
    LinkKind kind() const { return m_kind; }
    LinkFlow flow() const { return m_flow; }
    void setFlow(LinkFlow flow);

    /// Whether the link is long enough to carry a label.
    bool wantsLabel() const;
    /// The label's box, in scene coordinates, centred at `t` along the route (0 its start).
    QRectF labelRectAt(double t) const;
    /// Where along the line the label sits, or nothing to hide it (no free place for it).
    void setLabelAt(std::optional<double> t);
    /// The label's box as placed, in scene coordinates; empty when it is hidden.
    QRectF labelRect() const;

private:
    void updateStrokes();

    LinkKind m_kind = LinkKind::Request;
    LinkFlow m_flow = LinkFlow::Normal;
    diagram::LinkRoute m_route;
    /// The route's strokes as painted (two for replication's double line), cut into pieces
    /// once when it is routed or changes kind, not on every frame.
    std::vector<std::vector<diagram::LinkRoute::Piece>> m_strokes;
    QRectF m_bounds;
    std::optional<double> m_labelAt = 0.5;
};

} // namespace rs::ui
