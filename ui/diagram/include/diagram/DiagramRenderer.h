#pragma once

#include "core/Catalogues.h"
#include "core/Design.h"
#include "diagram/LinkRoute.h"

#include <QRectF>
#include <QString>

#include <map>
#include <vector>

class QPainter;

namespace rs::diagram {

/// Paints a design's layout onto any QPainter (a PDF page, an image, an SVG): regions as
/// containers coloured by role with their provider and code, services inside with their names
/// and kinds, global services outside, links styled by kind (diagram::linkPen). It draws from
/// the model alone, so exports do not need the interactive canvas. Text is drawn as plain text,
/// never interpreted as markup.
class DiagramRenderer
{
public:
    /// Both must outlive the renderer.
    DiagramRenderer(const Design& design, const Catalogues& catalogues);

    /// What the drawing covers, in scene units, margin included.
    QRectF sceneBounds() const;
    /// The scene rectangle of every service card, for splitting the drawing between cards.
    std::vector<QRectF> cardRects() const;
    /// The way a link is drawn, in scene units; none for a link it does not draw (an end
    /// missing, or both ends on one spot).
    const LinkRoute* linkRoute(const LinkId& id) const;
    /// Paints the scene scaled to fit `target` (aspect kept, centred); returns the scale used.
    double paint(QPainter& painter, const QRectF& target) const;
    /// Paints the scene in scene coordinates.
    void paintScene(QPainter& painter) const;

    /// The height the legend needs at `width` (in the painter's units at `fontScale`).
    double legendHeight(double width, double fontScale = 1.0) const;
    /// A key to the role colours and the link styles the design uses.
    void paintLegend(QPainter& painter, const QRectF& target, double fontScale = 1.0) const;

private:
    /// The scene rectangle of a service's box (card::cardSize) and of a region grown to hold
    /// its boxes (card::regionHolding): the same as on the canvas, worked out on construction.
    QRectF serviceRect(const Service& service) const;
    QRectF regionRect(const Region& region) const;
    QString kindName(const Service& service) const;

    struct LegendItem
    {
        enum class Swatch
        {
            Region,
            GlobalService,
            Link,
        } swatch;
        int value; ///< the RegionRole or LinkKind
        QString label;
    };
    std::vector<LegendItem> legendItems() const;
    void paintRegion(QPainter& painter, const Region& region) const;
    void paintRegionTitle(QPainter& painter, const Region& region) const;
    /// Works out every link's route around the cards and region titles (LinkRoute), once.
    void routeLinks();
    void paintLinks(QPainter& painter) const;
    void paintService(QPainter& painter, const Service& service) const;
    QString regionTitle(const Region& region) const;
    /// The line under the title: role, traffic share and headroom.
    QString regionDetail(const Region& region) const;
    /// Where the title and its detail line are drawn: links go around it.
    QRectF regionTitleRect(const Region& region) const;

    const Design& m_design;
    const Catalogues& m_catalogues;
    std::map<ServiceId, QRectF> m_cards;
    std::map<RegionId, QRectF> m_regions;
    std::map<LinkId, LinkRoute> m_routes;
};

} // namespace rs::diagram
