// Price-file import against a bare SAX parse of the same synthetic AWS offer file
// (DESIGN.md budget: at least half the SAX throughput, peak memory under 100 MB for 500 MB).
//
//   bench_price_import [--size MB] [--file PATH] [--runs N]
//
// The file is generated once into the build folder (bench-data/) and reused. Each run is a
// child process, so each measures its own peak resident memory (VmHWM).
#include "BenchTimer.h"
#include "NullSax.h"
#include "SyntheticOfferFile.h"
#include "pricing/PriceCatalogue.h"
#include "pricing/import/CatalogueImport.h"

#include <nlohmann/json.hpp>

#include <cstdio>
#include <cstring>
#include <fstream>
#include <string>
#include <sys/wait.h>
#include <unistd.h>
#include <vector>

namespace {

using json = nlohmann::json;

struct Measurement
{
    double ms = 0.0;
    long peakKiB = 0;
    bool ok = false;
};

/// Runs `work` in a child process: its time and the child's own peak resident memory.
template <typename Work> Measurement inChild(Work work)
{
    int pipefd[2];
    if (pipe(pipefd) != 0)
        return {};
    const pid_t pid = fork();
    if (pid == 0) {
        close(pipefd[0]);
        std::ofstream("/proc/self/clear_refs") << "5"; // the peak starts here
        Measurement m;
        m.ms = rs::bench::timeMs([&] { m.ok = work(); });
        m.peakKiB = rs::bench::statusKiB("VmHWM:");
        (void)!write(pipefd[1], &m, sizeof m);
        _exit(0);
    }
    close(pipefd[1]);
    Measurement m;
    if (read(pipefd[0], &m, sizeof m) != static_cast<ssize_t>(sizeof m))
        m = {};
    close(pipefd[0]);
    waitpid(pid, nullptr, 0);
    return m;
}

} // namespace

int main(int argc, char** argv)
{
    std::uint64_t sizeMb = 500;
    int runs = 3;
    std::filesystem::path file;
    for (int i = 1; i + 1 < argc; i += 2) {
        const std::string arg = argv[i];
        if (arg == "--size")
            sizeMb = std::stoull(argv[i + 1]);
        else if (arg == "--file")
            file = argv[i + 1];
        else if (arg == "--runs")
            runs = std::stoi(argv[i + 1]);
    }
    const auto folder = std::filesystem::path(RS_BENCH_DATA_DIR);
    std::filesystem::create_directories(folder);
    if (file.empty())
        file = folder / ("synthetic-aws-offer-" + std::to_string(sizeMb) + "mb.json");
    std::error_code ec;
    const auto existing = std::filesystem::file_size(file, ec);
    if (ec || existing < sizeMb * 1000 * 1000 * 9 / 10) {
        std::printf("generating %s ...\n", file.c_str());
        std::fflush(stdout);
        const auto stats = rs::bench::writeSyntheticOffer(file, sizeMb * 1000 * 1000);
        std::printf("  %llu bytes, %llu products (%llu mapped), %llu price dimensions\n",
                    static_cast<unsigned long long>(stats.bytes),
                    static_cast<unsigned long long>(stats.products),
                    static_cast<unsigned long long>(stats.mappedProducts),
                    static_cast<unsigned long long>(stats.dimensions));
    }
    const double mb = static_cast<double>(std::filesystem::file_size(file)) / 1e6;
    const auto catalogueFile = folder / "bench-prices.sqlite";

    std::vector<double> saxMs, importMs;
    long saxPeak = 0, importPeak = 0;
    std::uint64_t rowsImported = 0;
    for (int run = 0; run < runs; ++run) {
        const auto sax = inChild([&] {
            std::ifstream in(file, std::ios::binary);
            rs::bench::NullSax handler;
            return json::sax_parse(in, &handler) && handler.events > 0;
        });
        std::filesystem::remove(catalogueFile);
        const auto imported = inChild([&] {
            auto catalogue = rs::pricing::PriceCatalogue::open(catalogueFile);
            if (!catalogue)
                return false;
            rs::pricing::ImportOptions options;
            options.baseVersion = 0;
            const auto outcome = rs::pricing::importPriceFiles(catalogue.value(), {file}, options);
            if (!outcome) {
                for (const auto& e : outcome.errors())
                    std::fprintf(stderr, "import failed: %s\n", e.toString().c_str());
                return false;
            }
            return outcome.value().report.rowsImported > 0;
        });
        if (!sax.ok || !imported.ok) {
            std::fprintf(stderr, "run %d failed\n", run + 1);
            return 1;
        }
        saxMs.push_back(sax.ms);
        importMs.push_back(imported.ms);
        saxPeak = std::max(saxPeak, sax.peakKiB);
        importPeak = std::max(importPeak, imported.peakKiB);
    }
    if (auto catalogue = rs::pricing::PriceCatalogue::open(catalogueFile)) {
        if (auto versions = catalogue.value().versions(); versions && !versions.value().empty())
            rowsImported = static_cast<std::uint64_t>(versions.value().front().rowCount);
    }
    const double sax = rs::bench::median(saxMs);
    const double import = rs::bench::median(importMs);
    std::printf("file: %s (%.0f MB), %d runs, medians\n", file.c_str(), mb, runs);
    std::printf("  bare SAX parse (nlohmann, no-op handler): %8.0f ms  %6.1f MB/s  peak %6.1f MB\n",
                sax, mb / sax * 1000.0, saxPeak / 1024.0);
    std::printf("  import (stream, map, store %llu rows):   %8.0f ms  %6.1f MB/s  peak %6.1f MB\n",
                static_cast<unsigned long long>(rowsImported), import, mb / import * 1000.0,
                importPeak / 1024.0);
    const double ratio = sax / import;
    std::printf("  import throughput / SAX throughput: %.2f (goal >= 0.50) %s\n", ratio,
                ratio >= 0.5 ? "ok" : "MISSED");
    std::printf("  import peak memory: %.1f MB (goal < 100 MB) %s\n", importPeak / 1024.0,
                importPeak < 100 * 1024 ? "ok" : "MISSED");
    return 0;
}
