#pragma once

#include "core/Catalogues.h"
#include "core/Result.h"
#include "core/review/Review.h"

#include <QPageSize>
#include <QString>

#include <functional>

namespace rs::review {

/// Called between the sections of a long export with the share done (0 to 100) and what comes
/// next; returning false cancels the export, which then writes nothing.
using ExportProgress = std::function<bool(int percent, const QString& step)>;

/// Writes the PDF review of `review` (vector graphics; A4 or Letter) to `path`, atomically, and
/// returns its page count: cover, contents, summary, the diagram with its legend, elements,
/// findings, region-loss scenarios, availability with its chart, costs with their charts and
/// price provenance, the tier comparison, assumptions and pricing sources, every page with a
/// running header and its number. Needs a QApplication (QCustomPlot is a widget).
Result<int> writePdfReview(const Review& review, const Catalogues& catalogues, const QString& path,
                           QPageSize::PageSizeId pageSize = QPageSize::A4,
                           const ExportProgress& progress = {});

} // namespace rs::review
