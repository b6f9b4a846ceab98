#pragma once

#include "core/Service.h"

#include <QFont>
#include <QFontMetricsF>
#include <QRectF>
#include <QSizeF>
#include <QString>
#include <QStringList>

#include <vector>

/// The size of a service's card and of the region that holds it, worked out from their text
/// alone, so the canvas, the exported diagram and the PDF review draw every card the same size
/// whatever the screen. Measured in DejaVu Sans (a package the build installs), never in the
/// system's font: a card must not grow on one machine and overlap its neighbour there.
namespace rs::diagram::card {

/// Where the text starts: after the category icon and provider mark.
inline constexpr double textLeft = 50.0;
inline constexpr double rightPadding = 6.0;
inline constexpr double minTextWidth = 92.0; ///< a card is never narrower than 148
inline constexpr double maxTextWidth = 232.0;
inline constexpr double widthStep = 12.0; ///< text widths are 92 + 12 k
inline constexpr double minHeight = 56.0;

/// What a service's card says it is called: its name, else its id, as displayText shows it.
QString cardName(const Service& service);

/// The name (bold) and the kind under it, in pixels of the scene.
QFont nameFont();
QFont kindFont();
/// The name alone, shown zoomed out where the two lines above would be a few pixels high: the
/// largest bold size from 20 px down to the name's own 12 px in which `name` fits two lines of
/// `width`, so a card whose name fits at all never cuts it when zoomed out either.
QFont farNameFont(const QString& name, double width);

/// `text` in at most `maxLines` lines of `width`: each broken at the last space that fits, else
/// after the last dot, hyphen or slash that fits (host names, region codes); never mid-word:
/// the line where no break fits, or the last, is cut with an ellipsis.
QStringList wrapped(const QString& text, const QFontMetricsF& metrics, double width, int maxLines);

/// The card of a service named `name`: as wide as its name needs on at most two lines, between
/// 148 and 288 units in steps of 12, and tall enough for those lines and the kind's under them. The
/// kind is small print: a long one is cut (the card's tooltip has it whole), it does not widen the
/// card.
QSizeF cardSize(const QString& name);

/// A region's rectangle as drawn: `stored` grown to hold every card in `cards` (same
/// coordinates) with a margin, below its header band.
QRectF regionHolding(const QRectF& stored, const std::vector<QRectF>& cards);

} // namespace rs::diagram::card
