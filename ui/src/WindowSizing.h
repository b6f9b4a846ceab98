#pragma once

#include <QRect>

class QByteArray;
class QMainWindow;

namespace rs::ui {

/// Where a new main window goes on a screen whose free area (the screen without the desktop's
/// panels) is `available`: 85 % of it each way, centred, so it fits a 1366×768 laptop or a
/// 2×-scaled screen and leaves the desktop visible round it (issue 15).
QRect initialWindowGeometry(const QRect& available);

/// Whether `geometry` (a window's, restored from the settings) lies wholly inside `available`.
bool fitsOn(const QRect& geometry, const QRect& available);

/// Gives the dock areas beside the canvas their shares of the window's width, and the upper dock
/// of the right column its share of the height, so the canvas keeps at least half of the window
/// at every screen size. Call it once the window has its size.
void proportionDocks(QMainWindow& window);

/// Places `window` on the screen it opens on: the geometry `savedGeometry` restores when it fits
/// that screen's free area, else initialWindowGeometry().
void placeOnScreen(QMainWindow& window, const QByteArray& savedGeometry);

/// proportionDocks() when `window` first shows: only then has its layout placed the docks in a
/// window of its final size, so the shares land where they are meant to. For a window whose
/// docks did not come back from the settings.
void proportionDocksOnFirstShow(QMainWindow& window);

} // namespace rs::ui
