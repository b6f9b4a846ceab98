// Pan and zoom on the canvas with 5,000 items (issue 6 goal: every frame under 33 ms). Each
// frame scrolls or zooms the view and paints its whole viewport into an image, offscreen. As a
// baseline, the same view paints a scene of plain rectangles with the same geometry, side by
// side, so the ratio shows what our items cost over Qt's own.

#include "BenchTimer.h"
#include "DesignGenerator.h"
#include "document/DesignDocument.h"
#include "ui/canvas/DesignScene.h"
#include "ui/canvas/DesignView.h"

#include <QApplication>
#include <QGraphicsRectItem>
#include <QScrollBar>

#include <cstdio>
#include <cstdlib>

using namespace rs;

namespace {

struct Figures
{
    double median = 0.0;
    double p95 = 0.0;
    double worst = 0.0;
};

Figures figures(std::vector<double> frames)
{
    std::sort(frames.begin(), frames.end());
    return {bench::median(frames), frames[frames.size() * 95 / 100], frames.back()};
}

/// One frame: the whole viewport painted, as the window system would ask for after a scroll.
void paintFrame(QGraphicsView& view)
{
    static QImage frame;
    if (frame.size() != view.viewport()->size())
        frame = QImage(view.viewport()->size(), QImage::Format_ARGB32_Premultiplied);
    view.viewport()->render(&frame);
}

/// Frames of panning across the view at `zoom`, then of zooming in and out around the centre.
std::pair<Figures, Figures> measure(QGraphicsView& view, double zoom, int frames)
{
    // The middle of the drawing, so the frames are full of items rather than empty margin.
    const QPointF centre = view.scene()->itemsBoundingRect().center();
    view.setTransform(QTransform::fromScale(zoom, zoom));
    view.centerOn(centre);
    paintFrame(view); // warm the caches once
    std::vector<double> pan;
    auto* bar = view.horizontalScrollBar();
    for (int i = 0; i < frames; ++i) {
        pan.push_back(bench::timeMs([&] {
            bar->setValue(bar->value() + ((i / 20) % 2 ? -40 : 40));
            paintFrame(view);
        }));
    }
    std::vector<double> zooming;
    for (int i = 0; i < frames; ++i) {
        const double factor = (i / 10) % 2 ? 1.0 / 1.1 : 1.1;
        zooming.push_back(bench::timeMs([&] {
            view.scale(factor, factor);
            paintFrame(view);
        }));
    }
    return {figures(pan), figures(zooming)};
}

void print(const char* what, const char* scene, const Figures& f, double baselineMedian)
{
    std::printf("%-22s %-10s %9.2f %9.2f %9.2f %8.2f\n", what, scene, f.median, f.p95, f.worst,
                baselineMedian > 0 ? f.median / baselineMedian : 1.0);
}

} // namespace

int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const int frames = argc > 1 ? std::atoi(argv[1]) : 120;
    const auto catalogues = bench::builtInCataloguesOrExit();
    auto design = bench::generateDesign(5000, catalogues);

    document::DesignDocument document(catalogues);
    const double buildMs = bench::timeMs([&] { document.setDesign(design); });
    ui::DesignScene scene(document);
    const double sceneMs = bench::timeMs([&] { document.setDesign(design); });
    ui::DesignView view(&scene);
    view.resize(1600, 1000);
    view.show();

    // The baseline: one plain rectangle per item, where our items are.
    QGraphicsScene plain;
    for (auto* item : scene.items())
        plain.addRect(item->sceneBoundingRect(), QPen(Qt::gray), QBrush(Qt::white));
    plain.setSceneRect(scene.sceneRect());
    QGraphicsView plainView(&plain);
    plainView.setRenderHint(QPainter::Antialiasing);
    plainView.resize(1600, 1000);
    plainView.show();
    QApplication::processEvents();

    std::printf("%zu elements, %lld scene items; document reset %.1f ms, with the scene %.1f ms\n",
                design.elementCount(), static_cast<long long>(scene.items().size()), buildMs,
                sceneMs);
    std::printf("frames of %d, milliseconds; ratio = median / baseline median\n", frames);
    std::printf("%-22s %-10s %9s %9s %9s %8s\n", "gesture", "scene", "median", "p95", "worst",
                "ratio");
    const QRectF all = scene.elementsRect();
    const double fitZoom = std::min(1600.0 / all.width(), 1000.0 / all.height());
    for (const auto& [label, zoom] : {std::pair{"at 100 %", 1.0}, std::pair{"at 40 %", 0.4},
                                      std::pair{"whole design", fitZoom}}) {
        const auto [basePan, baseZoom] = measure(plainView, zoom, frames);
        const auto [pan, zooming] = measure(view, zoom, frames);
        const std::string panLabel = std::string("pan ") + label;
        const std::string zoomLabel = std::string("zoom ") + label;
        print(panLabel.c_str(), "baseline", basePan, 0);
        print(panLabel.c_str(), "canvas", pan, basePan.median);
        print(zoomLabel.c_str(), "baseline", baseZoom, 0);
        print(zoomLabel.c_str(), "canvas", zooming, baseZoom.median);
    }
    return 0;
}
