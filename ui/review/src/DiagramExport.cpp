#include "review/DiagramExport.h"

#include "review/DiagramRenderer.h"

#include <QImage>
#include <QPainter>
#include <QSaveFile>
#include <QSvgGenerator>

#include <cmath>

namespace rs::ui {

namespace {

Error writeError(const QString& path, const QString& why)
{
    return Error{ErrorCode::Io, (path + ": " + why).toStdString(), {}};
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
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return writeError(path, file.errorString());
    if (!image.save(&file, "PNG"))
        return writeError(path, QStringLiteral("could not encode the PNG"));
    if (!file.commit())
        return writeError(path, file.errorString());
    return std::monostate{};
}

Result<std::monostate> saveDiagramSvg(const Design& design, const Catalogues& catalogues,
                                      const QString& path)
{
    const DiagramRenderer renderer(design, catalogues);
    const auto sheet = sheetFor(renderer);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return writeError(path, file.errorString());
    QSvgGenerator svg;
    svg.setOutputDevice(&file);
    svg.setResolution(96);
    svg.setSize(sheet.size().toSize());
    svg.setViewBox(QRectF(QPointF(0, 0), sheet.size()));
    // The generator writes the title as it is given: escape it so a name stays text.
    svg.setTitle(QString::fromStdString(design.name).toHtmlEscaped());
    svg.setDescription(QStringLiteral("Resilience Studio design diagram"));
    {
        QPainter painter(&svg);
        painter.fillRect(QRectF(QPointF(0, 0), sheet.size()), Qt::white);
        paintSheet(painter, renderer, sheet);
    }
    if (!file.commit())
        return writeError(path, file.errorString());
    return std::monostate{};
}

} // namespace rs::ui
