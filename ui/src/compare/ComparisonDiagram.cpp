#include "ComparisonDiagram.h"

#include <QPaintEvent>
#include <QPainter>

namespace rs::ui {

QColor changeColour(ElementChange change)
{
    switch (change) {
    case ElementChange::Added:
        return {0x2e, 0x7d, 0x32};
    case ElementChange::Removed:
        return {0xc6, 0x28, 0x28};
    case ElementChange::Renamed:
        return {0x15, 0x65, 0xc0};
    case ElementChange::Changed:
        return {0xef, 0x6c, 0x00};
    case ElementChange::Unchanged:
        break;
    }
    return Qt::transparent;
}

namespace {

constexpr double legendHeight = 22.0;

/// The short sign a marked element carries, so the change reads without colour too.
const char* sign(ElementChange change)
{
    switch (change) {
    case ElementChange::Added:
        return "+";
    case ElementChange::Removed:
        return "\u2212";
    case ElementChange::Renamed:
        return "\u21c4";
    case ElementChange::Changed:
        return "\u0394";
    case ElementChange::Unchanged:
        break;
    }
    return "";
}

} // namespace

ComparisonDiagram::ComparisonDiagram(const Design& design, const Catalogues& catalogues,
                                     const ElementMatch& match, bool after, QWidget* parent)
    : QWidget(parent)
    , m_design(design)
    , m_renderer(design, catalogues)
    , m_after(after)
{
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::Base);
    for (const auto& e : match.elements) {
        const auto& id = after ? e.afterId : e.beforeId;
        if (!id.empty() && e.change != ElementChange::Unchanged)
            m_marks.emplace(id, e.change);
    }
}

std::map<std::string, QRectF> ComparisonDiagram::cardsById() const
{
    std::map<std::string, QRectF> cards;
    const auto rects = m_renderer.cardRects();
    Q_ASSERT(rects.size() == m_design.services.size());
    auto rect = rects.begin();
    for (const auto& [id, service] : m_design.services)
        cards.emplace(id.value, *rect++);
    return cards;
}

void ComparisonDiagram::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QRectF area = QRectF(rect()).adjusted(6, 6, -6, -6 - legendHeight);
    const auto bounds = m_renderer.sceneBounds();
    const double scale = m_renderer.paint(painter, area);
    // paint() fits the scene centred in the area: the same mapping for the marks.
    painter.save();
    painter.translate(area.center());
    painter.scale(scale, scale);
    painter.translate(-bounds.center());
    paintMarks(painter, cardsById());
    painter.restore();
    paintLegend(painter, QRectF(area.left(), area.bottom() + 4, area.width(), legendHeight));
}

void ComparisonDiagram::paintMarks(QPainter& painter,
                                   const std::map<std::string, QRectF>& cards) const
{
    const auto outline = [&](const QRectF& r, ElementChange change, double width) {
        QPen pen(changeColour(change), width);
        pen.setJoinStyle(Qt::RoundJoin);
        painter.setPen(pen);
        painter.setBrush(Qt::NoBrush);
        painter.drawRoundedRect(r, 8, 8);
        // The sign in a disc at the top right corner.
        const QRectF disc(r.right() - 11, r.top() - 11, 22, 22);
        painter.setBrush(changeColour(change));
        painter.setPen(Qt::NoPen);
        painter.drawEllipse(disc);
        painter.setPen(Qt::white);
        QFont font = painter.font();
        font.setBold(true);
        font.setPixelSize(16);
        painter.setFont(font);
        painter.drawText(disc, Qt::AlignCenter, QString::fromUtf8(sign(change)));
    };
    // Links first, under the cards' outlines: a wide translucent stroke along the link's route.
    for (const auto& [id, link] : m_design.links) {
        const auto mark = m_marks.find(id.value);
        const auto* route = m_renderer.linkRoute(id);
        if (mark == m_marks.end() || !route)
            continue;
        QColor colour = changeColour(mark->second);
        colour.setAlpha(110);
        painter.setPen(QPen(colour, 9, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        painter.setBrush(Qt::NoBrush);
        painter.drawPath(route->path());
    }
    for (const auto& [id, region] : m_design.regions) {
        const auto mark = m_marks.find(id.value);
        if (mark == m_marks.end())
            continue;
        // The region as drawn holds its cards: the model's rectangle grown around them.
        QRectF r(region.position.x, region.position.y, region.size.width, region.size.height);
        for (const auto& [serviceId, service] : m_design.services) {
            if (service.region == id)
                r |= cards.at(serviceId.value).adjusted(-12, -12, 12, 12);
        }
        outline(r.adjusted(-4, -4, 4, 4), mark->second, 5);
    }
    for (const auto& [id, rect] : cards) {
        if (const auto mark = m_marks.find(id); mark != m_marks.end())
            outline(rect.adjusted(-5, -5, 5, 5), mark->second, 4);
    }
}

void ComparisonDiagram::paintLegend(QPainter& painter, const QRectF& area) const
{
    const auto changes =
        m_after
            ? std::array{ElementChange::Added, ElementChange::Renamed, ElementChange::Changed}
            : std::array{ElementChange::Removed, ElementChange::Renamed, ElementChange::Changed};
    QFont font = painter.font();
    font.setPointSizeF(9);
    painter.setFont(font);
    double x = area.left();
    for (const auto change : changes) {
        const auto count = std::count_if(m_marks.begin(), m_marks.end(),
                                         [&](const auto& m) { return m.second == change; });
        painter.setPen(Qt::NoPen);
        painter.setBrush(changeColour(change));
        painter.drawEllipse(QRectF(x, area.top() + 3, 12, 12));
        painter.setPen(palette().color(QPalette::Text));
        const auto text = QStringLiteral("%1 %2").arg(count).arg(enumName(change).data());
        const QRectF label(x + 16, area.top(), 140, 18);
        painter.drawText(label, Qt::AlignLeft | Qt::AlignVCenter, text);
        x += 24 + painter.fontMetrics().horizontalAdvance(text);
    }
}

} // namespace rs::ui
