#include "ui/canvas/ElementItem.h"

#include "ui/canvas/CanvasStyle.h"

#include <QPainter>

namespace rs::ui {

ElementItem::ElementItem(document::ElementRef element, QGraphicsItem* parent)
    : QGraphicsItem(parent)
    , m_element(std::move(element))
{
    setFlag(ItemIsSelectable);
}

void ElementItem::setBadge(std::optional<Severity> severity)
{
    if (m_badge == severity)
        return;
    m_badge = severity;
    update();
}

void ElementItem::setDown(bool down)
{
    if (m_down == down)
        return;
    m_down = down;
    update();
}

void ElementItem::paintBadge(QPainter* painter, QPointF centre) const
{
    if (!m_badge)
        return;
    constexpr double radius = 8.0;
    painter->save();
    painter->setPen(QPen(Qt::white, 1.5));
    painter->setBrush(diagram::severityColor(*m_badge));
    painter->drawEllipse(centre, radius, radius);
    QFont font = painter->font();
    font.setBold(true);
    font.setPixelSize(11);
    painter->setFont(font);
    const QString sign = *m_badge == Severity::Error     ? QStringLiteral("!")
                         : *m_badge == Severity::Warning ? QStringLiteral("!")
                                                         : QStringLiteral("i");
    painter->drawText(QRectF(centre.x() - radius, centre.y() - radius, 2 * radius, 2 * radius),
                      Qt::AlignCenter, sign);
    painter->restore();
}

} // namespace rs::ui
