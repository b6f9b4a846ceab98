// Check (all rules) + every region-loss scenario on generated designs of 1,000 and 10,000
// elements. Goal (issue 3): both together within 5 ms at 1,000 elements, so the GUI can run them
// on every edit. Medians of interleaved runs; the design load is timed alongside as a baseline.

#include "BenchTimer.h"
#include "DesignGenerator.h"
#include "core/DesignFormat.h"
#include "core/DesignIndex.h"
#include "core/resilience/Scenario.h"
#include "core/rules/RuleCatalogue.h"

#include <cstdio>
#include <cstdlib>

using namespace rs;

int main(int argc, char** argv)
{
    const int runs = argc > 1 ? std::atoi(argv[1]) : 21;
    const auto catalogues = bench::builtInCataloguesOrExit();
    std::printf("%-9s %9s %10s %10s %12s %10s %9s\n", "elements", "load ms", "index ms", "check ms",
                "scenarios", "scen. ms", "findings");
    for (const std::size_t size : {1000u, 10000u}) {
        const auto design = bench::generateDesign(size, catalogues);
        const auto text = writeDesign(design);
        std::vector<double> load, index, check, scenarios;
        std::size_t findings = 0;
        std::size_t scenarioCount = 0;
        for (int i = 0; i < runs; ++i) {
            load.push_back(bench::timeMs([&] { (void)readDesign(text, catalogues); }));
            std::optional<DesignIndex> idx;
            index.push_back(bench::timeMs([&] { idx.emplace(design, catalogues); }));
            check.push_back(bench::timeMs([&] { findings = checkDesign(*idx).size(); }));
            scenarios.push_back(bench::timeMs([&] { scenarioCount = simulateAll(*idx).size(); }));
        }
        std::printf("%-9zu %9.3f %10.3f %10.3f %12zu %10.3f %9zu\n", design.elementCount(),
                    bench::median(load), bench::median(index), bench::median(check), scenarioCount,
                    bench::median(scenarios), findings);
    }
    return 0;
}
