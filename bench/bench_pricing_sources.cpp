// The providers' real price files (../shared/pricing-sources, issue 12): importing all of them
// into new catalogue versions against a bare SAX parse of the same files, and loading the
// active price book (the bundled table, now generated from those files) from SQLite.
//
//   bench_pricing_sources [--sources DIR] [--runs N]
//
// DIR defaults to $RS_PRICING_SOURCES, else ../shared/pricing-sources beside the checkout.
#include "BenchTimer.h"
#include "NullSax.h"
#include "pricing/PriceCatalogue.h"
#include "pricing/import/CatalogueImport.h"

#include <nlohmann/json.hpp>

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <map>
#include <string>
#include <vector>

namespace {

using json = nlohmann::json;
namespace fs = std::filesystem;

/// The price files the bundled table is built from, by provider (as BundledTableBuilder
/// picks them: JSON price files, not listings or the scraper's other pivots).
std::map<rs::Provider, std::vector<fs::path>> priceFiles(const fs::path& root)
{
    std::map<rs::Provider, std::vector<fs::path>> out;
    for (const auto& entry : fs::recursive_directory_iterator(root)) {
        const auto relative = entry.path().lexically_relative(root).generic_string();
        const auto name = entry.path().filename().string();
        if (!entry.is_regular_file() || entry.path().extension() != ".json" ||
            name == "_service_list.json" || name == "snapshot-manifest.json")
            continue;
        if (relative.starts_with("aws/") && (relative.find("/raw") != std::string::npos ||
                                             relative.ends_with("processed/datatransfer.json")))
            out[rs::Provider::Aws].push_back(entry.path());
        else if (relative.starts_with("azure/"))
            out[rs::Provider::Azure].push_back(entry.path());
        else if (relative.starts_with("gcp/mooncitizen-togen/"))
            out[rs::Provider::Gcp].push_back(entry.path());
    }
    for (auto& [provider, files] : out)
        std::sort(files.begin(), files.end());
    return out;
}

fs::path defaultSources()
{
    if (const char* set = std::getenv("RS_PRICING_SOURCES"))
        return set;
    for (const auto* up : {"/../shared/pricing-sources", "/../../shared/pricing-sources"}) {
        const fs::path candidate = fs::path(RS_SOURCE_DIR + std::string(up)).lexically_normal();
        if (fs::is_directory(candidate))
            return candidate;
    }
    return {};
}

} // namespace

int main(int argc, char** argv)
{
    fs::path sources = defaultSources();
    int runs = 5;
    for (int i = 1; i + 1 < argc; i += 2) {
        if (std::strcmp(argv[i], "--sources") == 0)
            sources = argv[i + 1];
        else if (std::strcmp(argv[i], "--runs") == 0)
            runs = std::max(1, std::atoi(argv[i + 1]));
    }
    if (sources.empty() || !fs::is_directory(sources)) {
        std::fprintf(stderr, "bench_pricing_sources: no pricing-sources folder (--sources DIR)\n");
        return 2;
    }
    const auto files = priceFiles(sources);
    std::uintmax_t bytes = 0;
    std::size_t count = 0;
    for (const auto& [provider, list] : files) {
        for (const auto& f : list) {
            bytes += fs::file_size(f);
            ++count;
        }
    }
    const auto scratch = fs::temp_directory_path() / "rs-bench-pricing-sources";
    std::vector<double> parse;
    std::vector<double> import;
    std::vector<double> load;
    std::size_t rows = 0;
    for (int run = 0; run < runs; ++run) {
        parse.push_back(rs::bench::timeMs([&] {
            for (const auto& [provider, list] : files) {
                for (const auto& f : list) {
                    std::ifstream in(f, std::ios::binary);
                    rs::bench::NullSax sax;
                    json::sax_parse(in, &sax);
                }
            }
        }));
        fs::remove_all(scratch);
        fs::create_directories(scratch);
        auto catalogue = rs::pricing::PriceCatalogue::open(scratch / "catalogue.sqlite");
        if (!catalogue) {
            std::fprintf(stderr, "%s\n", catalogue.errors().front().toString().c_str());
            return 1;
        }
        bool ok = true;
        import.push_back(rs::bench::timeMs([&] {
            for (const auto& [provider, list] : files) {
                rs::pricing::ImportOptions options;
        options.provider = provider;
        options.baseVersion = 0;
        options.activate = true;
        options.undatedFileDate = "2025-06-18";
        const auto outcome = rs::pricing::importPriceFiles(catalogue.value(), list, options);
        if (!outcome) {
            std::fprintf(stderr, "%s\n", outcome.errors().front().toString().c_str());
            ok = false;
        }
    }
}));
if (!ok)
    return 1;
// The application's own start: the catalogue seeded from the bundled table.
fs::remove(scratch / "bundled.sqlite");
auto bundled = rs::pricing::PriceCatalogue::openOrCreate(scratch / "bundled.sqlite");
if (!bundled)
    return 1;
load.push_back(rs::bench::timeMs([&] {
    const auto book = bundled.value().loadActivePriceBook();
    rows = book ? book.value().size() : 0;
}));
}
fs::remove_all(scratch);
const double parseMs = rs::bench::median(parse);
const double importMs = rs::bench::median(import);
std::printf("%zu price files, %.1f MB, %d runs (medians)\n", count, bytes / 1e6, runs);
std::printf("bare SAX parse            %8.1f ms  %6.1f MB/s\n", parseMs, bytes / 1e3 / parseMs);
std::printf("import into new versions  %8.1f ms  %6.1f MB/s  (%.2f of the parse's throughput)\n",
            importMs, bytes / 1e3 / importMs, parseMs / importMs);
std::printf("load active price book    %8.2f ms  (%zu rows; budget 20 ms)\n",
            rs::bench::median(load), rows);
return 0;
}
