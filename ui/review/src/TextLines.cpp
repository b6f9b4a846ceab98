#include "TextLines.h"

#include <QFontMetricsF>
#include <QRegularExpression>

namespace rs::review {

namespace {

/// Where a line may break inside a token that has no space: after a "/", "-", ".", "_" or ":"
/// before a letter or digit, as in "aws.amazon.com/global-accelerator/sla", and between the
/// humps of a camel-case name ("Replication|Latency").
const QRegularExpression
    breakInside(QStringLiteral("(?<=[/\\-._:])(?=\\w)|(?<=\\p{Ll})(?=\\p{Lu})"));

std::unique_ptr<QTextLayout> layOut(const QString& text, const QFont& font, double width,
                                    QPaintDevice* device, Qt::Alignment align,
                                    QTextOption::WrapMode wrap)
{
    auto layout = std::make_unique<QTextLayout>(text, font, device);
    QTextOption option;
    option.setWrapMode(wrap);
    option.setAlignment(align);
    layout->setTextOption(option);
    layout->beginLayout();
    double y = 0.0;
    for (auto line = layout->createLine(); line.isValid(); line = layout->createLine()) {
        line.setLineWidth(width);
        line.setPosition(QPointF(0.0, y));
        y += line.height();
    }
    layout->endLayout();
    return layout;
}

bool overflows(const QTextLayout& layout, double width)
{
    for (int i = 0; i < layout.lineCount(); ++i) {
        if (layout.lineAt(i).naturalTextWidth() > width + 0.01)
            return true;
    }
    return false;
}

/// `text` with a zero-width space (a break opportunity that draws nothing) at the punctuation and
/// camel humps of each token wider than `width`, and only there: "99.95 %" keeps its number.
QString withBreaksInLongTokens(const QString& text, const QFontMetricsF& metrics, double width)
{
    static const QRegularExpression token(QStringLiteral("\\S+"));
    QString out;
    qsizetype from = 0;
    for (auto it = token.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        out += text.mid(from, m.capturedStart() - from);
        auto word = m.captured();
        if (metrics.horizontalAdvance(word) > width)
            word.replace(breakInside, QStringLiteral("\u200B"));
        out += word;
        from = m.capturedEnd();
    }
    return out + text.mid(from);
}

} // namespace

std::unique_ptr<QTextLayout> layoutText(const QString& text, const QFont& font, double width,
                                        QPaintDevice* device, Qt::Alignment align)
{
    // A full A4 page holds about 4,000 characters of body text, so no real paragraph or cell
    // is longer. Qt's wrapping of a long unbroken token grows with the square of its length (a
    // 30 KB name in a finding took seconds), so longer text, which only a hostile file has, is
    // cut; the JSON review keeps it whole.
    constexpr qsizetype maxLaidOutChars = 4000;
    QString lines =
        text.size() > maxLaidOutChars ? text.left(maxLaidOutChars - 1) + QChar(0x2026) : text;
    lines.replace(QLatin1Char('\n'), QChar::LineSeparator);
    auto layout = layOut(lines, font, width, device, align, QTextOption::WordWrap);
    if (!overflows(*layout, width))
        return layout;
    const QFontMetricsF metrics(font, device);
    layout = layOut(withBreaksInLongTokens(lines, metrics, width), font, width, device, align,
                    QTextOption::WordWrap);
    if (!overflows(*layout, width))
        return layout;
    return layOut(lines, font, width, device, align, QTextOption::WrapAtWordBoundaryOrAnywhere);
}

double layoutHeight(const QTextLayout& layout)
{
    return layout.lineCount() == 0 ? 0.0 : layout.boundingRect().height();
}

} // namespace rs::review
