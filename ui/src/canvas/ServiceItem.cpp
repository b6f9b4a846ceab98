#include "ui/canvas/ServiceItem.h"

#include "ui/canvas/CanvasStyle.h"
#include "ui/canvas/IconLibrary.h"

#include <QApplication>
#include <QFontMetricsF>
#include <QPainter>
#include <QStyleOptionGraphicsItem>

namespace rs::ui {

namespace {
constexpr double handleRadius = 6.0;
constexpr double textLeft = 50.0;

QFont cardFont(int pixelSize, bool bold)
{
    QFont font = QApplication::font();
    font.setPixelSize(pixelSize);
    font.setBold(bold);
    return font;
}

const QFont& nameFont()
{
    static const QFont font = cardFont(12, true);
    return font;
}

const QFont& kindFont()
{
    static const QFont font = cardFont(10, false);
    return font;
}

QPointF handleCentre()
{
    return {canvas::serviceWidth, canvas::serviceHeight / 2.0};
}
} // namespace

ServiceItem::ServiceItem(const ServiceId& id, QGraphicsItem* parent)
    : ElementItem(ElementRef::service(id), parent)
{
    setAcceptHoverEvents(true);
    setZValue(1.0);
}

QRectF ServiceItem::cardRect()
{
    return {0.0, 0.0, canvas::serviceWidth, canvas::serviceHeight};
}

QRectF ServiceItem::boundingRect() const
{
    // Room for the badge above the top-right corner and the link handle beyond the right edge.
    return cardRect().adjusted(-2.0, -10.0, 10.0, 2.0);
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
    m_name = QString::fromStdString(service.name.empty() ? service.id.value : service.name);
    m_kindName = QString::fromStdString(kind ? kind->name : service.kind);
    const double textWidth = canvas::serviceWidth - textLeft - 6.0;
    m_nameShown = QFontMetricsF(nameFont()).elidedText(m_name, Qt::ElideRight, textWidth);
    m_kindShown = QFontMetricsF(kindFont()).elidedText(m_kindName, Qt::ElideRight, textWidth);
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
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(QPen(border, selected ? 2.0 : 1.0));
    painter->setBrush(fill);
    painter->drawRoundedRect(card.adjusted(0.5, 0.5, -0.5, -0.5), 8.0, 8.0);

    const qreal dpr = painter->device() ? painter->device()->devicePixelRatioF() : 1.0;
    const double iconScale = icons::renderScale(lod, dpr);
    if (m_kind) {
        painter->drawPixmap(QRectF(10, 12, 32, 32), icons::categoryPixmap(*m_kind, 32, iconScale),
                            QRectF());
        painter->drawPixmap(QRectF(30, 32, 14, 14),
                            icons::providerPixmap(m_kind->provider, 14, iconScale), QRectF());
    }
    if (lod >= 0.55) {
        const double textWidth = card.width() - textLeft - 6.0;
        painter->setFont(nameFont());
        painter->setPen(palette.color(QPalette::Text));
        painter->drawText(QRectF(textLeft, 9, textWidth, 18), Qt::AlignLeft | Qt::AlignVCenter,
                          m_nameShown);
        painter->setFont(kindFont());
        painter->setPen(palette.color(QPalette::PlaceholderText));
        painter->drawText(QRectF(textLeft, 28, textWidth, 16), Qt::AlignLeft | Qt::AlignVCenter,
                          m_kindShown);
    }
    if (isDown()) {
        painter->setOpacity(1.0);
        painter->setPen(QPen(canvas::severityColor(Severity::Error), 2.0));
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
    paintBadge(painter, QPointF(card.right() - 4, card.top()));
}

} // namespace rs::ui
