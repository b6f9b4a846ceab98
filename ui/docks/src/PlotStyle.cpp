#include "PlotStyle.h"

#include "diagram/DiagramStyle.h"

#include <QHash>
#include <QPainter>
#include <QPalette>
#include <QPixmap>
#include <qcustomplot.h>

namespace rs::docks {

namespace {

/// The property keepInside() marks its labels with: the alignment asked for.
constexpr const char* preferredAlignment = "rsPreferredAlignment";

/// Aligns a label keepInside() marked, for the axis rectangle as now laid out.
void fitLabel(QCPItemText& label)
{
    const auto preferred = Qt::Alignment(label.property(preferredAlignment).toInt());
    const QRectF area = label.clipToAxisRect() && label.clipAxisRect()
                            ? QRectF(label.clipAxisRect()->rect())
                            : QRectF(label.parentPlot()->rect());
    const QPointF at = label.position->pixelPosition();
    const auto padding = label.padding();
    // Measured as QCPItemText measures itself, and a pixel over for where it rounds.
    const QSizeF size =
        QSizeF(QFontMetrics(label.font())
                   .boundingRect(0, 0, 0, 0, Qt::TextDontClip | label.textAlignment(), label.text())
                   .size()) +
        QSizeF(padding.left() + padding.right() + 1, padding.top() + padding.bottom() + 1);
    Qt::Alignment horizontal = preferred & Qt::AlignHorizontal_Mask;
    const bool fitsRight = at.x() + size.width() <= area.right();
    const bool fitsLeft = at.x() - size.width() >= area.left();
    if (horizontal == Qt::AlignLeft && !fitsRight)
        horizontal = fitsLeft ? Qt::AlignRight : Qt::AlignHCenter;
    else if (horizontal == Qt::AlignRight && !fitsLeft)
        horizontal = fitsRight ? Qt::AlignLeft : Qt::AlignHCenter;
    Qt::Alignment vertical = preferred & Qt::AlignVertical_Mask;
    if (vertical == Qt::AlignBottom && at.y() - size.height() < area.top())
        vertical = Qt::AlignTop;
    else if (vertical == Qt::AlignTop && at.y() + size.height() > area.bottom())
        vertical = Qt::AlignBottom;
    label.setPositionAlignment(horizontal | vertical);
}

} // namespace

void stylePlot(QCustomPlot& plot, const QPalette& palette)
{
    const auto text = palette.color(QPalette::WindowText);
    auto grid = text;
    grid.setAlpha(40);
    plot.setBackground(palette.color(QPalette::Base));
    const auto axes = plot.axisRect() ? plot.axisRect()->axes() : QList<QCPAxis*>{};
    for (auto* axis : axes) {
        axis->setBasePen(QPen(text));
        axis->setTickPen(QPen(text));
        axis->setSubTickPen(QPen(text));
        axis->setTickLabelColor(text);
        axis->setLabelColor(text);
        axis->grid()->setPen(QPen(grid, 0, Qt::DotLine));
        axis->grid()->setZeroLinePen(Qt::NoPen);
    }
    // The last tick label is centred on the axis' end and the right margin only holds the axis:
    // room for half a label of five digits ("10000" minutes) or "10×".
    const QFontMetrics metrics(plot.xAxis->tickLabelFont());
    plot.axisRect()->setMinimumMargins(
        QMargins(0, 0, metrics.horizontalAdvance(QStringLiteral("10000")) / 2 + 2, 0));
    plot.legend->setBrush(palette.color(QPalette::Base));
    plot.legend->setBorderPen(QPen(grid));
    plot.legend->setTextColor(text);
    // Between laying out and drawing: the labels keepInside() marked, fitted to the new layout.
    if (!plot.property(preferredAlignment).toBool()) {
        plot.setProperty(preferredAlignment, true);
        QObject::connect(&plot, &QCustomPlot::afterLayout, &plot, [&plot] {
            for (int i = 0; i < plot.itemCount(); ++i) {
                auto* label = qobject_cast<QCPItemText*>(plot.item(i));
                if (label && label->property(preferredAlignment).isValid())
                    fitLabel(*label);
            }
        });
    }
}

void keepInside(QCPItemText& label, Qt::Alignment preferred)
{
    label.setPositionAlignment(preferred);
    label.setProperty(preferredAlignment, int(preferred));
}

void addCentredMessage(QCustomPlot& plot, const QString& message)
{
    auto* text = new QCPItemText(&plot);
    text->position->setType(QCPItemPosition::ptAxisRectRatio);
    text->position->setCoords(0.5, 0.5);
    text->setText(message);
    text->setColor(plot.xAxis->labelColor());
}

QColor categoryColor(CostCategory category)
{
    switch (category) {
    case CostCategory::Baseline:
        return QColor(0x4c, 0x78, 0xa8);
    case CostCategory::Redundancy:
        return QColor(0xf5, 0x85, 0x18);
    case CostCategory::ReplicationAndEgress:
        return QColor(0x54, 0xa2, 0x4b);
    case CostCategory::Premium:
        return QColor(0xb2, 0x79, 0xa2);
    }
    return Qt::gray;
}

QIcon severityIcon(Severity severity)
{
    QIcon icon;
    for (const int size : {16, 32}) {
        QPixmap pixmap(size, size);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setPen(Qt::NoPen);
        painter.setBrush(diagram::severityColor(severity));
        const double margin = size / 8.0;
        painter.drawEllipse(QRectF(margin, margin, size - 2 * margin, size - 2 * margin));
        painter.setPen(QPen(Qt::white, size / 8.0));
        const double mid = size / 2.0;
        if (severity == Severity::Info) {
            painter.drawLine(QPointF(mid, mid - size / 16.0), QPointF(mid, mid + size / 5.0));
            painter.drawPoint(QPointF(mid, mid - size / 4.5));
        } else {
            painter.drawLine(QPointF(mid, mid - size / 4.5), QPointF(mid, mid + size / 16.0));
            painter.drawPoint(QPointF(mid, mid + size / 5.0));
        }
        painter.end();
        icon.addPixmap(pixmap);
    }
    return icon;
}

QColor verdictColor(bool met)
{
    return met ? QColor(0x2c, 0xa0, 0x2c) : QColor(0xd6, 0x27, 0x28);
}

QIcon dotIcon(const QColor& color)
{
    // Tables show one per cell: draw each colour once.
    static QHash<QRgb, QIcon> cache;
    if (const auto it = cache.constFind(color.rgba()); it != cache.constEnd())
        return *it;
    QPixmap pixmap(12, 12);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(color);
    painter.drawEllipse(QRectF(1.5, 1.5, 9, 9));
    painter.end();
    return *cache.insert(color.rgba(), QIcon(pixmap));
}

} // namespace rs::docks
