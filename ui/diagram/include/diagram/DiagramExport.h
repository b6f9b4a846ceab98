#pragma once

#include "core/Catalogues.h"
#include "core/Design.h"
#include "core/Result.h"

#include <QString>

#include <variant>

namespace rs::diagram {

// The one diagram exporter: the window's File > Export and the review (PDF, PNG, SVG) both draw
// with DiagramRenderer from the model, so the same design gives the same picture everywhere.

/// The design's diagram with its legend as a PNG at `dpi` (one scene unit is one pixel at 96
/// dpi), written atomically: a failed write leaves the file as it was and says why. Needs a
/// QGuiApplication (fonts).
Result<std::monostate> saveDiagramPng(const Design& design, const Catalogues& catalogues,
                                      const QString& path, int dpi);

/// The same as an SVG (vector, text kept as text), written atomically.
Result<std::monostate> saveDiagramSvg(const Design& design, const Catalogues& catalogues,
                                      const QString& path);

/// The DPI range saveDiagramPng() accepts: enough for print, bounded so an image stays within
/// memory for the largest canvas a design can hold.
inline constexpr int minimumDiagramDpi = 48;
inline constexpr int maximumDiagramDpi = 600;
/// The resolution a PNG gets when nobody asks for another: sharp on a high-density screen and
/// on paper at a readable size.
inline constexpr int defaultDiagramDpi = 150;

} // namespace rs::diagram
