// From an edit to the docks refreshed, on generated designs of 1,000 and 10,000 elements.
// Goal (issue 6): 16 ms median at 1,000 elements, and the GUI thread never stalls.
//
// Each round edits one function's memory (which moves its cost), tells the live engine, and
// measures on the GUI thread until the findings, scenarios and costs docks have taken the new
// results and painted what changed; then it waits for the projections (cost curve, Monte Carlo)
// before the next edit.
// Side by side, the same engine work called directly on one thread is the baseline; the docks'
// own update and the GUI thread's share (snapshot copy + dock updates) are timed too.

#include "BenchTimer.h"
#include "DesignGenerator.h"
#include "docks/CostsDock.h"
#include "docks/FindingsDock.h"
#include "docks/ScenariosDock.h"
#include "engine/EngineRun.h"
#include "engine/LiveEngine.h"
#include "pricing/PriceTableJson.h"
#include "resources/BuiltinResources.h"

#include <QApplication>
#include <QElapsedTimer>

#include <cstdio>
#include <cstdlib>

using namespace rs;

namespace {

std::shared_ptr<const PriceBook> bundledPrices()
{
    auto rows = pricing::readPriceTableJson(resources::defaultPriceTableJson());
    auto book = rows ? PriceBook::fromRows(std::move(rows).value(), "bundled")
                     : Result<PriceBook>(rows.errors());
    if (!book) {
        std::fprintf(stderr, "bundled prices: %s\n", book.errors().front().toString().c_str());
        std::exit(1);
    }
    return std::make_shared<const PriceBook>(std::move(book).value());
}

/// Sleeps in the event loop until `done`: the overload with a time limit never waits, and its
/// spinning took a core from the engine's threads.
template <typename Done> void waitUntil(Done done)
{
    while (!done())
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
}

struct Row
{
    std::size_t elements = 0;
    double editToDocks = 0; ///< edit -> fast results shown in the three docks
    double projections = 0; ///< edit -> cost curve and Monte Carlo shown
    double direct = 0;      ///< the fast part called directly, same thread
    double docks = 0;       ///< the three docks' setResults(), layout and paint
    double guiThread = 0;   ///< snapshot copy + dock updates: what the GUI thread spends
    double workerAnalysis = 0;
};

Row measure(std::size_t size, int runs, const Catalogues& catalogues,
            const std::shared_ptr<const PriceBook>& prices)
{
    auto design = bench::generateDesign(size, catalogues);
    auto& fn = design.services.at(ServiceId{"fn0-0"});
    engine::LiveEngine engine(catalogues);
    docks::FindingsDock findings;
    docks::ScenariosDock scenarios;
    docks::CostsDock costs;
    for (QWidget* dock : {static_cast<QWidget*>(&findings), static_cast<QWidget*>(&scenarios),
                          static_cast<QWidget*>(&costs)}) {
        dock->resize(600, 600);
        dock->show();
    }
    QElapsedTimer clock;
    double shownAt = -1;
    double projectedAt = -1;
    std::vector<double> dockTimes;
    QObject::connect(&engine, &engine::LiveEngine::resultsReady,
                     [&](const engine::EngineResults& r) {
                         const auto spent = bench::timeMs([&] {
                             findings.setResults(r);
                             scenarios.setResults(r);
                             costs.setResults(r);
                             // Until the user sees it: the layouts settled and what changed
                             // painted.
                             QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
                             QCoreApplication::sendPostedEvents(nullptr, QEvent::UpdateRequest);
                         });
                         dockTimes.push_back(spent);
                         if (shownAt < 0)
                             shownAt = double(clock.nsecsElapsed()) / 1e6;
                         if (r.projectionsCurrent())
                             projectedAt = double(clock.nsecsElapsed()) / 1e6;
                     });
    engine.setPriceBook(prices);
    engine.setDesignSource([&]() -> const Design& { return design; });
    waitUntil([&] { return !engine.isBusy() && engine.results().projectionsCurrent(); });

    std::vector<double> edit, projected, direct, docks, gui, worker;
    for (int i = 0; i < runs; ++i) {
        fn.properties["memoryMb"] = std::int64_t{i % 2 ? 1024 : 512};
        shownAt = projectedAt = -1;
        dockTimes.clear();
        clock.start();
        engine.designChanged();
        waitUntil([&] { return shownAt >= 0 && projectedAt >= 0 && !engine.isBusy(); });
        edit.push_back(shownAt);
        projected.push_back(projectedAt);
        docks.push_back(dockTimes.front());
        worker.push_back(engine.results().analysisMs);
        const auto copy = bench::timeMs([&] { [[maybe_unused]] const Design copied = design; });
        gui.push_back(copy + dockTimes.front());

        engine::EngineSnapshot snapshot;
        snapshot.design = std::make_shared<const Design>(design);
        snapshot.catalogues = &catalogues;
        snapshot.prices = prices;
        direct.push_back(
            bench::timeMs([&] { (void)engine::analyse(snapshot, engine.settings()); }));
    }
    return {design.elementCount(), bench::median(edit),  bench::median(projected),
            bench::median(direct), bench::median(docks), bench::median(gui),
            bench::median(worker)};
}

} // namespace

int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    std::setvbuf(stdout, nullptr, _IONBF, 0); // rows appear as they are measured
    const int runs = argc > 1 ? std::atoi(argv[1]) : 21;
    const auto catalogues = bench::builtInCataloguesOrExit();
    const auto prices = bundledPrices();
    std::printf("medians of %d edits, milliseconds\n", runs);
    std::printf("%-9s %12s %12s %10s %9s %11s %10s %8s\n", "elements", "edit->docks", "projections",
                "direct", "docks", "GUI thread", "worker", "ratio");
    const std::size_t largest = argc > 2 ? std::size_t(std::atol(argv[2])) : 10000;
    for (const std::size_t size : {std::size_t{1000}, largest}) {
        const auto r =
            measure(size, size > 1000 ? std::max(3, runs / 4) : runs, catalogues, prices);
        std::printf("%-9zu %12.2f %12.2f %10.2f %9.2f %11.2f %10.2f %8.2f\n", r.elements,
                    r.editToDocks, r.projections, r.direct, r.docks, r.guiThread, r.workerAnalysis,
                    r.editToDocks / r.direct);
    }
    return 0;
}
