#pragma once

#include "CompareWindow.h"

class QMenu;

namespace rs::ui {

class MainWindow;

/// File ▸ Compare with File… (another design file against the open design) and File ▸ Compare
/// with Saved Version (the file on disk against the open design's unsaved edits), added to
/// `menu`.
void addCompareActions(MainWindow& window, QMenu& menu);

/// Analyses both designs against the user's price catalogue (without it, the cost is left out)
/// and shows them in a CompareWindow owned by `window`, whose "Open" opens a side there.
CompareWindow* showComparison(MainWindow& window, CompareWindow::Side before,
                              CompareWindow::Side after);

} // namespace rs::ui
