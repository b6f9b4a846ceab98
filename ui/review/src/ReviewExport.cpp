#include "review/ReviewExport.h"

#include "core/DesignFile.h"
#include "core/cost/CostCsv.h"
#include "core/review/ReviewJson.h"
#include "diagram/DiagramExport.h"

namespace rs::review {

namespace {

Result<std::monostate> writeText(const QString& path, const std::string& bytes)
{
    return writeFileAtomically(path.toStdString(), bytes);
}

/// Scales a step's own 0-100 progress into its share [from, to) of the whole export.
ExportProgress within(const ExportProgress& progress, int from, int to)
{
    if (!progress)
        return {};
    return [=](int percent, const QString& step) {
        return progress(from + (to - from) * percent / 100, step);
    };
}

} // namespace

Result<std::monostate> exportReview(const ReviewRequest& request, const ExportProgress& progress)
{
    if (!request.catalogues || !request.book)
        return Error{ErrorCode::Missing, "the export needs the catalogues and a price book", {}};
    if (progress && !progress(0, QStringLiteral("Checking, simulating and pricing the design")))
        return Error{ErrorCode::Io, "the export was cancelled; nothing was written", {}};
    const auto review = buildReview(request.design, *request.catalogues, request.designBytes,
                                    *request.book, request.options, request.pricing);
    return exportReview(request, review, within(progress, 10, 100));
}

Result<std::monostate> exportReview(const ReviewRequest& request, const Review& review,
                                    const ExportProgress& progress)
{
    if (!request.catalogues)
        return Error{ErrorCode::Missing, "the export needs the catalogues", {}};
    const auto step = [&](int percent, const char* what) {
        return !progress || progress(percent, QString::fromUtf8(what));
    };
    const auto cancelled = [] {
        return Error{ErrorCode::Io, "the export was cancelled; files not yet written were not", {}};
    };
    if (!request.jsonPath.isEmpty()) {
        if (!step(0, "Writing the JSON review"))
            return cancelled();
        if (auto done = writeText(request.jsonPath, writeReviewJson(review)); !done)
            return done;
    }
    if (!request.csvPath.isEmpty()) {
        if (!step(5, "Writing the cost lines as CSV"))
            return cancelled();
        if (auto done = writeText(request.csvPath, costLinesCsv(review.cost, review.currency));
            !done)
            return done;
    }
    if (!request.pngPath.isEmpty()) {
        if (!step(10, "Drawing the diagram as PNG"))
            return cancelled();
        if (auto done = diagram::saveDiagramPng(review.design, *request.catalogues, request.pngPath,
                                                request.pngDpi);
            !done)
            return done;
    }
    if (!request.svgPath.isEmpty()) {
        if (!step(15, "Drawing the diagram as SVG"))
            return cancelled();
        if (auto done =
                diagram::saveDiagramSvg(review.design, *request.catalogues, request.svgPath);
            !done)
            return done;
    }
    if (!request.pdfPath.isEmpty()) {
        auto pages = writePdfReview(review, *request.catalogues, request.pdfPath, request.pageSize,
                                    within(progress, 20, 100));
        if (!pages)
            return pages.errors();
    }
    step(100, "Done");
    return std::monostate{};
}

} // namespace rs::review
