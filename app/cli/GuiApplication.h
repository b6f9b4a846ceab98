#pragma once

#include <QApplication>

#include <memory>
#include <string>

namespace rs::cli {

/// What a drawing needs: the PDF, PNG and SVG are drawn with Qt's widgets (QCustomPlot is one)
/// and Arrange measures cards in a font. A QApplication made only when a command is asked for
/// one of them, on the offscreen platform when no display is there; the other commands stay
/// free of Qt GUI. None, with `problem` said, when this process already runs a non-GUI one;
/// none and no problem when a GUI one already runs (the tests').
std::unique_ptr<QApplication> guiApplication(std::string_view what, std::string& problem);

} // namespace rs::cli
