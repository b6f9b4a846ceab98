#include "review/DiagramStyle.h"

namespace rs::ui::diagram {

QColor regionFill(RegionRole role)
{
    switch (role) {
    case RegionRole::Active:
        return QColor(0xe7, 0xf5, 0xe9);
    case RegionRole::WarmStandby:
        return QColor(0xfd, 0xf1, 0xdc);
    case RegionRole::PilotLight:
        return QColor(0xe3, 0xee, 0xfb);
    case RegionRole::BackupOnly:
        return QColor(0xee, 0xee, 0xee);
    }
    return Qt::white;
}

QColor regionBorder(RegionRole role)
{
    switch (role) {
    case RegionRole::Active:
        return QColor(0x2e, 0x7d, 0x32);
    case RegionRole::WarmStandby:
        return QColor(0xc7, 0x7c, 0x02);
    case RegionRole::PilotLight:
        return QColor(0x1f, 0x5f, 0xb4);
    case RegionRole::BackupOnly:
        return QColor(0x75, 0x75, 0x75);
    }
    return Qt::black;
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

QPen linkPen(LinkKind kind)
{
    QPen pen(QColor(0x37, 0x47, 0x4f), 1.6);
    pen.setCapStyle(Qt::FlatCap);
    switch (kind) {
    case LinkKind::Request:
        break;
    case LinkKind::Event:
        pen.setStyle(Qt::DashLine);
        pen.setColor(QColor(0x6a, 0x1b, 0x9a));
        break;
    case LinkKind::Replication:
        pen.setColor(QColor(0x15, 0x65, 0xc0));
        pen.setWidthF(1.3);
        break;
    case LinkKind::Route:
        pen.setColor(QColor(0x2e, 0x7d, 0x32));
        pen.setWidthF(2.0);
        break;
    case LinkKind::HealthCheck:
        pen.setStyle(Qt::DotLine);
        pen.setColor(QColor(0x55, 0x8b, 0x2f));
        break;
    case LinkKind::Origin:
        pen.setColor(QColor(0xad, 0x14, 0x57));
        break;
    case LinkKind::UsesKey:
    case LinkKind::UsesSecret:
    case LinkKind::Authenticates:
        pen.setStyle(Qt::DashDotLine);
        pen.setColor(QColor(0x9e, 0x9e, 0x9e));
        pen.setWidthF(1.0);
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
