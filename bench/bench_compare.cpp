// `resilience compare` on the generated 1,000-element design against a copy with 50 edits (10
// services given new ids, their links following, 20 services renamed for people, 10 links
// calling more often, 10 regions with more headroom), timed against one analysis side by side:
// rules, every scenario, availability and cost, what the live engine runs on an edit. The
// comparison is what the command runs: both designs analysed for it (comparisonOptions(): the
// region losses only of the scenarios), on two threads, and compareDesigns(); the same on one
// thread, and compareDesigns() alone, are shown beside it. Medians of interleaved runs.
// Goal (issue 17): compare within 2 x one analysis.
// Usage: bench_compare [RUNS]

#include "BenchTimer.h"
#include "DesignGenerator.h"
#include "core/compare/DesignComparison.h"
#include "pricing/PriceCatalogue.h"

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <future>

using namespace rs;

namespace {

/// `design` with 50 edits, spread over it.
Design edited(Design design)
{
    std::vector<ServiceId> services;
    for (const auto& [id, s] : design.services) {
        if (!s.isGlobal())
            services.push_back(id);
    }
    const auto step = services.size() / 30;
    for (std::size_t i = 0; i < 10; ++i) {
        const auto old = services[i * step];
        auto node = design.services.extract(old);
        node.key() = ServiceId{old.value + "-renamed"};
        node.mapped().id = node.key();
        design.services.insert(std::move(node));
        for (auto& [id, link] : design.links) {
            for (auto* end : {&link.from, &link.to}) {
                if (*end == old)
                    *end = ServiceId{old.value + "-renamed"};
            }
        }
    }
    for (std::size_t i = 10; i < 30; ++i)
        design.services.at(services[i * step]).name += " (v2)";
    std::size_t links = 0;
    for (auto& [id, link] : design.links) {
        if (link.kind == LinkKind::Request && links++ % 20 == 0 && links <= 200)
            link.callsPerRequest += 1.0;
    }
    std::size_t regions = 0;
    for (auto& [id, region] : design.regions) {
        if (regions++ < 10)
            region.headroomPercent += 10.0;
    }
    return design;
}

} // namespace

int main(int argc, char** argv)
{
    const int runs = argc > 1 ? std::atoi(argv[1]) : 7;
    const auto catalogues = bench::builtInCataloguesOrExit();
    const auto path = std::filesystem::temp_directory_path() / "rs-bench-compare.sqlite";
    std::filesystem::remove(path);
    auto catalogue = pricing::PriceCatalogue::openOrCreate(path);
    if (!catalogue) {
        std::fprintf(stderr, "%s\n", catalogue.errors().front().toString().c_str());
        return 1;
    }
    const auto book = catalogue.value().loadActivePriceBook().value();
    ReviewOptions full;
    full.parts.outages = false;
    full.parts.tiers = false;

    const auto before = bench::generateDesign(1000, catalogues);
    const auto after = edited(before);
    const auto review = [&](const Design& d) {
        return buildReview(d, catalogues, {}, book, comparisonOptions(d, full));
    };
    std::vector<double> one, compare, sequential, diffOnly;
    std::size_t sink = 0;
    std::optional<DesignComparison> last;
    for (int i = 0; i < runs; ++i) {
        one.push_back(bench::timeMs(
            [&] { sink += buildReview(after, catalogues, {}, book, full).findings.size(); }));
        compare.push_back(bench::timeMs([&] {
            auto first = std::async(std::launch::async, review, std::cref(before));
            const auto second = review(after);
            last.emplace(compareDesigns(first.get(), second));
        }));
        std::optional<Review> a, b;
        sequential.push_back(bench::timeMs([&] {
            a.emplace(review(before));
            b.emplace(review(after));
            sink += compareDesigns(*a, *b).regionLosses.size();
        }));
        diffOnly.push_back(
            bench::timeMs([&] { sink += compareDesigns(*a, *b).regionLosses.size(); }));
    }
    const auto& m = last->elements;
    std::printf("%zu elements; %zu renamed, %zu changed, %zu added, %zu removed\n",
                after.elementCount(), m.count(ElementChange::Renamed),
                m.count(ElementChange::Changed), m.count(ElementChange::Added),
                m.count(ElementChange::Removed));
    std::printf("%-22s %10s\n", "", "median ms");
    std::printf("%-22s %10.2f\n", "one analysis", bench::median(one));
    std::printf("%-22s %10.2f\n", "compare (2 threads)", bench::median(compare));
    std::printf("%-22s %10.2f\n", "compare (1 thread)", bench::median(sequential));
    std::printf("%-22s %10.2f\n", "compareDesigns() only", bench::median(diffOnly));
    // The two-thread figure needs a second core free: on a loaded machine it is the sequential
    // one, two analyses and the comparison.
    std::printf("ratio compare / one analysis: %.2f with 2 threads, %.2f with 1 (goal <= 2)\n",
                bench::median(compare) / bench::median(one),
                bench::median(sequential) / bench::median(one));
    std::filesystem::remove(path);
    return sink == 0 ? 1 : 0;
}
