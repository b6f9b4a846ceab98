#pragma once

#include "core/Catalogues.h"
#include "core/Design.h"
#include "core/Result.h"

#include <QString>

#include <variant>

namespace rs::ui {

/// The design's diagram with its legend as a PNG at `dpi` (one scene unit is one pixel at 96
/// dpi), written atomically. Needs a QGuiApplication (fonts).
Result<std::monostate> saveDiagramPng(const Design& design, const Catalogues& catalogues,
                                      const QString& path, int dpi);

/// The same as an SVG (vector, text kept as text), written atomically.
Result<std::monostate> saveDiagramSvg(const Design& design, const Catalogues& catalogues,
                                      const QString& path);

/// The DPI range saveDiagramPng() accepts: enough for print, bounded so an image stays within
/// memory for the largest canvas a design can hold.
inline constexpr int minimumDiagramDpi = 48;
inline constexpr int maximumDiagramDpi = 600;

} // namespace rs::ui
