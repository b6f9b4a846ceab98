#include "ui/DiagramExport.h"

#include "ui/canvas/DesignScene.h"

#include <QPainter>
#include <QSvgGenerator>

namespace rs::ui::diagram {

namespace {

/// Renders with the grid hidden and nothing selected, restoring both afterwards.
template <typename Paint> void cleanly(DesignScene& scene, Paint&& paint)
{
    const bool grid = scene.isGridVisible();
    const auto selection = scene.selectedElements();
    scene.setGridVisible(false);
    scene.clearSelection();
    paint();
    scene.setGridVisible(grid);
    scene.selectElements(selection);
}

QRectF frame(const DesignScene& scene)
{
    return scene.elementsRect().adjusted(-24, -24, 24, 24);
}

} // namespace

QImage render(DesignScene& scene, qreal scale)
{
    const QRectF source = frame(scene);
    QImage image((source.size() * scale).toSize(), QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    cleanly(scene, [&] {
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        scene.render(&painter, QRectF(QPointF(0, 0), source.size() * scale), source);
    });
    return image;
}

bool savePng(DesignScene& scene, const QString& path)
{
    return render(scene).save(path, "PNG");
}

bool saveSvg(DesignScene& scene, const QString& path, const QString& title)
{
    const QRectF source = frame(scene);
    QSvgGenerator svg;
    svg.setFileName(path);
    svg.setTitle(title);
    svg.setSize(source.size().toSize());
    svg.setViewBox(QRectF(QPointF(0, 0), source.size()));
    bool ok = false;
    cleanly(scene, [&] {
        QPainter painter;
        ok = painter.begin(&svg);
        if (ok)
            scene.render(&painter, QRectF(QPointF(0, 0), source.size()), source);
    });
    return ok;
}

} // namespace rs::ui::diagram
