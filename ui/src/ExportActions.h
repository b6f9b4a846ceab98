#pragma once

#include "core/Result.h"

#include <QString>

#include <variant>

namespace rs::ui {

class MainWindow;

/// File > Export > Diagram as PNG / SVG: the open design drawn by the review's exporter
/// (diagram/DiagramExport.h), so it is the picture a review of the same design holds, to a file
/// the user picks; a failed write says why and leaves the file as it was.
void exportDiagram(MainWindow& window, bool svg);
/// The same to `path`, without asking.
Result<std::monostate> exportDiagram(const MainWindow& window, const QString& path, bool svg);

/// File > Export > Design Review: saves the design first (the review hashes the file on disk),
/// asks what to write, and exports it under a cancellable progress dialog.
void exportReview(MainWindow& window);

} // namespace rs::ui
