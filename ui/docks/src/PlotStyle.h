#pragma once

#include "core/RuleSetting.h"
#include "core/cost/CostEngine.h"

#include <QColor>
#include <QIcon>

class QCPItemText;
class QCustomPlot;
class QPalette;
class QString;

namespace rs::docks {

/// Colours the plot from the widget palette, so charts follow the system's light or dark theme,
/// with the application's font and no OpenGL.
void stylePlot(QCustomPlot& plot, const QPalette& palette);

/// Keeps a label anchored at a point whole inside the axis rectangle, which text items are
/// clipped to: each time the plot is laid out (stylePlot() arranges it), the label goes on the
/// side of its point `preferred` asks for when there is room, else on the other, else on two
/// lines, else on the roomier side moved in by what it lacks; across likewise. Placed once, a label
/// that began near the right edge was cut ("ob" for "objective allows") and stayed wrong when the
/// dock was resized. A label that would cover one placed before it moves down past it (up, where
/// there is no room below).
void keepInside(QCPItemText& label, Qt::Alignment preferred);

/// A line of text in the middle of the plot: "Simulating outages…", "No price table loaded".
void addCentredMessage(QCustomPlot& plot, const QString& message);

/// One colour per cost category, the same in every chart and table.
QColor categoryColor(CostCategory category);
/// A round badge in the severity colour (diagram::severityColor), for lists and group headers.
QIcon severityIcon(Severity severity);
/// Green for a target met, red for one missed.
QColor verdictColor(bool met);
/// A small round badge of `color`.
QIcon dotIcon(const QColor& color);

} // namespace rs::docks
