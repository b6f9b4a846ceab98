#include "ui/canvas/CanvasStyle.h"

namespace rs::ui::canvas {

bool isDark(const QPalette& palette)
{
    return palette.color(QPalette::Base).lightness() < 128;
}

QPen linkPen(LinkKind kind, const QPalette& palette, LinkFlow flow, bool selected)
{
    QColor ink = palette.color(QPalette::Text);
    ink.setAlphaF(0.75);
    QPen pen = diagram::linkPen(kind, ink, palette.color(QPalette::PlaceholderText));
    QColor color = pen.color();
    double width = pen.widthF();
    if (flow == LinkFlow::Broken)
        color = diagram::severityColor(Severity::Error);
    else if (flow == LinkFlow::Lit)
        color = QColor(0x2e, 0x7d, 0x32);
    else if (flow == LinkFlow::Cut)
        color = palette.color(QPalette::Mid);
    if (selected) {
        color = palette.color(QPalette::Highlight);
        width += 1.0;
    }
    pen.setColor(color);
    pen.setWidthF(width);
    return pen;
}

} // namespace rs::ui::canvas
