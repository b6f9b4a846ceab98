#include "diagram/DiagramRenderer.h"

#include "diagram/CardGeometry.h"
#include "diagram/DiagramStyle.h"
#include "diagram/LinkRoute.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>

#include <cmath>
#include <map>
#include <set>

namespace rs::diagram {

namespace {

QFont diagramFont(double pixels, bool bold = false)
{
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPixelSize(std::max(1, static_cast<int>(std::lround(pixels))));
    font.setBold(bold);
    // No ligatures: the names stay searchable text in a PDF or SVG ("traffic", not "tra\uFB03c").
    font.setStyleStrategy(QFont::PreferNoShaping);
    return font;
}

void drawArrowHead(QPainter& painter, const QPointF& tip, const QPointF& from, const QColor& colour)
{
    const double angle = std::atan2(tip.y() - from.y(), tip.x() - from.x());
    const double length = 9.0;
    const double spread = 0.42;
    QPolygonF head;
    head << tip
         << QPointF(tip.x() - length * std::cos(angle - spread),
                    tip.y() - length * std::sin(angle - spread))
         << QPointF(tip.x() - length * std::cos(angle + spread),
                    tip.y() - length * std::sin(angle + spread));
    painter.save();
    painter.setPen(Qt::NoPen);
    painter.setBrush(colour);
    painter.drawPolygon(head);
    painter.restore();
}

} // namespace

DiagramRenderer::DiagramRenderer(const Design& design, const Catalogues& catalogues)
    : m_design(design)
    , m_catalogues(catalogues)
{
    // Each card measured once: its size comes from wrapping its name (card::cardSize), and the
    // links, the regions and the page plan each ask for it again.
    std::map<RegionId, std::vector<QRectF>> cardsIn;
    for (const auto& [id, service] : design.services) {
        QPointF origin(service.position.x, service.position.y);
        if (service.region) {
            if (const auto* region = design.region(*service.region))
                origin += QPointF(region->position.x, region->position.y);
        }
        const QRectF card(origin, card::cardSize(card::cardName(service)));
        m_cards.emplace(id, card);
        if (service.region)
            cardsIn[*service.region].push_back(card);
    }
    for (const auto& [id, region] : design.regions)
        m_regions.emplace(id, card::regionHolding(QRectF(region.position.x, region.position.y,
                                                         region.size.width, region.size.height),
                                                  cardsIn[id]));
    routeLinks();
}

QString DiagramRenderer::kindName(const Service& service) const
{
    const auto* kind = m_catalogues.services.find(service.kind);
    return displayText(kind ? kind->name : service.kind);
}

QRectF DiagramRenderer::serviceRect(const Service& service) const
{
    return m_cards.at(service.id);
}

QRectF DiagramRenderer::regionRect(const Region& region) const
{
    return m_regions.at(region.id);
}

QRectF DiagramRenderer::sceneBounds() const
{
    QRectF bounds;
    for (const auto& [id, r] : m_design.regions)
        bounds |= regionRect(r);
    for (const auto& [id, s] : m_design.services)
        bounds |= serviceRect(s);
    if (bounds.isNull())
        bounds = QRectF(0, 0, 200, 100);
    const double m = diagram::margin;
    return bounds.adjusted(-m, -m, m, m);
}

std::vector<QRectF> DiagramRenderer::cardRects() const
{
    std::vector<QRectF> rects;
    for (const auto& [id, card] : m_cards)
        rects.push_back(card);
    return rects;
}

double DiagramRenderer::paint(QPainter& painter, const QRectF& target) const
{
    const auto bounds = sceneBounds();
    const double scale =
        std::min(target.width() / bounds.width(), target.height() / bounds.height());
    const QSizeF drawn(bounds.width() * scale, bounds.height() * scale);
    const QPointF topLeft(target.x() + (target.width() - drawn.width()) / 2.0,
                          target.y() + (target.height() - drawn.height()) / 2.0);
    painter.save();
    painter.translate(topLeft);
    painter.scale(scale, scale);
    painter.translate(-bounds.topLeft());
    paintScene(painter);
    painter.restore();
    return scale;
}

void DiagramRenderer::paintScene(QPainter& painter) const
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    for (const auto& [id, region] : m_design.regions)
        paintRegion(painter, region);
    paintLinks(painter);
    // Titles over the links: links go around them, but one that cannot still leaves them readable.
    for (const auto& [id, region] : m_design.regions)
        paintRegionTitle(painter, region);
    for (const auto& [id, service] : m_design.services)
        paintService(painter, service);
    painter.restore();
}

QString DiagramRenderer::regionTitle(const Region& region) const
{
    const auto* info = m_catalogues.regions.find(region.provider, region.code);
    const QString name =
        displayText(!region.name.empty() ? region.name : (info ? info->name : region.code));
    return QStringLiteral("%1 \u2014 %2 \u00b7 %3")
        .arg(name, displayText(region.code),
             QString::fromUtf8(enumName(region.provider).data()).toUpper());
}

void DiagramRenderer::paintRegion(QPainter& painter, const Region& region) const
{
    const QRectF box = regionRect(region);
    painter.setPen(QPen(diagram::roleColor(region.role), 2.0));
    painter.setBrush(diagram::regionFill(region.role));
    painter.drawRoundedRect(box, 10, 10);
}

QRectF DiagramRenderer::regionTitleRect(const Region& region) const
{
    const QRectF header = regionRect(region).adjusted(12, 4, -12, 0);
    const QFontMetricsF title(diagramFont(diagram::regionFontPixels, true));
    const QFontMetricsF detail(diagramFont(diagram::kindFontPixels + 1));
    const double width = std::max(title.horizontalAdvance(regionTitle(region)),
                                  detail.horizontalAdvance(regionDetail(region)));
    return {header.left(), header.top(), std::min(width, header.width()),
            title.height() + detail.height()};
}

QString DiagramRenderer::regionDetail(const Region& region) const
{
    return QStringLiteral("%1 \u00b7 %2 % of traffic \u00b7 %3 % headroom")
        .arg(diagram::roleName(region.role))
        .arg(region.trafficPercent)
        .arg(region.headroomPercent);
}

void DiagramRenderer::paintRegionTitle(QPainter& painter, const Region& region) const
{
    const QRectF box = regionRect(region);
    const QRectF header = box.adjusted(12, 4, -12, 0);
    painter.setPen(diagram::roleColor(region.role).darker(130));
    const auto titleFont = diagramFont(diagram::regionFontPixels, true);
    painter.setFont(titleFont);
    const QFontMetricsF titleMetrics(titleFont, painter.device());
    painter.drawText(QRectF(header.left(), header.top(), header.width(), titleMetrics.height()),
                     Qt::AlignLeft | Qt::AlignTop,
                     titleMetrics.elidedText(regionTitle(region), Qt::ElideRight, header.width()));
    painter.setFont(diagramFont(diagram::kindFontPixels + 1));
    painter.drawText(QRectF(header.left(), header.top() + titleMetrics.height(), header.width(),
                            diagram::regionHeaderHeight),
                     Qt::AlignLeft | Qt::AlignTop, regionDetail(region));
}

void DiagramRenderer::routeLinks()
{
    // Links between the same two services are drawn side by side, not on top of each other.
    std::map<std::pair<std::string, std::string>, std::vector<const Link*>> byPair;
    for (const auto& [id, link] : m_design.links) {
        auto key = std::minmax(link.from.value, link.to.value);
        byPair[{key.first, key.second}].push_back(&link);
    }
    // Links go around the cards between their ends and around the region titles.
    std::vector<QRectF> titles;
    for (const auto& [id, region] : m_design.regions)
        titles.push_back(regionTitleRect(region));
    for (const auto& [pair, links] : byPair) {
        for (std::size_t i = 0; i < links.size(); ++i) {
            const auto& link = *links[i];
            const auto* from = m_design.service(link.from);
            const auto* to = m_design.service(link.to);
            if (!from || !to || from == to)
                continue;
            const auto a = serviceRect(*from);
            const auto b = serviceRect(*to);
            // Two boxes on one spot hide the link, and a zero-length axis has no unit vector
            // (Qt divides by its length: NaN coordinates in the SVG).
            if (QLineF(a.center(), b.center()).length() <= 0.0)
                continue;
            // Keep the side of the shift the same whichever way the link points.
            const double sign = link.from.value == pair.first ? 1.0 : -1.0;
            const double shift = (static_cast<double>(i) - (links.size() - 1) / 2.0) * 7.0 * sign;
            const QRectF corridor = LinkRoute::corridor(a, b);
            std::vector<QRectF> obstacles;
            for (const auto& [id, card] : m_cards) {
                if (id != link.from && id != link.to && corridor.intersects(card))
                    obstacles.push_back(card);
            }
            for (const auto& title : titles) {
                if (corridor.intersects(title))
                    obstacles.push_back(title);
            }
            if (auto route = LinkRoute::between(a, b, shift, obstacles); !route.isEmpty())
                m_routes.emplace(link.id, std::move(route));
        }
    }
}

const LinkRoute* DiagramRenderer::linkRoute(const LinkId& id) const
{
    const auto it = m_routes.find(id);
    return it == m_routes.end() ? nullptr : &it->second;
}

void DiagramRenderer::paintLinks(QPainter& painter) const
{
    for (const auto& [id, route] : m_routes) {
        const auto kind = m_design.links.at(id).kind;
        const auto pen = diagram::linkPen(kind);
        painter.setBrush(Qt::NoBrush);
        painter.setPen(pen);
        if (diagram::isDoubleLine(kind)) {
            painter.drawPath(route.shifted(1.8).path());
            painter.drawPath(route.shifted(-1.8).path());
        } else {
            painter.drawPath(route.path());
        }
        if (diagram::hasArrow(kind)) {
            const QPointF tip = route.points().last();
            drawArrowHead(painter, tip, tip - route.directionAt(1.0), pen.color());
        }
    }
}

void DiagramRenderer::paintService(QPainter& painter, const Service& service) const
{
    const auto box = serviceRect(service);
    painter.setPen(QPen(diagram::serviceBorder(), 1.2));
    painter.setBrush(diagram::serviceFill(service.isGlobal()));
    painter.drawRoundedRect(box, 6, 6);

    const auto inner = box.adjusted(6, 4, -6, -4);
    const auto kindFont = diagramFont(diagram::kindFontPixels);
    const QFontMetricsF kindMetrics(kindFont, painter.device());
    const double kindHeight = kindMetrics.height() * 2.0;

    const auto nameFont = diagramFont(diagram::serviceFontPixels, true);
    const QFontMetricsF nameMetrics(nameFont, painter.device());
    painter.setFont(nameFont);
    painter.setPen(Qt::black);
    painter.drawText(
        QRectF(inner.left(), inner.top(), inner.width(), inner.height() - kindHeight),
        Qt::AlignHCenter | Qt::AlignTop,
        card::wrapped(card::cardName(service), nameMetrics, inner.width(), 2).join('\n'));
    painter.setFont(kindFont);
    painter.setPen(QColor(0x61, 0x61, 0x61));
    painter.drawText(
        QRectF(inner.left(), inner.bottom() - kindHeight, inner.width(), kindHeight),
        Qt::AlignHCenter | Qt::AlignBottom,
        card::wrapped(kindName(service) +
                          (service.isGlobal() ? QStringLiteral(" \u00b7 global") : QString()),
                      kindMetrics, inner.width(), 2)
            .join('\n'));
}

std::vector<DiagramRenderer::LegendItem> DiagramRenderer::legendItems() const
{
    std::set<RegionRole> roles;
    for (const auto& [id, r] : m_design.regions)
        roles.insert(r.role);
    std::set<LinkKind> kinds;
    for (const auto& [id, l] : m_design.links)
        kinds.insert(l.kind);
    std::vector<LegendItem> items;
    for (const auto role : roles)
        items.push_back({LegendItem::Swatch::Region, static_cast<int>(role),
                         diagram::roleName(role) + " region"});
    if (!m_design.services.empty())
        items.push_back({LegendItem::Swatch::GlobalService, 0, QStringLiteral("Global service")});
    for (const auto kind : kinds)
        items.push_back(
            {LegendItem::Swatch::Link, static_cast<int>(kind), diagram::linkLegend(kind)});
    return items;
}

namespace {

constexpr double swatchWidth = 34.0;
constexpr double swatchGap = 6.0;
constexpr double itemGap = 18.0;

} // namespace

double DiagramRenderer::legendHeight(double width, double fontScale) const
{
    const auto font = diagramFont(diagram::serviceFontPixels * fontScale);
    const QFontMetricsF metrics(font);
    const double line = metrics.height() * 1.5;
    double x = 0.0;
    int rows = 1;
    for (const auto& item : legendItems()) {
        const double w = (swatchWidth + swatchGap) * fontScale +
                         metrics.horizontalAdvance(item.label) + itemGap * fontScale;
        if (x > 0.0 && x + w > width) {
            ++rows;
            x = 0.0;
        }
        x += w;
    }
    return rows * line;
}

void DiagramRenderer::paintLegend(QPainter& painter, const QRectF& target, double fontScale) const
{
    const auto font = diagramFont(diagram::serviceFontPixels * fontScale);
    const QFontMetricsF metrics(font, painter.device());
    const double line = metrics.height() * 1.5;
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setFont(font);
    double x = target.left();
    double y = target.top();
    for (const auto& item : legendItems()) {
        const double w = (swatchWidth + swatchGap) * fontScale +
                         metrics.horizontalAdvance(item.label) + itemGap * fontScale;
        if (x > target.left() && x + w > target.right()) {
            x = target.left();
            y += line;
        }
        const QRectF swatch(x, y + line * 0.2, swatchWidth * fontScale, line * 0.6);
        switch (item.swatch) {
        case LegendItem::Swatch::Region: {
            const auto role = static_cast<RegionRole>(item.value);
            painter.setPen(QPen(diagram::roleColor(role), 1.5));
            painter.setBrush(diagram::regionFill(role));
            painter.drawRoundedRect(swatch, 3, 3);
            break;
        }
        case LegendItem::Swatch::GlobalService:
            painter.setPen(QPen(diagram::serviceBorder(), 1.0));
            painter.setBrush(diagram::serviceFill(true));
            painter.drawRoundedRect(swatch, 3, 3);
            break;
        case LegendItem::Swatch::Link: {
            const auto kind = static_cast<LinkKind>(item.value);
            auto pen = diagram::linkPen(kind);
            const double mid = swatch.center().y();
            painter.setPen(pen);
            if (diagram::isDoubleLine(kind)) {
                painter.drawLine(QLineF(swatch.left(), mid - 1.8, swatch.right() - 4, mid - 1.8));
                painter.drawLine(QLineF(swatch.left(), mid + 1.8, swatch.right() - 4, mid + 1.8));
            } else {
                painter.drawLine(QLineF(swatch.left(), mid, swatch.right() - 4, mid));
            }
            if (diagram::hasArrow(kind))
                drawArrowHead(painter, QPointF(swatch.right(), mid), QPointF(swatch.left(), mid),
                              pen.color());
            break;
        }
        }
        painter.setPen(Qt::black);
        painter.drawText(QRectF(swatch.right() + swatchGap * fontScale, y,
                                metrics.horizontalAdvance(item.label) + 2, line),
                         Qt::AlignLeft | Qt::AlignVCenter, item.label);
        x += w;
    }
    painter.restore();
}

} // namespace rs::diagram
