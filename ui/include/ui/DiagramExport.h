#pragma once

#include <QImage>
#include <QString>

namespace rs::ui {

class DesignScene;

/// The drawing as an image or an SVG file, without the grid, the selection or what-if marks'
/// absence changed: what is on the canvas, framed with a margin.
namespace diagram {

QImage render(DesignScene& scene, qreal scale = 2.0);
bool savePng(DesignScene& scene, const QString& path);
bool saveSvg(DesignScene& scene, const QString& path, const QString& title);

} // namespace diagram

} // namespace rs::ui
