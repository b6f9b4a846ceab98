// Load + validate of a design file against a bare nlohmann parse of the same bytes.
// Runs alternate between the two so that machine noise hits both alike; medians are reported.
// Goal (issue 2): load + validate within 3x the bare parse.

#include "BenchTimer.h"
#include "DesignGenerator.h"
#include "core/DesignFormat.h"

#include <nlohmann/json.hpp>

#include <cstdio>
#include <cstdlib>
#include <string>

using namespace rs;

int main(int argc, char** argv)
{
    const int runs = argc > 1 ? std::atoi(argv[1]) : 21;
    const auto catalogues = bench::builtInCataloguesOrExit();
    std::printf("%-10s %10s %12s %14s %8s\n", "elements", "bytes", "parse ms", "load+valid ms",
                "ratio");
    for (const std::size_t size : {1000u, 10000u}) {
        const auto text = writeDesign(bench::generateDesign(size, catalogues));
        const auto check = readDesign(text, catalogues);
        if (!check) {
            std::fprintf(stderr, "generated design is invalid: %s\n",
                         check.errors().front().toString().c_str());
            return 1;
        }
        std::vector<double> parse;
        std::vector<double> load;
        std::size_t sink = 0;
        for (int i = 0; i < runs; ++i) {
            parse.push_back(bench::timeMs([&] { sink += nlohmann::json::parse(text).size(); }));
            load.push_back(bench::timeMs(
                [&] { sink += readDesign(text, catalogues).value().elementCount(); }));
        }
        const double p = bench::median(parse);
        const double l = bench::median(load);
        std::printf("%-10zu %10zu %12.3f %14.3f %8.2f\n", check.value().elementCount(), text.size(),
                    p, l, l / p);
        if (sink == 0)
            std::printf("(nothing read)\n");
    }
    return 0;
}
