#include "ui/canvas/LinkItem.h"

#include <QApplication>
#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPathStroker>
#include <QStyleOptionGraphicsItem>

#include <cmath>
#include <optional>

namespace rs::ui {

namespace {

constexpr double arrowSize = 9.0;
/// A line shorter than this has no room for its label between the cards it joins.
constexpr double minLabelledLength = 90.0;

QFont labelFont()
{
    QFont font = QApplication::font();
    font.setPixelSize(10);
    return font;
}

} // namespace

LinkItem::LinkItem(const LinkId& id)
    : ElementItem(document::ElementRef::link(id))
{
    setZValue(2.0);
}

void LinkItem::updateStrokes()
{
    const double head = diagram::hasArrow(m_kind) ? arrowSize : 0.0;
    // Replication is two parallel strokes: the data exists twice.
    if (m_kind == LinkKind::Replication)
        m_strokes = {m_route.shifted(2.0).pieces(head), m_route.shifted(-2.0).pieces(head)};
    else
        m_strokes = {m_route.pieces(head)};
}

void LinkItem::sync(const Link& link)
{
    if (m_kind != link.kind) {
        m_kind = link.kind;
        updateStrokes();
    }
    setToolTip(QStringLiteral("%1 → %2 · %3")
                   .arg(QString::fromStdString(link.from.value),
                        QString::fromStdString(link.to.value), diagram::linkName(link.kind)));
    update();
}

void LinkItem::setFlow(LinkFlow flow)
{
    if (m_flow == flow)
        return;
    m_flow = flow;
    update();
}

bool LinkItem::wantsLabel() const
{
    return m_route.length() > minLabelledLength;
}

QRectF LinkItem::labelRectAt(double t) const
{
    const QFontMetricsF metrics(labelFont());
    QRectF box(0, 0, metrics.horizontalAdvance(diagram::linkName(m_kind)) + 8,
               metrics.height() + 2);
    box.moveCenter(m_route.pointAt(t));
    return box;
}

void LinkItem::setLabelAt(std::optional<double> t)
{
    if (m_labelAt == t)
        return;
    m_labelAt = t;
    update();
}

QRectF LinkItem::labelRect() const
{
    return wantsLabel() && m_labelAt ? labelRectAt(*m_labelAt) : QRectF();
}

void LinkItem::route(const QRectF& from, const QRectF& to, double offset,
                     const std::vector<QRectF>& obstacles)
{
    prepareGeometryChange();
    m_route = diagram::LinkRoute::between(from, to, offset, obstacles);
    updateStrokes();
    m_bounds = m_route.points().boundingRect().adjusted(-40, -14, 40, 14);
}

QRectF LinkItem::boundingRect() const
{
    return m_bounds;
}

QPainterPath LinkItem::shape() const
{
    QPainterPathStroker stroker;
    stroker.setWidth(10.0);
    return stroker.createStroke(m_route.path());
}

void LinkItem::paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget* widget)
{
    if (m_route.isEmpty() || m_route.length() < 1.0)
        return;
    const QPalette palette = widget ? widget->palette() : QApplication::palette();
    const double lod = option->levelOfDetailFromTransform(painter->worldTransform());
    QPen pen = canvas::linkPen(m_kind, palette, m_flow, isSelected());
    if (isDown())
        pen.setColor(palette.color(QPalette::Mid));
    // A link inside what is down fades with it, as the cards at its ends do.
    painter->setOpacity(m_flow == LinkFlow::Cut ? 0.35 : 1.0);
    painter->setRenderHint(QPainter::Antialiasing, lod > 0.35);
    painter->setPen(pen);
    painter->setBrush(Qt::NoBrush);

    const QPointF unit = m_route.directionAt(1.0);
    const QPointF normal(-unit.y(), unit.x());
    const QPointF tip = m_route.points().last();
    const double headLength = diagram::hasArrow(m_kind) ? arrowSize : 0.0;
    const QPointF base = tip - unit * headLength;
    // Only the part of the route on screen is stroked: a link across a large design would have
    // its dashes built for its whole length. The dash pattern is carried on from piece to piece
    // and shifted by what was cut off, so it stays put while the view pans.
    const QRectF onScreen = painter->worldTransform()
                                .inverted()
                                .mapRect(QRectF(painter->viewport()))
                                .adjusted(-10.0, -10.0, 10.0, 10.0);
    const double dashUnit = std::max(pen.widthF(), 1.0);
    for (const auto& pieces : m_strokes) {
        for (const auto& piece : pieces) {
            QPen cut = pen;
            if (piece.corner) {
                if (!QPolygonF({piece.from, piece.control, piece.to})
                         .boundingRect()
                         .intersects(onScreen))
                    continue;
                cut.setDashOffset(pen.dashOffset() + piece.before / dashUnit);
                painter->setPen(cut);
                QPainterPath corner(piece.from);
                corner.quadTo(piece.control, piece.to);
                painter->drawPath(corner);
            } else if (const QLineF leg(piece.from, piece.to);
                       const auto part = diagram::partInside(leg.p1(), leg.p2(), onScreen)) {
                cut.setDashOffset(pen.dashOffset() +
                                  (piece.before + part->first * leg.length()) / dashUnit);
                painter->setPen(cut);
                painter->drawLine(QLineF(leg.pointAt(part->first), leg.pointAt(part->second)));
            }
        }
    }
    if (diagram::hasArrow(m_kind)) {
        QPen head = pen;
        head.setStyle(Qt::SolidLine);
        painter->setPen(head);
        painter->setBrush(pen.color());
        const QPointF arrow[3] = {tip, base + normal * arrowSize * 0.45,
                                  base - normal * arrowSize * 0.45};
        painter->drawPolygon(arrow, 3);
    }

    if (const QRectF box = labelRect(); lod >= 0.6 && !box.isEmpty()) {
        painter->setFont(labelFont());
        painter->setPen(Qt::NoPen);
        QColor back = palette.color(QPalette::Base);
        back.setAlphaF(0.9);
        painter->setBrush(back);
        painter->drawRoundedRect(box, 4, 4);
        // The line's colour, opaque: its 75 % ink is faint as text, on a dark theme most of all.
        QColor ink = pen.color();
        ink.setAlphaF(1.0);
        painter->setPen(ink);
        painter->drawText(box, Qt::AlignCenter, diagram::linkName(m_kind));
    }
    const QPointF middle = m_route.directionAt(0.5);
    paintBadge(painter, m_route.pointAt(0.5) + QPointF(-middle.y(), middle.x()) * 14.0);
}

} // namespace rs::ui
