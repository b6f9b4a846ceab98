// Prices generated designs of 1,000 and 10,000 elements against the bundled price table.
// Goal (issue 4): an estimate within 5 ms at 1,000 elements. Loading the price book from SQLite is
// timed separately (once per session in the app), and a bare JSON parse of the same design is
// timed alongside as the baseline the ratios are taken against. Medians of interleaved runs.
// The emissions of the same lines (issue 18) are timed too, as a share of the estimate.

#include "BenchTimer.h"
#include "DesignGenerator.h"
#include "core/DesignFormat.h"
#include "core/DesignIndex.h"
#include "core/carbon/CarbonEstimate.h"
#include "core/carbon/CarbonTables.h"
#include "core/cost/CostEngine.h"
#include "core/cost/Usage.h"
#include "core/tiers/TierComparison.h"
#include "pricing/PriceCatalogue.h"

#include <nlohmann/json.hpp>

#include <cstdio>
#include <cstdlib>
#include <filesystem>

using namespace rs;

int main(int argc, char** argv)
{
    const int runs = argc > 1 ? std::atoi(argv[1]) : 21;
    const auto catalogues = bench::builtInCataloguesOrExit();
    const auto path = std::filesystem::temp_directory_path() / "rs-bench-estimate.sqlite";
    std::filesystem::remove(path);
    auto catalogue = pricing::PriceCatalogue::openOrCreate(path);
    if (!catalogue) {
        std::fprintf(stderr, "%s\n", catalogue.errors().front().toString().c_str());
        return 1;
    }
    std::vector<double> loads;
    std::optional<PriceBook> book;
    for (int i = 0; i < runs; ++i) {
        loads.push_back(
            bench::timeMs([&] { book.emplace(catalogue.value().loadActivePriceBook().value()); }));
    }
    std::printf("price book: %zu rows loaded from SQLite in %.3f ms (median of %d)\n\n",
                book->size(), bench::median(loads), runs);

    std::printf("%-9s %9s %9s %11s %9s %9s %10s %9s %9s\n", "elements", "parse ms", "usage ms",
                "estimate ms", "ratio", "lines", "tiers ms", "carbon ms", "/estimate");
    const auto& carbonTables = CarbonTables::builtIn();
    for (const std::size_t size : {1000u, 10000u}) {
        const auto design = bench::generateDesign(size, catalogues);
        const auto text = writeDesign(design);
        const DesignIndex index(design, catalogues);
        std::vector<double> parse, usage, estimate, tiers, carbon;
        std::size_t lines = 0;
        std::size_t sink = 0;
        for (int i = 0; i < runs; ++i) {
            parse.push_back(bench::timeMs([&] { sink += nlohmann::json::parse(text).size(); }));
            usage.push_back(bench::timeMs([&] { (void)deriveUsage(index); }));
            CostEstimate cost;
            estimate.push_back(bench::timeMs([&] {
                cost = estimateCost(index, *book);
                lines = cost.lines.size();
            }));
            carbon.push_back(bench::timeMs(
                [&] { sink += estimateEmissions(index, cost, carbonTables, 730.0).lines.size(); }));
            if (size <= 1000u)
                tiers.push_back(
                    bench::timeMs([&] { (void)compareTiers(design, catalogues, *book); }));
        }
        std::printf("%-9zu %9.3f %9.3f %11.3f %8.2fx %9zu %10s %9.3f %8.2fx\n",
                    design.elementCount(), bench::median(parse), bench::median(usage),
                    bench::median(estimate), bench::median(estimate) / bench::median(parse), lines,
                    tiers.empty() ? "-" : std::to_string(bench::median(tiers)).c_str(),
                    bench::median(carbon), bench::median(carbon) / bench::median(estimate));
        if (sink == 0)
            return 1; // keeps the baseline parse from being optimised away
    }
    std::filesystem::remove(path);
    return 0;
}
