#include "diagram/LinkRoute.h"

#include "Pathplan.h"

#include <QLineF>

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <optional>
#include <utility>

namespace rs::diagram {

namespace {

/// How far beyond the two cards an obstacle can still be in the way.
constexpr double corridorMargin = 160.0;
/// Corners are rounded by this much, or less on short legs.
constexpr double cornerRadius = 14.0;
/// Rounds of "route, then take in what the route now crosses": a route goes around a few cards.
constexpr int maxRounds = 8;
/// Beyond this many, a way is left as it was: the visibility graph costs the cube of the corners
/// (16 boxes, 64 corners: about a millisecond), and a link that far across the design is read
/// by its ends, not by its way.
constexpr std::size_t maxObstacles = 16;

bool crosses(const QPolygonF& route, const QRectF& rect)
{
    for (qsizetype i = 0; i + 1 < route.size(); ++i) {
        if (partInside(route[i], route[i + 1], rect))
            return true;
    }
    return false;
}

/// `obstacle` cut back to the side of `card` it mostly lies on, so the two no longer overlap;
/// empty when `obstacle` covers the card.
QRectF besideOf(QRectF obstacle, const QRectF& card)
{
    const QRectF overlap = obstacle & card;
    if (overlap.isEmpty())
        return obstacle;
    if (overlap.height() <= overlap.width()) {
        if (obstacle.center().y() < card.center().y())
            obstacle.setBottom(card.top());
        else
            obstacle.setTop(card.bottom());
    } else if (obstacle.center().x() < card.center().x()) {
        obstacle.setRight(card.left());
    } else {
        obstacle.setLeft(card.right());
    }
    return obstacle.isValid() && !obstacle.intersects(card) ? obstacle : QRectF();
}

/// Obstacles that overlap become one (the box around both): the visibility graph wants them
/// apart, and a route could not pass between them anyway. Where that box would swallow an end
/// of the route (a card beside a region title over the card a link ends at), the second is cut
/// back beside the first instead.
std::vector<QRectF> merged(std::vector<QRectF> rects, QPointF start, QPointF end)
{
    // Each pass joins two or cuts one back; the bound only guards against slivers cut forever.
    for (int pass = 0, bound = 16 * static_cast<int>(rects.size()) + 16; pass < bound; ++pass) {
        bool changed = false;
        for (std::size_t i = 0; i < rects.size() && !changed; ++i) {
            for (std::size_t j = i + 1; j < rects.size(); ++j) {
                if (!rects[i].intersects(rects[j]))
                    continue;
                const QRectF both = rects[i] | rects[j];
                if (!both.contains(start) && !both.contains(end))
                    rects[i] = both;
                else if (const QRectF cut =
                             besideOf(rects[j], rects[i].adjusted(-0.5, -0.5, 0.5, 0.5));
                         !cut.isEmpty())
                    rects.push_back(cut);
                rects.erase(rects.begin() + static_cast<std::ptrdiff_t>(j));
                changed = true;
                break;
            }
        }
        if (!changed)
            break;
    }
    return rects;
}

bool anyOverlap(const std::vector<QRectF>& rects)
{
    for (std::size_t i = 0; i < rects.size(); ++i) {
        for (std::size_t j = i + 1; j < rects.size(); ++j) {
            if (rects[i].intersects(rects[j]))
                return true;
        }
    }
    return false;
}

/// The shortest way from `a` to `b` around `obstacles`, or nothing when libpathplan finds none.
std::optional<QPolygonF> shortestAround(QPointF a, QPointF b, const std::vector<QRectF>& obstacles)
{
    std::vector<Ppoint_t> corners;
    corners.reserve(obstacles.size() * 4);
    for (const auto& r : obstacles) {
        // Counter-clockwise as drawn (y down): clockwise in libpathplan's y-up terms, as it
        // wants them (the other way round, Pobspath never returns).
        corners.push_back({r.left(), r.top()});
        corners.push_back({r.left(), r.bottom()});
        corners.push_back({r.right(), r.bottom()});
        corners.push_back({r.right(), r.top()});
    }
    std::vector<Ppoly_t> polygons(obstacles.size());
    std::vector<Ppoly_t*> pointers(obstacles.size());
    for (std::size_t i = 0; i < obstacles.size(); ++i) {
        polygons[i] = Ppoly_t{corners.data() + 4 * i, 4};
        pointers[i] = &polygons[i];
    }
    vconfig_t* config = Pobsopen(pointers.data(), static_cast<int>(pointers.size()));
    if (!config)
        return std::nullopt;
    Ppolyline_t route{nullptr, 0};
    const bool found =
        Pobspath(config, {a.x(), a.y()}, POLYID_NONE, {b.x(), b.y()}, POLYID_NONE, &route) != 0;
    Pobsclose(config);
    if (!found || route.pn < 2) {
        std::free(route.ps);
        return std::nullopt;
    }
    QPolygonF points;
    for (int i = 0; i < route.pn; ++i)
        points << QPointF(route.ps[i].x, route.ps[i].y);
    std::free(route.ps);
    return points;
}

/// Whether `p` is inside `rect`, not on its edge (a corner of an obstacle cut back to a card).
bool within(const QRectF& rect, QPointF p)
{
    return rect.adjusted(0.01, 0.01, -0.01, -0.01).contains(p);
}

/// `route` from where it leaves `from` to where it enters `to`.
QPolygonF clipped(QPolygonF route, const QRectF& from, const QRectF& to)
{
    while (route.size() > 2 && within(from, route[1]))
        route.removeAt(1);
    if (const auto part = partInside(route[0], route[1], from))
        route[0] = QLineF(route[0], route[1]).pointAt(part->second);
    while (route.size() > 2 && within(to, route[route.size() - 2]))
        route.removeAt(route.size() - 2);
    const auto last = route.size() - 1;
    if (const auto part = partInside(route[last], route[last - 1], to))
        route[last] = QLineF(route[last], route[last - 1]).pointAt(part->second);
    // A corner on a card's edge is where the route leaves it: one point, not two.
    for (qsizetype i = 0; route.size() > 2 && i + 1 < route.size();) {
        if (QLineF(route[i], route[i + 1]).length() < 0.01)
            route.removeAt(i == 0 ? 1 : i);
        else
            ++i;
    }
    return route;
}

} // namespace

std::optional<std::pair<double, double>> partInside(QPointF a, QPointF b, const QRectF& rect)
{
    double t0 = 0.0;
    double t1 = 1.0;
    const double dx = b.x() - a.x();
    const double dy = b.y() - a.y();
    const std::pair<double, double> edges[] = {
        {-dx, a.x() - rect.left()},
        {dx, rect.right() - a.x()},
        {-dy, a.y() - rect.top()},
        {dy, rect.bottom() - a.y()},
    };
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

QRectF LinkRoute::corridor(const QRectF& from, const QRectF& to)
{
    return (from | to).adjusted(-corridorMargin, -corridorMargin, corridorMargin, corridorMargin);
}

LinkRoute LinkRoute::between(const QRectF& from, const QRectF& to, double offset,
                             const std::vector<QRectF>& obstacles)
{
    QPointF shift;
    if (const QLineF centres(from.center(), to.center()); centres.length() > 0.0 && offset != 0.0)
        shift = QPointF(-centres.dy(), centres.dx()) / centres.length() * offset;
    const QRectF a = from.translated(shift);
    const QRectF b = to.translated(shift);
    const QPointF start = a.center();
    const QPointF end = b.center();

    std::vector<QRectF> grown;
    for (const auto& o : obstacles) {
        if (o.isEmpty())
            continue;
        // Up to the ends' own cards, not into them (so never over an end): a card just under a
        // region title is still reached around the title.
        QRectF g =
            besideOf(besideOf(o.adjusted(-clearance, -clearance, clearance, clearance), a), b);
        if (!g.isEmpty())
            grown.push_back(g);
    }
    // Route around what the way crosses, then around what the new way crosses, and so on: the
    // visibility graph grows with the cube of its corners, so it is built from the few
    // obstacles that matter, not from every card in the corridor.
    QPolygonF route{start, end};
    std::vector<QRectF> chosen;
    for (int round = 0; round < maxRounds; ++round) {
        bool added = false;
        for (auto& g : grown) {
            // A hair inside: a way along an obstacle's edge, corner to corner, does not cross it.
            if (!g.isNull() && crosses(route, g.adjusted(1, 1, -1, -1))) {
                chosen.push_back(g);
                g = QRectF();
                added = true;
            }
        }
        if (!added || chosen.size() > maxObstacles)
            break;
        const std::vector<QRectF> around = merged(chosen, start, end);
        if (anyOverlap(around))
            break; // libpathplan wants them apart: straight is better than a wrong way
        const auto next = shortestAround(start, end, around);
        if (!next)
            break;
        route = *next;
    }
    LinkRoute result;
    result.setPoints(clipped(route, a, b));
    return result;
}

void LinkRoute::setPoints(QPolygonF points)
{
    m_points = std::move(points);
    m_length = 0.0;
    for (qsizetype i = 0; i + 1 < m_points.size(); ++i)
        m_length += QLineF(m_points[i], m_points[i + 1]).length();
}

namespace {

/// The leg of `points` that holds `t` of the way along, and how far into it that is (0..1).
std::pair<QLineF, double> legAt(const QPolygonF& points, double t, double total)
{
    double remaining = std::clamp(t, 0.0, 1.0) * total;
    for (qsizetype i = 0; i + 1 < points.size(); ++i) {
        const QLineF leg(points[i], points[i + 1]);
        if (remaining <= leg.length() || i + 2 == points.size())
            return {leg, leg.length() > 0.0 ? std::min(1.0, remaining / leg.length()) : 0.0};
        remaining -= leg.length();
    }
    return {QLineF(points.last(), points.last()), 0.0};
}

} // namespace

QPointF LinkRoute::pointAt(double t) const
{
    if (isEmpty())
        return m_points.isEmpty() ? QPointF() : m_points.first();
    const auto [leg, along] = legAt(m_points, t, length());
    return leg.pointAt(along);
}

QPointF LinkRoute::directionAt(double t) const
{
    if (isEmpty())
        return {1.0, 0.0};
    const auto [leg, along] = legAt(m_points, t, length());
    return leg.length() > 0.0 ? (leg.p2() - leg.p1()) / leg.length() : QPointF(1.0, 0.0);
}

std::vector<LinkRoute::Piece> LinkRoute::pieces(double shortenEnd) const
{
    std::vector<Piece> result;
    if (isEmpty())
        return result;
    QPolygonF points = m_points;
    QLineF last(points[points.size() - 2], points.last());
    if (shortenEnd > 0.0 && last.length() > shortenEnd) {
        last.setLength(last.length() - shortenEnd);
        points.last() = last.p2();
    }
    double along = 0.0;
    const auto add = [&](Piece piece) {
        piece.before = along;
        along +=
            QLineF(piece.from, piece.control).length() + QLineF(piece.control, piece.to).length();
        result.push_back(piece);
    };
    QPointF at = points.first();
    for (qsizetype i = 1; i + 1 < points.size(); ++i) {
        const QLineF in(points[i], points[i - 1]);
        const QLineF out(points[i], points[i + 1]);
        const double r = std::min({cornerRadius, in.length() / 2.0, out.length() / 2.0});
        const QPointF enter = in.pointAt(r / std::max(in.length(), 1e-9));
        const QPointF leave = out.pointAt(r / std::max(out.length(), 1e-9));
        add({at, at, enter, false});
        add({enter, points[i], leave, true});
        at = leave;
    }
    add({at, at, points.last(), false});
    return result;
}

QPainterPath LinkRoute::path(double shortenEnd) const
{
    QPainterPath path;
    for (const auto& piece : pieces(shortenEnd)) {
        if (path.elementCount() == 0)
            path.moveTo(piece.from);
        if (piece.corner)
            path.quadTo(piece.control, piece.to);
        else
            path.lineTo(piece.to);
    }
    return path;
}

LinkRoute LinkRoute::shifted(double distance) const
{
    LinkRoute result;
    const auto normal = [this](qsizetype i) {
        const QLineF leg(m_points[i], m_points[i + 1]);
        return leg.length() > 0.0 ? QPointF(-leg.dy(), leg.dx()) / leg.length() : QPointF();
    };
    const qsizetype n = m_points.size();
    QPolygonF shifted;
    for (qsizetype i = 0; i < n; ++i) {
        QPointF along;
        if (i == 0 || i == n - 1) {
            along = normal(i == 0 ? 0 : n - 2);
        } else {
            // The mitre: the mean of the two legs' normals, lengthened so both legs keep
            // `distance` from the original.
            const QPointF mean = (normal(i - 1) + normal(i)) / 2.0;
            const double squared = QPointF::dotProduct(mean, mean);
            along = squared > 1e-6 ? mean / squared : normal(i);
        }
        shifted << m_points[i] + along * distance;
    }
    result.setPoints(std::move(shifted));
    return result;
}

} // namespace rs::diagram
