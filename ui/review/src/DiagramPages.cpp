#include "DiagramPages.h"

#include "ReviewSections.h"
#include "diagram/DiagramStyle.h"

#include <QPainter>

#include <algorithm>
#include <cmath>

namespace rs::review {

namespace {

/// One side of the scene: its extent and the cards' extents along it.
struct Axis
{
    double from;
    double length;
    std::vector<std::pair<double, double>> cards; ///< (start, end), sorted by start
};

/// Where the parts of `part` scene units start along `axis`, each card whole in one of them:
/// the next part starts a little before the first card the previous one cut, and the last one
/// ends at the scene's edge. Empty when more than `maxParts` would be needed.
std::vector<double> cuts(const Axis& axis, double part, int maxParts)
{
    const double end = axis.from + axis.length;
    if (part >= axis.length)
        return {axis.from + (axis.length - part) / 2.0}; // centred
    constexpr double lead = 12.0; ///< scene units shown before a part's first card
    std::vector<double> starts{axis.from};
    while (starts.back() + part < end) {
        if (static_cast<int>(starts.size()) == maxParts)
            return {};
        double next = end - part;
        for (const auto& [a, b] : axis.cards) {
            if (a >= starts.back() && b > starts.back() + part) {
                next = std::min(next, a - lead);
                break;
            }
        }
        starts.push_back(std::max(next, starts.back() + 1.0));
    }
    return starts;
}

/// `count` parts of `part` spread evenly from edge to edge.
std::vector<double> evenCuts(const Axis& axis, double part, int count)
{
    std::vector<double> starts;
    for (int i = 0; i < count; ++i)
        starts.push_back(count == 1 ? axis.from + (axis.length - part) / 2.0
                                    : axis.from + i * (axis.length - part) / (count - 1));
    return starts;
}

DiagramPlan plan(const Axis& across, const Axis& down, const QSizeF& frame,
                 QPageLayout::Orientation orientation, double minScale, int maxParts)
{
    DiagramPlan p;
    p.orientation = orientation;
    p.scale =
        std::max(minScale, std::min(frame.width() / across.length, frame.height() / down.length));
    auto xs = cuts(across, frame.width() / p.scale, maxParts);
    auto ys = cuts(down, frame.height() / p.scale, maxParts);
    if (xs.empty() || ys.empty()) {
        // Too big for maxParts a side at a legible size: the fewest even parts that hold it.
        p.scale = std::min({p.scale, frame.width() * maxParts / across.length,
                            frame.height() * maxParts / down.length});
        const QSizeF part(frame.width() / p.scale, frame.height() / p.scale);
        const auto count = [&](double length, double size) {
            return std::clamp(static_cast<int>(std::ceil(length / size - 1e-9)), 1, maxParts);
        };
        xs = evenCuts(across, part.width(), count(across.length, part.width()));
        ys = evenCuts(down, part.height(), count(down.length, part.height()));
    }
    p.columns = static_cast<int>(xs.size());
    p.rows = static_cast<int>(ys.size());
    const QSizeF part(frame.width() / p.scale, frame.height() / p.scale);
    for (const double y : ys) {
        for (const double x : xs)
            p.parts.emplace_back(QPointF(x, y), part);
    }
    return p;
}

} // namespace

double minimumDiagramScale(double smallestPixels)
{
    return minDiagramTextPoints * 96.0 / 72.0 / smallestPixels;
}

DiagramPlan planDiagramPages(const QRectF& scene, const std::vector<QRectF>& cards,
                             const QSizeF& portrait, const QSizeF& landscape, double minScale,
                             int maxParts)
{
    Axis across{scene.left(), scene.width(), {}};
    Axis down{scene.top(), scene.height(), {}};
    for (const auto& c : cards) {
        across.cards.emplace_back(c.left(), c.right());
        down.cards.emplace_back(c.top(), c.bottom());
    }
    std::sort(across.cards.begin(), across.cards.end());
    std::sort(down.cards.begin(), down.cards.end());
    const auto tall = plan(across, down, portrait, QPageLayout::Portrait, minScale, maxParts);
    const auto wide = plan(across, down, landscape, QPageLayout::Landscape, minScale, maxParts);
    if (tall.parts.size() != wide.parts.size())
        return tall.parts.size() < wide.parts.size() ? tall : wide;
    return tall.scale > wide.scale ? tall : wide;
}

namespace {

// The bands of a diagram page around its frame: the title above, the caption below; the
// legend, at the size of the service names, is measured.
constexpr double titleBand = 40.0;
constexpr double captionBand = 26.0;

QSizeF frameOn(const diagram::DiagramRenderer& renderer, const PageFlow& flow,
               QPageLayout::Orientation o)
{
    const auto content = flow.contentSize(o);
    return {content.width(), content.height() - titleBand - renderer.legendHeight(content.width()) -
                                 8.0 - captionBand};
}

} // namespace

DiagramPlan planReviewDiagram(const diagram::DiagramRenderer& renderer, const PageFlow& flow)
{
    const double smallest =
        std::min({diagram::kindFontPixels, diagram::serviceFontPixels, diagram::regionFontPixels});
    return planDiagramPages(renderer.sceneBounds(), renderer.cardRects(),
                            frameOn(renderer, flow, QPageLayout::Portrait),
                            frameOn(renderer, flow, QPageLayout::Landscape),
                            minimumDiagramScale(smallest));
}

void diagramSection(SectionContext& c)
{
    auto& f = c.flow;
    const diagram::DiagramRenderer renderer(c.review.design, c.catalogues);
    const auto plan = planReviewDiagram(renderer, f);
    const auto frame = frameOn(renderer, f, plan.orientation);
    const auto count = static_cast<int>(plan.parts.size());
    for (int i = 0; i < count; ++i) {
        const auto title = QStringLiteral("Architecture diagram");
        if (i == 0) {
            f.heading(1, title, plan.orientation);
        } else {
            f.newPage(plan.orientation);
            f.paragraph(title + QStringLiteral(", continued"), 13, QColor(0x0d, 0x47, 0xa1));
        }
        f.block(frame.height(), [&](QPainter& p, const QRectF& area) {
            p.setPen(QPen(QColor(0xe0, 0xe0, 0xe0), 0.8));
            p.drawRect(area);
            p.setClipRect(area);
            p.translate(area.topLeft());
            p.scale(plan.scale, plan.scale);
            p.translate(-plan.parts[std::size_t(i)].topLeft());
            renderer.paintScene(p);
        });
        const double legend = renderer.legendHeight(f.contentRect().width());
        f.block(legend, [&](QPainter& p, const QRectF& area) { renderer.paintLegend(p, area); });
        f.paragraph(
            (count > 1 ? QStringLiteral("Part %1 of %2, left to right and top to bottom; "
                                        "each card is whole on one of them. ")
                             .arg(i + 1)
                             .arg(count)
                       : QString()) +
                QStringLiteral("Regions are coloured by role; services sit in their region, "
                               "global services outside. Arrows point from caller to callee."),
            7.5, muted, true);
    }
}

} // namespace rs::review
