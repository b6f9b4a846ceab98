#include "review/DiagramStyle.h"

namespace rs::ui::diagram {

QColor roleColor(RegionRole role)
{
    switch (role) {
    case RegionRole::Active:
        return QColor(0x1e, 0x88, 0xe5);
    case RegionRole::WarmStandby:
        return QColor(0xfb, 0x8c, 0x00);
    case RegionRole::PilotLight:
        return QColor(0x8e, 0x24, 0xaa);
    case RegionRole::BackupOnly:
        return QColor(0x75, 0x75, 0x75);
    }
    return Qt::gray;
}

QColor regionFill(RegionRole role)
{
    // 10 % of the hue over white: opaque, so a printer does not have to blend.
    const auto hue = roleColor(role);
    const auto tint = [](int channel) { return 255 - (255 - channel) / 10; };
    return QColor(tint(hue.red()), tint(hue.green()), tint(hue.blue()));
}

QColor regionBorder(RegionRole role)
{
    return roleColor(role);
}

const char* roleLabel(RegionRole role)
{
    switch (role) {
    case RegionRole::Active:
        return "Active";
    case RegionRole::WarmStandby:
        return "Warm standby";
    case RegionRole::PilotLight:
        return "Pilot light";
    case RegionRole::BackupOnly:
        return "Backup only";
    }
    return "";
}

QColor serviceFill(bool global)
{
    return global ? QColor(0xf3, 0xe8, 0xfa) : QColor(Qt::white);
}

QColor serviceBorder()
{
    return QColor(0x42, 0x42, 0x42);
}

QPen linkPen(LinkKind kind, const QColor& ink, const QColor& muted)
{
    const QColor teal(0x00, 0x89, 0x7b);
    const QColor indigo(0x39, 0x49, 0xab);
    QPen pen(ink, 1.6, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
    switch (kind) {
    case LinkKind::Request:
        break;
    case LinkKind::Event:
        pen.setStyle(Qt::DashLine);
        break;
    case LinkKind::Replication:
        pen.setColor(teal);
        pen.setWidthF(1.2);
        break;
    case LinkKind::Route:
        pen.setColor(indigo);
        pen.setWidthF(2.2);
        break;
    case LinkKind::HealthCheck:
        pen.setColor(indigo);
        pen.setStyle(Qt::DotLine);
        break;
    case LinkKind::Origin:
        pen.setColor(indigo);
        pen.setStyle(Qt::DashDotLine);
        break;
    case LinkKind::UsesKey:
    case LinkKind::UsesSecret:
    case LinkKind::Authenticates:
        pen.setColor(muted);
        pen.setStyle(Qt::DotLine);
        pen.setWidthF(1.2);
        break;
    }
    return pen;
}

bool isDoubleLine(LinkKind kind)
{
    return kind == LinkKind::Replication;
}

bool hasArrow(LinkKind kind)
{
    return kind != LinkKind::HealthCheck;
}

const char* linkLabel(LinkKind kind)
{
    switch (kind) {
    case LinkKind::Request:
        return "Request (synchronous)";
    case LinkKind::Event:
        return "Event (asynchronous)";
    case LinkKind::Replication:
        return "Replication";
    case LinkKind::Route:
        return "Route";
    case LinkKind::HealthCheck:
        return "Health check";
    case LinkKind::Origin:
        return "CDN origin";
    case LinkKind::UsesKey:
        return "Uses key";
    case LinkKind::UsesSecret:
        return "Uses secret";
    case LinkKind::Authenticates:
        return "Authenticates";
    }
    return "";
}

} // namespace rs::ui::diagram
