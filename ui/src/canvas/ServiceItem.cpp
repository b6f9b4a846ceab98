#include "ui/canvas/ServiceItem.h"

#include "diagram/CardGeometry.h"
#include "ui/canvas/CanvasStyle.h"
#include "ui/canvas/IconLibrary.h"

#include <QApplication>
#include <QFontMetricsF>
#include <QPaintEngine>
#include <QPainter>
#include <QStyleOptionGraphicsItem>
#include <QtMath>

#include <cmath>
#include <deque>
#include <map>

namespace rs::ui {

namespace {
constexpr double handleRadius = 6.0;
/// Below this zoom the card shows its name alone, in the far font.
constexpr double farZoom = 0.55;
using diagram::card::textLeft;

// The card's fonts, made once (the same as the exported diagram measures cards in).
const QFont& nameFont()
{
    static const QFont font = diagram::card::nameFont();
    return font;
}

const QFont& kindFont()
{
    static const QFont font = diagram::card::kindFont();
    return font;
}

/// One QFont per size of the far name, shared by every card: a card's font is then the one
/// the card painted before it, which the painter does not set up again.
const QFont& sharedFarFont(const QFont& font)
{
    static std::map<int, QFont> fonts;
    return fonts.try_emplace(font.pixelSize(), font).first->second;
}

/// `lines` in `font`, one under the other from `topLeft`.
std::vector<ServiceItem::TextLine> laidOut(const QStringList& lines, const QFont& font,
                                           QPointF topLeft)
{
    const double height = QFontMetricsF(font).height();
    std::vector<ServiceItem::TextLine> out;
    for (const auto& line : lines) {
        QStaticText text(line);
        text.setTextFormat(Qt::PlainText);
        text.setPerformanceHint(QStaticText::AggressiveCaching);
        text.prepare(QTransform(), font);
        out.push_back({text, topLeft});
        topLeft.ry() += height;
    }
    return out;
}

void drawFrame(QPainter& painter, const QRectF& card, const QColor& fill, const QColor& border,
               double penWidth)
{
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(border, penWidth));
    painter.setBrush(fill);
    painter.drawRoundedRect(card.adjusted(0.5, 0.5, -0.5, -0.5), 8.0, 8.0);
}

/// The card's rounded frame at `scale` on screen, drawn once and then copied: hundreds of
/// antialiased rounded rectangles were a third of each frame of a zoom on a large design. The
/// frames of the last few card sizes and zoom steps are kept.
QPixmap cachedFrame(const QRectF& card, const QColor& fill, const QColor& border, double penWidth,
                    double scale, qreal dpr)
{
    struct Entry
    {
        QSizeF size;
        double scale;
        qreal dpr;
        QRgb fill;
        QRgb border;
        double penWidth;
        QPixmap pixmap;
    };
    static std::deque<Entry> cache;
    for (const auto& e : cache) {
        if (e.size == card.size() && e.scale == scale && e.dpr == dpr && e.fill == fill.rgba() &&
            e.border == border.rgba() && e.penWidth == penWidth)
            return e.pixmap;
    }
    const QSizeF logical = card.size() * scale;
    QPixmap pixmap(QSize(qCeil(logical.width() * dpr) + 1, qCeil(logical.height() * dpr) + 1));
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.scale(scale * dpr, scale * dpr);
    drawFrame(painter, card, fill, border, penWidth);
    painter.end();
    pixmap.setDevicePixelRatio(dpr);
    if (cache.size() == 32)
        cache.pop_back();
    cache.push_front({card.size(), scale, dpr, fill.rgba(), border.rgba(), penWidth, pixmap});
    return pixmap;
}
} // namespace

ServiceItem::ServiceItem(const ServiceId& id, QGraphicsItem* parent)
    : ElementItem(document::ElementRef::service(id), parent)
{
    setAcceptHoverEvents(true);
    setZValue(1.0);
}

QPointF ServiceItem::handleCentre() const
{
    return {m_size.width(), m_size.height() / 2.0};
}

QRectF ServiceItem::boundingRect() const
{
    // Room for the link handle beyond the right edge.
    return cardRect().adjusted(-2.0, -2.0, 10.0, 2.0);
}

bool ServiceItem::isOnLinkHandle(QPointF itemPos) const
{
    const auto d = itemPos - handleCentre();
    return d.x() * d.x() + d.y() * d.y() <= (handleRadius + 3.0) * (handleRadius + 3.0);
}

void ServiceItem::sync(const Service& service, const ServiceKind* kind)
{
    prepareGeometryChange();
    m_kind = kind;
    m_name = diagram::card::cardName(service);
    m_kindName = QString::fromStdString(kind ? kind->name : service.kind);
    m_size = diagram::card::cardSize(m_name);
    const double textWidth = m_size.width() - textLeft - diagram::card::rightPadding;
    // The name's lines and the kind's under them, centred together on the card's middle.
    const QFontMetricsF nameMetrics(nameFont());
    const QFontMetricsF kindMetrics(kindFont());
    const auto nameLines = diagram::card::wrapped(m_name, nameMetrics, textWidth, 2);
    const double namesHeight = double(nameLines.size()) * nameMetrics.height();
    const double top = (m_size.height() - namesHeight - 2.0 - kindMetrics.height()) / 2.0;
    m_nameLines = laidOut(nameLines, nameFont(), QPointF(textLeft, top));
    m_kindLine = laidOut({kindMetrics.elidedText(m_kindName, Qt::ElideRight, textWidth)},
                         kindFont(), QPointF(textLeft, top + namesHeight + 2.0))
                     .front();
    m_farFont = &sharedFarFont(diagram::card::farNameFont(m_name, textWidth));
    const QFontMetricsF farMetrics(*m_farFont);
    const auto farLines = diagram::card::wrapped(m_name, farMetrics, textWidth, 2);
    m_farNameLines = laidOut(
        farLines, *m_farFont,
        QPointF(textLeft, (m_size.height() - double(farLines.size()) * farMetrics.height()) / 2.0));
    setPos(service.position.x, service.position.y);
    QString tip = QStringLiteral("<b>%1</b><br>%2 · <code>%3</code>")
                      .arg(m_name.toHtmlEscaped(), m_kindName.toHtmlEscaped(),
                           QString::fromStdString(service.id.value).toHtmlEscaped());
    if (kind && !kind->description.empty())
        tip +=
            QStringLiteral("<br><br>") + QString::fromStdString(kind->description).toHtmlEscaped();
    setToolTip(tip);
    update();
}

QString ServiceItem::shownName(double levelOfDetail) const
{
    QStringList words;
    for (const auto& line : levelOfDetail < farZoom ? m_farNameLines : m_nameLines)
        words << line.text.text();
    return words.join(QLatin1Char(' '));
}

void ServiceItem::hoverEnterEvent(QGraphicsSceneHoverEvent* event)
{
    m_hovered = true;
    update();
    ElementItem::hoverEnterEvent(event);
}

void ServiceItem::hoverLeaveEvent(QGraphicsSceneHoverEvent* event)
{
    m_hovered = false;
    update();
    ElementItem::hoverLeaveEvent(event);
}

void ServiceItem::paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget* widget)
{
    const QPalette palette = widget ? widget->palette() : QApplication::palette();
    const double lod = option->levelOfDetailFromTransform(painter->worldTransform());
    const QRectF card = cardRect();
    const bool selected = isSelected();
    painter->setOpacity(isDown() ? 0.35 : 1.0);

    QColor fill = palette.color(QPalette::Base);
    QColor border = palette.color(QPalette::Mid);
    if (selected)
        border = palette.color(QPalette::Highlight);
    if (lod < 0.35) {
        // Far out, a card is a few pixels: a plain block keeps panning smooth on big designs.
        painter->setPen(Qt::NoPen);
        painter->setBrush(selected ? border : palette.color(QPalette::Mid));
        painter->drawRect(card);
        return;
    }
    const qreal dpr = painter->device() ? painter->device()->devicePixelRatioF() : 1.0;
    const double penWidth = selected ? 2.0 : 1.0;
    const QTransform& toDevice = painter->worldTransform();
    if (painter->paintEngine()->type() == QPaintEngine::Raster &&
        toDevice.type() <= QTransform::TxScale && toDevice.m11() == toDevice.m22()) {
        // On screen (not in an SVG or PDF export): copy the frame, on whole device pixels.
        const QPointF at = toDevice.map(card.topLeft()) * dpr;
        const auto frame = cachedFrame(card, fill, border, penWidth, toDevice.m11(), dpr);
        painter->save();
        painter->resetTransform();
        painter->drawPixmap(QPointF(std::round(at.x()), std::round(at.y())) / dpr, frame);
        painter->restore();
    } else {
        drawFrame(*painter, card, fill, border, penWidth);
    }
    painter->setRenderHint(QPainter::Antialiasing);

    const double iconScale = icons::renderScale(lod, dpr);
    if (m_kind) {
        painter->drawPixmap(
            QRectF(10, 12, 32, 32),
            icons::categoryPixmap(*m_kind, 32, iconScale, palette.color(QPalette::Text)), QRectF());
        painter->drawPixmap(QRectF(30, 32, 14, 14),
                            icons::providerPixmap(m_kind->provider, 14, iconScale), QRectF());
    }
    if (lod < farZoom) {
        painter->setFont(*m_farFont);
        painter->setPen(palette.color(QPalette::Text));
        for (const auto& line : m_farNameLines)
            painter->drawStaticText(line.at, line.text);
    } else {
        painter->setFont(nameFont());
        painter->setPen(palette.color(QPalette::Text));
        for (const auto& line : m_nameLines)
            painter->drawStaticText(line.at, line.text);
        painter->setFont(kindFont());
        painter->setPen(palette.color(QPalette::PlaceholderText));
        painter->drawStaticText(m_kindLine.at, m_kindLine.text);
    }
    if (isDown()) {
        painter->setOpacity(1.0);
        painter->setPen(QPen(diagram::severityColor(Severity::Error), 2.0));
        painter->drawLine(card.topLeft() + QPointF(6, 6), card.bottomRight() - QPointF(6, 6));
    }
    if ((m_hovered || selected) && !isDown()) {
        painter->setPen(QPen(palette.color(QPalette::Highlight), 1.5));
        painter->setBrush(palette.color(QPalette::Base));
        painter->drawEllipse(handleCentre(), handleRadius, handleRadius);
        painter->drawLine(handleCentre() - QPointF(3, 0), handleCentre() + QPointF(3, 0));
        painter->drawLine(handleCentre() - QPointF(0, 3), handleCentre() + QPointF(0, 3));
    }
    painter->setOpacity(1.0);
    // On the icon's top-left corner, inside the card: never over a link's end at the edge.
    paintBadge(painter, QPointF(9.0, 11.0));
}

} // namespace rs::ui
