// Design ▸ Arrange (Graphviz's dot, ui/layout) on generated designs, against loading and
// validating the same design file side by side: what the architect already waits for when a
// design opens. Runs alternate so machine noise hits both alike; medians are reported.
// Goal (issue 15): Arrange on the 1,000-element design within 1 s.

#include "BenchTimer.h"
#include "DesignGenerator.h"
#include "core/DesignFormat.h"
#include "layout/Arrange.h"

#include <QGuiApplication>

#include <cstdio>
#include <cstdlib>

using namespace rs;

int main(int argc, char** argv)
{
    // Cards are measured in a font: a GUI application, on no display.
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    const int runs = argc > 1 ? std::atoi(argv[1]) : 7;
    const auto catalogues = bench::builtInCataloguesOrExit();
    std::printf("%-10s %12s %12s %8s\n", "elements", "load ms", "arrange ms", "ratio");
    for (const std::size_t size : {100u, 1000u}) {
        const auto design = bench::generateDesign(size, catalogues);
        const auto text = writeDesign(design);
        std::vector<double> load;
        std::vector<double> arrange;
        std::size_t sink = 0;
        for (int i = 0; i < runs; ++i) {
            load.push_back(bench::timeMs(
                [&] { sink += readDesign(text, catalogues).value().elementCount(); }));
            arrange.push_back(
                bench::timeMs([&] { sink += layout::arrange(design).services.size(); }));
        }
        const double l = bench::median(load);
        const double a = bench::median(arrange);
        std::printf("%-10zu %12.2f %12.2f %8.1f\n", design.elementCount(), l, a, a / l);
        if (sink == 0)
            std::printf("(nothing arranged)\n");
    }
    return 0;
}
