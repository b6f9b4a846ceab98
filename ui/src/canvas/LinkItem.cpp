#include "ui/canvas/LinkItem.h"

#include <QApplication>
#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPathStroker>
#include <QStyleOptionGraphicsItem>

#include <array>
#include <cmath>
#include <optional>
#include <utility>

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

/// Where the segment from the centre of `rect` towards `towards` leaves the rect.
QPointF edgePoint(const QRectF& rect, QPointF towards)
{
    const QPointF c = rect.center();
    const QPointF d = towards - c;
    if (std::abs(d.x()) < 1e-9 && std::abs(d.y()) < 1e-9)
        return c;
    const double sx = std::abs(d.x()) > 1e-9 ? (rect.width() / 2.0) / std::abs(d.x()) : 1e9;
    const double sy = std::abs(d.y()) > 1e-9 ? (rect.height() / 2.0) / std::abs(d.y()) : 1e9;
    return c + d * std::min(sx, sy);
}

/// The part [t0, t1] of `line` (0 its start, 1 its end) inside `rect`, or nothing (Liang-Barsky).
std::optional<std::pair<double, double>> insideOf(const QLineF& line, const QRectF& rect)
{
    double t0 = 0.0;
    double t1 = 1.0;
    const double dx = line.dx();
    const double dy = line.dy();
    const std::array<std::pair<double, double>, 4> edges{{
        {-dx, line.x1() - rect.left()},
        {dx, rect.right() - line.x1()},
        {-dy, line.y1() - rect.top()},
        {dy, rect.bottom() - line.y1()},
    }};
    for (const auto& [p, q] : edges) {
        if (std::abs(p) < 1e-12) {
            if (q < 0.0)
                return std::nullopt;
            continue;
        }
        const double t = q / p;
        if (p < 0.0)
            t0 = std::max(t0, t);
        else
            t1 = std::min(t1, t);
    }
    if (t0 >= t1)
        return std::nullopt;
    return std::pair{t0, t1};
}

} // namespace

LinkItem::LinkItem(const LinkId& id)
    : ElementItem(document::ElementRef::link(id))
{
    setZValue(2.0);
}

void LinkItem::sync(const Link& link)
{
    m_kind = link.kind;
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
    return m_line.length() > minLabelledLength;
}

QRectF LinkItem::labelRectAt(double t) const
{
    const QFontMetricsF metrics(labelFont());
    QRectF box(0, 0, metrics.horizontalAdvance(diagram::linkName(m_kind)) + 8,
               metrics.height() + 2);
    box.moveCenter(m_line.pointAt(t));
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

void LinkItem::route(const QRectF& from, const QRectF& to, double offset)
{
    prepareGeometryChange();
    QPointF shift;
    if (const QLineF centres(from.center(), to.center()); centres.length() > 0.0 && offset != 0.0)
        shift = QPointF(-centres.dy(), centres.dx()) / centres.length() * offset;
    const QPointF a = edgePoint(from.translated(shift), to.center() + shift);
    const QPointF b = edgePoint(to.translated(shift), from.center() + shift);
    m_line = QLineF(a, b);
    m_bounds = QRectF(a, b).normalized().adjusted(-40, -14, 40, 14);
}

QRectF LinkItem::boundingRect() const
{
    return m_bounds;
}

QPainterPath LinkItem::shape() const
{
    QPainterPath path(m_line.p1());
    path.lineTo(m_line.p2());
    QPainterPathStroker stroker;
    stroker.setWidth(10.0);
    return stroker.createStroke(path);
}

void LinkItem::paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget* widget)
{
    if (m_line.length() < 1.0)
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

    const QPointF unit = (m_line.p2() - m_line.p1()) / m_line.length();
    const QPointF normal(-unit.y(), unit.x());
    const QPointF tip = m_line.p2();
    const QPointF base = diagram::hasArrow(m_kind) ? tip - unit * arrowSize : tip;
    // Only the part of the shaft on screen is stroked: a link across a large design would have
    // its dashes built for its whole length. The dash pattern is shifted by what was cut off,
    // so it stays put while the view pans.
    const QLineF shaft(m_line.p1(), base);
    const QRectF onScreen = painter->worldTransform()
                                .inverted()
                                .mapRect(QRectF(painter->viewport()))
                                .adjusted(-10.0, -10.0, 10.0, 10.0);
    if (const auto part = insideOf(shaft, onScreen)) {
        const auto [from, to] = *part;
        QPen cut = pen;
        cut.setDashOffset(pen.dashOffset() + from * shaft.length() / std::max(pen.widthF(), 1.0));
        painter->setPen(cut);
        const QLineF shown(shaft.pointAt(from), shaft.pointAt(to));
        if (m_kind == LinkKind::Replication) {
            // Two parallel strokes: the data exists twice.
            painter->drawLine(shown.translated(normal * 2.0));
            painter->drawLine(shown.translated(-normal * 2.0));
        } else {
            painter->drawLine(shown);
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
    paintBadge(painter, m_line.center() + normal * 14.0);
}

} // namespace rs::ui
