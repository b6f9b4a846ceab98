#include "ui/canvas/CanvasStyle.h"

#include <QCoreApplication>

namespace rs::ui::canvas {

bool isDark(const QPalette& palette)
{
    return palette.color(QPalette::Base).lightness() < 128;
}

QColor severityColor(Severity severity)
{
    switch (severity) {
    case Severity::Error:
        return QColor(0xd3, 0x2f, 0x2f);
    case Severity::Warning:
        return QColor(0xf5, 0x9e, 0x0b);
    case Severity::Info:
        return QColor(0x03, 0x88, 0xd1);
    }
    return Qt::gray;
}

QPen linkPen(LinkKind kind, const QPalette& palette, LinkFlow flow, bool selected)
{
    QColor ink = palette.color(QPalette::Text);
    ink.setAlphaF(0.75);
    QPen pen = diagram::linkPen(kind, ink, palette.color(QPalette::PlaceholderText));
    QColor color = pen.color();
    double width = pen.widthF();
    if (flow == LinkFlow::Broken)
        color = severityColor(Severity::Error);
    else if (flow == LinkFlow::Lit)
        color = QColor(0x2e, 0x7d, 0x32);
    if (selected) {
        color = palette.color(QPalette::Highlight);
        width += 1.0;
    }
    pen.setColor(color);
    pen.setWidthF(width);
    return pen;
}

QString linkLabel(LinkKind kind)
{
    const auto tr = [](const char* s) {
        return QCoreApplication::translate("rs::ui::LinkKind", s);
    };
    switch (kind) {
    case LinkKind::Request:
        return tr("request");
    case LinkKind::Event:
        return tr("event");
    case LinkKind::Replication:
        return tr("replication");
    case LinkKind::Route:
        return tr("route");
    case LinkKind::HealthCheck:
        return tr("health check");
    case LinkKind::Origin:
        return tr("origin");
    case LinkKind::UsesKey:
        return tr("uses key");
    case LinkKind::UsesSecret:
        return tr("uses secret");
    case LinkKind::Authenticates:
        return tr("authenticates");
    }
    return {};
}

} // namespace rs::ui::canvas
