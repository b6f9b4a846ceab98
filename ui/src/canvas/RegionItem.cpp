#include "ui/canvas/RegionItem.h"

#include "diagram/CardGeometry.h"
#include "ui/canvas/CanvasStyle.h"
#include "ui/canvas/IconLibrary.h"

#include <QApplication>
#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPainter>
#include <QStyleOptionGraphicsItem>

#include <cmath>

namespace rs::ui {

namespace {

constexpr double gripSize = 14.0;
constexpr double textLeft = 38.0; ///< after the provider's icon

QFont headerFont(int pixels, bool bold)
{
    QFont font = QApplication::font();
    font.setPixelSize(pixels);
    font.setBold(bold);
    return font;
}

} // namespace

RegionItem::RegionItem(const RegionId& id)
    : ElementItem(document::ElementRef::region(id))
{
    setZValue(-1.0);
}

QRectF RegionItem::boundingRect() const
{
    return m_area.adjusted(-2.0, -10.0, 10.0, 2.0);
}

bool RegionItem::isOnResizeGrip(QPointF itemPos) const
{
    const QPointF corner = m_area.bottomRight();
    return itemPos.x() >= corner.x() - gripSize && itemPos.y() >= corner.y() - gripSize &&
           itemPos.x() <= corner.x() + 2 && itemPos.y() <= corner.y() + 2;
}

void RegionItem::sync(const Region& region, const RegionInfo* info)
{
    prepareGeometryChange();
    m_size = QSizeF(region.size.width, region.size.height);
    updateArea();
    m_role = region.role;
    m_provider = region.provider;
    const auto code = QString::fromStdString(region.code);
    m_title = !region.name.empty() ? QString::fromStdString(region.name)
              : info               ? QString::fromStdString(info->name)
                                   : code;
    m_subtitle = QCoreApplication::translate("rs::ui::RegionItem", "%1 · %2 · %3 % of traffic")
                     .arg(code, diagram::roleName(region.role).toLower(),
                          QLocale().toString(region.trafficPercent, 'g', 4));
    m_titleWidth = textLeft + 8.0 +
                   std::max(QFontMetricsF(headerFont(13, true)).horizontalAdvance(m_title),
                            QFontMetricsF(headerFont(11, false)).horizontalAdvance(m_subtitle));
    setPos(region.position.x, region.position.y);
    setToolTip(
        QStringLiteral("<b>%1</b><br>%2").arg(m_title.toHtmlEscaped(), m_subtitle.toHtmlEscaped()));
    update();
}

QRectF RegionItem::sceneTitleRect() const
{
    return mapRectToScene(QRectF(m_area.topLeft(), QSizeF(std::min(m_titleWidth, m_area.width()),
                                                          canvas::regionHeaderHeight)));
}

void RegionItem::updateArea()
{
    m_area = diagram::card::regionHolding(QRectF(QPointF(0, 0), m_size), m_cards);
}

void RegionItem::holdCards(const std::vector<QRectF>& cards)
{
    if (cards == m_cards)
        return;
    prepareGeometryChange();
    m_cards = cards;
    updateArea();
    update();
}

void RegionItem::paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget* widget)
{
    const QPalette palette = widget ? widget->palette() : QApplication::palette();
    const double lod = option->levelOfDetailFromTransform(painter->worldTransform());
    // Drawn from the top left of its area, which a card left of or above it moves.
    painter->translate(m_area.topLeft());
    const QRectF rect(QPointF(0, 0), m_area.size());
    const QColor role = isDown() ? QColor(Qt::gray) : diagram::roleColor(m_role);
    painter->setRenderHint(QPainter::Antialiasing);

    QColor body = role;
    body.setAlphaF(canvas::isDark(palette) ? 0.10 : 0.05);
    // The header is opaque (the role's tint over the base colour), so the grid does not run
    // through the title; the body stays see-through, to place services on the grid.
    const double tint = canvas::isDark(palette) ? 0.28 : 0.16;
    const QColor base = palette.color(QPalette::Base);
    const auto mix = [&](int from, int to) { return int(std::lround(from + (to - from) * tint)); };
    const QColor header(mix(base.red(), role.red()), mix(base.green(), role.green()),
                        mix(base.blue(), role.blue()));
    painter->setPen(QPen(isSelected() ? palette.color(QPalette::Highlight) : role,
                         isSelected() ? 2.5 : 1.5,
                         m_role == RegionRole::Active ? Qt::SolidLine : Qt::DashLine));
    painter->setBrush(body);
    painter->drawRoundedRect(rect.adjusted(0.75, 0.75, -0.75, -0.75), 10.0, 10.0);

    QPainterPath top;
    top.addRoundedRect(QRectF(1, 1, rect.width() - 2, canvas::regionHeaderHeight + 10), 9.0, 9.0);
    QPainterPath clip;
    clip.addRect(QRectF(0, 0, rect.width(), canvas::regionHeaderHeight));
    painter->fillPath(top.intersected(clip), header);

    if (lod >= 0.3) {
        const qreal dpr = painter->device() ? painter->device()->devicePixelRatioF() : 1.0;
        painter->drawPixmap(QRectF(12, 9, 18, 18),
                            icons::providerPixmap(m_provider, 18, icons::renderScale(lod, dpr)),
                            QRectF());
        const double textWidth = rect.width() - 48;
        // One line of the header, elided to its width.
        const auto line = [&](const QString& text, int pixels, bool bold, QPalette::ColorRole color,
                              double y, double height) {
            const QFont font = headerFont(pixels, bold);
            painter->setFont(font);
            painter->setPen(palette.color(color));
            painter->drawText(QRectF(textLeft, y, textWidth, height),
                              Qt::AlignLeft | Qt::AlignVCenter,
                              QFontMetricsF(font).elidedText(text, Qt::ElideRight, textWidth));
        };
        const auto marked = [&](const QString& text) {
            return isDown()
                       ? QCoreApplication::translate("rs::ui::RegionItem", "DOWN · %1").arg(text)
                       : text;
        };
        if (lod < 0.55) {
            // Zoomed out: the title alone, large enough to read (22 px is 9 to 12 px on screen).
            line(marked(m_title), 22, true, QPalette::Text, 1, canvas::regionHeaderHeight - 2);
        } else {
            line(m_title, 13, true, QPalette::Text, 1, 18);
            line(marked(m_subtitle), 11, false, QPalette::PlaceholderText, 18, 14);
        }
    }
    // The resize grip: three short diagonal strokes in the corner.
    painter->setPen(QPen(role, 1.2));
    for (int i = 1; i <= 3; ++i) {
        const double d = i * 4.0;
        painter->drawLine(QPointF(rect.right() - d, rect.bottom() - 2),
                          QPointF(rect.right() - 2, rect.bottom() - d));
    }
    if (isDown()) {
        QColor veil = palette.color(QPalette::Window);
        veil.setAlphaF(0.55);
        painter->fillRect(rect.adjusted(1, canvas::regionHeaderHeight, -1, -1), veil);
    }
    paintBadge(painter, QPointF(rect.right() - 4, rect.top()));
}

} // namespace rs::ui
