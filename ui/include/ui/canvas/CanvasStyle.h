#pragma once

#include "core/Link.h"
#include "core/Region.h"
#include "core/RuleSetting.h"
#include "diagram/DiagramStyle.h"

#include <QColor>
#include <QPalette>
#include <QPen>

namespace rs::ui {

/// How a link's flow fares in a what-if (set by the scenario dock through the scene).
enum class LinkFlow
{
    Normal,
    Lit,    ///< a path that survives the outage
    Broken, ///< a flow the outage cuts, or a link into what is down
    Cut,    ///< a link between two things that are both down
};

/// Colours and pens of the canvas in one place. Sizes, role hues, severity colours, names and
/// link styles are the diagram's (diagram/DiagramStyle.h), so the canvas and a review's diagram
/// look alike; the neutral colours come from the palette, so the canvas follows the system's light
/// or dark theme, and what-ifs and selection colour the links.
namespace canvas {

inline constexpr double gridSize = 20.0;
inline constexpr double serviceWidth = diagram::serviceSize.width();
inline constexpr double serviceHeight = diagram::serviceSize.height();
inline constexpr double regionHeaderHeight = diagram::regionHeaderHeight;

/// The diagram's pen for the kind in the palette's ink, red on a flow an outage cuts, green on
/// one that survives, faint grey between two things down, in the highlight colour when
/// selected; replication is drawn double.
QPen linkPen(LinkKind kind, const QPalette& palette, LinkFlow flow, bool selected);
bool isDark(const QPalette& palette);

} // namespace canvas

} // namespace rs::ui
