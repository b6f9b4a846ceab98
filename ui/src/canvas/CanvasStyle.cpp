#include "ui/canvas/CanvasStyle.h"

#include <QCoreApplication>

namespace rs::ui::canvas {

bool isDark(const QPalette& palette)
{
    return palette.color(QPalette::Base).lightness() < 128;
}

QColor roleColor(RegionRole role)
{
    switch (role) {
    case RegionRole::Active:
        return QColor(0x1e, 0x88, 0xe5); // blue: serving now
    case RegionRole::WarmStandby:
        return QColor(0xfb, 0x8c, 0x00); // amber: ready to take over
    case RegionRole::PilotLight:
        return QColor(0x8e, 0x24, 0xaa); // purple: core only, must scale up
    case RegionRole::BackupOnly:
        return QColor(0x75, 0x75, 0x75); // grey: holds copies, serves nothing
    }
    return Qt::gray;
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
    QColor color = palette.color(QPalette::Text);
    color.setAlphaF(0.75);
    double width = 1.6;
    Qt::PenStyle style = Qt::SolidLine;
    switch (kind) {
    case LinkKind::Request:
        break;
    case LinkKind::Event:
        style = Qt::DashLine;
        break;
    case LinkKind::Replication:
        color = QColor(0x00, 0x89, 0x7b);
        width = 1.2;
        break;
    case LinkKind::Route:
        color = QColor(0x39, 0x49, 0xab);
        width = 2.2;
        break;
    case LinkKind::HealthCheck:
        color = QColor(0x39, 0x49, 0xab);
        style = Qt::DotLine;
        break;
    case LinkKind::Origin:
        color = QColor(0x39, 0x49, 0xab);
        style = Qt::DashDotLine;
        break;
    case LinkKind::UsesKey:
    case LinkKind::UsesSecret:
    case LinkKind::Authenticates:
        color = palette.color(QPalette::PlaceholderText);
        style = Qt::DotLine;
        width = 1.2;
        break;
    }
    if (flow == LinkFlow::Broken)
        color = severityColor(Severity::Error);
    else if (flow == LinkFlow::Lit)
        color = QColor(0x2e, 0x7d, 0x32);
    if (selected) {
        color = palette.color(QPalette::Highlight);
        width += 1.0;
    }
    QPen pen(color, width, style, Qt::RoundCap, Qt::RoundJoin);
    pen.setCosmetic(false);
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
