// The team catalogue on PostgreSQL against the SQLite file (issue 19, docs/team-catalogue.md):
//  1. the price book loaded from each, the same catalogue (the bundled table, copied to the
//     server with copyVersion): medians and their ratio;
//  2. 20 concurrent estimates against the one server, each as the CLI makes it (connect, load
//     the active book, price a generated 1,000-element design): throughput and p95 latency.
// Usage: bench_team_catalogue URL [runs]   URL: an empty PostgreSQL database or schema the user
// may create tables in, e.g. from scripts/pg-test-cluster.sh start DIR (DIR/url).

#include "BenchTimer.h"
#include "DesignGenerator.h"
#include "core/DesignIndex.h"
#include "core/cost/CostEngine.h"
#include "pricing/CatalogueTransfer.h"
#include "pricing/PriceCatalogue.h"

#include <atomic>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <mutex>
#include <thread>

using namespace rs;

namespace {

pricing::PriceCatalogue openOrExit(const std::filesystem::path& location, bool seed)
{
    auto catalogue = seed ? pricing::PriceCatalogue::openOrCreate(location)
                          : pricing::PriceCatalogue::open(location);
    if (!catalogue) {
        std::fprintf(stderr, "%s\n", catalogue.errors().front().toString().c_str());
        std::exit(1);
    }
    return std::move(catalogue).value();
}

} // namespace

int main(int argc, char** argv)
{
    if (argc < 2 || !pricing::PriceCatalogue::isServerUrl(argv[1])) {
        std::fprintf(stderr, "usage: bench_team_catalogue postgresql://... [runs]\n");
        return 2;
    }
    const std::string url = argv[1];
    const int runs = argc > 2 ? std::atoi(argv[2]) : 21;
    const auto path = std::filesystem::temp_directory_path() / "rs-bench-team.sqlite";
    std::filesystem::remove(path);
    auto local = openOrExit(path, true);
    auto team = openOrExit(url, false);
    const auto versions = local.versions();
    for (const auto& v : versions.value()) {
        if (auto copied = pricing::copyVersion(local, v.id, team, true); !copied) {
            std::fprintf(stderr, "%s\n", copied.errors().front().toString().c_str());
            return 1;
        }
    }

    std::vector<double> fromFile, fromServer;
    std::size_t rows = 0;
    for (int i = 0; i < runs; ++i) { // interleaved, so both see the same machine
        fromFile.push_back(
            bench::timeMs([&] { rows = local.loadActivePriceBook().value().size(); }));
        fromServer.push_back(
            bench::timeMs([&] { rows = team.loadActivePriceBook().value().size(); }));
    }
    std::printf("price book of %zu rows: SQLite %.1f ms, PostgreSQL %.1f ms (medians of %d), "
                "ratio %.2fx\n",
                rows, bench::median(fromFile), bench::median(fromServer), runs,
                bench::median(fromServer) / bench::median(fromFile));

    const auto catalogues = bench::builtInCataloguesOrExit();
    const auto design = bench::generateDesign(1000, catalogues);
    const DesignIndex index(design, catalogues);
    constexpr int clients = 20;
    const int perClient = std::max(1, runs / 4);
    std::vector<double> latencies;
    std::mutex lock;
    std::atomic<int> failures{0};
    const double wall = bench::timeMs([&] {
        std::vector<std::thread> threads;
        for (int c = 0; c < clients; ++c) {
            threads.emplace_back([&] {
                for (int i = 0; i < perClient; ++i) {
                    std::size_t lines = 0;
                    const double ms = bench::timeMs([&] {
                        auto catalogue = pricing::PriceCatalogue::open(url);
                        auto book = catalogue ? catalogue.value().loadActivePriceBook()
                                              : Result<PriceBook>(catalogue.errors());
                        if (book)
                            lines = estimateCost(index, book.value()).lines.size();
                    });
                    if (lines == 0)
                        ++failures;
                    std::lock_guard guard(lock);
                    latencies.push_back(ms);
                }
            });
        }
        for (auto& t : threads)
            t.join();
    });
    std::sort(latencies.begin(), latencies.end());
    const auto p95 = latencies[static_cast<std::size_t>(0.95 * (latencies.size() - 1))];
    std::printf("%d concurrent clients x %d estimates (connect + load + price 1,000 elements): "
                "%.1f estimates/s, median %.1f ms, p95 %.1f ms, %d failed\n",
                clients, perClient, latencies.size() * 1000.0 / wall, bench::median(latencies), p95,
                failures.load());
    std::filesystem::remove(path);
    return failures == 0 ? 0 : 1;
}
