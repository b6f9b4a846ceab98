#pragma once

namespace rs::docks {
class EnginePanels;
}

namespace rs::ui {

class MainWindow;

/// Connects the live engine's docks to the window: findings badge the canvas items and fill
/// the status bar, a chosen finding or scenario selects and zooms to its elements, and the
/// what-if toggles grey the elements switched down and colour the flows they cut or keep.
void wireEngine(MainWindow& window, docks::EnginePanels& panels);

} // namespace rs::ui
