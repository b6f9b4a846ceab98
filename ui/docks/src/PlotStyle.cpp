#include "PlotStyle.h"

#include "diagram/DiagramStyle.h"

#include <QHash>
#include <QPainter>
#include <QPalette>
#include <QPixmap>
#include <qcustomplot.h>

#include <algorithm>
#include <vector>

namespace rs::docks {

namespace {

/// The property keepInside() marks its labels with: the alignment asked for.
constexpr const char* preferredAlignment = "rsPreferredAlignment";
/// And where the label was put, in its position's coordinates, before any nudge.
constexpr const char* anchoredAt = "rsAnchoredAt";
constexpr const char* textAsSet = "rsTextAsSet";

QRectF boxOf(const QCPItemText& label)
{
    return {label.topLeft->pixelPosition(), label.bottomRight->pixelPosition()};
}

/// Moves `label` down (else up) past the labels already `placed` that it would cover.
void clearOf(QCPItemText& label, const std::vector<QRectF>& placed)
{
    const QRectF area = label.clipToAxisRect() && label.clipAxisRect()
                            ? QRectF(label.clipAxisRect()->rect())
                            : QRectF(label.parentPlot()->rect());
    for (std::size_t tries = 0; tries <= placed.size(); ++tries) {
        const QRectF box = boxOf(label);
        const auto covered =
            std::find_if(placed.begin(), placed.end(),
                         [&box](const QRectF& other) { return other.intersects(box); });
        if (covered == placed.end())
            return;
        const double down = covered->bottom() + 1.0 - box.top();
        const double up = covered->top() - 1.0 - box.bottom();
        const double by = box.bottom() + down <= area.bottom() ? down : up;
        label.position->setPixelPosition(label.position->pixelPosition() + QPointF(0.0, by));
    }
}

/// The label's size as QCPItemText measures itself, and a pixel over for where it rounds.
QSizeF sizeOf(const QCPItemText& label, const QString& text)
{
    const auto padding = label.padding();
    return QSizeF(QFontMetrics(label.font())
                      .boundingRect(0, 0, 0, 0, Qt::TextDontClip | label.textAlignment(), text)
                      .size()) +
           QSizeF(padding.left() + padding.right() + 1, padding.top() + padding.bottom() + 1);
}

/// `text` with the space nearest its middle on each line made a line break.
QString brokenInTwo(const QString& text)
{
    QStringList lines;
    for (const auto& line : text.split(QLatin1Char('\n'))) {
        qsizetype best = -1;
        for (qsizetype i = 0; i < line.size(); ++i) {
            if (line[i] == QLatin1Char(' ') &&
                (best < 0 || std::abs(i - line.size() / 2) < std::abs(best - line.size() / 2)))
                best = i;
        }
        lines << (best < 0 ? line : line.left(best) + QLatin1Char('\n') + line.mid(best + 1));
    }
    return lines.join(QLatin1Char('\n'));
}

/// Aligns a label keepInside() marked, for the axis rectangle as now laid out; one that fits on
/// neither side of its point goes on two lines first.
void fitLabel(QCPItemText& label)
{
    const auto preferred = Qt::Alignment(label.property(preferredAlignment).toInt());
    const QRectF area = label.clipToAxisRect() && label.clipAxisRect()
                            ? QRectF(label.clipAxisRect()->rect())
                            : QRectF(label.parentPlot()->rect());
    const QPointF at = label.position->pixelPosition();
    QSizeF size = sizeOf(label, label.text());
    const auto fitsRight = [&] { return at.x() + size.width() <= area.right(); };
    const auto fitsLeft = [&] { return at.x() - size.width() >= area.left(); };
    if (!fitsRight() && !fitsLeft()) {
        const QString twoLines = brokenInTwo(label.text());
        size = sizeOf(label, twoLines);
        label.setText(twoLines);
    }
    Qt::Alignment horizontal = preferred & Qt::AlignHorizontal_Mask;
    if (!fitsRight() && !fitsLeft()) {
        // Still too wide: on the roomier side, moved in by what it lacks, so it covers as
        // little as it can of what its point marks (a line through it, say).
        const double right = area.right() - at.x();
        const double left = at.x() - area.left();
        horizontal = right >= left ? Qt::AlignLeft : Qt::AlignRight;
        const double lacking = size.width() - std::max(right, left);
        label.position->setPixelPosition(at + QPointF(right >= left ? -lacking : lacking, 0.0));
    } else if (horizontal == Qt::AlignLeft && !fitsRight()) {
        horizontal = Qt::AlignRight;
    } else if (horizontal == Qt::AlignRight && !fitsLeft()) {
        horizontal = Qt::AlignLeft;
    }
    // Lines flush with the side that faces the point.
    label.setTextAlignment(Qt::AlignTop | horizontal);
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
            std::vector<QRectF> placed;
            for (int i = 0; i < plot.itemCount(); ++i) {
                auto* label = qobject_cast<QCPItemText*>(plot.item(i));
                if (!label || !label->property(preferredAlignment).isValid())
                    continue;
                // From where it was put and what it said each time, so nudges and line breaks
                // do not add up over layouts.
                if (!label->property(anchoredAt).isValid()) {
                    label->setProperty(anchoredAt, label->position->coords());
                    label->setProperty(textAsSet, label->text());
                }
                label->position->setCoords(label->property(anchoredAt).toPointF());
                label->setText(label->property(textAsSet).toString());
                fitLabel(*label);
                clearOf(*label, placed);
                placed.push_back(boxOf(*label));
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
