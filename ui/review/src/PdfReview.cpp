#include "review/PdfReview.h"

#include "PageFlow.h"
#include "ReviewSections.h"
#include "core/DesignFile.h"

#include <QBuffer>
#include <QPdfWriter>
#include <qcustomplot.h>

namespace rs::review {

namespace {

struct Section
{
    const char* step;
    void (*write)(SectionContext&);
};

constexpr Section sections[] = {
    {"summary", summarySection},
    {"diagram", diagramSection},
    {"regions, services and links", elementsSection},
    {"findings", findingsSection},
    {"scenarios", scenariosSection},
    {"availability", availabilitySection},
    {"costs", costSection},
    {"tiers", tiersSection},
    {"emissions", emissionsSection},
    {"assumptions", assumptionsSection},
    {"pricing sources", pricingSourcesSection},
    {"change from the baseline", baselineSection},
    {"sources", sourcesSection},
};

struct Layout
{
    std::vector<TocEntry> toc;
    int pages = 0;
    bool cancelled = false;
};

/// Lays the whole review out on `device`. The first pass (toc empty, pageCount 0) learns the
/// headings' pages and the page count; the second draws the contents and "page n of N".
Layout layOut(QIODevice& device, const Review& review, const Catalogues& catalogues,
              QPageSize::PageSizeId pageSize, const std::vector<TocEntry>& toc, int pageCount,
              const ExportProgress& progress, int progressBase)
{
    QPdfWriter writer(&device);
    writer.setPageSize(QPageSize(pageSize));
    writer.setPageMargins(QMarginsF(14, 12, 14, 12), QPageLayout::Millimeter);
    // QCustomPlot sets its fonts in points: at the writer's default 1200 dpi they would come out
    // twelve times too large. 96 dpi keeps every unit a pixel; the output stays vector.
    writer.setResolution(96);
    writer.setTitle(QString::fromStdString("Design review: " + review.design.name));
    writer.setCreator(QStringLiteral("Resilience Studio ") +
                      QString::fromStdString(review.appVersion));
    QCPPainter painter(&writer);
    PageFlow flow(writer, painter,
                  {QString::fromStdString("Design review \u2014 " + review.design.name),
                   QString::fromStdString(review.timestamp), pageCount});
    SectionContext context{flow, painter, review, catalogues};
    Layout out;
    coverPage(context);
    contentsPage(context, toc);
    const int count = static_cast<int>(std::size(sections));
    for (int i = 0; i < count; ++i) {
        if (progress && !progress(progressBase + 50 * i / count,
                                  QStringLiteral("Laying out the %1").arg(sections[i].step))) {
            out.cancelled = true;
            break;
        }
        sections[i].write(context);
    }
    painter.end();
    out.toc = flow.toc();
    out.pages = flow.page();
    return out;
}

} // namespace

Result<int> writePdfReview(const Review& review, const Catalogues& catalogues, const QString& path,
                           QPageSize::PageSizeId pageSize, const ExportProgress& progress)
{
    QBuffer scratch;
    scratch.open(QIODevice::WriteOnly);
    const auto first = layOut(scratch, review, catalogues, pageSize, {}, 0, progress, 0);
    if (first.cancelled)
        return Error{ErrorCode::Io, "the export was cancelled; nothing was written", {}};

    // Laid out in memory and put in place by core's atomic writer, like every review output:
    // QSaveFile in Qt 6.4 takes a short write on a full disk for success.
    QBuffer bytes;
    bytes.open(QIODevice::WriteOnly);
    const auto second =
        layOut(bytes, review, catalogues, pageSize, first.toc, first.pages, progress, 50);
    if (second.cancelled)
        return Error{ErrorCode::Io, "the export was cancelled; nothing was written", {}};
    const auto& pdf = bytes.data();
    if (const auto saved = writeFileAtomically(
            path.toStdString(), std::string_view(pdf.constData(), std::size_t(pdf.size())));
        !saved)
        return saved.errors();
    if (progress)
        progress(100, QStringLiteral("Done"));
    return second.pages;
}

} // namespace rs::review
