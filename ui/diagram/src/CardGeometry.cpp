#include "diagram/CardGeometry.h"

#include "diagram/DiagramStyle.h"

#include <algorithm>
#include <cmath>

namespace rs::diagram::card {

namespace {

QFont dejaVu(int pixels, bool bold)
{
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPixelSize(pixels);
    font.setBold(bold);
    // No ligatures: the names stay searchable text in a PDF or SVG ("traffic", not "tra\uFB03c").
    font.setStyleStrategy(QFont::PreferNoShaping);
    return font;
}

bool isBreakAfter(QChar c)
{
    return c == QLatin1Char('.') || c == QLatin1Char('-') || c == QLatin1Char('/');
}

/// The longest head of `text` that fits `width` and ends where a line may end: before a space,
/// else after a dot, hyphen or slash; 0 when there is none.
qsizetype lineBreak(const QString& text, const QFontMetricsF& metrics, double width)
{
    qsizetype afterPunctuation = 0;
    for (qsizetype at = text.size() - 1; at > 0; --at) {
        if (metrics.horizontalAdvance(text.left(at)) > width)
            continue;
        if (text[at] == QLatin1Char(' '))
            return at;
        if (afterPunctuation == 0 && isBreakAfter(text[at - 1]))
            afterPunctuation = at;
    }
    return afterPunctuation;
}

bool fitsTwoLines(const QString& text, const QFontMetricsF& metrics, double width)
{
    return !wrapped(text, metrics, width, 2).join(QString()).contains(QChar(0x2026));
}

/// How wide the text area must be for `text` to fit on at most two lines as wrapped() breaks
/// it (which prefers a space to a hyphen): the narrowest of the widths of one line and of each
/// break that wrapped() keeps whole, found by bisection (a wider line never fits worse).
double twoLineWidth(const QString& text, const QFontMetricsF& metrics)
{
    std::vector<double> widths{metrics.horizontalAdvance(text)};
    for (qsizetype at = 1; at < text.size(); ++at) {
        const bool space = text[at] == QLatin1Char(' ');
        if (!space && !isBreakAfter(text[at - 1]))
            continue;
        const double head = metrics.horizontalAdvance(text.left(at));
        const double tail = metrics.horizontalAdvance(text.mid(space ? at + 1 : at));
        widths.push_back(std::ceil(std::max(head, tail)));
    }
    std::sort(widths.begin(), widths.end());
    const auto first = std::partition_point(widths.begin(), widths.end(), [&](double width) {
        return !fitsTwoLines(text, metrics, width);
    });
    return first == widths.end() ? widths.back() : *first;
}

} // namespace

QString cardName(const Service& service)
{
    return displayText(service.name.empty() ? service.id.value : service.name);
}

QFont nameFont()
{
    return dejaVu(12, true);
}

QFont kindFont()
{
    return dejaVu(10, false);
}

QFont farNameFont(const QString& name, double width)
{
    for (int pixels = 20; pixels > 12; pixels -= 2) {
        const QFont font = dejaVu(pixels, true);
        if (fitsTwoLines(name, QFontMetricsF(font), width))
            return font;
    }
    return nameFont();
}

QStringList wrapped(const QString& text, const QFontMetricsF& metrics, double width, int maxLines)
{
    QStringList lines;
    QString rest = text.trimmed();
    while (!rest.isEmpty()) {
        if (metrics.horizontalAdvance(rest) <= width) {
            lines << rest;
            break;
        }
        if (int(lines.size()) + 1 == maxLines) {
            lines << metrics.elidedText(rest, Qt::ElideRight, width);
            break;
        }
        const qsizetype cut = lineBreak(rest, metrics, width);
        if (cut == 0) { // a word wider than the line: a cut word reads worse than an elided one
            lines << metrics.elidedText(rest, Qt::ElideRight, width);
            break;
        }
        lines << rest.left(cut).trimmed();
        rest = rest.mid(cut).trimmed();
    }
    return lines;
}

QSizeF cardSize(const QString& name)
{
    const QFontMetricsF nameMetrics(nameFont());
    const QFontMetricsF kindMetrics(kindFont());
    // In steps of 12 units: a design has a dozen card sizes at most, not one per name, so the
    // canvas draws each size's frame once per zoom step (bench_canvas).
    const double needed = std::max(twoLineWidth(name, nameMetrics), minTextWidth);
    const double text = std::min(
        minTextWidth + widthStep * std::ceil((needed - minTextWidth) / widthStep), maxTextWidth);
    const auto lines = double(wrapped(name, nameMetrics, text, 2).size());
    const double height = 10.0 + lines * nameMetrics.height() + kindMetrics.height() + 12.0;
    return {textLeft + text + rightPadding, std::max(minHeight, 2.0 * std::ceil(height / 2.0))};
}

QRectF regionHolding(const QRectF& stored, const std::vector<QRectF>& cards)
{
    constexpr double margin = 12.0;
    QRectF out = stored;
    for (const auto& card : cards)
        out |= card.adjusted(-margin, -regionHeaderHeight, margin, margin);
    return out;
}

} // namespace rs::diagram::card
