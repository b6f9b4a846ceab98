// Times a whole design review on generated designs of 100 and 1,000 elements against the bundled
// price table: buildReview() (rules, every scenario, availability, 100,000 simulated years, cost,
// the five tiers), its JSON, and the PDF. A bare JSON parse of the same design runs alongside as
// the baseline the ratios are taken against. Medians of interleaved runs.
// Usage: bench_review [RUNS]

#include "BenchTimer.h"
#include "DesignGenerator.h"
#include "core/DesignFormat.h"
#include "core/review/ReviewJson.h"
#include "pricing/PriceCatalogue.h"
#include "review/PdfReview.h"

#include <QApplication>
#include <QTemporaryDir>

#include <nlohmann/json.hpp>

#include <cstdio>
#include <cstdlib>

using namespace rs;

int main(int argc, char** argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const int runs = argc > 1 ? std::atoi(argv[1]) : 5;
    const auto catalogues = bench::builtInCataloguesOrExit();
    QTemporaryDir dir;
    auto catalogue =
        pricing::PriceCatalogue::openOrCreate(dir.filePath("prices.sqlite").toStdString());
    if (!catalogue) {
        std::fprintf(stderr, "%s\n", catalogue.errors().front().toString().c_str());
        return 1;
    }
    const auto book = catalogue.value().loadActivePriceBook().value();
    ReviewOptions options;
    options.timestamp = "2026-01-31T00:00:00Z";

    std::printf("%-9s %9s %10s %8s %8s %9s %6s %9s\n", "elements", "parse ms", "review ms", "ratio",
                "json ms", "pdf ms", "pages", "pdf ratio");
    for (const std::size_t size : {100u, 1000u}) {
        const auto design = bench::generateDesign(size, catalogues);
        const auto text = writeDesign(design);
        std::vector<double> parse, build, json, pdf;
        std::size_t sink = 0;
        int pages = 0;
        for (int i = 0; i < runs; ++i) {
            parse.push_back(bench::timeMs([&] { sink += nlohmann::json::parse(text).size(); }));
            std::optional<Review> review;
            build.push_back(bench::timeMs(
                [&] { review.emplace(buildReview(design, catalogues, text, book, options)); }));
            json.push_back(bench::timeMs([&] { sink += writeReviewJson(*review).size(); }));
            pdf.push_back(bench::timeMs([&] {
                pages = review::writePdfReview(*review, catalogues, dir.filePath("r.pdf")).value();
            }));
        }
        std::printf("%-9zu %9.3f %10.1f %7.0fx %8.1f %9.1f %6d %8.0fx\n", design.elementCount(),
                    bench::median(parse), bench::median(build),
                    bench::median(build) / bench::median(parse), bench::median(json),
                    bench::median(pdf), pages, bench::median(pdf) / bench::median(parse));
        if (sink == 0)
            return 1; // keeps the baseline parse from being optimised away
    }
    return 0;
}
