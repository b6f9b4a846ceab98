#pragma once

#include "core/Link.h"
#include "core/Region.h"
#include "core/RuleSetting.h"

#include <QColor>
#include <QPalette>
#include <QPen>

namespace rs::ui {

/// How a link's flow fares in a what-if (set by the scenario dock through the scene).
enum class LinkFlow
{
    Normal,
    Lit,    ///< a path that survives the outage
    Broken, ///< a flow the outage cuts
};

/// Colours and pens of the canvas in one place. Colours of meaning (roles, severities, flows)
/// are fixed hues; everything else comes from the palette, so the canvas follows the system's
/// light or dark theme.
namespace canvas {

inline constexpr double gridSize = 20.0;
inline constexpr double serviceWidth = 148.0;
inline constexpr double serviceHeight = 56.0;
inline constexpr double regionHeaderHeight = 36.0;

QColor roleColor(RegionRole role);
QColor severityColor(Severity severity);
/// A pen for a link of this kind: dashed for asynchronous events, dotted for health checks,
/// thin and grey for key / secret / identity use; replication is drawn double by LinkItem.
QPen linkPen(LinkKind kind, const QPalette& palette, LinkFlow flow, bool selected);
/// The short label on a link: "request", "replication", ...
QString linkLabel(LinkKind kind);
bool isDark(const QPalette& palette);

} // namespace canvas

} // namespace rs::ui
