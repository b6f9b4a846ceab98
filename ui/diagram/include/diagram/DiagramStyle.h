#pragma once

#include "core/Link.h"
#include "core/Region.h"
#include "core/RuleSetting.h"

#include <QColor>
#include <QPen>
#include <QSizeF>
#include <QString>

#include <string_view>

/// How a design is drawn and named: the colours and names of region roles, the size of service
/// nodes, the pen and names of each link kind, the severity palette. The one place for these, so
/// the canvas, the docks, the exported diagram and the PDF review look and read alike. Scene
/// units are the design file's layout units; one unit is one pixel at 96 dpi.
namespace rs::diagram {

/// Services are drawn as boxes of this size, their layout position being the top-left corner
/// (relative to their region, or to the canvas for global services).
inline constexpr QSizeF serviceSize{148.0, 56.0};
/// The band at the top of a region that holds its label, above the services.
inline constexpr double regionHeaderHeight = 36.0;
/// Blank space kept around the drawing when it is fitted onto a page or an image.
inline constexpr double margin = 24.0;
/// Font sizes in scene units (pixels at 96 dpi).
inline constexpr double regionFontPixels = 13.0;
inline constexpr double serviceFontPixels = 11.0;
inline constexpr double kindFontPixels = 9.0;

/// Characters of a name, id or code a drawing shows; longer text is cut with an ellipsis. A
/// service box holds about 40 and a region header about 60, so 200 always fills the space while
/// fitting text into it stays cheap whatever the file holds (the JSON review keeps the whole).
inline constexpr qsizetype maxDisplayedChars = 200;

/// Text from a design file as every drawing and the PDF show it: control characters, which
/// are not allowed in XML (the SVG) and mean nothing on a page, become U+FFFD, and it is cut at
/// maxDisplayedChars.
QString displayText(std::string_view text);

/// The hue of a region role: blue for active (serving now), amber for warm standby (ready to
/// take over), purple for pilot light (core only, must scale up), grey for backup only. A
/// region's border is its hue.
QColor roleColor(RegionRole role);
/// A light tint of the role's hue, for a region's fill.
QColor regionFill(RegionRole role);
/// "Active", "Warm standby", ...: how a role is spelled to people, translated.
QString roleName(RegionRole role);

QColor serviceFill(bool global);
QColor serviceBorder();

/// Red, amber and blue: dark enough to read as text on paper (the PDF review) and to carry a
/// white sign (canvas badges, dock icons), light enough to stand out on a dark theme.
QColor severityColor(Severity severity);

/// The ink of requests and events on a light background, and of key / secret / identity use.
inline constexpr QColor linkInk{0x37, 0x47, 0x4f};
inline constexpr QColor linkMuted{0x9e, 0x9e, 0x9e};

/// The pen of a link kind: requests solid and events dashed (asynchronous) in `ink`,
/// replication teal, routing indigo (routes solid, health checks dotted, CDN origins
/// dash-dotted), key / secret / identity use dotted, thin and `muted`. Replication is drawn as
/// two parallel lines of this pen (isDoubleLine). The canvas passes its palette's colours.
QPen linkPen(LinkKind kind, const QColor& ink = linkInk, const QColor& muted = linkMuted);
bool isDoubleLine(LinkKind kind);
/// Every link kind gets an arrow head at its target except health checks, which only probe.
bool hasArrow(LinkKind kind);
/// "request", "replication", ...: the short name on a link and in its menus, translated.
QString linkName(LinkKind kind);
/// "Request (synchronous)", "CDN origin", ...: the legend's fuller label, translated.
QString linkLegend(LinkKind kind);

} // namespace rs::diagram
