#pragma once

#include "core/Catalogues.h"
#include "core/Design.h"
#include "core/Result.h"
#include "core/cost/PriceBook.h"
#include "core/review/Review.h"
#include "diagram/DiagramExport.h"
#include "review/PdfReview.h"

#include <QPageSize>
#include <QString>

#include <optional>
#include <variant>

namespace rs::review {

/// Everything one export needs: the design and what it is judged and priced against, the
/// review's options, and which files to write (an empty path writes nothing of that kind).
struct ReviewRequest
{
    Design design;
    std::string designBytes; ///< the file as saved, for its SHA-256 (the GUI passes the saved file)
    const Catalogues* catalogues = nullptr;
    std::optional<PriceBook> book;
    ReviewPricing pricing; ///< cataloguePricing() of the catalogue the book came from
    ReviewOptions options;

    QString pdfPath;
    QPageSize::PageSizeId pageSize = QPageSize::A4;
    QString jsonPath;
    QString csvPath;
    QString pngPath;
    int pngDpi = diagram::defaultDiagramDpi;
    QString svgPath;
};

/// Builds the review once and writes every file the request names, reporting progress between
/// steps (the PDF, the longest, reports its sections). Stops at the first failure; files written
/// before it stay, each written atomically. The entry point for the GUI's File > Export and for
/// `resilience review`.
Result<std::monostate> exportReview(const ReviewRequest& request,
                                    const ExportProgress& progress = {});

/// The same with a review already built (the CLI builds it once for its gate and its outputs).
Result<std::monostate> exportReview(const ReviewRequest& request, const Review& review,
                                    const ExportProgress& progress = {});

} // namespace rs::review
