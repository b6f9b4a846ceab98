#pragma once

#include <QPainterPath>
#include <QPolygonF>
#include <QRectF>

#include <optional>
#include <utility>
#include <vector>

namespace rs::diagram {

/// The part [t0, t1] of the segment a→b (0 at a, 1 at b) inside `rect`, or nothing when it
/// misses it (Liang-Barsky): for clipping a line to a card or to what is on screen.
std::optional<std::pair<double, double>> partInside(QPointF a, QPointF b, const QRectF& rect);

/// The way a link takes from one card to another: straight when nothing is in between, else the
/// shortest way around the cards and region titles in its path (Graphviz's libpathplan, the
/// router of neato's splines), keeping `clearance` from them. The canvas and the exported diagram
/// both draw links along it, so a link never runs through a card it does not join.
class LinkRoute
{
public:
    static constexpr double clearance = 12.0;

    LinkRoute() = default;
    /// From the edge of the card `from` to the edge of the card `to`, both shifted sideways by
    /// `offset` (so links between the same two cards stay apart), around `obstacles`: the
    /// rectangles it must not cross (other cards, region titles). Obstacles that hold either end
    /// are not gone around (cards drawn on top of each other).
    static LinkRoute between(const QRectF& from, const QRectF& to, double offset,
                             const std::vector<QRectF>& obstacles);
    /// The area whose obstacles can matter to a link between `from` and `to`.
    static QRectF corridor(const QRectF& from, const QRectF& to);

    /// The route's corners, its first point on the edge of `from`, its last on the edge of `to`.
    const QPolygonF& points() const { return m_points; }
    bool isEmpty() const { return m_points.size() < 2; }
    double length() const { return m_length; }
    /// The point at `t` of the way along (0 its start, 1 its end), by length.
    QPointF pointAt(double t) const;
    /// The unit direction of the route at `t` of the way along (1: where it arrives).
    QPointF directionAt(double t) const;
    /// A straight leg or a rounded corner of the route, and how far along the route it starts
    /// (to carry a dash pattern on from piece to piece).
    struct Piece
    {
        QPointF from;
        QPointF control; ///< a corner's quadratic control point, the route's own corner
        QPointF to;
        bool corner = false;
        double before = 0.0;
    };
    /// The route as legs and rounded corners, ending `shortenEnd` before its last point (where an
    /// arrowhead starts): a view strokes only the pieces on screen.
    std::vector<Piece> pieces(double shortenEnd = 0.0) const;
    /// The same pieces as one path.
    QPainterPath path(double shortenEnd = 0.0) const;
    /// The route as it stands shifted sideways by `distance` (the second stroke of a double
    /// line), corners included.
    LinkRoute shifted(double distance) const;

private:
    /// Sets the corners and measures the route once.
    void setPoints(QPolygonF points);

    QPolygonF m_points;
    double m_length = 0.0;
};

} // namespace rs::diagram
