#pragma once

class QDockWidget;
class QWidget;

namespace rs::docks {

/// Makes `content` the dock's widget inside a frameless scroll area: the dock can then be made
/// shorter or narrower than its tables and charts need, and scrolls, instead of taking the
/// height from the dock above it in a column (Properties over the engine's tabs, issue 15).
void setScrollingContent(QDockWidget& dock, QWidget* content);

} // namespace rs::docks
