#include "diagram/DiagramStyle.h"

#include <QCoreApplication>

#include <algorithm>
#include <cassert>
#include <iterator>

namespace rs::diagram {

namespace {

// Each fact about a role, a severity or a link kind is one row of a table, so a new value is
// one new row and no two drawings can spell or colour it differently.

constexpr const char* context = "rs::diagram";

struct RoleStyle
{
    RegionRole role;
    QRgb hue;
    const char* name;
};

constexpr RoleStyle roleStyles[] = {
    {RegionRole::Active, 0x1e88e5, QT_TRANSLATE_NOOP("rs::diagram", "Active")},
    {RegionRole::WarmStandby, 0xfb8c00, QT_TRANSLATE_NOOP("rs::diagram", "Warm standby")},
    {RegionRole::PilotLight, 0x8e24aa, QT_TRANSLATE_NOOP("rs::diagram", "Pilot light")},
    {RegionRole::BackupOnly, 0x757575, QT_TRANSLATE_NOOP("rs::diagram", "Backup only")},
};

struct SeverityStyle
{
    Severity severity;
    QRgb colour;
};

constexpr SeverityStyle severityStyles[] = {
    {Severity::Error, 0xc62828},
    {Severity::Warning, 0xb26a00},
    {Severity::Info, 0x1565c0},
};

/// Which colour a link kind is drawn in: the caller's ink or muted colour, or a fixed hue.
enum class Ink
{
    Text,
    Muted,
    Teal,
    Indigo,
};

struct LinkStyle
{
    LinkKind kind;
    Ink ink;
    Qt::PenStyle line;
    double width;
    bool doubled;
    bool arrow;
    const char* name;
    const char* legend;
};

#define RS_LINK_TEXT(name, legend)                                                                 \
    QT_TRANSLATE_NOOP("rs::diagram", name), QT_TRANSLATE_NOOP("rs::diagram", legend)
constexpr LinkStyle linkStyles[] = {
    {LinkKind::Request, Ink::Text, Qt::SolidLine, 1.6, false, true,
     RS_LINK_TEXT("request", "Request (synchronous)")},
    {LinkKind::Event, Ink::Text, Qt::DashLine, 1.6, false, true,
     RS_LINK_TEXT("event", "Event (asynchronous)")},
    {LinkKind::Replication, Ink::Teal, Qt::SolidLine, 1.2, true, true,
     RS_LINK_TEXT("replication", "Replication")},
    {LinkKind::Route, Ink::Indigo, Qt::SolidLine, 2.2, false, true, RS_LINK_TEXT("route", "Route")},
    {LinkKind::HealthCheck, Ink::Indigo, Qt::DotLine, 1.6, false, false,
     RS_LINK_TEXT("health check", "Health check")},
    {LinkKind::Origin, Ink::Indigo, Qt::DashDotLine, 1.6, false, true,
     RS_LINK_TEXT("origin", "CDN origin")},
    {LinkKind::UsesKey, Ink::Muted, Qt::DotLine, 1.2, false, true,
     RS_LINK_TEXT("uses key", "Uses key")},
    {LinkKind::UsesSecret, Ink::Muted, Qt::DotLine, 1.2, false, true,
     RS_LINK_TEXT("uses secret", "Uses secret")},
    {LinkKind::Authenticates, Ink::Muted, Qt::DotLine, 1.2, false, true,
     RS_LINK_TEXT("authenticates", "Authenticates")},
};
#undef RS_LINK_TEXT

/// The row of `rows` whose `key` member is `value`; every enum value has one.
template <typename Row, std::size_t N, typename Key>
const Row& rowOf(const Row (&rows)[N], Key Row::*key, Key value)
{
    const auto it = std::find_if(std::begin(rows), std::end(rows),
                                 [&](const Row& row) { return row.*key == value; });
    assert(it != std::end(rows));
    return it != std::end(rows) ? *it : rows[0];
}

QString translated(const char* text)
{
    return QCoreApplication::translate(context, text);
}

} // namespace

QColor roleColor(RegionRole role)
{
    return QColor(rowOf(roleStyles, &RoleStyle::role, role).hue);
}

QColor regionFill(RegionRole role)
{
    // 10 % of the hue over white: opaque, so a printer does not have to blend.
    const auto hue = roleColor(role);
    const auto tint = [](int channel) { return 255 - (255 - channel) / 10; };
    return QColor(tint(hue.red()), tint(hue.green()), tint(hue.blue()));
}

QString roleName(RegionRole role)
{
    return translated(rowOf(roleStyles, &RoleStyle::role, role).name);
}

QColor serviceFill(bool global)
{
    return global ? QColor(0xf3, 0xe8, 0xfa) : QColor(Qt::white);
}

QColor serviceBorder()
{
    return QColor(0x42, 0x42, 0x42);
}

QColor severityColor(Severity severity)
{
    return QColor(rowOf(severityStyles, &SeverityStyle::severity, severity).colour);
}

QPen linkPen(LinkKind kind, const QColor& ink, const QColor& muted)
{
    const auto& style = rowOf(linkStyles, &LinkStyle::kind, kind);
    QColor colour = ink;
    switch (style.ink) {
    case Ink::Text:
        break;
    case Ink::Muted:
        colour = muted;
        break;
    case Ink::Teal:
        colour = QColor(0x00, 0x89, 0x7b);
        break;
    case Ink::Indigo:
        colour = QColor(0x39, 0x49, 0xab);
        break;
    }
    return QPen(colour, style.width, style.line, Qt::RoundCap, Qt::RoundJoin);
}

bool isDoubleLine(LinkKind kind)
{
    return rowOf(linkStyles, &LinkStyle::kind, kind).doubled;
}

bool hasArrow(LinkKind kind)
{
    return rowOf(linkStyles, &LinkStyle::kind, kind).arrow;
}

QString linkName(LinkKind kind)
{
    return translated(rowOf(linkStyles, &LinkStyle::kind, kind).name);
}

QString linkLegend(LinkKind kind)
{
    return translated(rowOf(linkStyles, &LinkStyle::kind, kind).legend);
}

QString displayText(std::string_view text)
{
    QString out = QString::fromUtf8(text.data(), qsizetype(text.size()));
    if (out.size() > maxDisplayedChars) {
        out.truncate(maxDisplayedChars);
        if (out.back().isHighSurrogate())
            out.chop(1);
        out += QChar(0x2026);
    }
    for (auto& c : out) {
        // C0, DEL and C1: XML 1.0 forbids most of them and none is meant to be seen.
        if (c.unicode() < 0x20 || (c.unicode() >= 0x7F && c.unicode() <= 0x9F))
            c = QChar::ReplacementCharacter;
    }
    return out;
}

} // namespace rs::diagram
