#include "diagram/DiagramExport.h"

#include "core/DesignFile.h"
#include "diagram/DiagramRenderer.h"
#include "diagram/DiagramStyle.h"

#include <QBuffer>
#include <QImage>
#include <QPainter>
#include <QSvgGenerator>

#include <cmath>
#include <filesystem>

namespace rs::diagram {

namespace {

Error writeError(const QString& path, const QString& why)
{
    return Error{ErrorCode::Io, (path + ": " + why).toStdString(), {}};
}

/// Puts `bytes` in place of the file at `path` with core's atomic writer, the one every review
/// output uses. Not QSaveFile: in Qt 6.4 a short write (a full disk, a file size limit) is no
/// error to it and commit() ignores a failed final flush, so a truncated file would replace the
/// old one.
Result<std::monostate> writeAtomically(const QString& path, const QByteArray& bytes)
{
    return writeFileAtomically(std::filesystem::path(path.toStdString()),
                               std::string_view(bytes.constData(), std::size_t(bytes.size())));
}

/// The diagram above its legend, in scene units.
struct Sheet
{
    QRectF diagram;
    double legendHeight = 0.0;
    QSizeF size() const { return {diagram.width(), diagram.height() + legendHeight}; }
};

Sheet sheetFor(const DiagramRenderer& renderer)
{
    Sheet sheet;
    sheet.diagram = renderer.sceneBounds();
    sheet.legendHeight = renderer.legendHeight(sheet.diagram.width() - 2 * 24.0) + 24.0;
    return sheet;
}

void paintSheet(QPainter& painter, const DiagramRenderer& renderer, const Sheet& sheet)
{
    painter.translate(-sheet.diagram.topLeft());
    renderer.paintScene(painter);
    const QRectF legend(sheet.diagram.left() + 24.0, sheet.diagram.bottom(),
                        sheet.diagram.width() - 48.0, sheet.legendHeight - 12.0);
    renderer.paintLegend(painter, legend);
}

} // namespace

Result<std::monostate> saveDiagramPng(const Design& design, const Catalogues& catalogues,
                                      const QString& path, int dpi)
{
    if (dpi < minimumDiagramDpi || dpi > maximumDiagramDpi)
        return Error{ErrorCode::Range,
                     "the PNG resolution must be " + std::to_string(minimumDiagramDpi) + " to " +
                         std::to_string(maximumDiagramDpi) + " dpi, not " + std::to_string(dpi),
                     {}};
    const DiagramRenderer renderer(design, catalogues);
    const auto sheet = sheetFor(renderer);
    const double scale = dpi / 96.0;
    const QSize pixels(static_cast<int>(std::ceil(sheet.size().width() * scale)),
                       static_cast<int>(std::ceil(sheet.size().height() * scale)));
    QImage image(pixels, QImage::Format_ARGB32_Premultiplied);
    if (image.isNull())
        return writeError(path, QStringLiteral("the image is too large for memory"));
    image.fill(Qt::white);
    const int dotsPerMeter = static_cast<int>(std::lround(dpi / 0.0254));
    image.setDotsPerMeterX(dotsPerMeter);
    image.setDotsPerMeterY(dotsPerMeter);
    {
        QPainter painter(&image);
        painter.setRenderHint(QPainter::TextAntialiasing);
        painter.scale(scale, scale);
        paintSheet(painter, renderer, sheet);
    }
    QByteArray png;
    QBuffer buffer(&png);
    if (!buffer.open(QIODevice::WriteOnly) || !image.save(&buffer, "PNG"))
        return writeError(path, QStringLiteral("could not encode the PNG"));
    return writeAtomically(path, png);
}

Result<std::monostate> saveDiagramSvg(const Design& design, const Catalogues& catalogues,
                                      const QString& path)
{
    const DiagramRenderer renderer(design, catalogues);
    const auto sheet = sheetFor(renderer);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QSvgGenerator svg;
    svg.setOutputDevice(&buffer);
    svg.setResolution(96);
    svg.setSize(sheet.size().toSize());
    svg.setViewBox(QRectF(QPointF(0, 0), sheet.size()));
    // The generator writes the title as it is given: escape it so a name stays text.
    svg.setTitle(displayText(design.name).toHtmlEscaped());
    svg.setDescription(QStringLiteral("Resilience Studio design diagram"));
    {
        QPainter painter(&svg);
        painter.fillRect(QRectF(QPointF(0, 0), sheet.size()), Qt::white);
        paintSheet(painter, renderer, sheet);
    }
    return writeAtomically(path, bytes);
}

} // namespace rs::diagram
