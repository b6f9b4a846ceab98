#pragma once

namespace rs::ui {

class MainWindow;

/// File > Export > Diagram as PNG / SVG: the canvas as drawn, to a file the user picks.
void exportDiagram(MainWindow& window, bool svg);

/// File > Export > Design Review: saves the design first (the review hashes the file on disk),
/// asks what to write, and exports it under a cancellable progress dialog.
void exportReview(MainWindow& window);

} // namespace rs::ui
